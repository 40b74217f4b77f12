"""What the user stories share besides their steps: a record of what a story did (`Story`), the clock it sets,
and readers for the tables and 'name: value' blocks the `claims` command prints."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import parse
import pytest
from click.testing import Result

from claims import store

SHORT_ID = re.compile(r"[0-9a-z]{8}")


@parse.with_pattern(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")
def parse_moment(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M UTC").replace(tzinfo=UTC)


@parse.with_pattern(r"[a-z0-9][a-z0-9-]*")
def parse_status(text: str) -> str:
    return text


MOMENT = {"Moment": parse_moment}
STATUS = {"Status": parse_status}


def parse_fields(text: str) -> dict[str, str]:
    """The 'name: value' block `claims show` and `claims speaker` print first, up to the first blank line."""
    block = text.split("\n\n", 1)[0]
    fields = {}
    for line in block.splitlines():
        name, value = re.fullmatch(r"(.+?):\s+(.*)", line).groups()  # type: ignore[union-attr]
        fields[name] = value
    return fields


def parse_table(text: str) -> list[dict[str, str]]:
    """The rows of a table as tabulate prints it (header, a rule of dashes, rows), cut at the dashes."""
    header, rule, *rows = text.rstrip("\n").split("\n")
    spans = [m.span() for m in re.finditer(r"-+", rule)]
    names = [header[start:end].strip() for start, end in spans]
    return [{name: row[start:end].strip() for name, (start, end) in zip(names, spans, strict=True)} for row in rows]


def table_rows(datatable: list[list[str]]) -> list[dict[str, str]]:
    header, *rows = datatable
    return [dict(zip(header, row, strict=True)) for row in rows]


def options(datatable: list[list[str]]) -> list[str]:
    """A two-column table of options (| --speaker | Steve Witkoff |) as command-line arguments."""
    return [part for option, value in datatable for part in (option, value)]


class Clock:
    """The time the store stamps on claims and status events, set by the story ('it is 2026-02-01 09:30 UTC')."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.monkeypatch = monkeypatch
        self.now: datetime | None = None

    def set(self, moment: datetime) -> None:
        if self.now is None:
            self.monkeypatch.setattr(store, "utcnow", lambda: self.now)
        self.now = moment


@dataclass
class Story:
    """What a story has done so far: the last command's result and the claims it knows by text."""

    run: Any
    result: Result | None = None
    claim_id: str | None = None  # "that claim": the one added last
    previous_id: str | None = None  # the one added before it
    ids: dict[str, str] = field(default_factory=dict)  # claim text → short id

    def __call__(self, *args: str, input: str | None = None) -> Result:
        self.result = self.run(*args, input=input)
        return self.result

    @property
    def last(self) -> Result:
        assert self.result is not None, "no command has run yet"
        return self.result

    def learn_ids(self) -> None:
        listing = self.run("list", "--format", "jsonl")
        assert listing.exit_code == 0, listing.output
        self.ids = {row["text"]: row["id"] for row in map(json.loads, listing.stdout.splitlines())}
