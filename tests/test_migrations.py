"""The database schema is migrated with Alembic: a store made by an older claims is upgraded in place when opened,
losing nothing, and a migrated store is exactly what the models describe.

Every test runs on a SQLite file and on PostgreSQL (the `store_url` fixture)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Date, DateTime, Engine, TextClause, bindparam, exc, inspect, text
from sqlmodel import SQLModel

from claims import db, store
from claims.history import event_hash

HEAD = db.HEAD_REVISION
SAID = datetime(2026, 1, 31, 18, 30, tzinfo=UTC)
TEXT = "Pogovor je bil konstruktiven."


def typed(statement: str) -> TextClause:
    """Raw SQL whose :t... parameters are bound as timestamps and :d... as dates, as the old columns expect."""
    names = set(re.findall(r":([td]\w*)", statement))
    return text(statement).bindparams(
        *(bindparam(name, type_=DateTime(timezone=True) if name[0] == "t" else Date()) for name in sorted(names))
    )


@pytest.fixture
def old_store(store_url: str) -> str:
    """A store made by the first migration only, holding one claim written with raw SQL in that old schema: a
    speaker with an alias, a source, the claim and two status events, hash-chained as claims 0001 wrote them."""
    engine = db.make_engine(db.resolve_url(store_url))
    db.migrate(engine, "0001")
    first = event_hash(
        claim="oldclaim",
        seq=1,
        status="unverified",
        rating_note=None,
        rationale="recorded",
        evidence=[],
        reviewer="Ana",
        recorded_at=SAID,
        prev_hash=None,
    )
    second = event_hash(
        claim="oldclaim",
        seq=2,
        status="mostly-true",
        rating_note="rounded",
        rationale="checked",
        evidence=["https://example.org/e"],
        reviewer="Maja",
        recorded_at=SAID.replace(hour=20),
        prev_hash=first,
    )
    with engine.begin() as connection:

        def run(statement: str, values: dict[str, object] | None = None) -> None:
            connection.execute(typed(statement), values or {})

        run(
            (
                "INSERT INTO speaker (id, name, key, kind, created_at) "
                "VALUES (1, 'Steve Witkoff', 'steve witkoff', 'person', :t)"
            ),
            {"t": SAID},
        )
        run(
            "INSERT INTO speaker_alias (speaker_id, alias, key) VALUES (1, 'Steve Witkoff', 'steve witkoff'), "
            "(1, 'Witkoffa', 'witkoffa')"
        )
        run(
            ("INSERT INTO source (id, sha256, outlet, published, added_at, text) VALUES (1, :h, 'STA', :d, :t, :x)"),
            {"h": store.text_sha256(TEXT), "d": date(2026, 1, 31), "t": SAID, "x": TEXT},
        )
        run(
            (
                "INSERT INTO claim (id, short_id, text, speaker_id, source_id, language, said_on, created_at, "
                "status, status_at, verdict, verdict_at, event_count, head_hash) VALUES (1, 'oldclaim', :x, 1, 1, "
                "'sl', :d, :t, 'mostly-true', :t2, 'mostly-true', :t2, 2, :head)"
            ),
            {"x": TEXT, "d": date(2026, 1, 31), "t": SAID, "t2": SAID.replace(hour=20), "head": second},
        )
        run(
            (
                "INSERT INTO status_event (claim_id, seq, status, rating_note, rationale, evidence, reviewer, "
                "recorded_at, prev_hash, hash) VALUES "
                "(1, 1, 'unverified', NULL, 'recorded', '[]', 'Ana', :t1, NULL, :h1), "
                "(1, 2, 'mostly-true', 'rounded', 'checked', :e, 'Maja', :t2, :h1, :h2)"
            ),
            {
                "t1": SAID,
                "t2": SAID.replace(hour=20),
                "h1": first,
                "h2": second,
                "e": json.dumps(["https://example.org/e"]),
            },
        )
    assert db.current_revision(engine) == "0001"
    assert "setting" not in inspect(engine).get_table_names()
    engine.dispose()
    return store_url


@pytest.fixture
def upgraded(old_store: str) -> Iterator[Engine]:
    engine = db.open_store(old_store)
    yield engine
    engine.dispose()


def triggers(connection: Connection) -> set[str]:
    if connection.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'status_event'"
    else:
        query = (
            "SELECT trigger_name FROM information_schema.triggers "
            "WHERE event_object_table = 'status_event' AND trigger_schema = current_schema()"
        )
    return set(connection.execute(text(query)).scalars())


def test_opening_an_old_store_upgrades_it_to_the_newest_schema(upgraded: Engine) -> None:
    assert db.current_revision(upgraded) == HEAD
    assert "setting" in inspect(upgraded).get_table_names()
    with upgraded.connect() as connection:
        expected = (
            {"status_event_no_update", "status_event_no_delete"}
            if connection.dialect.name == "sqlite"
            else {"status_event_append_only"}
        )
        assert triggers(connection) == expected


def test_an_upgraded_store_keeps_its_claims_whole(upgraded: Engine) -> None:
    with db.reading(upgraded) as session:
        [record] = store.list_records(session=session)
        assert store.find_speaker(session=session, query="witkoffa").name == "Steve Witkoff"
        assert store.counts(session=session) == {"claims": 1, "speakers": 1, "sources": 1, "status events": 2}

    assert (record["id"], record["text"], record["speaker"]["name"], record["status"]) == (
        "oldclaim",
        TEXT,
        "Steve Witkoff",
        "mostly-true",
    )
    assert record["speaker"]["aliases"] == ["Steve Witkoff", "Witkoffa"]
    assert record["source"]["sha256"] == store.text_sha256(TEXT)
    assert record["source"]["published"] == "2026-01-31"
    assert [(e["seq"], e["status"], e["reviewer"], e["evidence"]) for e in record["history"]] == [
        (1, "unverified", "Ana", []),
        (2, "mostly-true", "Maja", ["https://example.org/e"]),
    ]
    assert record["history"][1]["recorded_at"] == "2026-01-31T20:30:00.000000+00:00"


def test_an_upgraded_store_audits_clean_and_takes_new_events(upgraded: Engine) -> None:
    with db.reading(upgraded) as session:
        assert list(store.audit(session=session)) == []

    with db.writing(upgraded) as session:
        event = store.record_status(session=session, ref="oldc", status="needs-recheck", reviewer="Ana")
        assert event.seq == 3

    with db.reading(upgraded) as session:
        assert list(store.audit(session=session)) == []
        assert store.get_claim(session=session, ref="oldclaim").verdict == "mostly-true"


def test_an_upgraded_store_finds_its_speakers_by_the_sound_of_their_surname(upgraded: Engine) -> None:
    """Migration 0006 fills the surname sound of the aliases already stored."""
    with db.reading(upgraded) as session:
        assert store.find_speaker(session=session, query="S. Vitkof").name == "Steve Witkoff"


def test_an_upgraded_store_refuses_to_change_history(upgraded: Engine) -> None:
    with pytest.raises(exc.DBAPIError, match="append-only"), upgraded.begin() as connection:
        connection.execute(text("DELETE FROM status_event WHERE seq = 1"))


def test_the_stores_vocabulary_can_be_set_once_upgraded(upgraded: Engine) -> None:
    with db.writing(upgraded) as session:
        document = store.get_vocabulary(session=session).document
        document["statuses"][0]["label"]["sl"] = "nepreverjeno"
        store.set_vocabulary(session=session, document=document)

    with db.reading(upgraded) as session:
        assert store.get_vocabulary(session=session).statuses["unverified"].label("sl") == "nepreverjeno"


def test_opening_a_store_again_changes_nothing(upgraded: Engine, old_store: str) -> None:
    again = db.open_store(old_store)
    try:
        assert db.current_revision(again) == HEAD
        with db.reading(again) as session:
            assert store.counts(session=session)["status events"] == 2
    finally:
        again.dispose()


def test_a_migrated_store_matches_the_models(store_url: str) -> None:
    engine = db.open_store(store_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, SQLModel.metadata) == []
    finally:
        engine.dispose()


def test_an_upgraded_store_matches_the_models(upgraded: Engine) -> None:
    with upgraded.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
