"""Steps of add_claim.feature: adding a claim by hand with `claims add`."""

from __future__ import annotations

from cli_story import SHORT_ID, Story
from pytest_bdd import parsers, scenarios, then

scenarios("add_claim.feature")


@then("it prints a short id of 8 letters and digits")
def it_prints_a_short_id(story: Story) -> None:
    assert SHORT_ID.fullmatch(story.last.stdout.rstrip("\n"))
    assert story.last.stdout == f"{story.claim_id}\n"


@then(parsers.parse('it notes "{note}" on stderr'))
def it_notes_on_stderr(story: Story, note: str) -> None:
    assert story.last.stderr == note + "\n"


@then("it prints the same short id as before")
def it_prints_the_same_short_id(story: Story) -> None:
    assert story.previous_id is not None
    assert story.last.stdout == f"{story.previous_id}\n"


@then("it notes that the claim is already stored")
def it_notes_already_stored(story: Story) -> None:
    assert story.last.stderr == f"already stored as {story.previous_id}\n"


@then(parsers.parse('the usage error is "{message}"'))
def the_usage_error_is(story: Story, message: str) -> None:
    usage, hint, blank, error = story.last.stderr.split("\n", 3)
    assert usage.startswith("Usage: ") and usage.endswith(" add [OPTIONS]")
    assert hint.startswith("Try '") and hint.endswith(" add --help' for help.")
    assert (blank, error) == ("", f"Error: {message}\n")


@then(parsers.parse('the error names the record "{record}", the field "{pointer}" and the rule "{rule}"'))
def the_error_names(story: Story, record: str, pointer: str, rule: str) -> None:
    problem, summary = story.last.stderr.splitlines()
    assert problem.startswith(f"Error: {record}: {pointer}: ")
    assert problem.endswith(f" [{rule}]")
    assert summary == "1 invalid record(s); nothing was written"


@then("the speaker list is empty")
def the_speaker_list_is_empty(story: Story) -> None:
    result = story.run("speakers", "--format", "jsonl")
    assert (result.exit_code, result.stdout) == (0, "")
