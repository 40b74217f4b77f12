"""Status history is append-only and tamper-evident.

The database refuses UPDATE and DELETE on status events (triggers), whoever issues them. Someone with full access
to the database can drop the triggers; then the hash chain is what gives them away: `store.audit` and
`claims audit` name every claim whose history was changed behind the tool's back.

Every test runs on a SQLite file and on PostgreSQL (the `store_url` fixture)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import Connection, DateTime, Engine, bindparam, exc, text

from claims import db, store
from claims.cli import cli
from claims.errors import Problem
from claims.history import event_hash

START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


@dataclass
class Store:
    url: str
    engine: Engine
    target: str  # the claim whose history the tests tamper with: five events
    bystanders: list[str]  # claims that must stay clean whatever happens to the target


@pytest.fixture
def history_store(store_url: str) -> Iterator[Store]:
    engine = db.open_store(store_url)
    added = START.isoformat()
    with db.writing(engine) as session:
        target, quiet, busy = (
            store.add_claim(session=session, claim={"text": text, "speaker": speaker, "created_at": added})[0]
            for text, speaker in [
                ("Pogovor je bil konstruktiven.", "Steve Witkoff"),
                ("Vračamo se iz Miamija.", "Kiril Dmitrijev"),
                ("Rusija zahteva umik iz Donbasa.", "Kremelj"),
            ]
        )
        steps = [
            (target, "in-review", "asked the State Department"),
            (busy, "in-review", None),
            (target, "mostly-false", "the talks were tense"),
            (busy, "false", "no such demand was made"),
            (target, "needs-recheck", "new statement"),
            (target, "false", "confirmed by both sides"),
        ]
        for n, (claim, status, rationale) in enumerate(steps, 1):
            store.record_status(
                session=session,
                ref=claim,
                status=status,
                reviewer="Ana",
                rationale=rationale,
                at=START + timedelta(hours=n),
            )
    yield Store(store_url, engine, target, [quiet, busy])
    engine.dispose()


def problems(engine: Engine) -> list[Problem]:
    with db.reading(engine) as session:
        return list(store.audit(session=session))


def audit_cli(url: str) -> Result:
    return CliRunner().invoke(cli, ["--db", url, "audit"])


def claim_pk(connection: Connection, short_id: str) -> int:
    return connection.execute(text("SELECT id FROM claim WHERE short_id = :s"), {"s": short_id}).scalar_one()


def drop_append_only_triggers(connection: Connection) -> None:
    """What an attacker with access to the database does first."""
    if connection.dialect.name == "sqlite":
        connection.execute(text("DROP TRIGGER status_event_no_update"))
        connection.execute(text("DROP TRIGGER status_event_no_delete"))
    else:
        connection.execute(text("DROP TRIGGER status_event_append_only ON status_event"))


def all_events(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                text("SELECT claim_id, seq, status, rationale, hash FROM status_event ORDER BY claim_id, seq")
            )
        ]


# --- the database refuses to change history -------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param("UPDATE status_event SET rationale = 'nothing to see'", id="update-rationale"),
        pytest.param("DELETE FROM status_event WHERE seq = (SELECT MAX(seq) FROM status_event)", id="delete-newest"),
    ],
)
def test_plain_sql_cannot_change_or_delete_a_status_event(history_store: Store, statement: str) -> None:
    before = all_events(history_store.engine)

    with pytest.raises(exc.DBAPIError, match="status_event is append-only"), history_store.engine.begin() as conn:
        conn.execute(text(statement))

    assert all_events(history_store.engine) == before
    assert problems(history_store.engine) == []


def test_appending_an_event_through_the_library_is_still_allowed(history_store: Store) -> None:
    with db.writing(history_store.engine) as session:
        event = store.record_status(session=session, ref=history_store.target, status="true", reviewer="Maja")
        assert event.seq == 6

    assert problems(history_store.engine) == []


# --- tampering behind the tool's back is detected --------------------------------------------------------------


def _edit_rationale(connection: Connection, claim_id: int) -> None:
    connection.execute(
        text("UPDATE status_event SET rationale = 'the talks were friendly' WHERE claim_id = :c AND seq = 3"),
        {"c": claim_id},
    )


def _delete_newest(connection: Connection, claim_id: int) -> None:
    connection.execute(text("DELETE FROM status_event WHERE claim_id = :c AND seq = 5"), {"c": claim_id})


def _delete_newest_and_fix_the_claims_status(connection: Connection, claim_id: int) -> None:
    _delete_newest(connection, claim_id)
    connection.execute(text("UPDATE claim SET status = 'needs-recheck' WHERE id = :c"), {"c": claim_id})


def _delete_middle(connection: Connection, claim_id: int) -> None:
    connection.execute(text("DELETE FROM status_event WHERE claim_id = :c AND seq = 3"), {"c": claim_id})


def _delete_middle_and_renumber(connection: Connection, claim_id: int) -> None:
    _delete_middle(connection, claim_id)
    connection.execute(text("UPDATE status_event SET seq = seq - 1 WHERE claim_id = :c AND seq > 3"), {"c": claim_id})


def _change_status(connection: Connection, claim_id: int) -> None:
    connection.execute(text("UPDATE status_event SET status = 'true' WHERE claim_id = :c AND seq = 3"), {"c": claim_id})


def _change_the_claims_status_only(connection: Connection, claim_id: int) -> None:
    connection.execute(text("UPDATE claim SET status = 'true' WHERE id = :c"), {"c": claim_id})


def _append_a_forged_event(connection: Connection, claim_id: int) -> None:
    """INSERT is allowed by the triggers, and the hash is no secret: a forged verdict appended after the newest
    event, correctly chained and hashed, without going through the library (so the claim row is not updated)."""
    short_id, head = connection.execute(
        text("SELECT short_id, head_hash FROM claim WHERE id = :c"), {"c": claim_id}
    ).one()
    moment = START + timedelta(days=1)
    forged = event_hash(
        claim=short_id,
        seq=6,
        status="true",
        rating_note=None,
        rationale=None,
        evidence=[],
        reviewer="Boss",
        recorded_at=moment,
        prev_hash=head,
    )
    connection.execute(
        text(
            "INSERT INTO status_event (claim_id, seq, status, evidence, reviewer, recorded_at, prev_hash, hash) "
            "VALUES (:c, 6, 'true', '[]', 'Boss', :t, :p, :h)"
        ).bindparams(bindparam("t", type_=DateTime(timezone=True))),
        {"c": claim_id, "t": moment, "p": head, "h": forged},
    )


# How the history was tampered with → what audit says about it.
TAMPERING: dict[str, tuple[Callable[[Connection, int], None], str]] = {
    "edit-a-rationale": (_edit_rationale, "event 3 (mostly-false, 2025-03-01T12:00:00.000000+00:00) was changed"),
    "delete-the-newest-event": (_delete_newest, "holds 4 event(s) but 5 were recorded"),
    "delete-the-newest-event-and-fix-the-claims-status": (
        _delete_newest_and_fix_the_claims_status,
        "holds 4 event(s) but 5 were recorded",
    ),
    "delete-a-middle-event": (_delete_middle, "event 3 is missing"),
    "delete-a-middle-event-and-renumber": (_delete_middle_and_renumber, "event 3 does not follow event 2"),
    "change-a-status": (_change_status, "event 3 (true, 2025-03-01T12:00:00.000000+00:00) was changed"),
    "change-the-claims-status-only": (_change_the_claims_status_only, "the claim shows status 'true'"),
    "append-a-forged-event": (
        _append_a_forged_event,
        "the history (6 events) and the claim's record of it (5 events) disagree",
    ),
}


@pytest.mark.parametrize(("tamper", "explanation"), TAMPERING.values(), ids=TAMPERING.keys())
def test_history_changed_behind_the_tools_back_is_found_by_audit(
    history_store: Store, tamper: Callable[[Connection, int], None], explanation: str
) -> None:
    with history_store.engine.begin() as connection:
        drop_append_only_triggers(connection)
        tamper(connection, claim_pk(connection, history_store.target))

    [problem] = problems(history_store.engine)
    assert problem.record == f"claim {history_store.target}"
    assert (problem.pointer, problem.rule) == ("/history", "hash-chain")
    assert explanation in problem.message

    result = audit_cli(history_store.url)
    assert result.exit_code == 1
    assert f"claim {history_store.target}: /history: {problem.message}" in result.stderr
    assert "1 claim(s) with a broken history" in result.stderr
    for bystander in history_store.bystanders:
        assert bystander not in result.output


def test_a_verdict_forged_on_the_claim_row_is_found_by_audit(history_store: Store) -> None:
    with history_store.engine.begin() as connection:
        connection.execute(text("UPDATE claim SET verdict = 'true' WHERE short_id = :s"), {"s": history_store.target})

    [problem] = problems(history_store.engine)
    assert problem.record == f"claim {history_store.target}"


def test_tampering_with_several_claims_names_each_of_them(history_store: Store) -> None:
    victims = [history_store.target, history_store.bystanders[1]]
    with history_store.engine.begin() as connection:
        drop_append_only_triggers(connection)
        for victim in victims:
            _change_status(connection, claim_pk(connection, victim))

    assert sorted(p.record for p in problems(history_store.engine)) == sorted(f"claim {v}" for v in victims)
    result = audit_cli(history_store.url)
    assert result.exit_code == 1
    assert all(victim in result.stderr for victim in victims)
    assert history_store.bystanders[0] not in result.output


def test_an_intact_store_audits_clean(history_store: Store) -> None:
    assert problems(history_store.engine) == []

    result = audit_cli(history_store.url)
    assert result.exit_code == 0, result.output
    assert result.stdout == "history intact: 3 claims, 9 status events verified\n"


def test_an_empty_store_audits_clean(store_url: str) -> None:
    result = audit_cli(store_url)

    assert result.exit_code == 0, result.output
    assert result.stdout == "history intact: 0 claims, 0 status events verified\n"
