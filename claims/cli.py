"""The `claims` command: a thin layer over the library. It parses arguments, opens the store, calls one
function of `claims.store`, formats what comes back, and maps errors to exit codes (1: the command failed,
2: it was used wrongly)."""

from __future__ import annotations

import dataclasses
import functools
import importlib
import json
import re
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from . import __version__, config, output, paths, records
from .errors import ClaimsError, InvalidRecord, Problem, Unreadable
from .validate import SCHEMA_NAMES

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from .store import ClaimFilter

F = TypeVar("F", bound=Callable[..., Any])

LIST_COLUMNS = ("id", "said_on", "speaker", "status", "quote_type", "text", "outlet")
SPEAKER_KINDS = ("person", "organization", "group", "anonymous")
WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")  # as schemas/speaker.schema.json has it


class _Lazy:
    """A module imported on first use. The store's modules load SQLAlchemy, which costs more start-up time than
    everything else together; this way `claims extract`, `validate` and `--help` start quickly."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)


claimreview: Any = _Lazy("claims.claimreview")
db: Any = _Lazy("claims.db")
store: Any = _Lazy("claims.store")
validate: Any = _Lazy("claims.validate")
vocabulary_module: Any = _Lazy("claims.vocabulary")


class Date(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date of the form YYYY-MM-DD", param, ctx)


DATE = Date()


class Store:
    """The store named by --db, opened (and migrated) on first use, so that --help never touches it."""

    def __init__(self, url: str | None):
        self.url = url
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = db.open_store(self.url)
        return self._engine


def fail_clearly(function: F) -> F:
    """Turn the library's errors into click's: a message on stderr and exit code 1."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except InvalidRecord as e:
            raise click.ClickException(_problems_message(e.problems)) from e
        except ClaimsError as e:
            raise click.ClickException(str(e)) from e

    return wrapper  # type: ignore[return-value]


def _problems_message(problems: list[Problem], shown: int = 50) -> str:
    lines = [str(p) for p in problems[:shown]]
    if len(problems) > shown:
        lines.append(f"... and {len(problems) - shown} more problems")
    records_count = len({p.record for p in problems})
    lines.append(f"{records_count} invalid record(s); nothing was written")
    return "\n".join(lines)


def output_options(description: str = "Output format.") -> Callable[[F], F]:
    return click.option(
        "--format", "fmt", type=click.Choice(output.FORMATS), default="table", show_default=True, help=description
    )


def table_or_json(function: F) -> F:
    """--format of a command that shows one thing: a readable table, or the JSON of it."""
    option = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
    return option(function)


def out_option(description: str, default: str | None = None) -> Callable[[F], F]:
    """--out FILE, where '-' is stdout (written by _write_atomically)."""
    return click.option(
        "--out", type=click.Path(dir_okay=False, writable=True, allow_dash=True), default=default, help=description
    )


