"""claims.claimreview: one exported claim record in, one ClaimReview out. The speaker's kind decides the author's
type, the earliest dated place is the first appearance, what is unknown is left out, a desk's own scale is used;
and the publisher's configuration is stored and read back on SQLite and PostgreSQL."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine

from claims import claimreview, config, db, store, vocabulary
from claims.claimreview import Publisher
from claims.errors import ClaimsError

PUBLISHER = Publisher("Fact Check Desk", "https://factcheck.example", "https://factcheck.example/claims/{id}")
VOCABULARY = vocabulary.default()
RECORD: dict[str, Any] = {
    "id": "7k3m9qa2",
    "text": "Premirje bo trajalo do nedelje.",
    "speaker": {"name": "Kremelj", "kind": "organization", "aliases": ["Kremelj"]},
    "appearances": [],
    "history": [
        {"seq": 1, "status": "unverified", "reviewer": "Ana", "recorded_at": "2026-01-31T18:00:00.000000+00:00"},
        {"seq": 2, "status": "true", "reviewer": "Ana", "recorded_at": "2026-02-01T23:30:00.000000+00:00"},
    ],
}


def record(**changes: Any) -> dict[str, Any]:
    return copy.deepcopy(RECORD) | changes


def review(data: dict[str, Any], vocabulary: vocabulary.Vocabulary = VOCABULARY) -> dict[str, Any]:
    made = claimreview.claim_review(data, vocabulary, PUBLISHER)
    assert made is not None
    claimreview.check(made, "test")
    return made


def test_what_the_store_does_not_know_is_left_out() -> None:
    assert review(record())["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": "Kremelj"},
    }


def test_a_claim_without_a_verdict_has_no_review() -> None:
    assert claimreview.claim_review(record(history=RECORD["history"][:1]), VOCABULARY, PUBLISHER) is None


@pytest.mark.parametrize(
    ("kind", "author"),
    [("person", "Person"), ("organization", "Organization"), ("group", "Organization"), ("anonymous", None)],
)
def test_the_speakers_kind_decides_the_authors_type(kind: str, author: str | None) -> None:
    claim = review(record(speaker={"name": "pogajalci", "kind": kind}))["itemReviewed"]
    assert claim.get("author", {}).get("@type") == author


def test_the_first_appearance_is_the_earliest_dated_place_and_ties_go_to_the_earlier_recorded() -> None:
    def first(*published: str | None) -> str:
        places = [{"url": f"https://example.org/{n}", "published": date} for n, date in enumerate(published)]
        sources = [{k: v for k, v in place.items() if v} for place in places]
        claim = review(record(source=sources[0], appearances=[{"source": s} for s in sources[1:]]))["itemReviewed"]
        return claim["firstAppearance"]["url"].rsplit("/", 1)[1]

    assert first("2026-02-01", "2026-01-31", "2026-01-31") == "1"
    assert first(None, "2026-02-01") == "1", "a place without a date cannot be shown to come first"
    assert first(None, None) == "0"


def test_a_source_nothing_identifies_is_not_an_appearance() -> None:
    claim = review(record(source={"sha256": "0" * 64, "language": "sl"}))["itemReviewed"]
    assert "appearance" not in claim and "firstAppearance" not in claim


def test_the_date_published_is_the_verdicts_day_in_utc() -> None:
    assert review(record())["datePublished"] == "2026-02-01"


def test_a_desks_own_scale_is_the_ratings_scale() -> None:
    desk = vocabulary.default_document()
    desk["scale"] = {"bestRating": 10, "worstRating": 0}
    desk["statuses"][3]["claimreview"] = {"ratingValue": 10, "alternateName": "Drži"}
    rating = review(record(), vocabulary.parse(desk))["reviewRating"]
    assert rating == {"@type": "Rating", "ratingValue": 10, "bestRating": 10, "worstRating": 0, "alternateName": "Drži"}


def test_a_rating_off_its_scale_is_a_problem_the_schema_alone_would_miss() -> None:
    made = review(record())
    made["reviewRating"]["worstRating"] = 6
    [problem] = claimreview.problems(made, "review 1")
    assert str(problem) == "review 1: /reviewRating/ratingValue: ratingValue 5 is outside the scale 6..5 [scale]"


def test_a_review_with_a_null_is_refused_by_the_schema() -> None:
    made = review(record())
    made["itemReviewed"]["datePublished"] = None
    [problem] = claimreview.problems(made, "review 1")
    assert (problem.pointer, problem.rule) == ("/itemReviewed/datePublished", "type")


def test_the_publisher_comes_from_the_configuration_and_each_missing_key_is_named() -> None:
    settings = {"publisher.name": "Fact Check Desk", "publisher.url": None, "review.url": None}
    with pytest.raises(ClaimsError, match=r"not set: publisher\.url, review\.url\."):
        claimreview.publisher(settings)
    settings |= {"publisher.url": PUBLISHER.url, "review.url": PUBLISHER.review_url}
    assert claimreview.publisher(settings) == PUBLISHER


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("publisher.name", "Preverjeno.si"),
        ("publisher.url", "http://factcheck.example"),
        ("review.url", "https://factcheck.example/preverjamo/{id}.html"),
        ("review.url", "https://factcheck.example/?claim={id}"),
    ],
)
def test_good_configuration_values_are_accepted(key: str, value: str) -> None:
    assert config.check(key, value) == value


# --- the configuration in the store (SQLite and PostgreSQL) -----------------------------------------------------


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    engine = db.open_store(store_url)
    yield engine
    engine.dispose()


def test_the_configuration_is_stored_and_a_claim_with_a_verdict_is_published(engine: Engine) -> None:
    settings = {"publisher.name": "Fact Check Desk", "publisher.url": PUBLISHER.url, "review.url": PUBLISHER.review_url}
    with db.writing(engine) as session:
        short_id, _ = store.add_claim(session=session, claim={"text": "Premirje.", "speaker": "Kremelj"})
        store.add_claim(session=session, claim={"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"})
        store.record_status(session=session, ref=short_id, status="mixed", reviewer="Ana")
        for key, value in settings.items():
            store.set_config(session=session, key=key, value=value)
        store.set_config(session=session, key="publisher.name", value="Preverjeno")  # replaces the first name
    with db.reading(engine) as session:
        stored = store.get_config(session=session)
        publisher = claimreview.publisher(stored)
        records = store.list_records(session=session, filters=store.ClaimFilter(has_verdict=True), with_text=False)
        published = list(claimreview.claim_reviews(records, store.get_vocabulary(session=session), publisher))
    assert stored == settings | {"publisher.name": "Preverjeno"}
    assert [(r["url"], r["author"]["name"], r["reviewRating"]["alternateName"]) for r in published] == [
        (f"https://factcheck.example/claims/{short_id}", "Preverjeno", "Mixed")
    ]
