"""Steps shared by the user stories: a fresh store, a clock the story sets, claims added by hand or imported,
statuses recorded, and the checks on what the `claims` command printed.

Every step drives the real CLI in-process (the `run` fixture); nothing here calls the library directly, except
the clock, which stands in for the wall clock so that a story can say when each event happened."""

from __future__ import annotations

import json
import shlex
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from cli_story import (
    MOMENT,
    SHORT_ID,
    STATUS,
    Clock,
    Story,
    options,
    parse_fields,
    parse_table,
    table_rows,
)
from pytest_bdd import given, parsers, then, when


@pytest.fixture(autouse=True)
def every_story_starts_with_an_empty_store(migrated_store: Path) -> Path:
    return migrated_store


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


# --- Given ---------------------------------------------------------------------------------------------------


@given("a fresh claim store", target_fixture="story")
def a_fresh_claim_store(run: Any) -> Story:
    story = Story(run)
    result = story("init")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("\n0 claims, 0 speakers, 0 sources, 0 status events\n")
    return story


@given(parsers.parse("it is {moment:Moment}", extra_types=MOMENT))
@when(parsers.parse("it is {moment:Moment}", extra_types=MOMENT))
def it_is(clock: Clock, moment: datetime) -> None:
    clock.set(moment)


@given(parsers.parse("{person} added a claim with:"))
@when(parsers.parse("{person} adds a claim with:"))
def add_a_claim(story: Story, person: str, datatable: list[list[str]]) -> None:
    previous = story.claim_id
    result = story("add", *options(datatable), "--by", person)
    if result.exit_code == 0:
        printed = result.stdout.strip()
        assert SHORT_ID.fullmatch(printed), result.output
        story.claim_id = printed
        story.ids[dict(datatable)["--text"]] = printed
    story.previous_id = previous


@given("the desk imported these claims:")
def the_desk_imported(story: Story, datatable: list[list[str]]) -> None:
    """Claims as entered, one JSON line each, through `claims import -`; an 'aliases' cell lists other names
    of the speaker, separated by commas."""
    lines = []
    for row in table_rows(datatable):
        speaker: dict[str, Any] = {"name": row.pop("speaker")}
        aliases = [a.strip() for a in row.pop("aliases", "").split(",") if a.strip()]
        if aliases:
            speaker["aliases"] = aliases
        claim: dict[str, Any] = {"text": row.pop("text"), "speaker": speaker}
        if row.get("outlet"):
            claim["source"] = {"outlet": row.pop("outlet")}
        claim.update({key: value for key, value in row.items() if value})
        lines.append(json.dumps(claim, ensure_ascii=False))
    result = story("import", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("imported "), result.stderr  # (some may repeat claims stored before)
    story.learn_ids()


@given(parsers.parse('{person} recorded the status "{status:Status}" on "{text}"', extra_types=STATUS))
def recorded_the_status_on(story: Story, person: str, status: str, text: str) -> None:
    result = story("status", story.ids[text], status, "--by", person)
    assert result.exit_code == 0, result.output


# --- When (and the Given that says the same in the past) ------------------------------------------------------


@given(parsers.parse('{person} recorded the status "{status:Status}"', extra_types=STATUS))
@when(parsers.parse('{person} records the status "{status:Status}"', extra_types=STATUS))
def records_the_status(story: Story, person: str, status: str) -> None:
    assert story.claim_id is not None
    story("status", story.claim_id, status, "--by", person)


@when(parsers.parse('{person} records the status "{status:Status}" with:', extra_types=STATUS))
def records_the_status_with(story: Story, person: str, status: str, datatable: list[list[str]]) -> None:
    assert story.claim_id is not None
    story("status", story.claim_id, status, "--by", person, *options(datatable))


@when(parsers.parse('I run "claims {args}"'))
def i_run(story: Story, args: str) -> None:
    story(*shlex.split(args))


@when(parsers.parse('I run "claims {command}" on that claim'))
def i_run_on_that_claim(story: Story, command: str) -> None:
    assert story.claim_id is not None
    story(*shlex.split(command), story.claim_id)


# --- Then ----------------------------------------------------------------------------------------------------


@then("the command succeeds")
def the_command_succeeds(story: Story) -> None:
    assert story.last.exit_code == 0, story.last.output


@then(parsers.parse("the command fails with exit code {code:d}"))
def the_command_fails(story: Story, code: int) -> None:
    assert story.last.exit_code == code, story.last.output


@then(parsers.parse('the error is "{message}"'))
def the_error_is(story: Story, message: str) -> None:
    assert story.last.stderr == f"Error: {message}\n"


@then(parsers.parse('it prints "{text}"'))
def it_prints(story: Story, text: str) -> None:
    assert story.last.stdout == text + "\n"


@then(parsers.parse("the store holds {count:d} claim"))
@then(parsers.parse("the store holds {count:d} claims"))
def the_store_holds(story: Story, count: int) -> None:
    listing = story.run("list", "--format", "jsonl")
    assert listing.exit_code == 0, listing.output
    assert len(listing.stdout.splitlines()) == count, listing.stdout


@then("the store holds no claims")
def the_store_holds_no_claims(story: Story) -> None:
    listing = story.run("list", "--format", "jsonl")
    assert (listing.exit_code, listing.stdout) == (0, "")


@then("the claim is shown with:")
def the_claim_is_shown_with(story: Story, datatable: list[list[str]]) -> None:
    fields = parse_fields(story.last.stdout)
    assert fields["id"] == story.claim_id
    expected = {row["field"]: row["value"] for row in table_rows(datatable)}
    assert {name: fields.get(name) for name in expected} == expected


@then("its history is:")
def its_history_is(story: Story, datatable: list[list[str]]) -> None:
    """The history table under 'history:', compared on the columns the story names."""
    history = parse_table(story.last.stdout.split("\nhistory:\n", 1)[1])
    expected = table_rows(datatable)
    assert [{column: row[column] for column in expected[0]} for row in history] == expected


@then("the claims listed are:")
def the_claims_listed_are(story: Story, datatable: list[list[str]]) -> None:
    """The rows of JSON Lines output, compared on the columns the story names (an empty cell is null)."""
    rows = [json.loads(line) for line in story.last.stdout.splitlines()]
    expected = table_rows(datatable)
    assert [{column: row[column] or "" for column in expected[0]} for row in rows] == expected


# --- a speaker's record (`claims speaker`), shown after extraction and in the speaker's history ---


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