def filter_options(function: F) -> F:
    options = [
        click.option("--speaker", help="Claims of this speaker (name or alias)."),
        click.option("--status", help="Claims whose current status is this."),
        click.option("--verdict", help="Claims whose current verdict is this."),
        click.option("--source", help="Claims from this source (sha256 prefix, url or outlet)."),
        click.option("--language", help="ISO 639-1 code of the claim's language."),
        click.option("--since", type=DATE, help="Said on or after this date."),
        click.option("--until", type=DATE, help="Said on or before this date."),
        click.option("--due-by", type=DATE, help="Due on or before this date."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _filters(kwargs: dict[str, Any]) -> ClaimFilter:
    from .store import ClaimFilter

    names = ("speaker", "status", "verdict", "source", "language", "since", "until", "due_by")
    return ClaimFilter(**{name: kwargs.pop(name) for name in names})


def _stdout() -> IO[str]:
    return sys.stdout


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from .extract import BUILD  # (the extractor loads only when asked for: it is most of start-up)

    click.echo(f"claims, version {__version__} (extractor: {BUILD})")
    ctx.exit()


@click.group()
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and exit.",
)
@click.option(
    "--db",
    "db_url",
    envvar=paths.ENV_VAR,
    metavar="URL",
    help=f"The store: a SQLite file path, sqlite:///PATH or postgresql://... [env {paths.ENV_VAR}; "
    "default: claims.db in the user data directory]",
)
@click.pass_context
def cli(ctx: click.Context, db_url: str | None) -> None:
    """Find who said what in the news, keep every claim with its speaker and source, and track each claim's
    verification status without ever losing its history.

    \b
    Quick start:
        claims add --speaker "Steve Witkoff" --text "Pogovor je bil konstruktiven." --outlet STA
        claims status <id> in-review --by Ana --note "asked the State Department"
        claims show <id>
    """
    ctx.obj = Store(db_url)


@cli.command()
@click.pass_obj
@fail_clearly
def init(obj: Store) -> None:
    """Create the store (or open it and bring its schema up to date) and say where it is."""
    engine = obj.engine
    with db.reading(engine) as session:
        tally = store.counts(session=session)
    click.echo(f"store: {engine.url.render_as_string(hide_password=True)}")
    click.echo(", ".join(f"{n} {name}" for name, n in tally.items()))


@cli.command()
@click.option("--text", required=True, help="The statement, in its original language.")
@click.option("--speaker", required=True, help="Who said it (a name, an organization, a group).")
@click.option("--kind", "speaker_kind", type=click.Choice(SPEAKER_KINDS), help="What the speaker is.")
@click.option("--role", help="The speaker's role, e.g. 'ameriški odposlanec'.")
@click.option("--type", "quote_type", type=click.Choice(["direct", "indirect", "mixed"]), help="Quote type.")
@click.option("--cue", help="The reporting verb or phrase, e.g. 'je zapisal'.")
@click.option("--channel", help="Where it was said: X, Instagram, TV, AFP...")
@click.option("--said-on", type=DATE, help="When it was said.")
@click.option("--due", type=DATE, help="The date the statement is bounded by, if any.")
@click.option("--language", help="ISO 639-1 code of the statement's language.")
@click.option("--source-url", help="URL of the source.")
@click.option("--outlet", help="The outlet that published the source.")
@click.option("--title", help="Title of the source.")
@click.option("--published", type=DATE, help="When the source was published.")
@click.option("--source-file", type=click.File("rb"), help="The source's text (a file, or - for stdin).")
@click.option("--by", "recorded_by", default=None, help="Who records the claim [default: $USER].")
@click.pass_obj
@fail_clearly
def add(obj: Store, **options: Any) -> None:
    """Add a claim by hand and print its short id.

    \b
    Example:
        claims add --speaker "Steve Witkoff" --text "Pogovor je bil konstruktiven." \\
            --source-url https://example.org/a --outlet STA --said-on 2026-01-31 --channel X --type indirect
    """
    source = {
        "url": options.pop("source_url"),
        "outlet": options.pop("outlet"),
        "title": options.pop("title"),
        "published": _iso(options.pop("published")),
        "language": options["language"],
    }
    source_file = options.pop("source_file")
    if source_file is not None:
        from .extract.text import strip_date_line

        source["text"] = _decode(source_file.read(), source_file.name)
        dated, _ = strip_date_line(source["text"])
        source["published"] = source["published"] or dated  # a first line 'date YYYY-MM-DD' dates the source
    role, kind = options.pop("role"), options.pop("speaker_kind")
    claim = {k: _iso(v) for k, v in options.items() if v is not None}
    if role or kind:
        claim["speaker"] = {k: v for k, v in {"name": claim["speaker"], "kind": kind, "role": role}.items() if v}
    claim.setdefault("recorded_by", _whoami())
    if source.get("url") or source.get("text") or source.get("outlet"):
        claim["source"] = {k: v for k, v in source.items() if v is not None}
        claim.setdefault("said_on", source.get("published"))
    with db.writing(obj.engine) as session:
        report = store.save_claims(session=session, records=[("claim", claim)])
    for name in report.new_speakers:
        click.echo(f"new speaker: {name}", err=True)
    if report.added:
        click.echo(report.added[0])
        if report.suggested:
            click.echo("it may repeat an earlier claim: see 'claims match'", err=True)
    elif report.linked:
        click.echo(f"the same statement as {report.linked[0]}: added as its appearance", err=True)
        click.echo(report.linked[0])
    else:
        click.echo(f"already stored as {report.existing[0]}", err=True)
        click.echo(report.existing[0])


def _matched(report: Any) -> str:
    """', 3 repeated earlier claims (now their appearances), 1 to confirm (claims match)' or nothing."""
    words = ""
    if report.linked:
        words += f", {len(report.linked)} repeated earlier claims (now their appearances)"
    if report.suggested:
        words += f", {len(report.suggested)} may repeat earlier claims (claims match)"
    return words


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _whoami() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers
        return "claims"


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise click.ClickException(f"{name}: not UTF-8 text (byte {e.start})") from e


@cli.command()
@click.argument("claim_id")
@click.argument("status")
@click.option("--by", "reviewer", required=True, help="Who decides (the reviewer).")
@click.option("--note", "--rationale", "rationale", help="Why: the rationale for this status.")
@click.option("--rating-note", help="A short note that goes with a verdict's rating.")
@click.option("--evidence", multiple=True, help="A URL of evidence (repeat for several).")
@click.pass_obj
@fail_clearly
def status(
    obj: Store,
    claim_id: str,
    status: str,
    reviewer: str,
    rationale: str | None,
    rating_note: str | None,
    evidence: tuple[str, ...],
) -> None:
    """Record a new status of a claim: a workflow state (in-review, needs-recheck...) or a verdict
    (true, mostly-true, mixed, mostly-false, false, misleading, unverifiable). History is never changed:
    a correction is a new status.

    \b
    Example:
        claims status 7k3m9qa2 mostly-true --by Ana --evidence https://example.org/e --note "..."
    """
    with db.writing(obj.engine) as session:
        event = store.record_status(
            session=session,
            ref=claim_id,
            status=status,
            reviewer=reviewer,
            rationale=rationale,
            rating_note=rating_note,
            evidence=evidence,
        )
        claim = store.get_claim(session=session, ref=claim_id)
        click.echo(f"{claim.short_id}: {event.status} (event {event.seq}, by {event.reviewer})")


@cli.command()
@click.argument("claim_id")
@table_or_json
@click.pass_obj
@fail_clearly
def show(obj: Store, claim_id: str, fmt: str) -> None:
    """Show a claim: its speaker, source, appearances and whole status history, oldest first."""
    with db.reading(obj.engine) as session:
        claim = store.get_claim(session=session, ref=claim_id)
        record = next(store.claim_records(session=session, claims=[claim], with_text=False))
    out = _stdout()
    if fmt == "json":
        out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return
    speaker = record["speaker"]
    source = record.get("source") or {}
    output.write_fields(
        [
            ("id", record["id"]),
            ("text", record["text"]),
            ("speaker", speaker["name"] + (f" ({speaker['role']})" if speaker.get("role") else "")),
            ("kind", speaker["kind"]),
            ("quote type", record["quote_type"]),
            ("cue", record["cue"]),
            ("channel", record["channel"]),
            ("said on", record["said_on"]),
            ("due", record["due"]),
            ("language", record["language"]),
            ("status", record["status"]),
            (
                "source",
                " | ".join(
                    str(v)
                    for v in (source.get("outlet"), source.get("title"), source.get("url"), source.get("published"))
                    if v
                ),
            ),
            ("span", f"{record['start']}..{record['end']}" if record.get("start") is not None else None),
            ("recorded by", record["recorded_by"]),
            ("created", record["created_at"]),
            ("same as", record.get("same_as")),
        ],
        out,
    )
    if record["appearances"]:
        out.write("\nalso appeared in:\n")
        output.write_rows(
            (
                {
                    "outlet": a["source"].get("outlet"),
                    "published": a["source"].get("published"),
                    "language": a["source"].get("language"),
                    "url": a["source"].get("url"),
                }
                for a in record["appearances"]
            ),
            "table",
            out,
        )
    out.write("\nhistory:\n")
    output.write_rows(
        (
            {
                "#": e["seq"],
                "recorded_at": e["recorded_at"][:19].replace("T", " "),
                "status": e["status"],
                "by": e["reviewer"],
                "note": " — ".join(x for x in (e.get("rating_note"), e.get("rationale")) if x),
                "evidence": " ".join(e["evidence"]),
            }
            for e in record["history"]
        ),
        "table",
        out,
    )


@cli.command(name="list")
@filter_options
@click.option("--limit", type=click.IntRange(min=1), help="At most this many claims.")
@output_options()
@click.pass_obj
@fail_clearly
def list_(obj: Store, fmt: str, limit: int | None, **kwargs: Any) -> None:
    """List claims, oldest statement first, filtered by speaker, status, source, language and dates.

    \b
    Example:
        claims list --status in-review --since 2026-01-01 --format jsonl
    """
    filters = _filters(kwargs)
    with db.reading(obj.engine) as session:
        rows = store.list_rows(session=session, filters=filters, limit=limit)
        output.write_rows(rows, fmt, _stdout(), LIST_COLUMNS if fmt == "table" else store.ROW_KEYS)


@cli.command()
@click.option("--today", type=DATE, help="Take this date as today [default: today, UTC].")
@output_options()
@click.pass_obj
@fail_clearly
def due(obj: Store, today: date | None, fmt: str) -> None:
    """Time-bound claims whose due date has passed with no verdict recorded since: time to re-check."""
    today = today or datetime.now(UTC).date()
    with db.reading(obj.engine) as session:
        rows = store.due_rows(session=session, today=today)
        output.write_rows(
            rows, fmt, _stdout(), None if fmt != "table" else ("id", "due", "speaker", "status", "verdict", "text")
        )


@cli.command()
@click.argument("name")
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*output.FORMATS, "md", "html"]),
    default="table",
    show_default=True,
    help="Output format; md and html are the speaker's record as a publishable page (see 'claims report').",
)
@out_option("For md and html: write here ('-' for stdout) [default: reports/speaker-DATE.FORMAT].")
@click.option("--as-of", "as_of", type=DATE, help="For md and html: the record as it stood at the end of this day.")
@click.pass_obj
@fail_clearly
def speaker(obj: Store, name: str, fmt: str, out: str | None, as_of: date | None) -> None:
    """A speaker's history: every claim, oldest first, with its current status, and a tally by status.

    NAME is the canonical name or any alias ('Witkoff' finds 'Steve Witkoff').

    \b
    Example:
        claims speaker Witkoff --format html --out reports/witkoff.html
    """
    if fmt in ("md", "html"):
        _write_report(obj, fmt, out, {"as_of": as_of, "speaker": name}, None, "speaker")
        return
    if out is not None or as_of is not None:
        raise click.UsageError("--out and --as-of go with --format md or html")
    with db.reading(obj.engine) as session:
        person, rows, tally = store.speaker_history(session=session, query=name)
        aliases = store.speaker_aliases(session=session, speaker_id=person.id)  # type: ignore[arg-type]
    out = _stdout()
    if fmt in ("json", "jsonl"):
        document = {
            "speaker": person.name,
            "kind": person.kind,
            "role": person.role,
            "wikidata": person.wikidata,
            "aliases": aliases,
            "tally": tally,
            "claims": rows,
        }
        out.write(json.dumps(document, ensure_ascii=False, indent=2 if fmt == "json" else None) + "\n")
        return
    if fmt == "csv":
        output.write_rows(rows, "csv", out)
        return
    output.write_fields(
        [
            ("speaker", person.name),
            ("kind", person.kind),
            ("role", person.role),
            ("wikidata", person.wikidata),
            ("aliases", ", ".join(aliases)),
            ("claims", len(rows)),
            ("tally", ", ".join(f"{s} {n}" for s, n in tally.items())),
        ],
        out,
    )
    out.write("\n")
    output.write_rows(rows, "table", out, ("id", "said_on", "status", "quote_type", "channel", "text", "outlet"))


