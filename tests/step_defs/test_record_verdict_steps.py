"""Steps of record_verdict.feature: `claims status`, `claims show`, `claims audit` and `claims due`."""

from __future__ import annotations

from cli_story import Story
from pytest_bdd import parsers, scenarios, then

scenarios("record_verdict.feature")


@then(parsers.parse('it prints "{text}" after the claim\'s id'))
def it_prints_after_the_id(story: Story, text: str) -> None:
    assert story.last.stdout == f"{story.claim_id}: {text}\n"
