"""Steps of speaker_history.feature: `claims speaker NAME`, as a table and as JSON."""

from __future__ import annotations

import json

from cli_story import Story, table_rows
from pytest_bdd import parsers, scenarios, then, when

scenarios("speaker_history.feature")


@when(parsers.parse('I look up the speaker "{name}"'))
def look_up_the_speaker(story: Story, name: str) -> None:
    story("speaker", name)


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