@cli.group(invoke_without_command=True)
@output_options()
@click.pass_context
@fail_clearly
def speakers(ctx: click.Context, fmt: str) -> None:
    """Every speaker with the number of claims, verdicts, and claims still open."""
    if ctx.invoked_subcommand is None:
        with db.reading(ctx.obj.engine) as session:
            output.write_rows(store.list_speakers(session=session), fmt, _stdout())


@speakers.command(name="merge")
@click.argument("source", metavar="FROM")
@click.argument("target", metavar="INTO")
@click.pass_obj
@fail_clearly
def speakers_merge(obj: Store, source: str, target: str) -> None:
    """Merge the speaker FROM into the speaker INTO: FROM's claims move to INTO, FROM's name and aliases become
    aliases of INTO, and FROM is removed. Every claim and status event is kept; 'claims audit' still passes.
    All or nothing.

    \b
    Example:
        claims speakers merge "Vitkof" "Steve Witkoff"
    """
    with db.writing(obj.engine) as session:
        merged = store.merge_speakers(session=session, source=source, target=target)
    added = ", ".join(merged.aliases) or "none"
    click.echo(f"merged {merged.removed} into {merged.kept}: {merged.claims} claim(s) moved, aliases added: {added}")


def _wikidata_id(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not WIKIDATA_ID.fullmatch(value):
        raise click.BadParameter(f"{value!r} is not a Wikidata id (Q followed by digits, e.g. Q116300637)")
    return value


@speakers.command(name="aliases")
@click.argument("name")
@click.option("--add", "added", multiple=True, metavar="ALIAS", help="Add this alias (repeatable).")
@click.option("--wikidata", callback=_wikidata_id, metavar="QID", help="Set the Wikidata id, e.g. Q116300637.")
@click.option("--kind", type=click.Choice(SPEAKER_KINDS), help="Set what the speaker is.")
@click.option("--role", help="Set the speaker's role, e.g. 'ameriški odposlanec'.")
@click.pass_obj
@fail_clearly
def speakers_aliases(
    obj: Store, name: str, added: tuple[str, ...], wikidata: str | None, kind: str | None, role: str | None
) -> None:
    """List a speaker's aliases, one a line; with options, first add aliases or set the speaker's Wikidata id,
    kind or role. An alias that names another speaker is refused: merge the two instead.

    \b
    Example:
        claims speakers aliases "Steve Witkoff" --add Witkoffa --add "Стив Виткоф" --wikidata Q116300637
    """
    changing = added or wikidata or kind or role
    with (db.writing if changing else db.reading)(obj.engine) as session:
        person = store.find_speaker(session=session, query=name)
        new = store.add_aliases(session=session, speaker=person, aliases=added)
        if wikidata or kind or role:
            store.update_speaker(session=session, speaker=person, kind=kind, role=role, wikidata=wikidata)
        aliases = store.speaker_aliases(session=session, speaker_id=person.id)
    for alias in new:
        click.echo(f"added alias: {alias}", err=True)
    for alias in aliases:
        click.echo(alias)


@cli.command(name="export")
@filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "csv", "claimreview"]),
    default="jsonl",
    show_default=True,
    help="jsonl and json are complete (import reads them back without loss); csv is one flat row a claim; "
    "claimreview is the claims with a verdict as schema.org ClaimReview JSON-LD (needs `claims config`).",
)
@out_option("Write here instead of stdout.", default="-")
@click.pass_obj
@fail_clearly
def export(obj: Store, fmt: str, out: str, **kwargs: Any) -> None:
    """Export claims with speakers, sources, appearances and whole histories, or publish their verdicts as
    schema.org ClaimReview JSON-LD (one JSON array; claims without a verdict are left out).

    \b
    Examples:
        claims export --format jsonl > all.jsonl && claims --db other.db import all.jsonl
        claims export --format claimreview --since 2026-01-01 --out claimreview.jsonld
    """
    filters = _filters(kwargs)
    with db.reading(obj.engine) as session:
        if fmt == "csv":
            rows: Iterable[dict[str, Any]] = store.list_rows(session=session, filters=filters)
        elif fmt == "claimreview":
            # Read before anything is written: without a publisher the export fails and leaves no file.
            publisher = claimreview.publisher(store.get_config(session=session))
            with_verdict = dataclasses.replace(filters, has_verdict=True)
            records = store.list_records(session=session, filters=with_verdict, with_text=False)
            rows = claimreview.claim_reviews(records, store.get_vocabulary(session=session), publisher)
            fmt = "json"  # a JSON-LD document of several objects is a JSON array of them
        else:
            rows = _checked(store.list_records(session=session, filters=filters))
        _write_atomically(out, lambda stream: output.write_rows(rows, fmt, stream))


