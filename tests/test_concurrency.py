"""Several writers at once lose nothing.

Separate OS processes record status events on the same claim at the same moment; the library serializes them
(BEGIN IMMEDIATE on SQLite, SELECT ... FOR UPDATE on PostgreSQL), so every event lands, in one unbroken chain.
Two writers adding the same new speaker or the same claim at once end with one speaker, one claim.

Every test runs on a SQLite file and on PostgreSQL (the `store_url` fixture)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from claims import db, store
from claims.models import Speaker

WORKERS = 2
EVENTS_EACH = 25
STATUSES = ("in-review", "needs-recheck", "mostly-true", "false", "unverifiable")

# One writer: open the store, say it is ready, wait for the starting flag, then record EVENTS_EACH events, each in
# its own transaction as separate `claims status` commands would. Errors are collected, never retried: any error is
# an event lost. Prints the errors and when its first write began and its last one ended (wall clock), as JSON.
WORKER = """
import json, sys, time
from pathlib import Path
from claims import db, store

url, ref, count, statuses, name, ready, go = sys.argv[1:]
statuses = statuses.split(",")
engine = db.open_store(url)
Path(ready).touch()
deadline = time.monotonic() + 60
while not Path(go).exists():
    if time.monotonic() > deadline:
        sys.exit("the starting flag never came")
    time.sleep(0.001)
errors = []
started = time.time()
for n in range(int(count)):
    try:
        with db.writing(engine) as session:
            store.record_status(session=session, ref=ref, status=statuses[n % len(statuses)], reviewer=name,
                                rationale=f"{name} #{n}")
    except Exception as e:
        errors.append(f"{type(e).__module__}.{type(e).__name__}: {e}".splitlines()[0])
finished = time.time()
engine.dispose()
print(json.dumps({"errors": errors, "started": started, "finished": finished}))
"""


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    engine = db.open_store(store_url)
    yield engine
    engine.dispose()


def start_together(commands: list[list[str]], flags: Path) -> list[subprocess.CompletedProcess[str]]:
    """Start every command, wait until each has written its ready flag, then let them all go at once."""
    go = flags / "go"
    env = {k: v for k, v in os.environ.items() if k != db.ENV_VAR}
    processes = [
        subprocess.Popen(
            [*command, str(flags / f"ready-{n}"), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n, command in enumerate(commands)
    ]
    try:
        deadline = time.monotonic() + 60
        while not all((flags / f"ready-{n}").exists() for n in range(len(commands))):
            assert time.monotonic() < deadline, "the writers never became ready"
            assert all(p.poll() is None for p in processes), [p.communicate() for p in processes]
            time.sleep(0.01)
        go.touch()
        results = []
        for process in processes:
            out, err = process.communicate(timeout=120)
            results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
        return results
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()


def test_concurrent_writers_on_one_claim_lose_no_event(engine: Engine, store_url: str, tmp_path: Path) -> None:
    with db.writing(engine) as session:
        claim_id, _ = store.add_claim(
            session=session, claim={"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"}
        )
    names = [f"writer-{n}" for n in range(WORKERS)]

    results = start_together(
        [
            [sys.executable, "-c", WORKER, store_url, claim_id, str(EVENTS_EACH), ",".join(STATUSES), name]
            for name in names
        ],
        tmp_path,
    )

    reports = []
    for result in results:
        assert result.returncode == 0, result.stderr
        reports.append(json.loads(result.stdout))
    assert [r["errors"] for r in reports] == [[]] * WORKERS
    # the writers really wrote at the same time: each began before every other one had finished
    assert max(r["started"] for r in reports) < min(r["finished"] for r in reports)
    with db.reading(engine) as session:
        claim = store.get_claim(session=session, ref=claim_id)
        events = store.claim_events(session=session, claim=claim)
        assert [e.seq for e in events] == list(range(1, WORKERS * EVENTS_EACH + 2))
        assert (claim.event_count, claim.head_hash, claim.status) == (len(events), events[-1].hash, events[-1].status)
        for name in names:  # each writer's events are all there, in the order it recorded them
            assert [e.rationale for e in events if e.reviewer == name] == [f"{name} #{n}" for n in range(EVENTS_EACH)]
        assert [e.recorded_at for e in events] == sorted(e.recorded_at for e in events)
        assert list(store.audit(session=session)) == []


# --- two writers adding at once ------------------------------------------------------------------------------
# The first writer saves and holds its transaction open until the second has saved too (or for half a second, when
# the second is made to wait, as on SQLite where writers queue): the tightest interleaving two users can produce.


def race(engine: Engine, first: dict[str, Any], second: dict[str, Any]) -> list[Any]:
    """Save `first` and `second` from two threads whose transactions overlap; each thread's SaveReport or error."""
    first_saved, second_saved = threading.Event(), threading.Event()
    outcome: list[Any] = [None, None]

    def one() -> None:
        try:
            with db.writing(engine) as session:
                outcome[0] = store.save_claims(session=session, records=[("first", first)])
                first_saved.set()
                second_saved.wait(timeout=0.5)
        except Exception as e:
            outcome[0] = e
        finally:
            first_saved.set()

    def two() -> None:
        first_saved.wait(timeout=30)
        try:
            with db.writing(engine) as session:
                outcome[1] = store.save_claims(session=session, records=[("second", second)])
                second_saved.set()
        except Exception as e:
            outcome[1] = e
        finally:
            second_saved.set()

    threads = [threading.Thread(target=one), threading.Thread(target=two)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    return outcome


def test_two_writers_adding_the_same_new_speaker_at_once_make_one_speaker(
    request: pytest.FixtureRequest, engine: Engine, store_url: str
) -> None:
    outcome = race(
        engine,
        {"text": "Pogovor je bil konstruktiven.", "speaker": "Kiril Dmitrijev"},
        {"text": "Vračamo se iz Miamija.", "speaker": "Kiril Dmitrijev"},
    )

    assert [type(o) for o in outcome] == [store.SaveReport, store.SaveReport], outcome
    with db.reading(engine) as session:
        assert session.execute(select(Speaker.name)).scalars().all() == ["Kiril Dmitrijev"]
        assert store.find_speaker(session=session, query="Dmitrijev").name == "Kiril Dmitrijev"
        assert store.counts(session=session)["claims"] == 2


def test_two_writers_adding_the_same_claim_at_once_store_it_once(
    request: pytest.FixtureRequest, engine: Engine, store_url: str
) -> None:
    claim = {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"}
    with db.writing(engine) as session:  # the speaker is known: only the claim is new
        store.add_claim(session=session, claim={"text": "Srečanje je bilo koristno.", "speaker": "Steve Witkoff"})

    outcome = race(engine, claim, claim)

    assert [type(o) for o in outcome] == [store.SaveReport, store.SaveReport], outcome
    first, second = outcome
    assert first.added == second.existing and len(first.added) == 1
    with db.reading(engine) as session:
        assert store.counts(session=session)["claims"] == 2
        assert list(store.audit(session=session)) == []
