"""Rendering rows for people and programs: a readable table, JSON, JSON Lines or CSV, streamed to a file."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import IO, Any

FORMATS = ("table", "json", "jsonl", "csv")
TABLE_TEXT_WIDTH = 72


def _cell(value: Any, width: int = TABLE_TEXT_WIDTH) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    text = " ".join(str(value).split())  # one line per row, whatever the source text held
    return text if len(text) <= width else text[: width - 1] + "…"


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: IO[str], columns: Sequence[str] | None = None) -> int:
    """Write `rows` in format `fmt`; returns how many were written. Only the table is held in memory."""
    iterator: Iterator[dict[str, Any]] = iter(rows)
    first = next(iterator, None)
    if first is None:
        if fmt == "json":
            out.write("[]\n")
        elif fmt == "table":
            out.write("(nothing)\n")
        elif fmt == "csv" and columns:
            csv.writer(out, lineterminator="\n").writerow(columns)
        return 0
    columns = list(columns or first.keys())
    everything = chain([first], iterator)
    count = 0
    if fmt == "jsonl":
        for row in everything:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        out.write("[")
        for row in everything:
            out.write(("\n  " if count == 0 else ",\n  ") + json.dumps(row, ensure_ascii=False))
            count += 1
        out.write("\n]\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in everything:
            writer.writerow({k: _csv_value(v) for k, v in row.items()})
            count += 1
    elif fmt == "table":
        from tabulate import tabulate  # only tables need it, and it is slow to import

        table = [[_cell(row.get(c)) for c in columns] for row in everything]
        count = len(table)
        out.write(tabulate(table, headers=columns, tablefmt="simple") + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count


def _csv_value(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_fields(pairs: Iterable[tuple[str, Any]], out: IO[str]) -> None:
    """A block of 'name: value' lines, the way `show` presents one record."""
    pairs = [(name, value) for name, value in pairs if value not in (None, "", [])]
    width = max((len(name) for name, _ in pairs), default=0)
    for name, value in pairs:
        out.write(f"{name + ':':<{width + 1}} {value}\n")