@cli.command()
@click.argument("claim_id")
@click.argument("other_id")
@click.pass_obj
@fail_clearly
def link(obj: Store, claim_id: str, other_id: str) -> None:
    """Record that OTHER_ID is the same statement as CLAIM_ID: its source becomes one of CLAIM_ID's
    appearances, and CLAIM_ID stands for both in listings and reports. OTHER_ID keeps its history;
    'claims unlink' undoes it.

    \b
    Example:
        claims link 34wf1yva k2m9qa7c
    """
    with db.writing(obj.engine) as session:
        primary, duplicate = store.link_claims(session=session, ref=claim_id, other=other_id)
    click.echo(f"{duplicate} is now an appearance of {primary}")


@cli.command()
@click.argument("claim_id")
@click.argument("appearance")
@click.pass_obj
@fail_clearly
def unlink(obj: Store, claim_id: str, appearance: str) -> None:
    """Take an appearance off a claim. APPEARANCE is its source (a sha256 prefix of 8+ characters, the url or
    the outlet) or the id of a claim linked into CLAIM_ID, which then stands on its own again."""
    with db.writing(obj.engine) as session:
        click.echo(store.unlink_appearance(session=session, ref=claim_id, appearance=appearance))


@cli.group(invoke_without_command=True)
@click.option("--state", type=click.Choice(["pending", "confirmed", "rejected"]), default="pending", show_default=True)
@output_options()
@click.pass_context
@fail_clearly
def match(ctx: click.Context, state: str, fmt: str) -> None:
    """Claims that may repeat an earlier claim of the same speaker (close wording, another source), waiting
    for a person: 'claims match confirm N --by NAME' links them, 'claims match reject N --by NAME' keeps both."""
    if ctx.invoked_subcommand is None:
        with db.reading(ctx.obj.engine) as session:
            rows = store.match_suggestions(session=session, state=state)
            output.write_rows(rows, fmt, _stdout())


