"""Reading records from files: JSON Lines, a JSON array, or CSV, each record named for error messages
("line 3", "item 3", "row 3"). Records are yielded one by one, so a large file is never held in memory;
a line that is not valid UTF-8 or not valid JSON becomes an Unreadable record instead of stopping the read."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import IO, Any

from .errors import ClaimsError, Unreadable

FORMATS = ("jsonl", "json", "csv")
_SURROGATE = re.compile("[\udc80-\udcff]")

# CSV columns beyond the claim's own keys: the source's fields, prefixed.
_SOURCE_COLUMNS = {
    "source_url": "url",
    "source_outlet": "outlet",
    "source_title": "title",
    "source_published": "published",
    "source_language": "language",
}
_INTEGER_COLUMNS = ("start", "end")
_NUMBER_COLUMNS = ("confidence",)
_IGNORED_COLUMNS = ("status", "verdict", "outlet", "id_prefix")


def guess_format(name: str) -> str:
    lowered = name.lower()
    if lowered.endswith(".csv"):
        return "csv"
    if lowered.endswith((".json", ".jsonld")):  # JSON-LD: the ClaimReview export, one JSON array
        return "json"
    return "jsonl"


def read_records(stream: IO[bytes], fmt: str) -> Iterator[tuple[str, Any]]:
    if fmt == "jsonl":
        yield from _jsonl(stream)
    elif fmt == "json":
        yield from _json_array(stream)
    elif fmt == "csv":
        yield from _csv(stream)
    else:
        raise ClaimsError(f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}")


def _jsonl(stream: IO[bytes]) -> Iterator[tuple[str, Any]]:
    for number, raw in enumerate(stream, 1):
        name = f"line {number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8").rstrip("\r\n")
        except UnicodeDecodeError as e:
            yield name, Unreadable("encoding", f"not UTF-8 (byte {e.start}: {raw[e.start : e.start + 1]!r})")
            continue
        if not line.strip():
            continue
        try:
            yield name, json.loads(line)
        except json.JSONDecodeError as e:
            yield name, Unreadable("json", f"invalid JSON: {e.msg} at column {e.colno}")


def _json_array(stream: IO[bytes]) -> Iterator[tuple[str, Any]]:
    try:
        document = json.loads(stream.read().decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        yield "file", Unreadable("encoding", f"not UTF-8 (byte {e.start})")
        return
    except json.JSONDecodeError as e:
        yield "file", Unreadable("json", f"invalid JSON: {e.msg} at line {e.lineno} column {e.colno}")
        return
    items = document if isinstance(document, list) else [document]
    for number, item in enumerate(items, 1):
        yield f"item {number}", item


def _csv(stream: IO[bytes]) -> Iterator[tuple[str, Any]]:
    # Bytes that are not UTF-8 are kept as surrogates, so that the row holding them is named and the rows
    # around it are still read.
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    reader = csv.DictReader(text)
    try:
        for row in reader:
            name = f"row {reader.line_num}"
            bad = next((v for v in row.values() if isinstance(v, str) and _SURROGATE.search(v)), None)
            if bad is not None:
                yield name, Unreadable("encoding", "not UTF-8 text")
                continue
            yield name, _claim_from_csv(row)
    except csv.Error as e:
        yield f"row {reader.line_num}", Unreadable("csv", str(e))


def _claim_from_csv(row: dict[str | None, Any]) -> dict[str, Any]:
    claim: dict[str, Any] = {}
    source: dict[str, Any] = {}
    for column, value in row.items():
        if column is None or value is None or value == "" or column in _IGNORED_COLUMNS:
            continue
        if column in _SOURCE_COLUMNS:
            source[_SOURCE_COLUMNS[column]] = value
        elif column in _INTEGER_COLUMNS:
            claim[column] = int(value) if value.strip().isdigit() else value  # a non-number fails the schema
        elif column in _NUMBER_COLUMNS:
            try:
                claim[column] = float(value)
            except ValueError:
                claim[column] = value
        else:
            claim[column] = value
    if source:
        claim["source"] = source
    return claim
