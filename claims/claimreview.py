"""Verdicts as schema.org ClaimReview JSON-LD: the markup that search engines and Google's Fact Check Explorer read
from a fact-checker's pages.

One exported claim record (``store.claim_records``) with a verdict becomes one ClaimReview. The claim's text is
``claimReviewed``; its current verdict (the newest verdict event) gives ``reviewRating``, through the vocabulary's
ClaimReview mapping, and ``datePublished``; the publisher's configuration gives ``author`` and the review's ``url``;
and the claim itself, with its speaker and every place it appeared, is ``itemReviewed``. What the store does not
know is left out, never written as null. Every object is checked against ``claimreview.schema.json`` (and the one
rule a schema cannot say) before it leaves.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from . import config, validate
from .errors import ClaimsError, InvalidRecord, Problem
from .vocabulary import Status, Vocabulary

SCHEMA_ORG = "https://schema.org"
WIKIDATA_PAGE = "https://www.wikidata.org/wiki/"
# The schema.org type of a claim's author, by the speaker's kind. A group ("the negotiators") is people acting
# together, which schema.org calls an Organization. An anonymous source ("a source close to the talks") names no
# one, so its claim is published without an author rather than with a made-up one.
AUTHOR_TYPES = {"person": "Person", "organization": "Organization", "group": "Organization"}
# What `claims config set` is shown with when the publisher is not configured.
EXAMPLE_CONFIG = {
    "publisher.name": '"Fact Check Desk"',
    "publisher.url": "https://factcheck.example",
    "review.url": "'https://factcheck.example/claims/{id}'",
}


@dataclass(frozen=True)
class Publisher:
    """The fact-checking organization that publishes the reviews, and where each review is read."""

    name: str
    url: str
    review_url: str  # a template: config.ID_PLACEHOLDER stands for the claim's id


def publisher(settings: Mapping[str, str | None]) -> Publisher:
    """The publisher from the store's configuration (``store.get_config``). Raises a ClaimsError that gives the
    commands to run when any of it is not set."""
    missing = [key for key in config.KEYS if not settings.get(key)]
    if missing:
        commands = "\n".join(f"  claims config set {key} {EXAMPLE_CONFIG[key]}" for key in missing)
        raise ClaimsError(
            f"a ClaimReview export needs its publisher; not set: {', '.join(missing)}. "
            f"Set with your own values:\n{commands}"
        )
    return Publisher(
        name=settings["publisher.name"],  # type: ignore[arg-type]
        url=settings["publisher.url"],  # type: ignore[arg-type]
        review_url=settings["review.url"],  # type: ignore[arg-type]
    )


def claim_review(record: dict[str, Any], vocabulary: Vocabulary, publisher: Publisher) -> dict[str, Any] | None:
    """The ClaimReview of one exported claim record; None when the claim has no verdict to publish."""
    found = _current_verdict(record["history"], vocabulary)
    if found is None:
        return None
    event, verdict = found
    return {
        "@context": SCHEMA_ORG,
        "@type": "ClaimReview",
        "url": config.review_url(publisher.review_url, record["id"]),
        "claimReviewed": record["text"],
        "datePublished": _utc_date(event["recorded_at"]),
        "author": {"@type": "Organization", "name": publisher.name, "url": publisher.url},
        "reviewRating": _rating(event, verdict, vocabulary),
        "itemReviewed": _claim(record),
    }


def claim_reviews(
    records: Iterable[dict[str, Any]], vocabulary: Vocabulary, publisher: Publisher
) -> Iterator[dict[str, Any]]:
    """The ClaimReviews of the records that have a verdict, checked, one at a time (a large store is streamed)."""
    for record in records:
        review = claim_review(record, vocabulary, publisher)
        if review is not None:
            check(review, f"ClaimReview of claim {record['id']}")
            yield review


def problems(review: Any, record: str) -> list[Problem]:
    """Every rule a ClaimReview object breaks: its schema's, then the rating's scale, which JSON Schema cannot
    check because it compares two fields."""
    found = validate.problems("claimreview", review, record)
    if found:
        return found
    rating = review["reviewRating"]
    value = rating.get("ratingValue")
    if value is not None and not rating["worstRating"] <= value <= rating["bestRating"]:
        scale = f"{rating['worstRating']}..{rating['bestRating']}"
        found.append(
            Problem(record, "/reviewRating/ratingValue", "scale", f"ratingValue {value} is outside the scale {scale}")
        )
    return found


def check(review: Any, record: str) -> None:
    found = problems(review, record)
    if found:
        raise InvalidRecord(found)


def _current_verdict(history: list[dict[str, Any]], vocabulary: Vocabulary) -> tuple[dict[str, Any], Status] | None:
    # The newest verdict, not the newest event: a claim sent back to needs-recheck keeps its published verdict
    # until a new one replaces it, and a correction is simply a newer verdict event.
    for event in reversed(history):
        status = vocabulary.statuses.get(event["status"])
        if status is not None and status.is_verdict:
            return event, status
    return None


def _utc_date(timestamp: str) -> str:
    return datetime.fromisoformat(timestamp).astimezone(UTC).date().isoformat()


def _rating(event: dict[str, Any], verdict: Status, vocabulary: Vocabulary) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating"}
    if verdict.rating_value is not None:  # off-scale verdicts (misleading, unverifiable) are named, not rated
        rating.update(
            ratingValue=verdict.rating_value,
            bestRating=vocabulary.best_rating,
            worstRating=vocabulary.worst_rating,
        )
    rating["alternateName"] = verdict.alternate_name
    return _known(rating | {"ratingExplanation": event.get("rating_note")})


def _claim(record: dict[str, Any]) -> dict[str, Any]:
    sources = [record["source"]] if record.get("source") else []
    sources += [appearance["source"] for appearance in record.get("appearances", [])]
    works = [work for work in map(_creative_work, sources) if work is not None]
    claim = _known(
        {
            "@type": "Claim",
            "author": _author(record["speaker"]),
            "datePublished": record.get("said_on"),
            "appearance": works,
        }
    )
    if works:
        # The earliest dated place; a place without a date cannot be shown to come first. min() keeps the
        # first of equals, so ties go to the claim's own source, then to appearances in the order recorded.
        claim["firstAppearance"] = min(works, key=lambda w: (w.get("datePublished") is None, w.get("datePublished")))
    return claim


def _author(speaker: dict[str, Any]) -> dict[str, Any] | None:
    kind = AUTHOR_TYPES.get(speaker.get("kind", "person"))
    if kind is None:
        return None
    wikidata = speaker.get("wikidata")
    return _known({"@type": kind, "name": speaker["name"], "sameAs": WIKIDATA_PAGE + wikidata if wikidata else None})


def _creative_work(source: dict[str, Any]) -> dict[str, Any] | None:
    """A source as a CreativeWork; None for one that nothing identifies (no url, title or outlet)."""
    outlet = source.get("outlet")
    work = _known(
        {
            "@type": "CreativeWork",
            "url": source.get("url"),
            "headline": source.get("title"),
            "datePublished": source.get("published"),
            "publisher": {"@type": "Organization", "name": outlet} if outlet else None,
            "inLanguage": source.get("language"),
        }
    )
    return work if work.keys() & {"url", "headline", "publisher"} else None


def _known(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields whose value is known: JSON-LD leaves out what it does not know instead of writing null."""
    return {key: value for key, value in fields.items() if value not in (None, "", [])}
