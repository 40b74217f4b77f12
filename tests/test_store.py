"""The store layer: saving claims (speakers, sources, short ids, validation) and recording their status history.

Every test runs on a SQLite file and on PostgreSQL (the `store_url` fixture)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from claims import db, store
from claims.errors import Ambiguous, ClaimsError, Conflict, InvalidRecord, NotFound
from claims.history import canonical_time
from claims.models import Claim, Source, Speaker, StatusEvent
from claims.names import name_key

ARTICLE = (
    "date 2026-01-31\n"
    "Ameriški odposlanec Steve Witkoff je pogovor v Miamiju označil za konstruktiven. "
    "Kiril Dmitrijev je na Instagramu sporočil, da se vrača iz Miamija."
)
VERDICTS = ("true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "unverifiable")
WORKFLOW = ("unverified", "in-review", "needs-recheck")


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    engine = db.open_store(store_url)
    yield engine
    engine.dispose()


def save(engine: Engine, *claims: dict[str, Any], skip_invalid: bool = False) -> store.SaveReport:
    """Save claims in one transaction, named 'line 1', 'line 2', ... as an import file would name them."""
    with db.writing(engine) as session:
        return store.save_claims(
            session=session,
            records=[(f"line {n}", claim) for n, claim in enumerate(claims, 1)],
            skip_invalid=skip_invalid,
        )


def add(engine: Engine, claim: dict[str, Any]) -> tuple[str, bool]:
    with db.writing(engine) as session:
        return store.add_claim(session=session, claim=claim)


def tally(engine: Engine) -> dict[str, int]:
    with db.reading(engine) as session:
        return store.counts(session=session)


def speakers(engine: Engine) -> list[str]:
    with db.reading(engine) as session:
        return sorted(session.execute(select(Speaker.name)).scalars())


def claim_row(engine: Engine, short_id: str) -> Claim:
    with db.reading(engine) as session:
        claim = store.get_claim(session=session, ref=short_id)
        session.expunge(claim)
        return claim


def history(engine: Engine, short_id: str) -> list[StatusEvent]:
    with db.reading(engine) as session:
        events = store.claim_events(session=session, claim=store.get_claim(session=session, ref=short_id))
        session.expunge_all()
        return events


def record(engine: Engine, ref: str, status: str, **kwargs: Any) -> StatusEvent:
    with db.writing(engine) as session:
        event = store.record_status(
            session=session, ref=ref, status=status, reviewer=kwargs.pop("reviewer", "Ana"), **kwargs
        )
        session.expunge(event)
        return event


# --- speakers ------------------------------------------------------------------------------------------------


def test_a_speaker_is_created_on_first_use_and_found_again_whatever_the_case_diacritics_or_spacing(
    engine: Engine,
) -> None:
    first = save(engine, {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"})
    assert first.new_speakers == ["Steve Witkoff"]

    for n, spelling in enumerate(["steve witkoff", "Stéve Witkoff", "STEVE  WITKOFF", " Steve Witkoff "]):
        report = save(engine, {"text": f"Srečanje številka {n} je bilo koristno.", "speaker": spelling})

        assert report.new_speakers == [], spelling
        with db.reading(engine) as session:
            assert store.find_speaker(session=session, query=spelling).name == "Steve Witkoff"
    assert speakers(engine) == ["Steve Witkoff"]
    assert tally(engine)["claims"] == 5


def test_a_speaker_is_found_again_by_an_alias_in_another_form_or_script(engine: Engine) -> None:
    save(
        engine,
        {
            "text": "Pogovor je bil konstruktiven.",
            "speaker": {"name": "Steve Witkoff", "kind": "person", "aliases": ["Witkoffa", "Стив Виткоф"]},
        },
    )

    report = save(
        engine,
        {"text": "Srečanje je bilo koristno.", "speaker": "witkoffa"},
        {"text": "Разговор је био конструктиван.", "speaker": "Стив Виткоф"},
        {"text": "The talks were constructive.", "speaker": "Stiv Vitkof"},
    )

    assert report.new_speakers == []
    assert len(report.added) == 3
    assert speakers(engine) == ["Steve Witkoff"]


def test_different_speakers_in_one_save_are_each_created_once(engine: Engine) -> None:
    report = save(
        engine,
        {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"},
        {"text": "Pogovor je bil konstruktiven.", "speaker": "Kiril Dmitrijev"},
        {"text": "Vračamo se iz Miamija.", "speaker": "kiril dmitrijev"},
    )

    assert report.new_speakers == ["Steve Witkoff", "Kiril Dmitrijev"]
    assert speakers(engine) == ["Kiril Dmitrijev", "Steve Witkoff"]


def aliases_of(engine: Engine, name: str) -> list[str]:
    with db.reading(engine) as session:
        speaker = store.find_speaker(session=session, query=name)
        return store.speaker_aliases(session=session, speaker_id=speaker.id)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("stored", "spellings"),
    [
        ("Steve Witkoff", ["Vitkof", "Виткоф", "Steve Vitkof", "S. Vitkof", "Уиткофф"]),
        ("Jared Kushner", ["Kušner", "Кушнер", "Jared Kušner", "Džared Kušner", "J. Kušner"]),
        ("Kirill Dmitriev", ["Dmitrijev", "Дмитријев", "Kiril Dmitrijev", "Кирилл Дмитриев"]),
        ("Volodymyr Zelensky", ["Zelenski", "Zelenskij", "Зеленски", "Volodimir Zelenskij"]),
        ("Vladimir Putin", ["Putin", "Путин", "Владимир Путин", "Wladimir Putin"]),
    ],
)
def test_another_spelling_of_a_stored_name_is_that_speaker_and_becomes_an_alias(
    engine: Engine, stored: str, spellings: list[str]
) -> None:
    save(engine, {"text": "Pogovor je bil konstruktiven.", "speaker": stored})

    report = save(engine, *({"text": f"Izjava {n}.", "speaker": name} for n, name in enumerate(spellings)))

    assert report.new_speakers == []
    assert speakers(engine) == [stored]
    one_a_key: dict[str, str] = {}  # 'Виткоф' is 'Vitkof' already
    for name in [stored, *spellings]:
        one_a_key.setdefault(name_key(name), name)
    assert aliases_of(engine, stored) == list(one_a_key.values())
    with db.reading(engine) as session:
        for name in spellings:
            assert store.find_speaker(session=session, query=name).name == stored


@pytest.mark.parametrize(
    ("stored", "other"),
    [
        ("Marko Marković", "Milan Marković"),
        ("Petrović", "Petković"),
        ("Ivan Novak", "Ivana Novak"),
        ("Ivan Novak", "I. Novakova"),
        ("Steve Witkoff", "Ann Vitkof"),
    ],
)
def test_a_similar_name_of_another_person_is_another_speaker(engine: Engine, stored: str, other: str) -> None:
    save(engine, {"text": "Pogovor je bil konstruktiven.", "speaker": stored})

    report = save(engine, {"text": "Izjava.", "speaker": other})

    assert report.new_speakers == [other]
    with db.reading(engine) as session:
        assert store.find_speaker(session=session, query=other).name == other


def test_a_spelling_that_sounds_like_several_speakers_is_ambiguous_to_find_and_a_new_speaker_to_save(
    engine: Engine,
) -> None:
    save(
        engine,
        {"text": "Pogovor je bil konstruktiven.", "speaker": "Ivan Novak"},
        {"text": "Pogovor je bil koristen.", "speaker": "Ivana Novak"},
    )

    with db.reading(engine) as session, pytest.raises(Ambiguous, match="Ivan Novak, Ivana Novak"):
        store.find_speaker(session=session, query="Nowak")
    report = save(engine, {"text": "Izjava.", "speaker": "Nowak"})

    assert report.new_speakers == ["Nowak"]  # rather than guess; an editor merges it into the right one


def test_a_first_name_and_an_initial_agree_for_a_person_only(engine: Engine) -> None:
    save(
        engine,
        {"text": "Pogovor je bil konstruktiven.", "speaker": {"name": "Bela Novak", "kind": "person"}},
        {"text": "Ni komentarja.", "speaker": {"name": "Bela hiša", "kind": "organization"}},
    )

    with db.reading(engine) as session:
        assert [s.name for s in store.find_speakers(session=session, query="B. Nowak")] == ["Bela Novak"]
        assert store.find_speakers(session=session, query="B. Hisha") == []


# --- merging speakers and curating their names --------------------------------------------------------------


def test_a_merge_moves_every_claim_and_name_and_keeps_every_history_whole(engine: Engine) -> None:
    save(
        engine,
        {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"},
        {
            "text": "Dogovor je blizu.",
            "speaker": {"name": "Stevo Vitkof", "aliases": ["Vitkofa"], "role": "odposlanec"},
        },
        {"text": "Srečanje bo v Miamiju.", "speaker": "Stevo Vitkof"},
    )
    short_id = claim_row_by_text(engine, "Dogovor je blizu.")
    record(engine, short_id, "mostly-false")
    before = tally(engine)

    with db.writing(engine) as session:
        merged = store.merge_speakers(session=session, source="Stevo Vitkof", target="Steve Witkoff")

    assert merged == store.Merged("Stevo Vitkof", "Steve Witkoff", 2, ["Stevo Vitkof", "Vitkofa"])
    assert speakers(engine) == ["Steve Witkoff"]
    assert tally(engine) == {**before, "speakers": 1}
    assert aliases_of(engine, "Steve Witkoff") == ["Steve Witkoff", "Stevo Vitkof", "Vitkofa"]
    with db.reading(engine) as session:
        assert list(store.audit(session=session)) == []
        speaker, rows, counted = store.speaker_history(session=session, query="Vitkofa")
        assert (speaker.name, speaker.role, len(rows), counted) == (
            "Steve Witkoff",
            "odposlanec",
            3,
            {"unverified": 2, "mostly-false": 1},
        )
    assert [e.status for e in history(engine, short_id)] == ["unverified", "mostly-false"]


def claim_row_by_text(engine: Engine, text: str) -> str:
    with db.reading(engine) as session:
        return session.execute(select(Claim.short_id).where(Claim.text == text)).scalar_one()


@pytest.mark.parametrize(
    ("source", "target", "error", "message"),
    [
        ("Marco Rubio", "Steve Witkoff", NotFound, "no speaker matches 'Marco Rubio'"),
        ("Witkoff", "Steve Witkoff", Ambiguous, "'Witkoff' matches several speakers"),
        ("Ann Witkoff", "ann witkoff", Conflict, "the same speaker, 'Ann Witkoff': nothing to merge"),
        ("Ann Witkoff", "Steve Witkoff", Conflict, "different Wikidata ids"),
    ],
)
def test_a_merge_that_cannot_be_done_changes_nothing(
    engine: Engine, source: str, target: str, error: type[Exception], message: str
) -> None:
    save(
        engine,
        {"text": "Pogovor je bil konstruktiven.", "speaker": {"name": "Steve Witkoff", "wikidata": "Q1"}},
        {"text": "Moj mož ne govori v mojem imenu.", "speaker": {"name": "Ann Witkoff", "wikidata": "Q2"}},
    )
    before = tally(engine)

    with pytest.raises(error, match=message), db.writing(engine) as session:
        store.merge_speakers(session=session, source=source, target=target)

    assert tally(engine) == before
    assert speakers(engine) == ["Ann Witkoff", "Steve Witkoff"]


def test_aliases_are_added_and_one_of_another_speaker_is_refused_naming_it(engine: Engine) -> None:
    save(
        engine,
        {"text": "Pogovor je bil konstruktiven.", "speaker": "Donald Trump"},
        {"text": "Dogovor je blizu.", "speaker": {"name": "Steve Witkoff", "aliases": ["Witkoffa"]}},
    )

    with db.writing(engine) as session:
        trump = store.find_speaker(session=session, query="Trump")
        names = ["Tramp", "Трамп", "donald  TRUMP", "D. Trump"]
        added = store.add_aliases(session=session, speaker=trump, aliases=names)
        assert added == ["Tramp", "D. Trump"]  # 'Трамп' is 'Tramp', 'donald  TRUMP' is the name, in another hand
    refused = "'witkoffa' is already a name of the speaker 'Steve Witkoff'"
    with pytest.raises(Conflict, match=refused), db.writing(engine) as session:
        trump = store.find_speaker(session=session, query="Trump")
        store.add_aliases(session=session, speaker=trump, aliases=["Donald", "witkoffa"])

    assert aliases_of(engine, "Tramp") == ["Donald Trump", "Tramp", "D. Trump"]


def test_a_speakers_wikidata_id_kind_and_role_are_set_and_checked(engine: Engine) -> None:
    save(
        engine,
        {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"},
        {"text": "Dogovor je blizu.", "speaker": {"name": "Jared Kushner", "wikidata": "Q6161765"}},
    )

    with db.writing(engine) as session:
        witkoff = store.find_speaker(session=session, query="Witkoff")
        store.update_speaker(session=session, speaker=witkoff, wikidata="Q116300637", role="odposlanec")
    with db.writing(engine) as session:
        witkoff = store.find_speaker(session=session, query="Witkoff")
        with pytest.raises(InvalidRecord, match="/wikidata"):
            store.update_speaker(session=session, speaker=witkoff, wikidata="Q0123")
        with pytest.raises(Conflict, match="Q6161765 is already the Wikidata id of 'Jared Kushner'"):
            store.update_speaker(session=session, speaker=witkoff, wikidata="Q6161765")

    with db.reading(engine) as session:
        witkoff = store.find_speaker(session=session, query="Witkoff")
        assert (witkoff.kind, witkoff.role, witkoff.wikidata) == ("person", "odposlanec", "Q116300637")


# --- claims and their short ids -----------------------------------------------------------------------------


def test_the_same_claim_saved_twice_keeps_one_row_and_its_short_id(engine: Engine) -> None:
    claim = {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff", "source": {"text": ARTICLE}}

    first, first_new = add(engine, claim)
    again, again_new = add(engine, claim)
    report = save(engine, claim, claim)

    assert (first_new, again_new) == (True, False)
    assert again == first
    assert report.added == [] and report.existing == [first, first]
    assert tally(engine)["claims"] == 1
    assert tally(engine)["status events"] == 1


def test_a_short_id_is_one_a_person_can_type(engine: Engine) -> None:
    short_id, _ = add(engine, {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"})

    assert len(short_id) == store.SHORT_ID_LENGTH
    assert set(short_id) <= set(store.SHORT_ID_ALPHABET)
    assert not set(short_id) & set("ilou")  # letters that read as digits or as each other


def test_the_same_claim_twice_in_one_save_is_stored_once_but_the_same_words_by_another_speaker_are_not(
    engine: Engine,
) -> None:
    claim = {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"}

    report = save(engine, claim, dict(claim, speaker="steve witkoff"), dict(claim, speaker="Kiril Dmitrijev"))

    witkoff, dmitrijev = report.added
    assert witkoff != dmitrijev
    assert report.existing == [witkoff]
    assert tally(engine)["claims"] == 2


def test_a_new_claim_starts_its_history_with_the_default_status(engine: Engine) -> None:
    short_id, _ = add(
        engine, {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff", "recorded_by": "Ana"}
    )

    [event] = history(engine, short_id)
    claim = claim_row(engine, short_id)
    assert (event.seq, event.status, event.reviewer, event.prev_hash) == (1, "unverified", "Ana", None)
    assert (claim.status, claim.verdict, claim.event_count, claim.head_hash) == ("unverified", None, 1, event.hash)


# --- sources -------------------------------------------------------------------------------------------------


def test_a_source_text_is_stored_once_by_its_sha256_and_another_text_is_another_source(engine: Engine) -> None:
    source = {"text": ARTICLE, "outlet": "STA", "language": "sl"}
    save(
        engine,
        {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff", "source": source},
        {"text": "Vrača se iz Miamija.", "speaker": "Kiril Dmitrijev", "source": source},
    )
    save(
        engine,
        {"text": "Pogovor v Miamiju je bil konstruktiven.", "speaker": "Steve Witkoff", "source": {"text": ARTICLE}},
        {"text": "Pogovor je bil konstruktiven.", "speaker": "Marco Rubio", "source": {"text": ARTICLE + " Konec."}},
    )

    with db.reading(engine) as session:
        article, other = session.execute(select(Source).order_by(col(Source.id))).scalars().all()
        from_article = session.execute(select(Claim.text).where(Claim.source_id == article.id)).scalars().all()
    assert article.sha256 == hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    assert (article.text, article.outlet) == (ARTICLE, "STA")
    assert other.sha256 == hashlib.sha256((ARTICLE + " Konec.").encode("utf-8")).hexdigest()
    assert sorted(from_article) == [
        "Pogovor je bil konstruktiven.",
        "Pogovor v Miamiju je bil konstruktiven.",
        "Vrača se iz Miamija.",
    ]
    assert tally(engine)["claims"] == 4


# --- validation: all or nothing ------------------------------------------------------------------------------

GOOD = {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff", "source": {"text": ARTICLE}}


@pytest.mark.parametrize(
    ("bad", "pointer", "rule"),
    [
        pytest.param({"speaker": "Kiril Dmitrijev"}, "", "required", id="no-text"),
        pytest.param(
            {"text": "Vrača se.", "speaker": "Kiril Dmitrijev", "language": "slovene"},
            "/language",
            "pattern",
            id="language-not-iso-639-1",
        ),
        pytest.param(
            {"text": "Vrača se.", "speaker": "Kiril Dmitrijev", "start": 40, "end": 10},
            "/end",
            "span",
            id="span-ends-before-it-starts",
        ),
        pytest.param(
            {
                "text": "Vrača se.",
                "speaker": "Kiril Dmitrijev",
                "history": [{"status": "fake-news", "reviewer": "Ana"}],
            },
            "/history/0/status",
            "vocabulary",
            id="unknown-status-in-history",
        ),
    ],
)
def test_an_invalid_record_raises_naming_record_pointer_and_rule_and_nothing_is_written(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, bad: dict[str, Any], pointer: str, rule: str
) -> None:
    # Flush after every claim, so that the good records really reach the database before the bad one is seen:
    # what keeps them out is the transaction rolling back, not a lucky batch boundary.
    monkeypatch.setattr(store._ClaimWriter, "BATCH", 1)
    another_good = {"text": "Srečanje je bilo koristno.", "speaker": "Marco Rubio"}

    with pytest.raises(InvalidRecord) as raised:
        save(engine, GOOD, another_good, bad)

    [problem] = raised.value.problems
    assert (problem.record, problem.pointer, problem.rule) == ("line 3", pointer, rule)
    assert str(problem).startswith(f"line 3: {pointer or '/'}: ")
    assert str(problem).endswith(f"[{rule}]")
    assert tally(engine) == {"claims": 0, "speakers": 0, "sources": 0, "status events": 0}


def test_every_invalid_record_is_reported_at_once(engine: Engine) -> None:
    with pytest.raises(InvalidRecord) as raised:
        save(
            engine,
            {"speaker": "A"},
            GOOD,
            {"text": "x", "speaker": "B", "confidence": 2, "quote_type": "hearsay"},
            {"text": "y", "speaker": "C", "said_on": "2026-01-31", "due": "2026-01-30"},
        )

    assert [(p.record, p.pointer, p.rule) for p in raised.value.problems] == [
        ("line 1", "", "required"),
        ("line 3", "/confidence", "maximum"),
        ("line 3", "/quote_type", "enum"),
        ("line 4", "/due", "due"),
    ]
    assert tally(engine) == {"claims": 0, "speakers": 0, "sources": 0, "status events": 0}


def test_skip_invalid_saves_the_good_records_and_reports_the_rejected(engine: Engine) -> None:
    bad = {"text": "Vrača se.", "speaker": "Kiril Dmitrijev", "language": "slovene"}
    other = {"text": "Srečanje je bilo koristno.", "speaker": "Marco Rubio"}

    report = save(engine, GOOD, bad, other, skip_invalid=True)

    assert len(report.added) == 2
    [(name, data, problems)] = report.rejected
    assert name == "line 2"
    assert data == bad
    assert [(p.pointer, p.rule) for p in problems] == [("/language", "pattern")]
    assert tally(engine)["claims"] == 2
    assert speakers(engine) == ["Marco Rubio", "Steve Witkoff"]


# --- recording status --------------------------------------------------------------------------------------


@pytest.fixture
def claim_id(engine: Engine) -> str:
    short_id, _ = add(engine, {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"})
    return short_id


def test_status_events_are_appended_with_seq_1_to_n_each_chained_to_the_previous(engine: Engine, claim_id: str) -> None:
    for status in ("in-review", "mostly-true", "needs-recheck", "false"):
        record(engine, claim_id, status, rationale=f"now {status}")

    events = history(engine, claim_id)
    assert [e.seq for e in events] == [1, 2, 3, 4, 5]
    assert [e.status for e in events] == ["unverified", "in-review", "mostly-true", "needs-recheck", "false"]
    assert [e.prev_hash for e in events] == [None] + [e.hash for e in events[:-1]]
    assert len({e.hash for e in events}) == 5
    claim = claim_row(engine, claim_id)
    assert (claim.event_count, claim.head_hash) == (5, events[-1].hash)


def test_recording_a_status_returns_the_new_event_with_everything_given(engine: Engine, claim_id: str) -> None:
    event = record(
        engine,
        claim_id,
        "mostly-true",
        reviewer="Maja",
        rationale="the numbers check out",
        rating_note="one figure rounded up",
        evidence=["https://example.org/a", "https://example.org/b"],
    )

    [_, stored] = history(engine, claim_id)
    assert (event.seq, event.hash) == (stored.seq, stored.hash) == (2, stored.hash)
    assert (stored.status, stored.reviewer, stored.rationale, stored.rating_note) == (
        "mostly-true",
        "Maja",
        "the numbers check out",
        "one figure rounded up",
    )
    assert stored.evidence == '["https://example.org/a", "https://example.org/b"]'


def test_the_claim_shows_its_newest_status_and_its_newest_verdict(engine: Engine, claim_id: str) -> None:
    start = datetime(2030, 1, 1, tzinfo=UTC)

    record(engine, claim_id, "in-review", at=start)
    assert (claim_row(engine, claim_id).status, claim_row(engine, claim_id).verdict) == ("in-review", None)

    record(engine, claim_id, "mostly-false", at=start + timedelta(hours=1))
    record(engine, claim_id, "needs-recheck", at=start + timedelta(hours=2))

    claim = claim_row(engine, claim_id)
    assert (claim.status, claim.verdict) == ("needs-recheck", "mostly-false")
    assert canonical_time(claim.status_at) == canonical_time(start + timedelta(hours=2))
    assert canonical_time(claim.verdict_at) == canonical_time(start + timedelta(hours=1))  # type: ignore[arg-type]


def test_a_verdict_status_sets_the_verdict_and_a_workflow_status_leaves_it_alone(engine: Engine, claim_id: str) -> None:
    for verdict in VERDICTS:
        record(engine, claim_id, verdict)

        claim = claim_row(engine, claim_id)
        assert (claim.status, claim.verdict) == (verdict, verdict)
    for workflow in WORKFLOW:
        record(engine, claim_id, workflow)

        claim = claim_row(engine, claim_id)
        assert (claim.status, claim.verdict) == (workflow, VERDICTS[-1])


def test_an_unknown_status_is_refused_listing_the_valid_statuses(engine: Engine, claim_id: str) -> None:
    with pytest.raises(ClaimsError, match="unknown status 'fake-news'") as raised:
        record(engine, claim_id, "fake-news")

    for status in WORKFLOW + VERDICTS:
        assert status in str(raised.value)
    assert [e.status for e in history(engine, claim_id)] == ["unverified"]


def test_an_event_earlier_than_the_newest_one_is_refused_one_at_the_same_moment_is_not(
    engine: Engine, claim_id: str
) -> None:
    newest = datetime(2030, 6, 1, 12, 0, tzinfo=UTC)
    record(engine, claim_id, "in-review", at=newest)

    with pytest.raises(Conflict, match="before the newest one"):
        record(engine, claim_id, "false", at=newest - timedelta(seconds=1))

    assert [e.status for e in history(engine, claim_id)] == ["unverified", "in-review"]
    assert claim_row(engine, claim_id).status == "in-review"
    record(engine, claim_id, "false", at=newest)
    assert [e.status for e in history(engine, claim_id)] == ["unverified", "in-review", "false"]


def test_an_event_with_bad_fields_is_refused_and_nothing_is_recorded(engine: Engine, claim_id: str) -> None:
    with pytest.raises(InvalidRecord) as raised:
        record(engine, claim_id, "true", evidence=["not a url"])

    assert [(p.pointer, p.rule) for p in raised.value.problems] == [("/evidence/0", "pattern")]
    assert len(history(engine, claim_id)) == 1


# --- finding a claim by its short id --------------------------------------------------------------------------


@pytest.fixture
def twins(engine: Engine) -> tuple[str, str]:
    """Two claims whose ids share their first four characters."""
    save(
        engine,
        {"id": "abcd1234", "text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"},
        {"id": "abcd5678", "text": "Vrača se iz Miamija.", "speaker": "Kiril Dmitrijev"},
    )
    return "abcd1234", "abcd5678"


def test_a_claim_is_found_by_its_id_or_a_unique_prefix(engine: Engine, twins: tuple[str, str]) -> None:
    refs = ["abcd1", "abcd12", "abcd1234", "ABCD1", " abcd1 "]
    for ref in refs:
        record(engine, ref, "in-review")

    assert [e.seq for e in history(engine, "abcd1234")] == list(range(1, len(refs) + 2))
    assert [e.seq for e in history(engine, "abcd5678")] == [1]


def test_an_ambiguous_unknown_or_too_short_prefix_is_refused(engine: Engine, twins: tuple[str, str]) -> None:
    with pytest.raises(Ambiguous, match="several claim ids"):
        record(engine, "abcd", "in-review")
    for ref in ["zzzz", "abcd9", "abcd12345", "abc", ""]:
        with pytest.raises(NotFound):
            record(engine, ref, "in-review")

    assert tally(engine)["status events"] == 2
