"""Stores for the CLI tests, made cheaply.

Creating a store runs every Alembic migration, and every `claims` command opens its own engine, whose SQL
compilation cache starts empty; in-process, these cost more than everything else a CLI test does. So a test's empty
store is a copy of one migrated once per session, and the commands of one test share one engine per store (each
command still runs in its own session and transaction, as it does in its own process). `claims init` on a store that
does not exist yet is tested on its own (test_cli.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from claims import db

_TEMPLATE: list[Path] = []


def copy_empty_store(target: Path, factory: pytest.TempPathFactory) -> Path:
    """Put an empty, migrated SQLite store at `target` and return it."""
    if not _TEMPLATE:
        template = factory.mktemp("store-template") / "claims.db"
        db.open_store(str(template)).dispose()  # the last connection closed: the WAL is checkpointed into the file
        _TEMPLATE.append(template)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_TEMPLATE[0], target)
    return target


def one_engine_per_store(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """While the test runs, every command that opens the same store gets the same engine."""
    engines: dict[str, Engine] = {}
    open_store = db.open_store

    def shared(url: str | None = None, **options: Any) -> Engine:
        key = db.resolve_url(url)
        if key not in engines:
            engines[key] = open_store(url, **options)
        return engines[key]

    monkeypatch.setattr(db, "open_store", shared)
    yield
    for engine in engines.values():
        engine.dispose()
