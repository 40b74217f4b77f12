"""Steps of claim_matching.feature: claims imported from several outlets, `claims show`, `claims match`."""

from __future__ import annotations

import json
from typing import Any

from cli_story import Story, table_rows
from conftest import the_desk_imported
from pytest_bdd import parsers, scenarios, then, when

scenarios("claim_matching.feature")


@when("the desk imports these claims:")
def the_desk_imports(story: Story, datatable: list[list[str]]) -> None:
    the_desk_imported(story, datatable)


def _suggestions(story: Story) -> list[dict[str, Any]]:
    result = story.run("match", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@when(parsers.parse('{person} records the status "{status}" on "{text}"'))
def records_the_status_on(story: Story, person: str, status: str, text: str) -> None:
    result = story("status", story.ids[text], status, "--by", person)
    assert result.exit_code == 0, result.output


@then(parsers.parse('the claim "{text}" appeared in:'))
def the_claim_appeared_in(story: Story, text: str, datatable: list[list[str]]) -> None:
    shown = story.run("show", story.ids[text], "--format", "json")
    assert shown.exit_code == 0, shown.output
    record = json.loads(shown.stdout)
    outlets = [record["source"]["outlet"]] + [a["source"]["outlet"] for a in record["appearances"]]
    assert outlets == [row["outlet"] for row in table_rows(datatable)]


@then(parsers.parse('one suggestion waits: "{newer}" may be "{earlier}"'))
def one_suggestion_waits(story: Story, newer: str, earlier: str) -> None:
    [suggestion] = _suggestions(story)
    assert (suggestion["text"], suggestion["earlier text"]) == (newer, earlier)
    assert 0 < suggestion["score"] < 1


@then("no suggestion waits")
def no_suggestion_waits(story: Story) -> None:
    assert _suggestions(story) == []


@when(parsers.parse("{person} confirms the suggestion"))
def confirms(story: Story, person: str) -> None:
    [suggestion] = _suggestions(story)
    story("match", "confirm", str(suggestion["suggestion"]), "--by", person)


@when(parsers.parse("{person} rejects the suggestion"))
def rejects(story: Story, person: str) -> None:
    [suggestion] = _suggestions(story)
    story("match", "reject", str(suggestion["suggestion"]), "--by", person)


@then(parsers.parse('the report counts 1 claim, "{verdict}", from "{first}" and "{second}"'))
def the_report_counts_one(story: Story, verdict: str, first: str, second: str) -> None:
    report = json.loads(story.last.stdout)
    assert report["verdict_counts"] == {verdict: 1}
    assert sum(report["status_counts"].values()) == 1
    [claim] = report["claims"]
    assert [s["outlet"] for s in claim["sources"]] == [first, second]
