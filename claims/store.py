"""The claim store's operations: every read and write of sources, speakers, claims and status histories.

Functions take the session as a keyword argument and leave the transaction to the caller (``db.writing``), so a
command that writes many records commits all of them or none. Every claim that enters goes through
``save_claims``, whether typed by hand, extracted, or imported: one path validates it against the schema, resolves
its speaker and source, gives it its short id and starts (or verifies) its status history.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from types import SimpleNamespace
from typing import Any

from sqlalchemy import and_, bindparam, delete, false, func, insert, or_, select, update
from sqlalchemy.orm import aliased
from sqlmodel import Session

from . import config, matching, validate
from .errors import Ambiguous, ClaimsError, Conflict, InvalidRecord, NotFound, Problem, Unreadable
from .history import canonical_time, event_hash
from .models import Appearance, Claim, MatchSuggestion, Setting, Source, Speaker, SpeakerAlias, StatusEvent, utcnow
from .names import given_name_sound, key_contains, name_key, sound_key, surname_sound
from .vocabulary import Vocabulary
from .vocabulary import default as default_vocabulary
from .vocabulary import parse as parse_vocabulary

SHORT_ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford's base 32: no i, l, o, u to misread
SHORT_ID_LENGTH = 8
VOCABULARY_SETTING = "vocabulary"
SPEAKER_KINDS = ("person", "organization", "group", "anonymous")
# The columns of a claim listing (list, due, speaker history, CSV export).
ROW_KEYS = (
    "id",
    "said_on",
    "speaker",
    "status",
    "verdict",
    "quote_type",
    "text",
    "outlet",
    "language",
    "due",
    "channel",
    "cue",
)


# --- the status vocabulary ---------------------------------------------------------------------------------


def get_vocabulary(*, session: Session) -> Vocabulary:
    stored = session.get(Setting, VOCABULARY_SETTING)
    if stored is None:
        return default_vocabulary()
    return parse_vocabulary(json.loads(stored.value), "stored vocabulary")


def set_vocabulary(*, session: Session, document: Any, record: str = "vocabulary") -> Vocabulary:
    """Replace the store's vocabulary; refused when a status in use would disappear or change kind."""
    new = parse_vocabulary(document, record)
    old = get_vocabulary(session=session)
    in_use = session.execute(select(StatusEvent.status, func.count()).group_by(StatusEvent.status)).all()
    problems = []
    for status, count in in_use:
        if status not in new.statuses:
            problems.append(
                Problem(
                    record,
                    "/statuses",
                    "in-use",
                    f"status {status!r} is used by {count} event(s) and cannot be removed",
                )
            )
        elif status in old.statuses and old.statuses[status].kind != new.statuses[status].kind:
            problems.append(
                Problem(
                    record,
                    "/statuses",
                    "in-use",
                    f"status {status!r} is in use as a {old.statuses[status].kind}; "
                    f"it cannot become a {new.statuses[status].kind}",
                )
            )
    if problems:
        raise InvalidRecord(problems)
    _put_setting(session, VOCABULARY_SETTING, json.dumps(document, ensure_ascii=False))
    return new


def _put_setting(session: Session, key: str, value: str) -> None:
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value
    session.flush()


# --- configuration -----------------------------------------------------------------------------------------


def get_config(*, session: Session) -> dict[str, str | None]:
    """Every configuration key (config.KEYS) with its value, None where it is not set."""
    settings = {key: session.get(Setting, key) for key in config.KEYS}
    return {key: setting.value if setting else None for key, setting in settings.items()}


def set_config(*, session: Session, key: str, value: str) -> str:
    """Check `value` for `key` (config.check) and store it; returns the value as stored."""
    value = config.check(key, value)
    _put_setting(session, key, value)
    return value


# --- speakers ------------------------------------------------------------------------------------------------


def find_speaker(*, session: Session, query: str) -> Speaker:
    """The one speaker whose name or alias is `query` (case, diacritics and script ignored), or whose name
    contains it as whole words ('Witkoff' finds 'Steve Witkoff'). Ambiguous or unknown queries raise."""
    matches = find_speakers(session=session, query=query)
    if not matches:
        raise NotFound(f"no speaker matches {query!r}")
    if len(matches) > 1:
        names = ", ".join(sorted(s.name for s in matches))
        raise Ambiguous(f"{query!r} matches several speakers: {names}; give the full name")
    return matches[0]


