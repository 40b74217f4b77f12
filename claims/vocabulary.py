"""The status vocabulary: workflow states and verdicts, each verdict with its ClaimReview rating.

The default ships as ``claims/statuses.json``; a desk replaces it with its own file (validated against
``vocabulary.schema.json``), stored in the store so that everyone sharing it uses the same statuses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from . import validate
from .errors import ClaimsError, InvalidRecord, Problem


@dataclass(frozen=True)
class Status:
    id: str
    kind: str  # "workflow" or "verdict"
    labels: dict[str, str]
    rating_value: int | None = None
    alternate_name: str | None = None

    @property
    def is_verdict(self) -> bool:
        return self.kind == "verdict"

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels.get("en") or next(iter(self.labels.values()))


@dataclass(frozen=True)
class Vocabulary:
    statuses: dict[str, Status]
    default: str
    best_rating: int
    worst_rating: int
    document: dict[str, Any]

    def get(self, status: str) -> Status:
        try:
            return self.statuses[status]
        except KeyError:
            raise ClaimsError(f"unknown status {status!r}; valid statuses: {', '.join(self.statuses)}") from None

    @property
    def verdicts(self) -> list[str]:
        return [s.id for s in self.statuses.values() if s.is_verdict]


def parse(document: Any, record: str = "vocabulary") -> Vocabulary:
    """A Vocabulary from its JSON document, after checking the schema and the rules a schema cannot say."""
    validate.check("vocabulary", document, record)
    best, worst = document["scale"]["bestRating"], document["scale"]["worstRating"]
    found: list[Problem] = []
    if best <= worst:
        found.append(Problem(record, "/scale", "scale", "bestRating must be greater than worstRating"))
    statuses: dict[str, Status] = {}
    for n, item in enumerate(document["statuses"]):
        if item["id"] in statuses:
            found.append(Problem(record, f"/statuses/{n}/id", "unique", f"status {item['id']!r} is listed twice"))
        review = item.get("claimreview", {})
        value = review.get("ratingValue")
        if value is not None and not worst <= value <= best:
            found.append(
                Problem(
                    record,
                    f"/statuses/{n}/claimreview/ratingValue",
                    "scale",
                    f"ratingValue {value} is outside the scale {worst}..{best}",
                )
            )
        statuses[item["id"]] = Status(item["id"], item["kind"], item["label"], value, review.get("alternateName"))
    default = statuses.get(document["default"])
    if default is None or default.is_verdict:
        found.append(Problem(record, "/default", "default", "default must name a workflow status of the vocabulary"))
    if found:
        raise InvalidRecord(found)
    return Vocabulary(statuses, document["default"], best, worst, document)


def default_document() -> dict[str, Any]:
    return json.loads((resources.files("claims") / "statuses.json").read_text(encoding="utf-8"))


def default() -> Vocabulary:
    return parse(default_document(), "claims/statuses.json")
