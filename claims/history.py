"""The hash chain of a claim's status history.

Each event's hash is the sha256 of a canonical JSON object holding the claim's short id, the event's sequence
number, every field a person gave, the timestamp, and the previous event's hash. Changing any field of any event,
removing or reordering events breaks the chain from that event on; the claim row keeps the count and the last hash,
so removing the newest event is detected as well.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime


def canonical_time(moment: datetime) -> str:
    """ISO 8601 in UTC with microseconds: the one spelling of a timestamp that goes into a hash."""
    if moment.tzinfo is None:  # SQLite hands timestamps back without a zone; they were written in UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def event_hash(
    *,
    claim: str,
    seq: int,
    status: str,
    rating_note: str | None,
    rationale: str | None,
    evidence: Sequence[str],
    reviewer: str,
    recorded_at: datetime,
    prev_hash: str | None,
) -> str:
    body = {
        "claim": claim,
        "seq": seq,
        "status": status,
        "rating_note": rating_note,
        "rationale": rationale,
        "evidence": list(evidence),
        "reviewer": reviewer,
        "recorded_at": canonical_time(recorded_at),
        "prev_hash": prev_hash,
    }
    encoded = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()
