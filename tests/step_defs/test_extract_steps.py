"""Steps of extract_article.feature: `claims extract` on the sample article and on a folder of articles, as a
table, as JSON Lines, and with --save.

The story runs in a folder of its own (tmp_path), with the sample article copied into it under the path the
README uses, so that the paths the command prints are the ones a user would see."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

import parse
import pytest
from cli_story import Story, parse_table, table_rows
from pytest_bdd import given, parsers, scenarios, then

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = "sources/2026-01-31-dmitrijev-miami.sl.txt"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"

scenarios("extract_article.feature")


@parse.with_pattern(r"\S+")
def parse_path(text: str) -> str:
    return text


PATH = {"Path": parse_path}


# --- Given ---------------------------------------------------------------------------------------------------


@given(parsers.parse("the sample article {path:Path}", extra_types=PATH))
def the_sample_article(path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The story's working folder holds the sample article where the README has it."""
    assert path == SAMPLE
    target = tmp_path / path
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / SAMPLE, target)
    monkeypatch.chdir(tmp_path)


@given(parsers.parse("the sample article is also {path:Path}", extra_types=PATH))
def the_sample_article_is_also(path: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SAMPLE, path)


@given(parsers.parse("the file {path:Path} holds:", extra_types=PATH))
def the_file_holds(path: str, docstring: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(docstring + "\n", encoding="utf-8")


@given(parsers.parse("the file {path:Path} holds the first bytes of a PNG image", extra_types=PATH))
def the_file_holds_a_png(path: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(PNG_HEADER)


@given(parsers.parse('I ran "claims {args}"'))
def i_ran(story: Story, args: str) -> None:
    result = story(*shlex.split(args))
    assert result.exit_code == 0, result.output


# --- Then ----------------------------------------------------------------------------------------------------


@then(parsers.parse("the table has the columns {names}"))
def the_table_has_the_columns(story: Story, names: str) -> None:
    header = story.last.stdout.split("\n", 1)[0]
    assert header.split() == [name.strip() for name in names.split(",")]


@then("the statements shown are:")
def the_statements_shown_are(story: Story, datatable: list[list[str]]) -> None:
    """The rows of the table, in order, compared on the columns the story names."""
    shown = parse_table(story.last.stdout)
    expected = table_rows(datatable)
    assert [{column: row[column] for column in expected[0]} for row in shown] == expected


@then("nothing is written on stderr")
def nothing_on_stderr(story: Story) -> None:
    assert story.last.stderr == ""


@then(parsers.parse("every line is a JSON object with the keys {keys}"))
def every_line_has_the_keys(story: Story, keys: str) -> None:
    required = {key.strip() for key in keys.split(",")}
    lines = story.last.stdout.splitlines()
    assert lines
    for line in lines:
        statement = json.loads(line)
        assert isinstance(statement, dict)
        assert required <= statement.keys(), required - statement.keys()


@then("every confidence is between 0 and 1")
def every_confidence_is_between_0_and_1(story: Story) -> None:
    for line in story.last.stdout.splitlines():
        confidence = json.loads(line)["confidence"]
        assert isinstance(confidence, float)
        assert 0 <= confidence <= 1


@then("the statements printed are:")
def the_statements_printed_are(story: Story, datatable: list[list[str]]) -> None:
    """The JSON Lines, in order, compared on the columns the story names (an empty cell is null)."""
    printed = [json.loads(line) for line in story.last.stdout.splitlines()]
    expected = table_rows(datatable)
    assert [{column: _cell(row[column]) for column in expected[0]} for row in printed] == expected


def _cell(value: object) -> str:
    return "" if value is None else str(value)


@then("each statement's text is the article's text from its start to its end")
def the_text_is_at_its_offsets(story: Story) -> None:
    article = Path(SAMPLE).read_text(encoding="utf-8")
    for line in story.last.stdout.splitlines():
        statement = json.loads(line)
        assert article[statement["start"] : statement["end"]] == statement["text"]


@then(parsers.parse('each statement\'s source is "{source}"'))
def each_source_is(story: Story, source: str) -> None:
    assert {json.loads(line)["source"] for line in story.last.stdout.splitlines()} == {source}


@then("stderr is:")
def stderr_is(story: Story, docstring: str) -> None:
    assert story.last.stderr == docstring + "\n"


@then(parsers.parse("the store holds {count:d} claims"))
def the_store_holds_claims(story: Story, count: int) -> None:
    listing = story.run("list", "--format", "jsonl")
    assert listing.exit_code == 0, listing.output
    assert len(listing.stdout.splitlines()) == count, listing.stdout
