"""What a verification report says: the store's state as of a date, rebuilt from the status history.

A report looks at the store as it stood at the end of its ``as_of`` day (UTC): claims recorded later do not exist
yet, events recorded later have not happened, so a report for a past date says exactly what the store knew then.
Without ``as_of`` it is the store as it stands now, read from the status kept on each claim row. Its parts:

- the counts of claims by current status and by current verdict;
- what changed in the period (every status event recorded from ``since`` to ``as_of``, oldest first);
- the time-bound claims due for re-checking: due on or before ``as_of``, with no verdict recorded since;
- per-speaker tallies of claims by status;
- the claims themselves, each with its status timeline and every source it appeared in: those said or worked on
  in the period when there is one, else all of them;
- for charts, the number of claims in each status at the end of each day.

Every part is a query over indexed columns or one pass over the events of the period; the claims are streamed a
batch at a time, so a report over a million claims runs in bounded memory. ``claims.render`` writes it out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, and_, cast, exists, func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session

from . import store
from .history import canonical_time
from .models import Claim, Speaker, StatusEvent
from .vocabulary import Vocabulary

DEFAULT_PERIOD_DAYS = 7  # with no --since, "what changed" covers the week up to the report's date
TOP_SPEAKERS = 15
RECHECK = "needs-recheck"  # the workflow status that puts a claim on the re-check list whatever its due date
TIMELINE_KEYS = ("recorded_at", "status", "reviewer", "rationale", "rating_note", "evidence")
SOURCE_KEYS = ("outlet", "title", "url", "published", "language")


@dataclass(frozen=True)
class Scope:
    """Which report: the period [since, as_of] and, for a speaker record, one speaker."""

    as_of: date | None = None  # None: now
    since: date | None = None  # None: the claims section covers every claim
    speaker: str | None = None


def _end_of(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(), tzinfo=UTC)


class Report:
    """The parts of one report, each computed when asked for."""

    def __init__(self, session: Session, scope: Scope):
        if scope.as_of and scope.since and scope.since > scope.as_of:
            raise store.ClaimsError(f"--since {scope.since} is after the report's date {scope.as_of}")
        self.session = session
        self.scope = scope
        self.vocabulary: Vocabulary = store.get_vocabulary(session=session)
        self.cutoff = _end_of(scope.as_of) if scope.as_of else None  # nothing at or after this moment exists yet
        if self.cutoff is not None and not self._anything_after(self.cutoff):
            self.cutoff = None  # the date is today's or later: the state kept on each claim row is the state then
        self.day = scope.as_of or datetime.now(UTC).date()
        self.period_start = scope.since or self.day - timedelta(days=DEFAULT_PERIOD_DAYS - 1)
        self.speaker: Speaker | None = (
            store.find_speaker(session=session, query=scope.speaker) if scope.speaker else None
        )

    def _anything_after(self, moment: datetime) -> bool:
        """Whether the store holds an event or a claim recorded at or after `moment` (two index lookups)."""
        for column in (StatusEvent.recorded_at, Claim.created_at):
            if self.session.execute(select(column).where(column >= moment).limit(1)).first() is not None:
                return True
        return False

    # --- what the report is about ----------------------------------------------------------------------------

    def meta(self) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "as_of": self.day.isoformat(),
            "period": {"since": self.period_start.isoformat(), "until": self.day.isoformat()},
            "claims_section": "said or worked on in the period" if self.scope.since else "every claim",
        }
        if self.speaker is not None:
            meta["speaker"] = {
                k: v
                for k, v in {
                    "name": self.speaker.name,
                    "kind": self.speaker.kind,
                    "role": self.speaker.role,
                    "wikidata": self.speaker.wikidata,
                    "aliases": store.speaker_aliases(session=self.session, speaker_id=self.speaker.id),
                }.items()
                if v
            }
        return meta

    def label(self, status: str) -> str:
        known = self.vocabulary.statuses.get(status)
        return known.label() if known else status

    # --- the state as of the report's date ---------------------------------------------------------------

    def _claims(self) -> Any:
        """The ids of the claims that exist at the report's date (and belong to its speaker)."""
        return self._in_scope(select(Claim.id))

    def _in_scope(self, stmt: Any) -> Any:
        """`stmt`, a select over claims, narrowed to the report's claims (directly: no IN over a million ids).
        A duplicate linked into another claim is left out: that claim counts once, with it as an appearance."""
        stmt = stmt.where(Claim.same_as.is_(None))
        if self.cutoff is not None:
            stmt = stmt.where(Claim.created_at < self.cutoff)
        if self.speaker is not None:
            stmt = stmt.where(Claim.speaker_id == self.speaker.id)
        return stmt

    def _state(self, *, verdicts_only: bool = False) -> Any:
        """(claim_id, speaker_id, status) of each claim at a past date: the status (or verdict) of its newest
        event before the cut-off. (Today's is kept on the claim row: the callers read that instead.)"""
        assert self.cutoff is not None
        newest = select(StatusEvent.claim_id, func.max(StatusEvent.seq).label("seq")).where(
            StatusEvent.recorded_at < self.cutoff, StatusEvent.claim_id.in_(self._claims())
        )
        if verdicts_only:
            newest = newest.where(StatusEvent.status.in_(self.vocabulary.verdicts))
        last = newest.group_by(StatusEvent.claim_id).subquery()
        return (
            select(StatusEvent.claim_id, Claim.speaker_id, StatusEvent.status)
            .join(last, and_(StatusEvent.claim_id == last.c.claim_id, StatusEvent.seq == last.c.seq))
            .join(Claim, Claim.id == StatusEvent.claim_id)
        )

    def _grouped(self, verdicts_only: bool, by_speaker: bool) -> list[tuple[Any, ...]]:
        """Counts of claims by status (and speaker) then. Today's are read from indexes that cover them: every
        claim's, less those of the few linked into another claim (a filter on same_as would read every row)."""
        if self.cutoff is not None:
            state = self._state(verdicts_only=verdicts_only).subquery()
            keys = [state.c.speaker_id, state.c.status] if by_speaker else [state.c.status]
            return list(self.session.execute(select(*keys, func.count()).group_by(*keys)))
        column = Claim.verdict if verdicts_only else Claim.status
        keys = [Claim.speaker_id, column] if by_speaker else [column]
        counted: dict[tuple[Any, ...], int] = {}
        for linked in (False, True):
            stmt = select(*keys, func.count()).group_by(*keys)
            if linked:  # (through the ids, so that the small index of links is used, not a walk of every claim)
                stmt = stmt.where(Claim.id.in_(select(Claim.id).where(Claim.same_as.is_not(None))))
            if verdicts_only:
                stmt = stmt.where(Claim.verdict.is_not(None))
            if self.speaker is not None:
                stmt = stmt.where(Claim.speaker_id == self.speaker.id)
            for *key, count in self.session.execute(stmt):
                counted[tuple(key)] = counted.get(tuple(key), 0) + (-count if linked else count)
        return [(*key, count) for key, count in counted.items() if count]

    def _counts(self, verdicts_only: bool) -> dict[str, int]:
        found = dict(self._grouped(verdicts_only, by_speaker=False))
        order = self.vocabulary.verdicts if verdicts_only else list(self.vocabulary.statuses)
        counts = {status: found.pop(status) for status in order if status in found}
        counts.update(sorted(found.items()))  # statuses a replaced vocabulary no longer lists, last
        return counts

    def status_counts(self) -> dict[str, int]:
        return self._counts(verdicts_only=False)

    def verdict_counts(self) -> dict[str, int]:
        return self._counts(verdicts_only=True)

    def speaker_tallies(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Claims by status for each speaker, the speakers with the most claims first."""
        by_speaker: dict[int, dict[str, int]] = {}
        for speaker_id, status, count in self._grouped(verdicts_only=False, by_speaker=True):
            by_speaker.setdefault(speaker_id, {})[status] = count
        names = dict(self.session.execute(select(Speaker.id, Speaker.name).where(Speaker.id.in_(by_speaker))).all())
        tallies = {names[speaker_id]: by_status for speaker_id, by_status in by_speaker.items()}
        ranked = sorted(tallies.items(), key=lambda item: (-sum(item[1].values()), item[0]))
        order = list(self.vocabulary.statuses)
        return [
            {
                "speaker": name,
                "claims": sum(by_status.values()),
                "by_status": dict(sorted(by_status.items(), key=lambda s: (_rank(order, s[0]), s[0]))),
            }
            for name, by_status in ranked[:limit]
        ]

    # --- what changed, what is due ---------------------------------------------------------------------

    def changes(self) -> Iterator[dict[str, Any]]:
        """Every status event recorded in the period, oldest first, with its claim and who recorded it why."""
        start = datetime.combine(self.period_start, time(), tzinfo=UTC)
        end = self.cutoff or _end_of(self.day)
        previous = aliased(StatusEvent)
        stmt = (
            select(StatusEvent, Claim.short_id, Claim.text, Speaker.name, previous.status)
            .join(Claim, Claim.id == StatusEvent.claim_id)
            .join(Speaker, Speaker.id == Claim.speaker_id)
            .outerjoin(previous, and_(previous.claim_id == StatusEvent.claim_id, previous.seq == StatusEvent.seq - 1))
            .where(StatusEvent.recorded_at >= start, StatusEvent.recorded_at < end)
            # (coalesce: a plain 'same_as IS NULL' leads SQLite to walk every claim by that index instead)
            .where(func.coalesce(Claim.same_as, 0) == 0)
            .order_by(StatusEvent.recorded_at, StatusEvent.claim_id, StatusEvent.seq)
        )
        if self.speaker is not None:
            stmt = stmt.where(Claim.speaker_id == self.speaker.id)
        for event, short_id, text, speaker, before in self.session.execute(stmt.execution_options(yield_per=1000)):
            yield {
                "recorded_at": canonical_time(event.recorded_at),
                "claim": short_id,
                "speaker": speaker,
                "text": text,
                "from": before,
                "status": event.status,
                "reviewer": event.reviewer,
                "rationale": event.rationale,
                "rating_note": event.rating_note,
                "evidence": store.event_record(event)["evidence"],
            }

    def due(self) -> Iterator[dict[str, Any]]:
        """The claims to re-check: time-bound claims whose due date has come by the report's date with no
        verdict recorded on or after it, then the claims whose status (then) says they need a re-check."""
        listed: set[str] = set()
        for row in self._past_due():
            listed.add(row["id"])
            yield row
        if RECHECK not in self.vocabulary.statuses:
            return
        if self.cutoff is None:  # today's status is on the claim row, indexed
            stmt = self._in_scope(select(Claim).where(Claim.status == RECHECK))
        else:
            state = self._state().subquery()
            stmt = select(Claim).where(Claim.id.in_(select(state.c.claim_id).where(state.c.status == RECHECK)))
        for row in self._then(store.rows_for(self.session, stmt)):
            if row["id"] not in listed:
                row["reason"] = "needs re-check"
                row["overdue_days"] = (self.day - date.fromisoformat(row["due"])).days if row["due"] else None
                yield row

    def _past_due(self) -> Iterator[dict[str, Any]]:
        verdict = aliased(StatusEvent)
        rechecked = exists().where(
            verdict.claim_id == Claim.id,
            verdict.status.in_(self.vocabulary.verdicts),
            verdict.recorded_at >= Claim.due,
        )
        if self.cutoff is not None:
            rechecked = rechecked.where(verdict.recorded_at < self.cutoff)
        stmt = self._in_scope(select(Claim).where(Claim.due <= self.day, ~rechecked))
        for row in self._then(store.rows_for(self.session, stmt)):
            row["reason"] = "past its due date"
            row["overdue_days"] = (self.day - date.fromisoformat(row["due"])).days
            yield row

    def _then(self, rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """Rows of claims with the status and verdict they had at the report's date (a row holds today's)."""
        if self.cutoff is None:
            yield from rows
            return
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) == 500:
                yield from self._restated(batch)
                batch = []
        yield from self._restated(batch)

    def _restated(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if not rows:
            return rows
        ids = select(Claim.id).where(Claim.short_id.in_([row["id"] for row in rows]))
        events = self.session.execute(
            select(Claim.short_id, StatusEvent.status)
            .join(Claim, Claim.id == StatusEvent.claim_id)
            .where(StatusEvent.claim_id.in_(ids), StatusEvent.recorded_at < self.cutoff)
            .order_by(StatusEvent.claim_id, StatusEvent.seq)
        )
        status: dict[str, str] = {}
        verdict: dict[str, str] = {}
        for short_id, event_status in events:
            status[short_id] = event_status
            if event_status in self.vocabulary.verdicts:
                verdict[short_id] = event_status
        for row in rows:
            row["status"], row["verdict"] = status.get(row["id"], row["status"]), verdict.get(row["id"])
        return rows

    # --- the claims, each with its timeline and sources ---------------------------------------------------

    def claims(self) -> Iterator[dict[str, Any]]:
        """The claims of the report, oldest statement first: their status as of the report's date, their
        timeline up to it, and every source they appeared in by then."""
        stmt = self._in_scope(select(Claim))
        if self.scope.since:
            start = datetime.combine(self.period_start, time(), tzinfo=UTC)
            worked_on = select(StatusEvent.claim_id).where(StatusEvent.recorded_at >= start)
            if self.cutoff is not None:
                worked_on = worked_on.where(StatusEvent.recorded_at < self.cutoff)
            stmt = stmt.where(
                or_(and_(Claim.said_on >= self.period_start, Claim.said_on <= self.day), Claim.id.in_(worked_on))
            )
        stmt = stmt.order_by(Claim.said_on, Claim.id).execution_options(yield_per=500)
        claims = self.session.execute(stmt).scalars()
        for record in store.claim_records(session=self.session, claims=claims, with_text=False):
            yield self._as_of(record)

    def _as_of(self, record: dict[str, Any]) -> dict[str, Any]:
        cutoff = canonical_time(self.cutoff) if self.cutoff else None
        timeline = [e for e in record["history"] if cutoff is None or e["recorded_at"] < cutoff]
        verdicts = [e for e in timeline if e["status"] in self.vocabulary.verdicts]
        sources = [record["source"]] if "source" in record else []
        sources += [a["source"] for a in record["appearances"] if cutoff is None or a["added_at"] < cutoff]
        speaker = record["speaker"]
        return {
            "id": record["id"],
            "text": record["text"],
            "speaker": speaker["name"],
            "speaker_kind": speaker.get("kind"),
            "role": speaker.get("role"),
            "said_on": record["said_on"],
            "quote_type": record["quote_type"],
            "cue": record["cue"],
            "channel": record["channel"],
            "language": record["language"],
            "due": record["due"],
            "status": timeline[-1]["status"] if timeline else None,
            "verdict": verdicts[-1]["status"] if verdicts else None,
            "timeline": [{k: e[k] for k in TIMELINE_KEYS if k in e} for e in timeline],
            "sources": [{k: s[k] for k in SOURCE_KEYS if k in s} for s in sources],
        }

    # --- for charts -----------------------------------------------------------------------------------

    def status_series(self) -> list[tuple[date, dict[str, int]]]:
        """The number of claims in each status at the end of each day on which something changed, from the
        first event to the report's date: one pass over the events, each counted as +1 for its status and -1
        for the status it replaced."""
        day = (
            func.date(StatusEvent.recorded_at)
            if _dialect(self.session) == "sqlite"
            else cast(StatusEvent.recorded_at, Date)
        )
        previous = aliased(StatusEvent)
        moves = (
            select(day.label("day"), StatusEvent.status.label("to"), previous.status.label("from_"))
            .outerjoin(previous, and_(previous.claim_id == StatusEvent.claim_id, previous.seq == StatusEvent.seq - 1))
            .where(StatusEvent.claim_id.in_(self._claims()))
        )
        if self.cutoff is not None:
            moves = moves.where(StatusEvent.recorded_at < self.cutoff)
        moved = moves.subquery()
        changes: dict[date, dict[str, int]] = {}
        for column in (moved.c.to, moved.c.from_):
            sign = 1 if column is moved.c.to else -1
            stmt = select(moved.c.day, column, func.count()).where(column.is_not(None)).group_by(moved.c.day, column)
            for when, status, count in self.session.execute(stmt):
                when = when if isinstance(when, date) else date.fromisoformat(when)
                delta = changes.setdefault(when, {})
                delta[status] = delta.get(status, 0) + sign * count
        series: list[tuple[date, dict[str, int]]] = []
        running: dict[str, int] = {}
        for when in sorted(changes):
            for status, delta in changes[when].items():
                running[status] = running.get(status, 0) + delta
            series.append((when, {s: n for s, n in running.items() if n}))
        return series


def _rank(order: list[str], status: str) -> int:
    return order.index(status) if status in order else len(order)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name