@match.command(name="confirm")
@click.argument("suggestion", type=int)
@click.option("--by", "reviewer", required=True, help="Who decides.")
@click.pass_obj
@fail_clearly
def match_confirm(obj: Store, suggestion: int, reviewer: str) -> None:
    """The two claims are the same statement: the newer becomes an appearance of the earlier."""
    _decide(obj, suggestion, reviewer, confirm=True)


@match.command(name="reject")
@click.argument("suggestion", type=int)
@click.option("--by", "reviewer", required=True, help="Who decides.")
@click.pass_obj
@fail_clearly
def match_reject(obj: Store, suggestion: int, reviewer: str) -> None:
    """The two claims are different statements: both stay, and the suggestion is not made again."""
    _decide(obj, suggestion, reviewer, confirm=False)


def _decide(obj: Store, suggestion: int, reviewer: str, *, confirm: bool) -> None:
    with db.writing(obj.engine) as session:
        state = store.decide_suggestion(session=session, suggestion_id=suggestion, confirm=confirm, by=reviewer)
    click.echo(f"suggestion {suggestion} {state}" + (": the claims are linked" if confirm else ""))


REPORT_FORMATS = ("md", "html", "json", "csv")


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(REPORT_FORMATS),
    default="md",
    show_default=True,
    help="Markdown, a self-contained HTML page with charts, JSON (complete), or CSV (one row a claim).",
)
@out_option("Write here ('-' for stdout) [default: reports/report-DATE.FORMAT].")
@click.option("--since", type=DATE, help="Start of the period [default: a week before the report's date].")
@click.option("--as-of", "as_of", type=DATE, help="Report the store as it stood at the end of this day (UTC).")
@click.option("--speaker", help="Only this speaker's claims (name or alias).")
@click.option("--title", help="The report's title [default: 'Verification report'].")
@click.pass_obj
@fail_clearly
def report(
    obj: Store,
    fmt: str,
    out: str | None,
    since: date | None,
    as_of: date | None,
    speaker: str | None,
    title: str | None,
) -> None:
    """A verification report: counts by status and verdict, what changed in the period, claims due for
    re-checking, per-speaker tallies, and each claim with its status timeline and sources.

    With --since, the claims listed are those said or worked on in the period; without it, every claim.
    --as-of rebuilds the store's state at a past date from the status history.

    \b
    Examples:
        claims report --format html --out reports/weekly.html --since 2026-01-25
        claims report --format md --as-of 2026-02-02
        claims report --format json --speaker Witkoff
    """
    _write_report(obj, fmt, out, {"as_of": as_of, "since": since, "speaker": speaker}, title, "report")


