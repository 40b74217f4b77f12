"""The tables of the claim store.

A **source** is a document, identified by the sha256 of its text (or, for a source kept without text, its url).
A **speaker** has one canonical name and any number of **aliases** (inflected forms, other scripts, other
spellings); every alias is stored with a search key (casefolded, diacritics removed, Cyrillic in Latin script) and
the sound key of its last word, so that another spelling of a surname finds the speaker.
A **claim** is a statement by a speaker, first recorded from one source; an **appearance** links it to every other
source that reported it. A claim's verification history is a chain of **status events**: rows are only ever
inserted, each event's hash covers its fields and the previous event's hash, and the claim row keeps the chain's
head (count and last hash) so that a removed last event is noticed too. The claim's current status and verdict are
kept on the claim row as well, derived from the events, so that listings over a million claims need no scan of
the history.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Column, DateTime, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def _timestamp(*, index: bool = False, nullable: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(DateTime(timezone=True), nullable=nullable, index=index)


class Source(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    sha256: str | None = Field(default=None, max_length=64, unique=True)
    url: str | None = Field(default=None, index=True)
    outlet: str | None = None
    title: str | None = None
    language: str | None = Field(default=None, max_length=8)
    published: date | None = None
    added_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())
    text: str | None = Field(default=None, sa_column=Column(Text))


class Speaker(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    key: str = Field(index=True, unique=True)  # one speaker per canonical name; aliases point other names here
    kind: str = Field(default="person", max_length=16)
    role: str | None = None
    affiliation: str | None = None
    wikidata: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())


class SpeakerAlias(SQLModel, table=True):
    __tablename__ = "speaker_alias"
    __table_args__ = (UniqueConstraint("speaker_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speaker.id", index=True)
    alias: str
    key: str = Field(index=True)
    # sound_key of the alias's last word (a person's surname): 'Vitkof' finds 'Steve Witkoff' through it
    surname_sound: str | None = Field(default=None, index=True)


class Claim(SQLModel, table=True):
    __table_args__ = (
        Index("ix_claim_speaker_said", "speaker_id", "said_on", "id"),
        Index("ix_claim_status_said", "status", "said_on"),
        Index("ix_claim_speaker_status", "speaker_id", "status"),  # per-speaker tallies (reports, speakers)
        Index("ix_claim_text_key", "text_key", "speaker_id"),  # the same statement again: one lookup
    )

    id: int | None = Field(default=None, primary_key=True)
    short_id: str = Field(max_length=16, unique=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    speaker_id: int = Field(foreign_key="speaker.id")
    source_id: int | None = Field(default=None, foreign_key="source.id", index=True)
    quote_type: str | None = Field(default=None, max_length=16)
    cue: str | None = None
    channel: str | None = None
    span_start: int | None = None
    span_end: int | None = None
    language: str | None = Field(default=None, max_length=8, index=True)
    said_on: date | None = Field(default=None, index=True)
    due: date | None = Field(default=None, index=True)
    recorded_by: str | None = None
    confidence: float | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())
    # The statement's text normalized (case, diacritics, script, punctuation), hashed: equal keys of one speaker
    # are the same statement (claims.matching). A claim found to be another's duplicate points at it with
    # same_as; it keeps its history, but listings and reports count the claim it points at, once.
    text_key: str | None = Field(default=None, max_length=64)
    same_as: int | None = Field(default=None, foreign_key="claim.id", index=True)
    # Derived from the status events, kept here for fast listings; `claims audit` checks they agree.
    status: str = Field(max_length=64)
    status_at: datetime = Field(sa_column=_timestamp())
    verdict: str | None = Field(default=None, max_length=64)
    verdict_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    event_count: int = 0
    head_hash: str | None = Field(default=None, max_length=64)


class Appearance(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("claim_id", "source_id"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    span_start: int | None = None
    span_end: int | None = None
    added_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())


class MatchSuggestion(SQLModel, table=True):
    """A claim that may be the same statement as an earlier one, waiting for a person to confirm or reject it."""

    __tablename__ = "match_suggestion"
    __table_args__ = (UniqueConstraint("claim_id", "candidate_id"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)  # the newer claim
    candidate_id: int = Field(foreign_key="claim.id", index=True)  # the earlier claim it may repeat
    score: float
    state: str = Field(default="pending", max_length=16, index=True)  # pending / confirmed / rejected
    decided_by: str | None = None
    decided_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())


class StatusEvent(SQLModel, table=True):
    __tablename__ = "status_event"
    __table_args__ = (UniqueConstraint("claim_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id")
    seq: int
    status: str = Field(max_length=64)
    rating_note: str | None = None
    rationale: str | None = Field(default=None, sa_column=Column(Text))
    evidence: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # a JSON list of URLs
    reviewer: str
    recorded_at: datetime = Field(sa_column=_timestamp(index=True))
    prev_hash: str | None = Field(default=None, max_length=64)
    hash: str = Field(max_length=64)


class Setting(SQLModel, table=True):
    """Store-wide settings shared by everyone using the store, such as the desk's status vocabulary."""

    key: str = Field(primary_key=True)
    value: str = Field(sa_column=Column(Text, nullable=False))