def find_speakers(*, session: Session, query: str) -> list[Speaker]:
    key = name_key(query)
    if not key:
        return []
    exact = (
        session.execute(
            select(Speaker)
            .join(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
            .where(or_(Speaker.key == key, SpeakerAlias.key == key))
            .distinct()
        )
        .scalars()
        .all()
    )
    if exact:
        return list(exact)
    candidates = session.execute(
        select(Speaker, SpeakerAlias.key)
        .join(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
        .where(SpeakerAlias.key.contains(key))
    ).all()
    found = {speaker.id: speaker for speaker, alias_key in candidates if key_contains(alias_key, key)}
    if found:
        return list(found.values())
    return [session.get_one(Speaker, row.id) for row in _sounding_like(session, query)]


def _given_names_agree(query: str, stored: str) -> bool:
    """Whether the first names before a shared surname (sound keys) may be one person's: the same, or one the
    initial of the other. A surname alone agrees with any; a first name does not agree with none."""
    if not query:
        return True
    if not stored:
        return False
    shorter, longer = sorted(
        (given_name_sound(query.split(" ", 1)[0]), given_name_sound(stored.split(" ", 1)[0])), key=len
    )
    return shorter == longer or (len(shorter) == 1 and longer.startswith(shorter))


def _sounding_like(session: Session, name: str) -> list[Any]:
    """The speakers (rows of id, name, role, affiliation, wikidata, kind) with an alias that sounds like `name`
    (names.sound_key): the same sound key for the whole name, or, for a person, the same surname with agreeing
    first names ('Vitkof' and 'S. Vitkof' find 'Steve Witkoff'; 'Ivana Novak' does not find 'Ivan Novak').
    Found through the index of surname sounds, then checked here."""
    sound = sound_key(name)
    if not sound:
        return []
    given, _, surname = sound.rpartition(" ")
    connection, sql = _run(session)
    found = {}
    for row in connection.execute(sql.speakers_by_surname_sound, {"sound": surname}):
        alias_sound = sound_key(row.key)
        if alias_sound == sound or (row.kind == "person" and _given_names_agree(given, alias_sound.rpartition(" ")[0])):
            found[row.id] = row
    return list(found.values())


def _insert_ignoring(session: Session, model: Any, unique: list[str]) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING on the given unique columns, in the store's SQL dialect."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(model).on_conflict_do_nothing(index_elements=unique)


@cache
def _statements(dialect: str) -> SimpleNamespace:
    """The statements that resolving speakers and sources runs thousands of times in an import, built once
    and run on the session's connection: building and compiling them anew, through the ORM, costs more than
    running them."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    speaker, alias, source = Speaker.__table__, SpeakerAlias.__table__, Source.__table__  # type: ignore[attr-defined]
    claim = Claim.__table__  # type: ignore[attr-defined]
    columns = (speaker.c.id, speaker.c.name, speaker.c.role, speaker.c.affiliation, speaker.c.wikidata)
    return SimpleNamespace(
        # two indexed lookups, not one OR across a join, which SQLite answers by scanning every alias
        speaker_by_name=select(*columns).where(speaker.c.key == bindparam("key")),
        speaker_by_alias=select(*columns)
        .select_from(speaker.join(alias, alias.c.speaker_id == speaker.c.id))
        .where(alias.c.key == bindparam("key"))
        .order_by(speaker.c.id)
        .limit(1),
        speaker_by_key=select(speaker.c.id, speaker.c.name).where(speaker.c.key == bindparam("key")),
        speakers_by_surname_sound=select(*columns, speaker.c.kind, alias.c.key)
        .select_from(speaker.join(alias, alias.c.speaker_id == speaker.c.id))
        .where(alias.c.surname_sound == bindparam("sound")),
        insert_speaker=dialect_insert(speaker).on_conflict_do_nothing(index_elements=["key"]).returning(speaker.c.id),
        insert_alias=dialect_insert(alias)
        .on_conflict_do_nothing(index_elements=["speaker_id", "key"])
        .returning(alias.c.id),
        source_by_sha256=select(source.c.id).where(source.c.sha256 == bindparam("sha256")).limit(1),
        # coalesce() keeps SQLite on the url index: 'sha256 IS NULL' would send it through the sha256 index
        source_by_url=select(source.c.id)
        .where(source.c.url == bindparam("url"), func.coalesce(source.c.sha256, "") == "")
        .limit(1),
        insert_source_by_sha256=dialect_insert(source)
        .on_conflict_do_nothing(index_elements=["sha256"])
        .returning(source.c.id),
        insert_source=insert(source).returning(source.c.id),
        # a speaker's claims said around a date, by the (speaker_id, said_on) index: near-duplicate candidates
        claims_around=select(claim.c.id, claim.c.short_id, claim.c.text, claim.c.source_id)
        .where(
            claim.c.speaker_id == bindparam("speaker_id"),
            claim.c.said_on >= bindparam("low"),
            claim.c.said_on <= bindparam("high"),
            claim.c.same_as.is_(None),
        )
        .limit(bindparam("most")),
    )


def _insert_appearance(
    session: Session,
    claim_id: int,
    source_id: int,
    start: int | None,
    end: int | None,
    added_at: datetime | None = None,
) -> None:
    """Record that a claim appeared in a source (once: a second time changes nothing)."""
    session.execute(
        _insert_ignoring(session, Appearance, ["claim_id", "source_id"]).values(
            claim_id=claim_id, source_id=source_id, span_start=start, span_end=end, added_at=added_at or utcnow()
        )
    )


def _run(session: Session) -> tuple[Any, SimpleNamespace]:
    connection = session.connection()
    return connection, _statements(connection.dialect.name)


def _add_alias(session: Session, speaker_id: int, alias: str) -> bool:
    """Give the speaker another name; False when it already has one with the same key."""
    key = name_key(alias)
    if not key:
        return False
    connection, sql = _run(session)
    values = {"speaker_id": speaker_id, "alias": alias, "key": key, "surname_sound": surname_sound(key)}
    return connection.execute(sql.insert_alias, values).first() is not None


def speaker_for(*, session: Session, spec: dict[str, Any]) -> tuple[int, str, bool]:
    """The speaker a claim names (resolved through names and aliases), created on first use: its id, its name,
    and whether it is new."""
    connection, sql = _run(session)
    key = name_key(spec["name"])
    found = (
        connection.execute(sql.speaker_by_name, {"key": key}).first()
        or connection.execute(sql.speaker_by_alias, {"key": key}).first()
    )
    if found is None:
        # Another spelling of a stored name ('Vitkof' for 'Steve Witkoff') is that speaker, and the spelling
        # becomes one of its aliases; a spelling that sounds like several speakers makes a new one rather than
        # guess (an editor can merge it later).
        kind = spec.get("kind") or "person"
        sounding = [row for row in _sounding_like(session, spec["name"]) if row.kind == kind]
        if len(sounding) == 1:
            found = sounding[0][:5]
            _add_alias(session, found[0], spec["name"])
    created = False
    if found is None:
        # Two writers may add the same new speaker at once: the unique key lets one insert win, and the
        # other then finds the speaker it made.
        values = {
            "name": spec["name"].strip(),
            "key": key,
            "kind": spec.get("kind") or "person",
            "role": spec.get("role"),
            "affiliation": spec.get("affiliation"),
            "wikidata": spec.get("wikidata"),
            "created_at": utcnow(),
        }
        created = connection.execute(sql.insert_speaker, values).scalar() is not None
        speaker_id, name = connection.execute(sql.speaker_by_key, {"key": key}).one()
        _add_alias(session, speaker_id, name)
    else:
        speaker_id, name, *known = found
        missing = {  # fill in what was unknown, never overwrite
            attribute: spec[attribute]
            for attribute, value in zip(("role", "affiliation", "wikidata"), known, strict=True)
            if spec.get(attribute) and not value
        }
        if missing:
            session.execute(update(Speaker).where(Speaker.id == speaker_id).values(**missing))
    for alias in spec.get("aliases") or ():
        _add_alias(session, speaker_id, alias)
    return speaker_id, name, created


def speaker_aliases(*, session: Session, speaker_id: int) -> list[str]:
    return list(
        session.execute(
            select(SpeakerAlias.alias).where(SpeakerAlias.speaker_id == speaker_id).order_by(SpeakerAlias.id)
        ).scalars()
    )


def _owner_of(session: Session, key: str, other_than: int) -> str | None:
    """The name of another speaker whose name or alias has `key`, if any."""
    for stmt in (
        select(Speaker.name).where(Speaker.key == key, Speaker.id != other_than),
        select(Speaker.name)
        .join(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
        .where(SpeakerAlias.key == key, Speaker.id != other_than),
    ):
        name = session.execute(stmt.limit(1)).scalar()
        if name is not None:
            return name
    return None


def add_aliases(*, session: Session, speaker: Speaker, aliases: Sequence[str]) -> list[str]:
    """Give the speaker more names; returns those it did not have. An alias that is another speaker's name or
    alias is refused, naming that speaker, and nothing is added."""
    for alias in aliases:
        key = name_key(alias)
        if not key:
            raise ClaimsError(f"alias {alias!r} has no letters or digits")
        owner = _owner_of(session, key, speaker.id)  # type: ignore[arg-type]
        if owner is not None:
            raise Conflict(
                f"{alias!r} is already a name of the speaker {owner!r}; "
                f"to make them one, run: claims speakers merge {owner!r} {speaker.name!r}"
            )
    return [alias for alias in aliases if _add_alias(session, speaker.id, alias)]  # type: ignore[arg-type]


def update_speaker(
    *, session: Session, speaker: Speaker, kind: str | None = None, role: str | None = None, wikidata: str | None = None
) -> None:
    """Set the speaker's kind, role or Wikidata id (checked against the speaker schema); None leaves one as it is.
    A Wikidata id that another speaker has is refused: the two are one person, to be merged."""
    changes = {name: value for name, value in {"kind": kind, "role": role, "wikidata": wikidata}.items() if value}
    validate.check("speaker", {"name": speaker.name, **changes}, f"speaker {speaker.name!r}")
    if wikidata:
        owner = session.execute(
            select(Speaker.name).where(Speaker.wikidata == wikidata, Speaker.id != speaker.id).limit(1)
        ).scalar()
        if owner is not None:
            raise Conflict(f"{wikidata} is already the Wikidata id of {owner!r}; merge the two speakers instead")
    for name, value in changes.items():
        setattr(speaker, name, value)
    session.flush()


@dataclass
class Merged:
    """What a merge did: the speaker removed, the one kept, how many claims moved and the aliases it gained."""

    removed: str
    kept: str
    claims: int
    aliases: list[str]


def merge_speakers(*, session: Session, source: str, target: str) -> Merged:
    """Merge the speaker named `source` into the one named `target` (names as find_speaker takes them): its claims
    move, its name and aliases become aliases of the target, what the target lacks of role, affiliation and
    Wikidata id is filled in, and the source is removed. Status events name their claim, not its speaker (the
    hash chain covers the claim's short id and the events), so every history stays whole and verifiable."""
    removed = find_speaker(session=session, query=source)
    kept = find_speaker(session=session, query=target)
    if removed.id == kept.id:
        raise Conflict(f"{source!r} and {target!r} are the same speaker, {kept.name!r}: nothing to merge")
    if removed.wikidata and kept.wikidata and removed.wikidata != kept.wikidata:
        raise Conflict(
            f"{removed.name!r} ({removed.wikidata}) and {kept.name!r} ({kept.wikidata}) have different Wikidata ids: "
            "they are different people"
        )
    moved = session.execute(update(Claim).where(Claim.speaker_id == removed.id).values(speaker_id=kept.id)).rowcount
    names = [removed.name, *speaker_aliases(session=session, speaker_id=removed.id)]  # type: ignore[arg-type]
    added = [alias for alias in names if _add_alias(session, kept.id, alias)]  # type: ignore[arg-type]
    missing = {
        attribute: getattr(removed, attribute)
        for attribute in ("role", "affiliation", "wikidata")
        if getattr(removed, attribute) and not getattr(kept, attribute)
    }
    session.execute(delete(SpeakerAlias).where(SpeakerAlias.speaker_id == removed.id))
    session.execute(delete(Speaker).where(Speaker.id == removed.id))
    for attribute, value in missing.items():
        setattr(kept, attribute, value)
    session.flush()
    return Merged(removed.name, kept.name, moved, added)


def list_speakers(*, session: Session) -> Iterator[dict[str, Any]]:
    """Every speaker with the number of claims, verdicts and claims still without a verdict."""
    stmt = (
        select(
            Speaker.name, Speaker.kind, Speaker.role, Speaker.wikidata, func.count(Claim.id), func.count(Claim.verdict)
        )
        .outerjoin(Claim, and_(Claim.speaker_id == Speaker.id, Claim.same_as.is_(None)))
        .group_by(Speaker.id)
        .order_by(func.count(Claim.id).desc(), Speaker.name)
    )
    for name, kind, role, wikidata, claims, verdicts in session.execute(stmt):
        yield {
            "speaker": name,
            "kind": kind,
            "role": role,
            "wikidata": wikidata,
            "claims": claims,
            "verdicts": verdicts,
            "open": claims - verdicts,
        }


# --- sources -------------------------------------------------------------------------------------------------


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_for(*, session: Session, spec: dict[str, Any]) -> int:
    """The id of the stored source `spec` describes (same text, else same url), added when new."""
    connection, sql = _run(session)
    text = spec.get("text")
    digest = text_sha256(text) if text else None
    values = {
        "sha256": digest,
        "url": spec.get("url"),
        "outlet": spec.get("outlet"),
        "title": spec.get("title"),
        "language": spec.get("language"),
        "published": _date(spec.get("published")),
        "text": text or None,
        "added_at": _datetime(spec.get("added_at")) or utcnow(),
    }
    if digest:  # the same text from two writers at once is stored once
        found = connection.execute(sql.source_by_sha256, {"sha256": digest}).scalar()
        if found is None:
            found = connection.execute(sql.insert_source_by_sha256, values).scalar()
        return found if found is not None else connection.execute(sql.source_by_sha256, {"sha256": digest}).scalar_one()
    if spec.get("url"):
        found = connection.execute(sql.source_by_url, {"url": spec["url"]}).scalar()
    else:  # neither text nor url: the same outlet, title and date
        found = session.execute(
            select(Source.id)
            .where(
                Source.sha256.is_(None),
                Source.url.is_(None),
                Source.outlet == spec.get("outlet"),
                Source.title == spec["title"] if spec.get("title") else Source.title.is_(None),
                Source.published == values["published"] if values["published"] else Source.published.is_(None),
            )
            .limit(1)
        ).scalar()
    return found if found is not None else connection.execute(sql.insert_source, values).scalar_one()


def source_record(source: Source) -> dict[str, Any]:
    return {
        "sha256": source.sha256,
        "url": source.url,
        "outlet": source.outlet,
        "title": source.title,
        "language": source.language,
        "published": _iso(source.published),
        "added_at": canonical_time(source.added_at),
        "text": source.text,
    }


# --- claims --------------------------------------------------------------------------------------------------


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def derive_short_id(identity: str, length: int = SHORT_ID_LENGTH) -> str:
    number = int.from_bytes(hashlib.sha256(identity.encode("utf-8")).digest()[:10], "big")
    digits = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        digits.append(SHORT_ID_ALPHABET[digit])
    return "".join(digits)


@dataclass
class SaveReport:
    """What a save did: the short ids of new claims, of claims already stored, and the records rejected."""

    added: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    extended: list[str] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)  # claims a record was found to repeat: it became an appearance
    suggested: list[str] = field(default_factory=list)  # new claims that may repeat an earlier one (`claims match`)
    rejected: list[tuple[str, dict[str, Any] | None, list[Problem]]] = field(default_factory=list)
    new_speakers: list[str] = field(default_factory=list)


def _speaker_spec(data: dict[str, Any]) -> dict[str, Any]:
    speaker = data["speaker"]
    spec = dict(speaker) if isinstance(speaker, dict) else {"name": speaker}
    spec["name"] = spec["name"].strip()
    if data.get("speaker_kind"):
        spec.setdefault("kind", data["speaker_kind"])
    return spec


def _check_rules(data: dict[str, Any], record: str, vocabulary: Vocabulary) -> list[Problem]:
    """The rules of a claim that JSON Schema cannot express."""
    problems = []
    start, end = data.get("start"), data.get("end")
    if start is not None and end is not None:
        if end < start:
            problems.append(Problem(record, "/end", "span", f"end {end} is before start {start}"))
        text = (data.get("source") or {}).get("text")
        if text is not None and end > len(text):
            problems.append(Problem(record, "/end", "span", f"end {end} is past the source text ({len(text)} chars)"))
    if data.get("due") and data.get("said_on") and data["due"] < data["said_on"]:
        problems.append(Problem(record, "/due", "due", "due date is before the date the claim was said"))
    history = data.get("history") or []
    previous_hash: str | None = None
    previous_time: datetime | None = None
    for n, event in enumerate(history):
        where = f"/history/{n}"
        if event["status"] not in vocabulary.statuses:
            problems.append(
                Problem(
                    record,
                    f"{where}/status",
                    "vocabulary",
                    f"unknown status {event['status']!r}; valid: {', '.join(vocabulary.statuses)}",
                )
            )
        if "seq" in event and event["seq"] != n + 1:
            problems.append(Problem(record, f"{where}/seq", "sequence", f"expected seq {n + 1}, found {event['seq']}"))
        moment = _datetime(event.get("recorded_at"))
        if previous_time and moment and moment < previous_time:
            problems.append(Problem(record, f"{where}/recorded_at", "order", "recorded before the event it follows"))
        previous_time = moment or previous_time
        if data.get("id") and "hash" in event:
            if event.get("prev_hash") != previous_hash:
                problems.append(
                    Problem(record, f"{where}/prev_hash", "hash-chain", "does not match the previous event's hash")
                )
            expected = _hash_of(data["id"], n + 1, event, moment, previous_hash)
            if event["hash"] != expected:
                problems.append(
                    Problem(
                        record,
                        f"{where}/hash",
                        "hash-chain",
                        "does not match the event's content: the history was altered",
                    )
                )
            previous_hash = event["hash"]
    return problems


def _hash_of(short_id: str, seq: int, event: dict[str, Any], moment: datetime | None, prev: str | None) -> str:
    return event_hash(
        claim=short_id,
        seq=seq,
        status=event["status"],
        rating_note=event.get("rating_note"),
        rationale=event.get("rationale"),
        evidence=event.get("evidence") or [],
        reviewer=event["reviewer"],
        recorded_at=moment or utcnow(),
        prev_hash=prev,
    )


MATCH_WINDOW_DAYS = 7  # a statement reported again is reported within days of being made
MATCH_CANDIDATES = 500  # at most this many of a speaker's claims of that fortnight are compared


@dataclass(frozen=True)
class _Match:
    claim_id: int
    short_id: str
    score: float
    verdict: str  # claims.matching.classify: "same" or "maybe"


class _ClaimWriter:
    """Saves validated claims in batches: speakers and sources resolved once each, claims and events inserted
    with one statement per batch. This is what keeps an import of 100,000 claims close to raw insert speed."""

    BATCH = 2000

    def __init__(self, session: Session, vocabulary: Vocabulary, report: SaveReport, skip_invalid: bool = False):
        self.session = session
        self.skip_invalid = skip_invalid
        self.vocabulary = vocabulary
        self.report = report
        self.speakers: dict[str, int] = {}
        self.sources: dict[str, int] = {}
        self.pending: list[tuple[dict[str, Any], dict[str, Any]]] = []
        self.ids_in_batch: set[str] = set()
        self.signatures: dict[int, frozenset[str]] = {}  # of stored claims compared with new ones (claims.matching)

    def speaker_id(self, spec: dict[str, Any]) -> int:
        key = repr(sorted(spec.items()))
        if key not in self.speakers:
            speaker_id, name, created = speaker_for(session=self.session, spec=spec)
            if created:
                self.report.new_speakers.append(name)
            self.speakers[key] = speaker_id
        return self.speakers[key]

    def source(self, spec: dict[str, Any] | None) -> tuple[int | None, str]:
        if not spec:
            return None, ""
        key = text_sha256(spec["text"]) if spec.get("text") else repr(sorted(spec.items()))
        if key not in self.sources:
            self.sources[key] = source_for(session=self.session, spec=spec)
        return self.sources[key], key

    def add(self, data: dict[str, Any], record: str) -> None:
        speaker_spec = _speaker_spec(data)
        speaker_id = self.speaker_id(speaker_spec)
        source_id, source_key = self.source(data.get("source"))
        short_id = data.get("id") or derive_short_id(
            "\x1f".join([name_key(speaker_spec["name"]), name_key(data["text"]), source_key, str(data.get("start"))])
        )
        created_at = _datetime(data.get("created_at")) or utcnow()
        row = {
            "short_id": short_id,
            "text": data["text"],
            "speaker_id": speaker_id,
            "source_id": source_id,
            "quote_type": data.get("quote_type"),
            "cue": data.get("cue"),
            "channel": data.get("channel"),
            "span_start": data.get("start"),
            "span_end": data.get("end"),
            "language": data.get("language"),
            "said_on": _date(data.get("said_on")),
            "due": _date(data.get("due")),
            "recorded_by": data.get("recorded_by"),
            "confidence": data.get("confidence"),
            "created_at": created_at,
            "text_key": matching.text_key(data["text"]),
        }
        if short_id in self.ids_in_batch:
            self.flush()
        self.ids_in_batch.add(short_id)
        self.pending.append((row, {**data, "_record": record}))
        if len(self.pending) >= self.BATCH:
            self.flush()

    def _events(self, short_id: str, data: dict[str, Any], created_at: datetime) -> list[dict[str, Any]]:
        given = data.get("history") or [
            {
                "status": self.vocabulary.default,
                "reviewer": data.get("recorded_by") or "claims",
                "rationale": "recorded",
                "recorded_at": canonical_time(created_at),
            }
        ]
        events, previous = [], None
        for n, event in enumerate(given, 1):
            moment = _datetime(event.get("recorded_at")) or created_at
            digest = _hash_of(short_id, n, event, moment, previous)
            events.append(
                {
                    "seq": n,
                    "status": event["status"],
                    "rating_note": event.get("rating_note"),
                    "rationale": event.get("rationale"),
                    "evidence": json.dumps(event.get("evidence") or []),
                    "reviewer": event["reviewer"],
                    "recorded_at": moment,
                    "prev_hash": previous,
                    "hash": digest,
                }
            )
            previous = digest
        return events

    def flush(self) -> None:
        if not self.pending:
            return
        pending, self.pending, self.ids_in_batch = self.pending, [], set()
        ids = [row["short_id"] for row, _ in pending]
        stored = {c.short_id: c for c in self.session.execute(select(Claim).where(Claim.short_id.in_(ids))).scalars()}
        repeated = self._repeated([(row, data) for row, data in pending if row["short_id"] not in stored])
        new_rows, new_events, new_appearances, new_data = [], [], [], []
        suggestions: list[tuple[str, int, float]] = []
        for row, data in pending:
            existing = stored.get(row["short_id"])
            if existing is not None:
                self._merge_existing(existing, row, data)
                continue
            match = repeated.get(row["short_id"])
            if match is not None and match.verdict == "same":
                self._add_appearance(
                    match.claim_id, {"source": data["source"], "start": data.get("start"), "end": data.get("end")}
                )
                self.report.linked.append(match.short_id)
                continue
            if match is not None:
                suggestions.append((row["short_id"], match.claim_id, match.score))
            events = self._events(row["short_id"], data, row["created_at"])
            row.update(self._derived(events))
            new_rows.append(row)
            new_events.append(events)
            new_appearances.append(data.get("appearances") or [])
            new_data.append(data)
            self.report.added.append(row["short_id"])
        if not new_rows:
            return
        # ON CONFLICT DO NOTHING: a claim another writer stored since the SELECT above is not inserted twice;
        # it goes down the path of a claim already stored instead.
        # Core, on the session's connection: the ORM's bulk insert with RETURNING splices its results batch by
        # batch, which costs more than the insert itself at import sizes.
        table = Claim.__table__  # type: ignore[attr-defined]
        connection = self.session.connection()
        inserted = dict(
            (short_id, claim_id)
            for claim_id, short_id in connection.execute(
                _insert_ignoring(self.session, table, ["short_id"]).returning(table.c.id, table.c.short_id), new_rows
            )
        )
        event_rows = []
        for row, events, appearances, data in zip(new_rows, new_events, new_appearances, new_data, strict=True):
            claim_id = inserted.get(row["short_id"])
            if claim_id is None:
                self.report.added.remove(row["short_id"])
                raced = self.session.execute(select(Claim).where(Claim.short_id == row["short_id"])).scalars().one()
                self._merge_existing(raced, row, data)
                continue
            event_rows.extend({**event, "claim_id": claim_id} for event in events)
            for appearance in appearances:
                self._add_appearance(claim_id, appearance)
        if event_rows:
            connection.execute(insert(StatusEvent.__table__), event_rows)  # type: ignore[attr-defined]
        for row, data in zip(new_rows, new_data, strict=True):
            if data.get("same_as") and row["short_id"] in inserted:
                self._link(inserted[row["short_id"]], data["same_as"], data["_record"])
        for short_id, candidate_id, score in suggestions:
            if short_id in inserted:
                self.session.execute(
                    _insert_ignoring(self.session, MatchSuggestion, ["claim_id", "candidate_id"]).values(
                        claim_id=inserted[short_id], candidate_id=candidate_id, score=score, created_at=utcnow()
                    )
                )
                self.report.suggested.append(short_id)

    def _link(self, claim_id: int, primary: str, record: str) -> None:
        """An imported duplicate points at its claim again (which an export writes before it: ids follow time)."""
        target = self.session.execute(select(Claim.id).where(Claim.short_id == primary)).scalar()
        if target is None:
            problem = Problem(record, "/same_as", "exists", f"no claim {primary!r} to be the same as")
            self._refuse({"_record": record}, problem)
            return
        self.session.execute(update(Claim).where(Claim.id == claim_id).values(same_as=target))

    def _repeated(self, pending: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, _Match]:
        """For new claims from a source, the stored claim each repeats ('same') or may repeat ('maybe'), found
        through indexes: the text key for the same words, the speaker's claims of the same fortnight for close
        wording. An exported record (it has its id) is never matched: an import brings back what was exported."""
        candidates = [(row, data) for row, data in pending if row["source_id"] and not data.get("id")]
        if not candidates:
            return {}
        found: dict[str, _Match] = {}
        keys = {row["text_key"] for row, _ in candidates}
        same_text: dict[tuple[str, int], list[tuple[int, str, int | None]]] = {}
        for claim_id, short_id, key, speaker_id, source_id in self.session.execute(
            select(Claim.id, Claim.short_id, Claim.text_key, Claim.speaker_id, Claim.source_id).where(
                Claim.text_key.in_(keys), Claim.same_as.is_(None)
            )
        ):
            same_text.setdefault((key, speaker_id), []).append((claim_id, short_id, source_id))
        for row, _ in candidates:
            for claim_id, short_id, source_id in same_text.get((row["text_key"], row["speaker_id"]), []):
                if source_id != row["source_id"]:
                    found[row["short_id"]] = _Match(claim_id, short_id, 1.0, "same")
                    break
            else:
                close = self._close_wording(row)
                if close is not None:
                    found[row["short_id"]] = close
        return found

    def _close_wording(self, row: dict[str, Any]) -> _Match | None:
        """The speaker's claim said within MATCH_WINDOW days whose wording is closest to this one's, if it is
        close enough to be the same statement or to be suggested as such."""
        if row["said_on"] is None:
            return None
        window = timedelta(days=MATCH_WINDOW_DAYS)
        connection, sql = _run(self.session)
        nearby = connection.execute(
            sql.claims_around,
            {
                "speaker_id": row["speaker_id"],
                "low": row["said_on"] - window,
                "high": row["said_on"] + window,
                "most": MATCH_CANDIDATES,
            },
        ).all()
        own = matching.signature(row["text"])
        best: _Match | None = None
        for claim_id, short_id, text, source_id in nearby:
            if source_id == row["source_id"]:
                continue  # two statements of one article stay two
            if claim_id not in self.signatures:  # a speaker's claims of a fortnight are candidates again and again
                if len(self.signatures) > 100_000:
                    self.signatures.clear()
                self.signatures[claim_id] = matching.signature(text)
            score = matching.similarity(own, self.signatures[claim_id])
            if score >= matching.SUGGEST and (best is None or score > best.score):
                best = _Match(claim_id, short_id, score, matching.classify(score))
        return best

    def _derived(self, events: list[dict[str, Any]]) -> dict[str, Any]:
        last = events[-1]
        verdicts = [e for e in events if self.vocabulary.statuses[e["status"]].is_verdict]
        return {
            "status": last["status"],
            "status_at": last["recorded_at"],
            "verdict": verdicts[-1]["status"] if verdicts else None,
            "verdict_at": verdicts[-1]["recorded_at"] if verdicts else None,
            "event_count": len(events),
            "head_hash": last["hash"],
        }

    def _add_appearance(self, claim_id: int, appearance: dict[str, Any]) -> None:
        source_id, _ = self.source(appearance["source"])
        _insert_appearance(
            self.session,
            claim_id,
            source_id,  # type: ignore[arg-type]
            appearance.get("start"),
            appearance.get("end"),
            _datetime(appearance.get("added_at")),
        )

    def _refuse(self, data: dict[str, Any], problem: Problem) -> None:
        """A record that contradicts the store: rejected with the others under skip_invalid, else fatal."""
        if not self.skip_invalid:
            raise InvalidRecord([problem])
        original = {k: v for k, v in data.items() if k != "_record"}
        self.report.rejected.append((problem.record, original, [problem]))

    def _merge_existing(self, existing: Claim, row: dict[str, Any], data: dict[str, Any]) -> None:
        """A record whose id is already stored: the same claim again (kept once), a longer history of it
        (the new events are appended after checking the chain joins), or a different claim (refused)."""
        record = data["_record"]
        if data.get("id") and (existing.text != row["text"] or existing.speaker_id != row["speaker_id"]):
            message = f"claim {existing.short_id} is already stored with another text or speaker"
            self._refuse(data, Problem(record, "/id", "conflict", message))
            return
        if row["source_id"] and row["source_id"] != existing.source_id:
            self._add_appearance(
                existing.id,
                {
                    "source": data["source"],
                    "start": data.get("start"),  # type: ignore[arg-type]
                    "end": data.get("end"),
                },
            )
        for appearance in data.get("appearances") or []:
            self._add_appearance(existing.id, appearance)  # type: ignore[arg-type]
        history = data.get("history")
        if not history:
            self.report.existing.append(existing.short_id)
            return
        stored = claim_events(session=self.session, claim=existing)
        given = self._events(existing.short_id, data, existing.created_at)
        if [e.hash for e in stored] != [e["hash"] for e in given[: len(stored)]]:
            message = f"the history of {existing.short_id} differs from the stored one"
            self._refuse(data, Problem(record, "/history", "conflict", message))
            return
        if len(given) == len(stored):
            self.report.existing.append(existing.short_id)
            return
        for event in given[len(stored) :]:
            self.session.execute(insert(StatusEvent.__table__).values(claim_id=existing.id, **event))  # type: ignore[attr-defined]
        self.session.execute(update(Claim).where(Claim.id == existing.id).values(**self._derived(given)))
        self.report.extended.append(existing.short_id)


def save_claims(
    *,
    session: Session,
    records: Iterable[tuple[str, Any]],
    vocabulary: Vocabulary | None = None,
    skip_invalid: bool = False,
) -> SaveReport:
    """Validate and save claims given as (record name, JSON object) pairs.

    Every record is checked against ``claim.schema.json`` and the rules a schema cannot say (spans, dates, the
    status vocabulary, an imported history's hash chain). Without `skip_invalid`, every bad record is collected
    and InvalidRecord is raised with all of them, so that the caller's transaction rolls back and nothing is
    written. With `skip_invalid` the good records are saved and the bad ones listed in the report.
    """
    vocabulary = vocabulary or get_vocabulary(session=session)
    report = SaveReport()
    writer = _ClaimWriter(session, vocabulary, report, skip_invalid)
    failed: list[Problem] = []
    for record, data in records:
        if isinstance(data, Unreadable):
            problems = [Problem(record, "", data.rule, data.message)]
        else:
            problems = validate.problems("claim", data, record)
        if not problems:
            problems = _check_rules(data, record, vocabulary)
        if problems:
            report.rejected.append((record, data if isinstance(data, dict) else None, problems))
            failed.extend(problems)
            continue
        if failed and not skip_invalid:
            continue  # keep checking the rest, so the user sees every bad record at once; nothing will be saved
        writer.add(data, record)
    if failed and not skip_invalid:
        raise InvalidRecord(failed)
    writer.flush()
    return report


def add_claim(*, session: Session, claim: dict[str, Any], record: str = "claim") -> tuple[str, bool]:
    """Save one claim; returns its short id and whether it is new (False: the same claim was already stored)."""
    report = save_claims(session=session, records=[(record, claim)])
    if report.added:
        return report.added[0], True
    return (report.existing or report.extended)[0], False


def get_claim(*, session: Session, ref: str) -> Claim:
    """A claim by its short id or an unambiguous prefix of at least 4 characters."""
    ref = ref.strip().lower()
    claim = session.execute(select(Claim).where(Claim.short_id == ref)).scalars().first()
    if claim is not None:
        return claim
    if len(ref) < 4:
        raise NotFound(f"no claim {ref!r} (give at least 4 characters of the id)")
    matches = (
        session.execute(select(Claim).where(Claim.short_id >= ref, Claim.short_id < ref + "~").limit(2)).scalars().all()
    )
    if not matches:
        raise NotFound(f"no claim {ref!r}")
    if len(matches) > 1:
        raise Ambiguous(f"{ref!r} is the start of several claim ids; give more characters")
    return matches[0]


# --- the same statement from several sources -----------------------------------------------------------------


def link_claims(*, session: Session, ref: str, other: str) -> tuple[str, str]:
    """Record that claim `other` is the same statement as claim `ref`: `other`'s source (and its appearances)
    become appearances of `ref`, and `other` points at `ref`. Nothing is lost: `other` keeps its history, and
    `unlink_appearance` undoes the link."""
    primary, duplicate = get_claim(session=session, ref=ref), get_claim(session=session, ref=other)
    if primary.id == duplicate.id:
        raise ClaimsError(f"{primary.short_id} is the same claim")
    for claim in (primary, duplicate):
        if claim.same_as is not None:
            target = session.get(Claim, claim.same_as)
            raise Conflict(f"{claim.short_id} is already linked into {target.short_id if target else claim.same_as}")
    if primary.speaker_id != duplicate.speaker_id:
        names = [session.get(Speaker, c.speaker_id).name for c in (primary, duplicate)]  # type: ignore[union-attr]
        raise Conflict(
            f"{primary.short_id} and {duplicate.short_id} have different speakers ({names[0]}; {names[1]}): "
            "if they are one person, merge them first (claims speakers merge)"
        )
    places = [(duplicate.source_id, duplicate.span_start, duplicate.span_end)] if duplicate.source_id else []
    places += session.execute(
        select(Appearance.source_id, Appearance.span_start, Appearance.span_end).where(
            Appearance.claim_id == duplicate.id
        )
    ).all()
    for source_id, start, end in places:
        if source_id != primary.source_id:
            _insert_appearance(session, primary.id, source_id, start, end)  # type: ignore[arg-type]
    session.execute(update(Claim).where(Claim.same_as == duplicate.id).values(same_as=primary.id))
    session.execute(update(Claim).where(Claim.id == duplicate.id).values(same_as=primary.id))
    session.flush()
    return primary.short_id, duplicate.short_id  # (ids, not rows: the rows expire when the transaction ends)


def unlink_appearance(*, session: Session, ref: str, appearance: str) -> str:
    """Take an appearance off claim `ref`: one named by its source (sha256 prefix, url or outlet) or by the id
    of the claim linked into `ref` from there. A claim linked from that source stands on its own again.
    Returns what was taken off, in words."""
    primary = get_claim(session=session, ref=ref)
    linked = session.execute(select(Claim).where(Claim.same_as == primary.id)).scalars().all()
    by_id = [c for c in linked if c.short_id.startswith(appearance.lower()) and len(appearance) >= 4]
    if by_id:
        source_ids = {by_id[0].source_id}
    else:
        needle = appearance.lower()
        rows = session.execute(
            select(Source.id, Source.sha256, Source.url, Source.outlet)
            .join(Appearance, Appearance.source_id == Source.id)
            .where(Appearance.claim_id == primary.id)
        ).all()
        source_ids = {
            source_id
            for source_id, sha, url, outlet in rows
            if (len(needle) >= 8 and sha and sha.startswith(needle)) or url == appearance or outlet == appearance
        }
    if not source_ids:
        raise NotFound(f"{primary.short_id} has no appearance {appearance!r} (a source's sha256 prefix, url or outlet)")
    session.execute(
        Appearance.__table__.delete().where(  # type: ignore[attr-defined]
            Appearance.claim_id == primary.id, Appearance.source_id.in_(source_ids)
        )
    )
    freed = [c.short_id for c in linked if c.source_id in source_ids]
    session.execute(
        update(Claim).where(Claim.same_as == primary.id, Claim.source_id.in_(source_ids)).values(same_as=None)
    )
    session.flush()
    return f"{len(source_ids)} appearance(s) taken off {primary.short_id}" + (
        f"; {', '.join(freed)} stand(s) on its own again" if freed else ""
    )


def match_suggestions(*, session: Session, state: str = "pending") -> Iterator[dict[str, Any]]:
    """Claims that may repeat an earlier claim, waiting for a person (or decided, with `state`)."""
    newer, earlier = aliased(Claim), aliased(Claim)
    stmt = (
        select(MatchSuggestion, newer.short_id, newer.text, earlier.short_id, earlier.text, Speaker.name)
        .join(newer, newer.id == MatchSuggestion.claim_id)
        .join(earlier, earlier.id == MatchSuggestion.candidate_id)
        .join(Speaker, Speaker.id == newer.speaker_id)
        .where(MatchSuggestion.state == state)
        .order_by(MatchSuggestion.id)
    )
    for suggestion, claim, text, candidate, candidate_text, speaker in session.execute(stmt):
        yield {
            "suggestion": suggestion.id,
            "score": round(suggestion.score, 2),
            "speaker": speaker,
            "claim": claim,
            "text": text,
            "same as?": candidate,
            "earlier text": candidate_text,
            "state": suggestion.state,
            "decided_by": suggestion.decided_by,
        }


def decide_suggestion(*, session: Session, suggestion_id: int, confirm: bool, by: str) -> str:
    """Confirm a suggestion (the newer claim is linked into the earlier one) or reject it (both stay); returns
    its new state."""
    suggestion = session.get(MatchSuggestion, suggestion_id)
    if suggestion is None:
        raise NotFound(f"no match suggestion {suggestion_id}")
    if suggestion.state != "pending":
        raise Conflict(f"suggestion {suggestion_id} was already {suggestion.state} by {suggestion.decided_by}")
    if confirm:
        earlier, newer = session.get(Claim, suggestion.candidate_id), session.get(Claim, suggestion.claim_id)
        link_claims(session=session, ref=earlier.short_id, other=newer.short_id)  # type: ignore[union-attr]
    suggestion.state = "confirmed" if confirm else "rejected"
    suggestion.decided_by, suggestion.decided_at = by, utcnow()
    session.add(suggestion)
    session.flush()
    return suggestion.state


def claim_events(*, session: Session, claim: Claim) -> list[StatusEvent]:
    return list(
        session.execute(select(StatusEvent).where(StatusEvent.claim_id == claim.id).order_by(StatusEvent.seq)).scalars()
    )


def record_status(
    *,
    session: Session,
    ref: str,
    status: str,
    reviewer: str,
    rationale: str | None = None,
    rating_note: str | None = None,
    evidence: Sequence[str] = (),
    at: datetime | None = None,
) -> StatusEvent:
    """Append a status event to a claim's history. Safe under concurrent writers: the claim row is locked
    (SELECT ... FOR UPDATE on PostgreSQL; SQLite's writing transaction holds the database lock) and the
    (claim, seq) pair is unique, so two events can never take the same place in the chain."""
    vocabulary = get_vocabulary(session=session)
    chosen = vocabulary.get(status)
    event_input = {"status": status, "reviewer": reviewer, "evidence": list(evidence)}
    for name, value in (("rationale", rationale), ("rating_note", rating_note)):
        if value is not None:
            event_input[name] = value
    validate.check("status-event", event_input, f"status event for {ref}")
    claim = get_claim(session=session, ref=ref)
    claim = session.execute(select(Claim).where(Claim.id == claim.id).with_for_update()).scalars().one()
    session.refresh(claim)
    moment = (at or utcnow()).astimezone(UTC)
    last = _aware(claim.status_at)
    if moment < last:
        raise Conflict(f"{claim.short_id}: an event cannot be recorded before the newest one ({canonical_time(last)})")
    seq = claim.event_count + 1
    digest = _hash_of(claim.short_id, seq, event_input, moment, claim.head_hash)
    event = StatusEvent(
        claim_id=claim.id,
        seq=seq,
        status=status,
        rating_note=rating_note,
        rationale=rationale,  # type: ignore[arg-type]
        evidence=json.dumps(list(evidence)),
        reviewer=reviewer,
        recorded_at=moment,
        prev_hash=claim.head_hash,
        hash=digest,
    )
    session.add(event)
    values: dict[str, Any] = {"status": status, "status_at": moment, "event_count": seq, "head_hash": digest}
    if chosen.is_verdict:
        values.update(verdict=status, verdict_at=moment)
    updated = session.execute(
        update(Claim).where(Claim.id == claim.id, Claim.event_count == claim.event_count).values(**values)
    )
    if updated.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict(f"{claim.short_id}: another event was recorded at the same moment; try again")
    session.flush()
    return event


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


# --- reading claims ------------------------------------------------------------------------------------------


def event_record(event: StatusEvent) -> dict[str, Any]:
    record: dict[str, Any] = {"seq": event.seq, "status": event.status}
    if event.rating_note is not None:
        record["rating_note"] = event.rating_note
    if event.rationale is not None:
        record["rationale"] = event.rationale
    record.update(
        evidence=json.loads(event.evidence),
        reviewer=event.reviewer,
        recorded_at=canonical_time(event.recorded_at),
        prev_hash=event.prev_hash,
        hash=event.hash,
    )
    return record


def claim_records(*, session: Session, claims: Iterable[Claim], with_text: bool = True) -> Iterator[dict[str, Any]]:
    """Full records (record.schema.json) for claims: speaker, source, appearances and whole history.
    Related rows are fetched a batch of claims at a time, not claim by claim."""
    batch: list[Claim] = []
    for claim in claims:
        batch.append(claim)
        if len(batch) >= 500:
            yield from _records_for(session, batch, with_text)
            batch = []
    if batch:
        yield from _records_for(session, batch, with_text)


def _records_for(session: Session, claims: list[Claim], with_text: bool) -> Iterator[dict[str, Any]]:
    claim_ids = [c.id for c in claims]
    speaker_ids = {c.speaker_id for c in claims}
    speakers = {s.id: s for s in session.execute(select(Speaker).where(Speaker.id.in_(speaker_ids))).scalars()}
    aliases: dict[int, list[str]] = {}
    for speaker_id, alias in session.execute(
        select(SpeakerAlias.speaker_id, SpeakerAlias.alias)
        .where(SpeakerAlias.speaker_id.in_(speaker_ids))
        .order_by(SpeakerAlias.id)
    ):
        aliases.setdefault(speaker_id, []).append(alias)
    events: dict[int, list[StatusEvent]] = {}
    for event in session.execute(
        select(StatusEvent).where(StatusEvent.claim_id.in_(claim_ids)).order_by(StatusEvent.claim_id, StatusEvent.seq)
    ).scalars():
        events.setdefault(event.claim_id, []).append(event)
    appearances: dict[int, list[Appearance]] = {}
    for appearance in session.execute(
        select(Appearance).where(Appearance.claim_id.in_(claim_ids)).order_by(Appearance.id)
    ).scalars():
        appearances.setdefault(appearance.claim_id, []).append(appearance)
    source_ids = {c.source_id for c in claims if c.source_id} | {
        a.source_id for group in appearances.values() for a in group
    }
    sources = {s.id: s for s in session.execute(select(Source).where(Source.id.in_(source_ids))).scalars()}
    primary_ids = {c.same_as for c in claims if c.same_as is not None}
    primaries = dict(session.execute(select(Claim.id, Claim.short_id).where(Claim.id.in_(primary_ids))).all())

    def source(source_id: int) -> dict[str, Any]:
        record = source_record(sources[source_id])
        if not with_text:
            record.pop("text")
        return {k: v for k, v in record.items() if v is not None}

    for claim in claims:
        speaker = speakers[claim.speaker_id]
        record: dict[str, Any] = {
            "id": claim.short_id,
            "text": claim.text,
            "speaker": {
                k: v
                for k, v in {
                    "name": speaker.name,
                    "kind": speaker.kind,
                    "role": speaker.role,
                    "affiliation": speaker.affiliation,
                    "wikidata": speaker.wikidata,
                    "aliases": aliases.get(speaker.id, []),  # type: ignore[call-overload]
                }.items()
                if v is not None
            },
            "quote_type": claim.quote_type,
            "cue": claim.cue,
            "channel": claim.channel,
            "start": claim.span_start,
            "end": claim.span_end,
            "language": claim.language,
            "said_on": _iso(claim.said_on),
            "due": _iso(claim.due),
            "recorded_by": claim.recorded_by,
            "confidence": claim.confidence,
            "created_at": canonical_time(claim.created_at),
            "status": claim.status,
        }
        if claim.same_as is not None:
            record["same_as"] = primaries[claim.same_as]
        if claim.source_id:
            record["source"] = source(claim.source_id)
        record["appearances"] = [
            {
                k: v
                for k, v in {
                    "source": source(a.source_id),
                    "start": a.span_start,
                    "end": a.span_end,
                    "added_at": canonical_time(a.added_at),
                }.items()
                if v is not None
            }
            for a in appearances.get(claim.id, [])  # type: ignore[arg-type]
        ]
        record["history"] = [event_record(e) for e in events.get(claim.id, [])]  # type: ignore[arg-type]
        yield record


@dataclass(frozen=True)
class ClaimFilter:
    speaker: str | None = None
    status: str | None = None
    verdict: str | None = None
    source: str | None = None
    language: str | None = None
    since: date | None = None
    until: date | None = None
    due_by: date | None = None
    has_verdict: bool = False  # only claims with a verdict (the ClaimReview export)


def _filtered(session: Session, filters: ClaimFilter) -> Any:
    stmt = select(Claim)
    if filters.speaker:
        stmt = stmt.where(Claim.speaker_id == find_speaker(session=session, query=filters.speaker).id)
    if filters.status:
        get_vocabulary(session=session).get(filters.status)
        stmt = stmt.where(Claim.status == filters.status)
    if filters.verdict:
        get_vocabulary(session=session).get(filters.verdict)
        stmt = stmt.where(Claim.verdict == filters.verdict)
    if filters.has_verdict:
        stmt = stmt.where(Claim.verdict.is_not(None))  # type: ignore[union-attr]
    if filters.source:
        needle = filters.source
        # a hash prefix must be long enough not to be taken for an outlet's name ('BBC', 'a')
        is_hash_prefix = len(needle) >= 8 and all(c in "0123456789abcdef" for c in needle.lower())
        sources = select(Source.id).where(
            or_(
                Source.sha256.startswith(needle.lower()) if is_hash_prefix else false(),
                Source.url == needle,
                Source.outlet == needle,
            )
        )
        stmt = stmt.where(
            or_(
                Claim.source_id.in_(sources),
                Claim.id.in_(select(Appearance.claim_id).where(Appearance.source_id.in_(sources))),
            )
        )
    if filters.language:
        stmt = stmt.where(Claim.language == filters.language)
    if filters.since:
        stmt = stmt.where(Claim.said_on >= filters.since)
    if filters.until:
        stmt = stmt.where(Claim.said_on <= filters.until)
    if filters.due_by:
        stmt = stmt.where(Claim.due <= filters.due_by)
    return stmt


def list_rows(
    *, session: Session, filters: ClaimFilter = ClaimFilter(), limit: int | None = None
) -> Iterator[dict[str, Any]]:
    """One flat row per claim (for tables and CSV), oldest statement first, streamed. A duplicate linked into
    another claim is not listed: the claim it was linked into stands for it, with its source as an appearance."""
    stmt = _filtered(session, filters).where(Claim.same_as.is_(None)).order_by(Claim.said_on, Claim.id)
    if limit:
        stmt = stmt.limit(limit)
    yield from rows_for(session, stmt)


def rows_for(session: Session, stmt: Any) -> Iterator[dict[str, Any]]:
    """Flat rows (ROW_KEYS) of the claims `stmt` selects, oldest statement first, streamed."""
    sub = stmt.subquery()
    claim = sub.c
    query = (
        select(
            claim.short_id,
            claim.said_on,
            Speaker.name,
            claim.status,
            claim.verdict,
            claim.quote_type,
            claim.text,
            Source.outlet,
            claim.language,
            claim.due,
            claim.channel,
            claim.cue,
        )
        .join(Speaker, Speaker.id == claim.speaker_id)
        .outerjoin(Source, Source.id == claim.source_id)
        .order_by(claim.said_on, claim.id)
    )
    # Core on the session's connection, not the ORM: these are plain rows, and there may be hundreds of thousands
    for row in session.connection().execute(query.execution_options(yield_per=1000)):
        item = dict(zip(ROW_KEYS, row, strict=True))
        item["said_on"], item["due"] = _iso(item["said_on"]), _iso(item["due"])
        yield item


def list_records(
    *, session: Session, filters: ClaimFilter = ClaimFilter(), with_text: bool = True
) -> Iterator[dict[str, Any]]:
    """Full export records of the claims that pass `filters`, streamed in id order."""
    stmt = _filtered(session, filters).order_by(Claim.id).execution_options(yield_per=500)
    yield from claim_records(session=session, claims=session.execute(stmt).scalars(), with_text=with_text)


def speaker_history(*, session: Session, query: str) -> tuple[Speaker, list[dict[str, Any]], dict[str, int]]:
    """A speaker's claims, oldest first, with their current status, and a tally of claims by status."""
    speaker = find_speaker(session=session, query=query)
    rows = list(rows_for(session, select(Claim).where(Claim.speaker_id == speaker.id, Claim.same_as.is_(None))))
    tally = Counter(row["status"] for row in rows)
    return speaker, rows, dict(sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def due_rows(*, session: Session, today: date) -> Iterator[dict[str, Any]]:
    """Time-bound claims whose due date has passed with no verdict recorded on or after it."""
    # A verdict on or after the due date means the claim was re-checked once its time bound was reached.
    stmt = select(Claim).where(
        Claim.due < today, or_(Claim.verdict_at.is_(None), Claim.verdict_at < Claim.due), Claim.same_as.is_(None)
    )
    yield from rows_for(session, stmt)


# --- audit ---------------------------------------------------------------------------------------------------


def audit(*, session: Session) -> Iterator[Problem]:
    """Check every claim's history chain against its hashes and against the head kept on the claim row.
    Yields one problem per broken claim; nothing when history is intact."""
    verdicts = set(get_vocabulary(session=session).verdicts)
    claims = session.execute(
        select(
            Claim.id,
            Claim.short_id,
            Claim.event_count,
            Claim.head_hash,
            Claim.status,
            Claim.status_at,
            Claim.verdict,
            Claim.verdict_at,
        )
        .order_by(Claim.id)
        .execution_options(yield_per=2000)
    )
    events_stmt = select(StatusEvent).order_by(StatusEvent.claim_id, StatusEvent.seq).execution_options(yield_per=5000)
    event_iter = iter(session.execute(events_stmt).scalars())
    pending = next(event_iter, None)
    known_ids: set[int] = set()
    for claim_id, short_id, count, head, status, status_at, verdict, verdict_at in claims:
        known_ids.add(claim_id)
        chain: list[StatusEvent] = []
        while pending is not None and pending.claim_id < claim_id:
            if pending.claim_id not in known_ids:
                yield Problem(f"event {pending.id}", "/claim_id", "orphan", "status event of a missing claim")
            pending = next(event_iter, None)
        while pending is not None and pending.claim_id == claim_id:
            chain.append(pending)
            pending = next(event_iter, None)
        problem = _chain_problem(short_id, chain, count, head) or _derived_problem(
            chain, verdicts, status, status_at, verdict, verdict_at
        )
        if problem:
            yield Problem(f"claim {short_id}", "/history", "hash-chain", problem)


def _chain_problem(short_id: str, chain: list[StatusEvent], count: int, head: str | None) -> str | None:
    previous = None
    for n, event in enumerate(chain, 1):
        if event.seq != n:
            return f"event {n} is missing (found seq {event.seq}): history was deleted"
        if event.prev_hash != previous:
            return f"event {n} does not follow event {n - 1}: history was rewritten"
        expected = event_hash(
            claim=short_id,
            seq=event.seq,
            status=event.status,
            rating_note=event.rating_note,
            rationale=event.rationale,
            evidence=json.loads(event.evidence),
            reviewer=event.reviewer,
            recorded_at=event.recorded_at,
            prev_hash=previous,
        )
        if expected != event.hash:
            return f"event {n} ({event.status}, {canonical_time(event.recorded_at)}) was changed after it was recorded"
        previous = event.hash
    if len(chain) < count:
        return f"the history holds {len(chain)} event(s) but {count} were recorded: events were removed"
    if len(chain) != count or previous != head:
        return f"the history ({len(chain)} events) and the claim's record of it ({count} events) disagree"
    return None


def _derived_problem(
    chain: list[StatusEvent],
    verdicts: set[str],
    status: str,
    status_at: datetime,
    verdict: str | None,
    verdict_at: datetime | None,
) -> str | None:
    """The claim row's current status and verdict must be what its history says."""
    if not chain:
        return None
    last = chain[-1]
    if last.status != status or canonical_time(last.recorded_at) != canonical_time(status_at):
        return f"the claim shows status {status!r} but its newest event says {last.status!r}"
    last_verdict = next((e for e in reversed(chain) if e.status in verdicts), None)
    if (
        (last_verdict.status if last_verdict else None) != verdict
        or (
            last_verdict is not None
            and verdict_at is not None
            and canonical_time(last_verdict.recorded_at) != canonical_time(verdict_at)
        )
        or (last_verdict is None) != (verdict_at is None)
    ):
        found = last_verdict.status if last_verdict else None
        return f"the claim shows verdict {verdict!r} but its history says {found!r}"
    return None


def counts(*, session: Session) -> dict[str, int]:
    return {
        "claims": session.execute(select(func.count(Claim.id))).scalar_one(),
        "speakers": session.execute(select(func.count(Speaker.id))).scalar_one(),
        "sources": session.execute(select(func.count(Source.id))).scalar_one(),
        "status events": session.execute(select(func.count(StatusEvent.id))).scalar_one(),
    }


__all__ = [
    "ClaimFilter",
    "ClaimsError",
    "Merged",
    "SaveReport",
    "add_aliases",
    "add_claim",
    "audit",
    "claim_events",
    "claim_records",
    "counts",
    "due_rows",
    "find_speaker",
    "get_claim",
    "get_config",
    "get_vocabulary",
    "list_records",
    "list_rows",
    "list_speakers",
    "merge_speakers",
    "record_status",
    "save_claims",
    "set_config",
    "set_vocabulary",
    "speaker_aliases",
    "speaker_history",
    "update_speaker",
]