def _write_report(obj: Store, fmt: str, out: str | None, scope: dict[str, Any], title: str | None, stem: str) -> None:
    from . import render
    from .report import Report, Scope

    with db.reading(obj.engine) as session:
        built = Report(session, Scope(**scope))
        target = out or str(Path("reports") / f"{stem}-{built.day.isoformat()}.{render.EXTENSIONS[fmt]}")
        if target != "-":
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, lambda stream: render.write(built, fmt, stream, title))
    if target != "-":
        click.echo(f"wrote {target}", err=True)


def _checked(rows: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """Exports are validated like imports: a record the schema rejects is a bug, and must not leave."""
    for row in rows:
        validate.check("record", row, f"export of claim {row['id']}")
        yield row


def _write_atomically(path: str, write: Callable[[IO[str]], Any]) -> None:
    """Write to stdout, or to a file that appears only complete: a failed export leaves no half file."""
    if path == "-":
        write(_stdout())
        return
    target = Path(path)
    if target.exists() and not target.is_file():  # a device or a pipe (/dev/null, /dev/stdout): no file to replace
        try:
            with target.open("w", encoding="utf-8", newline="") as stream:
                write(stream)
        except OSError as e:
            raise click.ClickException(f"cannot write {path}: {e.strerror or e}") from e
        return
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as stream:
            write(stream)
        partial.replace(target)
    except OSError as e:
        raise click.ClickException(f"cannot write {path}: {e.strerror or e}") from e
    finally:
        partial.unlink(missing_ok=True)


@cli.command(name="import")
@click.argument("file", type=click.File("rb"))
@click.option(
    "--format", "fmt", type=click.Choice(records.FORMATS), help="Input format [default: from the name; jsonl]."
)
@click.option("--skip-invalid", is_flag=True, help="Import the valid records; write the rejected ones to --rejected.")
@click.option(
    "--rejected",
    "rejected_path",
    type=click.Path(dir_okay=False, writable=True),
    help="Where --skip-invalid writes rejected records with reasons [default: FILE.rejected.jsonl].",
)
@click.pass_obj
@fail_clearly
def import_(obj: Store, file: IO[bytes], fmt: str | None, skip_invalid: bool, rejected_path: str | None) -> None:
    """Import claims from JSON Lines (an export, or claims as entered), a JSON array, or CSV. FILE may be -.

    All or nothing: if any record is invalid, each is reported (line, JSON pointer, rule) and nothing is
    written, unless --skip-invalid is given.
    """
    name = getattr(file, "name", "-")
    fmt = fmt or records.guess_format(name)
    stream = records.read_records(file, fmt)
    default_rejected = ("stdin" if name in ("-", "<stdin>") else name) + ".rejected.jsonl"
    with db.writing(obj.engine) as session:
        report = store.save_claims(session=session, records=_with_progress(stream, file), skip_invalid=skip_invalid)
        if report.rejected:  # written before the import commits: if it cannot be written, nothing is imported
            target = Path(rejected_path or default_rejected)
            _write_atomically(str(target), lambda out: _write_rejected(report.rejected, out))
    summary = f"imported {len(report.added)} claim(s)"
    if report.extended:
        summary += f", extended the history of {len(report.extended)}"
    if report.existing:
        summary += f", {len(report.existing)} already stored"
    summary += _matched(report)
    if report.rejected:
        summary += f"; rejected {len(report.rejected)} (reasons in {target})"
    click.echo(summary, err=True)


def _write_rejected(rejected: list[tuple[str, Any, list[Problem]]], out: IO[str]) -> None:
    for record, data, problems in rejected:
        reasons = [{"pointer": p.pointer, "rule": p.rule, "message": p.message} for p in problems]
        out.write(json.dumps({"record": record, "problems": reasons, "data": data}, ensure_ascii=False) + "\n")


def _with_progress(items: Iterable[tuple[str, Any]], file: IO[bytes]) -> Iterable[tuple[str, Any]]:
    """Show a progress bar over the file's bytes when it is a real file and stderr is a terminal."""
    try:
        size = Path(file.name).stat().st_size
    except (AttributeError, OSError, TypeError):
        yield from items
        return
    if not sys.stderr.isatty():
        yield from items
        return
    with click.progressbar(length=size, label="importing", file=sys.stderr) as bar:
        done = 0
        for item in items:
            position = file.tell() if not file.closed else size
            bar.update(position - done)
            done = position
            yield item


@cli.command(name="validate")
@click.argument("file", type=click.File("rb"))
@click.option(
    "--schema",
    "schema_name",
    type=click.Choice(SCHEMA_NAMES),
    default="claim",
    show_default=True,
    help="Which schema the records must satisfy.",
)
@click.option("--format", "fmt", type=click.Choice(records.FORMATS), help="Input format [default: from the name].")
def validate_(file: IO[bytes], schema_name: str, fmt: str | None) -> None:
    """Check a file of records against a schema without touching the store. Each bad record is named
    (line), with the field (JSON pointer) and the rule it breaks; exit code 1 if any is bad."""
    fmt = fmt or records.guess_format(getattr(file, "name", "-"))
    bad = total = 0
    for record, data in records.read_records(file, fmt):
        total += 1
        if isinstance(data, Unreadable):
            problems = [Problem(record, "", data.rule, data.message)]
        elif schema_name == "vocabulary":
            try:
                vocabulary_module.parse(data, record)
                problems = []
            except InvalidRecord as e:
                problems = e.problems
        elif schema_name == "claimreview":
            problems = claimreview.problems(data, record)  # the schema and the rating's scale
        else:
            problems = validate.problems(schema_name, data, record)
        for problem in problems:
            click.echo(str(problem), err=True)
        bad += bool(problems)
    if bad:
        raise click.ClickException(f"{bad} of {total} record(s) invalid")
    click.echo(f"{total} record(s) valid against {schema_name}.schema.json")


@cli.command()
@click.pass_obj
@fail_clearly
def audit(obj: Store) -> None:
    """Verify every claim's status history against its hash chain: finds events changed, removed or
    reordered behind the tool's back. Exit code 1 names each broken claim."""
    broken = 0
    with db.reading(obj.engine) as session:
        for problem in store.audit(session=session):
            broken += 1
            click.echo(str(problem), err=True)
        tally = store.counts(session=session)
    if broken:
        raise click.ClickException(f"{broken} claim(s) with a broken history")
    click.echo(f"history intact: {tally['claims']} claims, {tally['status events']} status events verified")


@cli.group()
def vocabulary() -> None:
    """The status vocabulary: workflow states and verdicts with their ClaimReview ratings."""


@vocabulary.command(name="show")
@table_or_json
@click.pass_obj
@fail_clearly
def vocabulary_show(obj: Store, fmt: str) -> None:
    """Show the statuses this store accepts."""
    with db.reading(obj.engine) as session:
        current = store.get_vocabulary(session=session)
    if fmt == "json":
        click.echo(json.dumps(current.document, ensure_ascii=False, indent=2))
        return
    output.write_rows(
        (
            {
                "status": s.id,
                "kind": s.kind,
                "label": s.label(),
                "ratingValue": s.rating_value,
                "alternateName": s.alternate_name,
            }
            for s in current.statuses.values()
        ),
        "table",
        _stdout(),
    )
    click.echo(f"scale: {current.worst_rating}..{current.best_rating}; new claims start as {current.default}")


@vocabulary.command(name="set")
@click.argument("file", type=click.File("rb"))
@click.pass_obj
@fail_clearly
def vocabulary_set(obj: Store, file: IO[bytes]) -> None:
    """Replace the vocabulary with a desk's own file (see schemas/vocabulary.schema.json). A status that
    claims already use cannot be removed."""
    name = getattr(file, "name", "-")
    try:
        document = json.loads(_decode(file.read(), name))
    except json.JSONDecodeError as e:
        raise click.ClickException(f"{name}: invalid JSON: {e.msg} at line {e.lineno} column {e.colno}") from e
    with db.writing(obj.engine) as session:
        new = store.set_vocabulary(session=session, document=document, record=name)
    click.echo(f"vocabulary set: {len(new.statuses)} statuses ({', '.join(new.statuses)})")


@cli.group(name="config")
def config_() -> None:
    """Store-wide settings, shared by everyone using the store: the publisher of ClaimReview exports.

    \b
    Keys:
        publisher.name  the organization publishing the fact checks
        publisher.url   its home page
        review.url      a claim's review page, with {id} where the claim's id goes
    """


@config_.command(name="set")
@click.argument("key", type=click.Choice(config.KEYS), metavar="KEY")
@click.argument("value")
@click.pass_obj
@fail_clearly
def config_set(obj: Store, key: str, value: str) -> None:
    """Set KEY to VALUE (checked: URLs must be http(s) URLs, review.url must hold {id}).

    \b
    Example:
        claims config set publisher.name "Fact Check Desk"
        claims config set publisher.url https://factcheck.example
        claims config set review.url 'https://factcheck.example/claims/{id}'
    """
    with db.writing(obj.engine) as session:
        stored = store.set_config(session=session, key=key, value=value)
    click.echo(f"{key} = {stored}")


@config_.command(name="show")
@table_or_json
@click.pass_obj
@fail_clearly
def config_show(obj: Store, fmt: str) -> None:
    """Show every configuration key and its value ("(not set)", or null in JSON, where it has none)."""
    with db.reading(obj.engine) as session:
        current = store.get_config(session=session)
    if fmt == "table":
        output.write_fields([(key, value or "(not set)") for key, value in current.items()], _stdout())
    else:
        click.echo(json.dumps(current, ensure_ascii=False, indent=2))


EXTRACT_COLUMNS = ("speaker", "quote_type", "cue", "channel", "due", "text")


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=str))
@output_options("Output format (jsonl: one statement a line, the extractor's contract).")
@click.option(
    "--language",
    type=click.Choice(["sl", "hr", "sr", "bs", "en"]),
    help="The texts' language [default: detected per text].",
)
@click.option(
    "--date",
    "published",
    type=DATE,
    help="The texts' published date, for due dates [default: a 'date YYYY-MM-DD' first line, or the page's metadata].",
)
@click.option("--save", is_flag=True, help="Also store the statements as claims (a source already stored is skipped).")
@click.pass_obj
def extract(
    obj: Store, inputs: tuple[str, ...], fmt: str, language: str | None, published: date | None, save: bool
) -> None:
    """Find attributed statements (who said what) in news text: files, folders, saved pages (HTML), JSON Lines
    of articles ({text, url?, outlet?, title?, date?, language?}), or - for stdin.

    \b
    Examples:
        claims extract sources/2026-01-31-dmitrijev-miami.sl.txt
        claims extract --format jsonl article.txt
        claims extract --save sources/
        cat feed.jsonl | claims extract --format jsonl -
    """
    from .extract import extract as find_statements
    from .extract.sources import SourceError, read_bytes, read_path

    def documents() -> Iterable[Any]:
        for item in inputs:
            if item == "-":
                yield from read_bytes(sys.stdin.buffer.read(), "stdin")
            elif not Path(item).exists():
                yield SourceError(f"{item}: no such file or folder")
            else:
                yield from read_path(Path(item))

    failures = 0
    engine = obj.engine if save else None
    rows: list[dict[str, Any]] = []
    out = _stdout()
    show_progress = save and any(Path(i).is_dir() for i in inputs if i != "-") and sys.stderr.isatty()
    items = list(documents()) if show_progress else documents()
    with click.progressbar(items, label="extracting", file=sys.stderr) if show_progress else _nullbar(items) as bar:
        for document in bar:
            if isinstance(document, SourceError):
                failures += 1
                click.echo(f"Error: {document}", err=True)
                continue
            when = published or (date.fromisoformat(document.published) if document.published else None)
            if published is not None:
                document.published = published.isoformat()
            try:
                statements = find_statements(document.text, language=language or document.language, published=when)
            except ValueError as e:
                failures += 1
                click.echo(f"Error: {document.name}: {e}", err=True)
                continue
            if save:
                _save_extracted(engine, document, statements)
            records = [{**s.as_dict(), "source": document.url or document.name} for s in statements]
            for record in records:
                validate.check("statement", record, f"statement from {document.name}")
            if fmt == "jsonl":
                output.write_rows(records, "jsonl", out)
            else:
                rows.extend(records)
    if fmt != "jsonl":
        output.write_rows(rows, fmt, out, EXTRACT_COLUMNS if fmt == "table" else None)
    if failures:
        raise click.ClickException(f"{failures} input(s) could not be read")


class _nullbar:
    def __init__(self, items: Iterable[Any]):
        self.items = items

    def __enter__(self) -> Iterable[Any]:
        return self.items

    def __exit__(self, *_: Any) -> None:
        return None


def _save_extracted(engine: Engine | None, document: Any, statements: list[Any]) -> None:
    from .ingest import save_document

    try:
        with db.writing(engine) as session:
            saved = save_document(session=session, document=document, statements=statements)
    except InvalidRecord as e:
        raise click.ClickException(_problems_message(e.problems)) from e
    if saved.skipped:
        click.echo(f"{document.name}: already stored, skipped", err=True)
    elif saved.report is not None:
        click.echo(f"{document.name}: saved {len(saved.report.added)} claim(s){_matched(saved.report)}", err=True)
