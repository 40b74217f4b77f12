"""Steps of speaker_history.feature: `claims speaker NAME`, as a table and as JSON."""

from __future__ import annotations

import json

from cli_story import Story, parse_fields, parse_table, table_rows
from pytest_bdd import parsers, scenarios, then, when

scenarios("speaker_history.feature")


@when(parsers.parse('I look up the speaker "{name}"'))
def look_up_the_speaker(story: Story, name: str) -> None:
    story("speaker", name)


@then("the speaker is shown with:")
def the_speaker_is_shown_with(story: Story, datatable: list[list[str]]) -> None:
    fields = parse_fields(story.last.stdout)
    expected = {row["field"]: row["value"] for row in table_rows(datatable)}
    assert {name: fields.get(name) for name in expected} == expected


@then("the speaker's claims are:")
def the_speakers_claims_are(story: Story, datatable: list[list[str]]) -> None:
    listed = parse_table(story.last.stdout.split("\n\n", 1)[1])
    expected = table_rows(datatable)
    assert [{column: row[column] for column in expected[0]} for row in listed] == expected


@then(parsers.parse('the JSON document names the speaker "{name}" with the tally:'))
def the_json_document(story: Story, name: str, datatable: list[list[str]]) -> None:
    document = json.loads(story.last.stdout)
    assert document["speaker"] == name
    tally = {row["status"]: int(row["claims"]) for row in table_rows(datatable)}
    assert list(document["tally"].items()) == list(tally.items())


@then("its claims, oldest first, are:")
def its_claims_are(story: Story, datatable: list[list[str]]) -> None:
    claims = json.loads(story.last.stdout)["claims"]
    expected = table_rows(datatable)
    assert [{column: row[column] or "" for column in expected[0]} for row in claims] == expected
    assert all(row["speaker"] == "Steve Witkoff" for row in claims)
