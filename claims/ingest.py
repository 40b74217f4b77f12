"""From extraction to the store: a document and the statements found in it become claim records (validated
like any other input) and are saved, the source once by its content hash."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from . import __version__, store
from .extract import EXTRACTOR_NAME, Statement
from .extract.sources import Document
from .models import Source

RECORDED_BY = f"{EXTRACTOR_NAME} {__version__}"


def claim_record(document: Document, statement: Statement, speaker: dict[str, Any]) -> dict[str, Any]:
    record: dict[str, Any] = {
        "text": statement.text,
        "speaker": speaker,
        "quote_type": statement.quote_type,
        "cue": statement.cue,
        "channel": statement.channel,
        "start": statement.start,
        "end": statement.end,
        "language": statement.language,
        "said_on": document.published,
        "due": statement.due,
        "recorded_by": RECORDED_BY,
        "confidence": statement.confidence,
        "source": {
            k: v
            for k, v in {
                "text": document.text,
                "url": document.url,
                "outlet": document.outlet,
                "title": document.title,
                "published": document.published,
                "language": statement.language,
            }.items()
            if v is not None
        },
    }
    return {k: v for k, v in record.items() if v is not None}


@dataclass
class Saved:
    document: str
    skipped: bool  # the same text was stored before
    report: store.SaveReport | None


def save_document(*, session: Session, document: Document, statements: list[Statement]) -> Saved:
    """Store a document's statements, unless the same text (by sha256) is already in the store."""
    digest = store.text_sha256(document.text)
    if session.execute(select(Source.id).where(Source.sha256 == digest)).first():
        return Saved(document.name, True, None)
    records = [
        (f"{document.name}: statement {n}", claim_record(document, statement, _speaker(session, statement)))
        for n, statement in enumerate(statements, 1)
    ]
    if not records:
        store.source_for(
            session=session,
            spec={
                "text": document.text,
                "url": document.url,
                "outlet": document.outlet,
                "title": document.title,
                "published": document.published,
            },
        )
        return Saved(document.name, False, store.SaveReport())
    return Saved(document.name, False, store.save_claims(session=session, records=records))


def _speaker(session: Session, statement: Statement) -> dict[str, Any]:
    """The speaker as the store knows it: a name the extractor gives alone ('Witkoff') is the stored speaker
    it names unambiguously ('Steve Witkoff'), and the extracted form becomes one of its aliases."""
    spec: dict[str, Any] = {"name": statement.speaker, "kind": statement.speaker_kind}
    if statement.role:
        spec["role"] = statement.role
    if statement.speaker_kind in ("person", "organization"):
        known = store.find_speakers(session=session, query=statement.speaker)
        if len(known) == 1 and known[0].kind == statement.speaker_kind:
            spec = {"name": known[0].name, "kind": known[0].kind, "aliases": [statement.speaker]}
    return spec
