"""Steps of speaker_identity.feature: the speakers listed, and a speaker's aliases."""

from __future__ import annotations

import json

from cli_story import Story, table_rows
from pytest_bdd import scenarios, then

scenarios("speaker_identity.feature")


@then("the speakers are:")
def the_speakers_are(story: Story, datatable: list[list[str]]) -> None:
    """The rows of `claims speakers --format jsonl`, on the columns the story names."""
    rows = [json.loads(line) for line in story.last.stdout.splitlines()]
    expected = table_rows(datatable)
    assert [{column: str(row[column]) for column in expected[0]} for row in rows] == expected


@then("the aliases are:")
def the_aliases_are(story: Story, datatable: list[list[str]]) -> None:
    assert story.last.stdout.splitlines() == [row["alias"] for row in table_rows(datatable)]
