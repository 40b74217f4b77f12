"""Benchmarks of the claim store (SPEC.md, "Performance"): a standalone script, not part of the test run
(pytest collects test_*.py only).

    python tests/benchmarks/bench_store.py [--claims 100000] [--big 1000000] [--out FILE] [--audit]

It prints a table and writes the figures as JSON (default: CACHE_DIR/bench_store.json). The process is pinned to
one CPU; stores are SQLite files in a temporary directory, except the cached big store.

1. **Import.** A realistic JSON Lines file of ``--claims`` claims as entered (Slovenian-, Croatian- and
   English-like text of 100-200 characters, ~2,000 named speakers with Zipf-like popularity, some given with
   role and kind, ~5,000 sources with url/outlet/title/published, two years of dates, some due dates) is imported
   through the library (``store.save_claims`` inside ``db.writing``, records already parsed; validation
   included) and through the whole command (``claims import FILE.jsonl`` run in-process with click's CliRunner:
   opening the store, reading, JSON parsing, validation, writing). The baseline is raw ``sqlite3`` ``executemany``
   of exactly the rows the store wrote (speakers, aliases, sources, claims, one status event a claim), read back
   from the imported store and inserted into a fresh store made by claims, in one transaction, with the store's
   PRAGMAs (foreign_keys=ON, WAL, synchronous=NORMAL). Goal: within 3x of the baseline.
2. **A store of ``--big`` claims** with ~3 status events each (3,000,000 for 1,000,000 claims), built with raw
   bulk inserts into a store made by ``claims.db.open_store`` and cached in ``--cache-dir`` (the build time is
   printed; ``--rebuild`` builds it again). Its rows are those the store itself would write: ids follow time, the
   claim row's status/verdict/event_count/head_hash agree with its events, and the hash chains are real
   (computed like ``claims.history.event_hash``, checked against it), so ``claims audit`` passes on it. Timed on
   it: ``--incremental`` more claims imported into it (rolled back) against the same import into an empty
   store; ``store.speaker_history`` for a speaker with ~500 claims (goal < 100 ms) and for the largest one;
   ``store.list_rows`` with status=in-review over a month (time to the first row and to all rows);
   ``claims speaker NAME`` as a subprocess (Python start-up included), next to ``claims --version``; and, each in
   a fresh subprocess, the time and peak memory (VmHWM) of streaming ``store.list_records`` over ~100,000 claims,
   and ~10,000 to show that memory does not grow with the count, as JSON Lines to /dev/null. ``--audit`` also
   times ``store.audit`` over the whole big store (minutes).

Short operations are timed best of 3 with ``time.perf_counter`` (the first, coldest run is kept too); imports run
``--runs`` times (default once). Each figure also has the CPU time it used: on a shared machine the difference
between the two is time spent waiting for a core.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import gc
import hashlib
import itertools
import json
import os
import platform
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy
from alembic.config import Config
from alembic.script import ScriptDirectory
from click.testing import CliRunner
from sqlmodel import Session

from claims import db, output, records, store
from claims.cli import cli
from claims.history import event_hash
from claims.matching import text_key
from claims.names import name_key, surname_sound

GENERATOR_VERSION = 4  # bump when the generated data changes, so that cached stores are rebuilt
SEED = 20260131
FIRST_DAY = date(2024, 1, 1)
DAYS = 731  # two years of statements
TABLES = ("speaker", "speaker_alias", "source", "claim", "status_event")

# --- realistic-looking data ----------------------------------------------------------------------------------


def words(text: str, separator: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(separator))


WORDS = {
    "sl": words(
        "vlada ministrstvo predlog zakona proračun državni zbor poslanci pogajanja dogovor mir vojna Ukrajina "
        "Rusija Evropska unija Bruselj davki pokojnine zdravstvo bolnišnice čakalne vrste inflacija cene energija "
        "elektrika plin obnova poplave investicije delavci plače sindikati stavka šolstvo učitelji reforma "
        "konstruktiven pogovor odločitev ukrepi podpora javnost volitve koalicija opozicija referendum ustava "
        "sodišče tožilstvo preiskava korupcija milijonov evrov odstotkov letos lani prihodnje leto ni res je "
        "bomo zagotovili nikoli še vedno najmanj največ pomembno jasno sporočilo država občina Ljubljana Maribor"
    ),
    "hr": words(
        "vlada ministarstvo prijedlog zakona proračun sabor zastupnici pregovori dogovor mir rat Ukrajina Rusija "
        "Europska unija Bruxelles porezi mirovine zdravstvo bolnice liste čekanja inflacija cijene energija struja "
        "plin obnova potres ulaganja radnici plaće sindikati štrajk školstvo učitelji reforma konstruktivan "
        "razgovor odluka mjere potpora javnost izbori koalicija oporba referendum ustav sud državno odvjetništvo "
        "istraga korupcija milijuna eura posto ove godine prošle sljedeće nije istina jest osigurat ćemo nikada "
        "još uvijek najmanje najviše važno jasna poruka država općina Zagreb Split Osijek Rijeka"
    ),
    "en": words(
        "government ministry bill budget parliament lawmakers talks agreement peace war Ukraine Russia European "
        "Union Brussels taxes pensions health hospitals waiting lists inflation prices energy electricity gas "
        "reconstruction floods investment workers wages unions strike schools teachers reform constructive talks "
        "decision measures support public elections coalition opposition referendum constitution court "
        "prosecutors investigation corruption million euros percent this year last year next year is not true "
        "we will ensure never still at least at most important clear message state municipality Washington"
    ),
}
FIRST_NAMES = words(
    "Ana Marko Luka Nina Janez Maja Igor Petra Tomaž Sara Andrej Mateja Boris Vesna Dražen Ivana Goran Mirela "
    "Zoran Jelena Ante Katarina Željko Snježana Nikola Milica Dušan Tanja Aleksandar Branka Kiril Olga Sergej "
    "Natalija Steve Jared Scott Donald Emily John Mary Robert Ursula Kaja Tina Žiga Urška Matej Klemen"
)
LAST_NAMES = words(
    "Novak Horvat Kovačič Krajnc Zupančič Potočnik Mlakar Kos Vidmar Golob Kovačević Babić Marić Jurić Perić "
    "Knežević Vuković Pavlović Šimić Tomić Petrović Jovanović Đorđević Nikolić Dmitrijev Lavrov Peskov Witkoff "
    "Kushner Bessent Smith Johnson Brown Miller Wilson Janša Plenković Milanović Vučić Logar Fajon "
    "Tonin Štefanec Čeh Žagar Rupnik Jerman Bizjak Hribar Koren Lah"
)
ORGANIZATIONS = words(
    "Ministrstvo za zdravje|Ministrstvo za finance|Vlada RS|Vlada RH|Kremlj|Bela hiša|Evropska komisija|"
    "NATO|Banka Slovenije|HNB|Statistični urad|Policijska uprava Ljubljana|"
    "Ministarstvo unutarnjih poslova|Državna volilna komisija|Sindikat vzgoje in izobraževanja|"
    "Zavod za zdravstveno zavarovanje|Agencija za energijo|Ustavno sodišče|Vrhovno sodišče|"
    "Gospodarska zbornica|Civilna zaščita|Ministry of Defence|State Department|Pentagon",
    "|",
)
ROLES = words(
    "minister|ministrica|poslanec|poslanka|predsednik vlade|župan|veleposlanik|odposlanec|glasnogovornik|"
    "državni sekretar|ministar|zastupnik|gradonačelnik|spokesperson|envoy",
    "|",
)
OUTLETS = {
    "sl": ("STA", "Delo", "Dnevnik", "Večer", "24ur", "RTV Slovenija", "N1 Slovenija", "Mladina", "Siol"),
    "hr": ("HINA", "Jutarnji list", "Večernji list", "Index.hr", "HRT", "Nova TV", "N1 Hrvatska", "Telegram"),
    "en": ("Reuters", "AFP", "AP", "BBC", "Politico", "The Guardian", "Euronews"),
}
CUES = {
    "sl": ("je dejal", "je povedala", "je zapisal", "je poudaril", "je sporočila", "je zatrdil", "je opozoril"),
    "hr": ("je rekao", "je izjavila", "je napisao", "je naglasio", "je poručila", "je tvrdio", "je upozorio"),
    "en": ("said", "told reporters", "wrote", "stressed", "claimed", "warned", "posted"),
}
QUOTE_TYPES = ("direct", "indirect", "indirect", "mixed")
CHANNELS = ("X", "Instagram", "Facebook", "TV", "radio", "press conference", "AFP", "parliament")
ANNOTATORS = ("ana", "marko", "nina", "luka", "petra", "igor", "maja", "sara", "tomaz", "annotator")
REVIEWERS = ("Ana Novak", "Marko Horvat", "Nina Kos", "Luka Vidmar", "Petra Golob", "Igor Babić")
VERDICTS = ("false", "mostly-false", "mixed", "mostly-true", "true", "misleading", "unverifiable")
VERDICT_WEIGHTS = (25, 15, 15, 15, 15, 10, 5)
# How many events a claim of the big store has: unverified, in-review, a verdict, needs-recheck, a new verdict.
EVENT_COUNTS = (1, 2, 3, 4, 5)
EVENT_COUNT_WEIGHTS = (10, 20, 40, 20, 10)  # mean 3.0


_WORD_LENGTH = {language: sum(len(w) + 1 for w in ws) / len(ws) for language, ws in WORDS.items()}


def day(n: int) -> date:
    return FIRST_DAY + timedelta(days=n)


def sentence(rng: random.Random, language: str, low: int = 100, high: int = 200) -> str:
    """Words of `language` drawn at random, about `low` to `high` characters."""
    count = max(2, round(rng.uniform(low, high) / _WORD_LENGTH[language]))
    text = " ".join(rng.choices(WORDS[language], k=count))
    return text[0].upper() + text[1:] + "."


@dataclass(frozen=True)
class SpeakerInfo:
    name: str
    kind: str
    role: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class SourceInfo:
    url: str
    outlet: str
    title: str
    language: str
    published: date


@dataclass
class World:
    """Speakers (with Zipf-like popularity, as in the news) and sources, sorted by publication date."""

    speakers: list[SpeakerInfo]
    weights: list[float]
    sources: list[SourceInfo]
    cumulative: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.cumulative = list(itertools.accumulate(self.weights))

    def pick_speaker(self, rng: random.Random) -> int:
        return bisect.bisect_left(self.cumulative, rng.random() * self.cumulative[-1])


def make_world(rng: random.Random, n_speakers: int, n_sources: int) -> World:
    speakers = [SpeakerInfo(name, "organization", None, ()) for name in ORGANIZATIONS[: n_speakers // 50]]
    names = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(names)
    seen = {name_key(s.name) for s in speakers}
    middle = iter(itertools.cycle("ABCDEFGHIJKLMNOPRSTUVZ"))
    for name in itertools.cycle(names):
        if len(speakers) >= n_speakers:
            break
        if name_key(name) in seen:  # past the combinations of first and last names: add a middle initial
            first, last = name.split(" ", 1)
            name = f"{first} {next(middle)}. {last}"
            if name_key(name) in seen:
                continue
        seen.add(name_key(name))
        last = name.rsplit(" ", 1)[1]
        aliases = (f"{name.split(' ', 1)[0][0]}. {last}",) if rng.random() < 0.25 else ()
        speakers.append(SpeakerInfo(name, "person", rng.choice(ROLES) if rng.random() < 0.6 else None, aliases))
    order = list(range(len(speakers)))
    rng.shuffle(order)  # popularity independent of the order speakers were made in
    weights = [0.0] * len(speakers)
    for rank, index in enumerate(order, 1):
        weights[index] = 1.0 / rank**0.85
    sources = []
    for n in range(n_sources):
        language = rng.choices(("sl", "hr", "en"), (55, 30, 15))[0]
        outlet = rng.choice(OUTLETS[language])
        published = day(n * DAYS // n_sources)
        slug = "-".join(name_key(sentence(rng, language, 30, 50)).split()[:6])
        domain = name_key(outlet).replace(" ", "") + ".example"
        sources.append(
            SourceInfo(
                f"https://{domain}/{published:%Y/%m/%d}/{slug}-{n}",
                outlet,
                sentence(rng, language, 40, 90).rstrip("."),
                language,
                published,
            )
        )
    return World(speakers, weights, sources)


def claim_as_entered(rng: random.Random, world: World) -> dict[str, Any]:
    """One claim as a person or the extractor enters it (claim.schema.json), with its source."""
    speaker = world.speakers[world.pick_speaker(rng)]
    source = world.sources[rng.randrange(len(world.sources))]
    language = source.language
    said_on = source.published - timedelta(days=rng.choice((0, 0, 0, 1)))
    claim: dict[str, Any] = {"text": sentence(rng, language)}
    if rng.random() < 0.2:
        spec: dict[str, Any] = {"name": speaker.name, "kind": speaker.kind}
        if speaker.role:
            spec["role"] = speaker.role
        claim["speaker"] = spec
    else:
        claim["speaker"] = speaker.name
        if speaker.kind != "person":
            claim["speaker_kind"] = speaker.kind
    claim["quote_type"] = rng.choice(QUOTE_TYPES)
    claim["cue"] = rng.choice(CUES[language])
    if rng.random() < 0.3:
        claim["channel"] = rng.choice(CHANNELS)
    claim["language"] = language
    claim["said_on"] = said_on.isoformat()
    if rng.random() < 0.05:
        claim["due"] = (said_on + timedelta(days=rng.randint(30, 365))).isoformat()
    claim["recorded_by"] = rng.choice(ANNOTATORS)
    if rng.random() < 0.3:
        claim["confidence"] = round(rng.uniform(0.5, 1.0), 3)
    claim["source"] = {
        "url": source.url,
        "outlet": source.outlet,
        "title": source.title,
        "language": source.language,
        "published": source.published.isoformat(),
    }
    return claim


def write_corpus(path: Path, n_claims: int, seed: int = SEED) -> None:
    rng = random.Random(seed)
    world = make_world(rng, 2000, 5000)
    with path.open("w", encoding="utf-8") as out:
        for _ in range(n_claims):
            out.write(json.dumps(claim_as_entered(rng, world), ensure_ascii=False) + "\n")


# --- timing and helpers --------------------------------------------------------------------------------------


@dataclass
class Timing:
    """Wall-clock times (time.perf_counter) of each run, with the CPU time it used (this process's, or its
    children's for a subprocess): on a shared machine the CPU time shows what waiting for a core added."""

    wall: list[float]
    cpu: list[float]

    @property
    def best(self) -> float:
        return min(self.wall)

    @property
    def first(self) -> float:
        return self.wall[0]

    def as_dict(self) -> dict[str, Any]:
        return {"best_s": self.best, "first_s": self.first, "runs_s": self.wall, "cpu_best_s": min(self.cpu)}

    def add(self, other: Timing) -> None:
        self.wall += other.wall
        self.cpu += other.cpu


def cpu_time(children: bool = False) -> float:
    if not children:
        return time.process_time()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def best_of(function: Callable[[], Any], runs: int = 3, *, children: bool = False) -> Timing:
    timing = Timing([], [])
    for _ in range(runs):
        gc.collect()
        cpu, start = cpu_time(children), time.perf_counter()
        function()
        timing.wall.append(time.perf_counter() - start)
        timing.cpu.append(cpu_time(children) - cpu)
    return timing


def connect_raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the PRAGMAs claims.db sets on every connection to a store file."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=60)
    for pragma in ("foreign_keys=ON", "busy_timeout=60000", "journal_mode=WAL", "synchronous=NORMAL"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def new_store(path: Path) -> None:
    """An empty store at `path`, made (and migrated) by claims itself."""
    remove_store(path)
    engine = db.open_store(str(path))
    engine.dispose()


def remove_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def table_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        connection.close()


def peak_rss_mib() -> float:
    """This process's peak resident memory. VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over
    from the parent through fork and exec, so a child started by a big process would report the parent's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# --- 1. import -----------------------------------------------------------------------------------------------


def bench_import(workdir: Path, n_claims: int, runs: int) -> dict[str, Any]:
    corpus = workdir / "claims.jsonl"
    start = time.perf_counter()
    write_corpus(corpus, n_claims)
    result: dict[str, Any] = {
        "claims": n_claims,
        "file_mib": corpus.stat().st_size / 2**20,
        "generate_s": time.perf_counter() - start,
    }
    parsed: list[tuple[str, Any]] = []

    def parse() -> None:
        with corpus.open("rb") as stream:
            parsed[:] = records.read_records(stream, "jsonl")

    result["parse"] = best_of(parse, 1).as_dict()

    library_db = workdir / "library.db"
    library = Timing([], [])
    for _ in range(runs):
        new_store(library_db)
        timing, report = timed_import(library_db, parsed, commit=True)
        library.add(timing)
        if len(report.added) != n_claims:
            raise SystemExit(f"the library import added {len(report.added)} of {n_claims} claims")
    parsed.clear()
    written = table_counts(library_db)
    result["rows_written"] = written

    cli_db = workdir / "cli.db"
    runner = CliRunner()

    def cli_import() -> None:
        outcome = runner.invoke(cli, ["--db", str(cli_db), "import", str(corpus)], catch_exceptions=False)
        if outcome.exit_code != 0 or f"imported {n_claims} claim(s)" not in outcome.output:
            raise SystemExit(f"claims import failed ({outcome.exit_code}): {outcome.output[-2000:]}")

    command = Timing([], [])
    for _ in range(runs):
        new_store(cli_db)  # an existing, empty store: what the command opens is timed, not its creation
        command.add(best_of(cli_import, 1))
    if table_counts(cli_db) != written:
        raise SystemExit(f"the CLI wrote {table_counts(cli_db)}, the library {written}")

    rows = read_rows(library_db)
    raw_db = workdir / "raw.db"

    def raw_insert(cache_kib: int | None = None) -> Timing:
        new_store(raw_db)
        connection = connect_raw(raw_db)
        if cache_kib:
            connection.execute(f"PRAGMA cache_size=-{cache_kib}")

        def insert() -> None:
            connection.execute("BEGIN IMMEDIATE")
            for table, (columns, table_rows) in rows.items():
                marks = ", ".join("?" * len(columns))
                connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", table_rows)
            connection.execute("COMMIT")

        try:
            timing = best_of(insert, 1)
        finally:
            connection.close()
        if table_counts(raw_db) != written:
            raise SystemExit(f"the raw insert wrote {table_counts(raw_db)}, the store {written}")
        return timing

    raw = Timing([], [])
    for _ in range(max(3, runs)):  # a fresh store each time, so best of 3 by hand
        raw.add(raw_insert())
    result.update(
        raw=raw.as_dict(),
        raw_cache_64mib=raw_insert(65536).as_dict(),
        library=library.as_dict(),
        cli=command.as_dict(),
        library_ratio=library.best / raw.best,
        cli_ratio=command.best / raw.best,
        library_ratio_cpu=min(library.cpu) / min(raw.cpu),
        cli_ratio_cpu=min(command.cpu) / min(raw.cpu),
        claims_per_s_cli=n_claims / command.best,
    )
    return result


def read_rows(path: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every row the store wrote, table by table, in the order the tables must be filled."""
    connection = sqlite3.connect(path)
    try:
        found = {}
        for table in TABLES:
            cursor = connection.execute(f"SELECT * FROM {table} ORDER BY id")
            found[table] = ([d[0] for d in cursor.description], cursor.fetchall())
        return found
    finally:
        connection.close()


# --- 2. the big store ----------------------------------------------------------------------------------------

_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_json = functools.cache(_compact)  # for the few distinct statuses, reviewers, notes and ids


def fast_event_hash(
    claim: str,
    seq: int,
    status: str,
    rating_note: str | None,
    rationale: str | None,
    evidence: list[str],
    reviewer: str,
    recorded_at: str,
    prev_hash: str | None,
) -> str:
    """claims.history.event_hash spelled out for speed: the same canonical JSON (keys sorted, compact), hashed.
    `recorded_at` is already canonical (ISO 8601, UTC, microseconds). Checked against event_hash while building."""
    body = (
        f'{{"claim":"{claim}","evidence":{_compact(evidence) if evidence else "[]"},"prev_hash":{_json(prev_hash)},'
        f'"rating_note":{_json(rating_note)},"rationale":{_json(rationale)},"recorded_at":"{recorded_at}",'
        f'"reviewer":{_json(reviewer)},"seq":{seq},"status":{_json(status)}}}'
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def big_store_meta(n_claims: int) -> dict[str, Any]:
    config = Config()
    config.set_main_option("script_location", "claims:migrations")
    head = ScriptDirectory.from_config(config).get_current_head()
    return {"claims": n_claims, "generator": GENERATOR_VERSION, "schema": head}


def ensure_big_store(cache_dir: Path, n_claims: int, rebuild: bool) -> tuple[Path, dict[str, Any]]:
    path = cache_dir / f"store-{n_claims}.db"
    meta_path = cache_dir / f"store-{n_claims}.json"
    wanted = big_store_meta(n_claims)
    if not rebuild and path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if all(meta.get(k) == v for k, v in wanted.items()):
            print(f"big store: cached at {path} (built in {meta['build_s']:.0f} s; --rebuild builds it again)")
            return path, meta | {"cached": True}
    meta_path.unlink(missing_ok=True)
    print(f"big store: building {n_claims:,} claims at {path} ...", flush=True)
    start = time.perf_counter()
    meta = build_big_store(path, n_claims)
    meta.update(wanted, build_s=time.perf_counter() - start, file_mib=path.stat().st_size / 2**20)
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    print(f"big store: built in {meta['build_s']:.0f} s ({meta['file_mib']:.0f} MiB)", flush=True)
    return path, meta | {"cached": False}


Event = tuple[str, str, str, str | None, str | None, list[str]]  # status, canonical time, reviewer, notes, evidence


def build_big_store(path: Path, n_claims: int) -> dict[str, Any]:
    """Fill a store made by claims with `n_claims` claims, ~3 events each, in the order they were recorded
    (ids follow time, as in a real store). The rows are those save_claims and record_status would write."""
    new_store(path)
    rng = random.Random(SEED + 1)
    world = make_world(rng, 2000, max(5000, n_claims // 20))
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=OFF")  # a new file: on failure it is thrown away, not rolled back
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA cache_size=-1000000")
    indexes = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('claim', 'status_event')"
    ).fetchall()
    connection.execute("BEGIN")
    for name, _ in indexes:  # quicker built once at the end; the UNIQUE constraints' own indexes stay
        connection.execute(f"DROP INDEX {name}")

    start_of_store = datetime(2024, 1, 1, tzinfo=UTC)
    speaker_rows: list[tuple[Any, ...]] = []
    alias_rows: list[tuple[int, int, str, str, str]] = []
    for n, speaker in enumerate(world.speakers, 1):
        added = _stored(_canonical(start_of_store + timedelta(seconds=n)))
        speaker_rows.append((n, speaker.name, name_key(speaker.name), speaker.kind, speaker.role, None, None, added))
        for alias in (speaker.name, *speaker.aliases):
            alias_rows.append((len(alias_rows) + 1, n, alias, name_key(alias), surname_sound(alias)))
    connection.executemany("INSERT INTO speaker VALUES (?, ?, ?, ?, ?, ?, ?, ?)", speaker_rows)
    connection.executemany("INSERT INTO speaker_alias VALUES (?, ?, ?, ?, ?)", alias_rows)
    connection.executemany(
        "INSERT INTO source (id, sha256, url, outlet, title, language, published, added_at, text) "
        "VALUES (?, NULL, ?, ?, ?, ?, ?, ?, NULL)",
        (
            (n, s.url, s.outlet, s.title, s.language, s.published.isoformat(), f"{s.published} 08:00:00.000000")
            for n, s in enumerate(world.sources, 1)
        ),
    )
    events_total = checked = 0
    n_sources = len(world.sources)
    texts = {language: [sentence(rng, language) for _ in range(20_000)] for language in WORDS}  # quicker than new
    text_keys: dict[str, str] = {}
    verdicts = frozenset(VERDICTS)
    chunk = 50_000
    for chunk_start in range(0, n_claims, chunk):
        claim_rows, event_rows = [], []
        for claim_id in range(chunk_start + 1, min(n_claims, chunk_start + chunk) + 1):
            source_index = min(n_sources - 1, max(0, (claim_id - 1) * n_sources // n_claims + rng.randint(-2, 2)))
            source = world.sources[source_index]
            said_on = source.published - timedelta(days=rng.random() < 0.25)
            language = source.language
            short_id = store.derive_short_id(f"bench\x1f{claim_id}")
            created_at = datetime(said_on.year, said_on.month, said_on.day, tzinfo=UTC) + timedelta(
                seconds=rng.uniform(6 * 3600, 48 * 3600)
            )
            recorded_by = rng.choice(ANNOTATORS)
            history = _history(rng, recorded_by, created_at)
            previous: str | None = None
            verdict = verdict_at = None
            for seq, (status, moment, reviewer, rationale, rating_note, evidence) in enumerate(history, 1):
                digest = fast_event_hash(
                    short_id, seq, status, rating_note, rationale, evidence, reviewer, moment, previous
                )
                if checked < 2000:  # the fast spelling must agree with the store's own hash
                    expected = event_hash(
                        claim=short_id,
                        seq=seq,
                        status=status,
                        rating_note=rating_note,
                        rationale=rationale,
                        evidence=evidence,
                        reviewer=reviewer,
                        recorded_at=datetime.fromisoformat(moment),
                        prev_hash=previous,
                    )
                    if digest != expected:
                        raise SystemExit("fast_event_hash disagrees with claims.history.event_hash")
                    checked += 1
                events_total += 1
                stored_moment = _stored(moment)
                event_rows.append(
                    (
                        events_total,
                        claim_id,
                        seq,
                        status,
                        rating_note,
                        rationale,
                        json.dumps(evidence),
                        reviewer,
                        stored_moment,
                        previous,
                        digest,
                    )
                )
                previous = digest
                if status in verdicts:
                    verdict, verdict_at = status, stored_moment
            due = (said_on + timedelta(days=rng.randint(30, 365))).isoformat() if rng.random() < 0.05 else None
            text = rng.choice(texts[language])
            if text not in text_keys:
                text_keys[text] = text_key(text)
            claim_rows.append(
                (
                    claim_id,
                    short_id,
                    text,
                    world.pick_speaker(rng) + 1,
                    source_index + 1,
                    rng.choice(QUOTE_TYPES),
                    rng.choice(CUES[language]),
                    rng.choice(CHANNELS) if rng.random() < 0.3 else None,
                    None,
                    None,
                    language,
                    said_on.isoformat(),
                    due,
                    recorded_by,
                    round(rng.uniform(0.5, 1.0), 3) if rng.random() < 0.3 else None,
                    _stored(history[0][1]),
                    history[-1][0],
                    _stored(history[-1][1]),
                    verdict,
                    verdict_at,
                    len(history),
                    previous,
                    text_keys[text],  # text_key (migration 0005)
                    None,  # same_as
                )
            )
        connection.executemany(f"INSERT INTO claim VALUES ({', '.join('?' * 24)})", claim_rows)
        connection.executemany(f"INSERT INTO status_event VALUES ({', '.join('?' * 11)})", event_rows)
        print(f"  {chunk_start + len(claim_rows):>9,} claims, {events_total:>9,} events", end="\r", flush=True)
    print()
    for _, sql in indexes:
        connection.execute(sql)
    connection.execute("COMMIT")
    connection.execute("PRAGMA journal_mode=WAL")  # as the store keeps it
    connection.close()
    return {
        "speakers": len(speaker_rows),
        "sources": n_sources,
        "status_events": events_total,
        "hashes": "real: the chains are computed like claims.history.event_hash, so `claims audit` passes",
    }


def _canonical(moment: datetime) -> str:
    """claims.history.canonical_time: ISO 8601 in UTC with microseconds."""
    return moment.isoformat(timespec="microseconds")


def _stored(canonical: str) -> str:
    """A canonical timestamp as SQLAlchemy writes it to SQLite: '2025-03-01 10:00:00.000000', UTC, no zone."""
    return f"{canonical[:10]} {canonical[11:26]}"


def _history(rng: random.Random, recorded_by: str, created: datetime) -> list[Event]:
    """A claim's status events: unverified, then in-review, a verdict, needs-recheck, a new verdict."""
    count = rng.choices(EVENT_COUNTS, EVENT_COUNT_WEIGHTS)[0]
    events: list[Event] = [("unverified", _canonical(created), recorded_by, "recorded", None, [])]
    moment = created
    reviewer = rng.choice(REVIEWERS)
    for step in range(2, count + 1):
        if step == 2:
            moment += timedelta(seconds=rng.uniform(3600, 5 * 86400))
            events.append(("in-review", _canonical(moment), reviewer, "asked the ministry for the data", None, []))
        elif step in (3, 5):
            moment += timedelta(seconds=rng.uniform(86400, 20 * 86400))
            verdict = rng.choices(VERDICTS, VERDICT_WEIGHTS)[0]
            evidence = [f"https://evidence.example/{rng.randrange(10**6)}" for _ in range(rng.randrange(3))]
            note = verdict.replace("-", " ")
            events.append((verdict, _canonical(moment), reviewer, "compared with official statistics", note, evidence))
        else:
            moment += timedelta(seconds=rng.uniform(30 * 86400, 200 * 86400))
            events.append(("needs-recheck", _canonical(moment), rng.choice(REVIEWERS), "new figures", None, []))
    return events


def pick_speaker(path: Path, target: int) -> tuple[str, int, str, int]:
    """The speaker whose claim count is closest to `target`, and the one with the most claims."""
    connection = sqlite3.connect(path)
    try:
        counts = connection.execute(
            "SELECT speaker.name, count(*) FROM claim JOIN speaker ON speaker.id = claim.speaker_id "
            "GROUP BY speaker.id ORDER BY count(*) DESC"
        ).fetchall()
    finally:
        connection.close()
    near = min(counts, key=lambda row: (abs(row[1] - target), row[0]))
    return near[0], near[1], counts[0][0], counts[0][1]


def date_window(path: Path, count: int, start: date) -> tuple[date, date]:
    """Since/until (inclusive) of about `count` claims said from `start` on."""
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT said_on FROM claim WHERE said_on >= ? ORDER BY said_on LIMIT 1 OFFSET ?",
            (start.isoformat(), count - 1),
        ).fetchone()
    finally:
        connection.close()
    return start, date.fromisoformat(row[0]) if row else day(DAYS)


def timed_import(db_path: Path, parsed: list[tuple[str, Any]], *, commit: bool) -> tuple[Timing, store.SaveReport]:
    """store.save_claims of `parsed` into the store at `db_path`, in one writing transaction: committed (as
    db.writing does; the commit is timed) or rolled back, which leaves the store as it was."""
    engine = db.open_store(str(db_path), create=False)
    reports: list[store.SaveReport] = []

    def save() -> None:
        with db.writing(engine) as session:
            reports.append(store.save_claims(session=session, records=parsed))

    try:
        if commit:
            return best_of(save, 1), reports[0]
        with Session(engine.execution_options(claims_write=True)) as session:
            session.begin()
            timing = best_of(lambda: reports.append(store.save_claims(session=session, records=parsed)), 1)
            session.rollback()
        return timing, reports[0]
    finally:
        engine.dispose()


def bench_incremental(path: Path, n_claims: int) -> dict[str, Any]:
    """The same new claims (their sources new, most speakers known) imported into an empty store and into the big
    one, where the transaction is rolled back so that the cached store stays as it was built."""
    with tempfile.TemporaryDirectory(prefix="claims-bench-") as workdir:
        corpus, empty = Path(workdir) / "more.jsonl", Path(workdir) / "empty.db"
        write_corpus(corpus, n_claims, seed=SEED + 2)
        with corpus.open("rb") as stream:
            parsed = list(records.read_records(stream, "jsonl"))
        new_store(empty)
        into_empty, _ = timed_import(empty, parsed, commit=False)
        into_big, report = timed_import(path, parsed, commit=False)
    if len(report.added) + len(report.linked) != n_claims:
        raise SystemExit(f"added {len(report.added)} of {n_claims} claims to the big store")
    return {
        "claims": n_claims,
        "linked": len(report.linked),  # found to repeat a stored claim (claim matching)
        "suggested": len(report.suggested),
        "sources": len({data["source"]["url"] for _, data in parsed}),
        "new_speakers": len(report.new_speakers),
        "empty_store": into_empty.as_dict(),
        "big_store": into_big.as_dict(),
        "slowdown": into_big.best / into_empty.best,
    }


def bench_big(path: Path, cli_exe: list[str], incremental: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if incremental:
        result["incremental_import"] = bench_incremental(path, incremental)
    name, claims_of, top_name, top_claims = pick_speaker(path, 500)
    engine = db.open_store(str(path), create=False)
    try:

        def history(query: str, expected: int) -> Callable[[], None]:
            def run() -> None:
                with db.reading(engine) as session:
                    _, rows, _ = store.speaker_history(session=session, query=query)
                if len(rows) != expected:
                    raise SystemExit(f"speaker_history found {len(rows)} claims of {query}, expected {expected}")

            return run

        timing = best_of(history(name, claims_of))
        result["speaker_history"] = {"speaker": name, "claims": claims_of, **timing.as_dict()}
        timing = best_of(history(top_name, top_claims), 1)
        result["speaker_history_largest"] = {"speaker": top_name, "claims": top_claims, **timing.as_dict()}

        since, until = date(2025, 3, 1), date(2025, 3, 31)
        filters = store.ClaimFilter(status="in-review", since=since, until=until)
        first_rows: list[float] = []
        counts: set[int] = set()

        def listing() -> None:
            start = time.perf_counter()
            n = 0
            with db.reading(engine) as session:
                for n, _ in enumerate(store.list_rows(session=session, filters=filters), 1):
                    if n == 1:
                        first_rows.append(time.perf_counter() - start)
            counts.add(n)

        timing = best_of(listing)
        result["list_rows"] = {
            "filter": f"status=in-review, said_on {since}..{until}",
            "rows": max(counts),
            "first_row_best_s": min(first_rows),
            "first_row_first_s": first_rows[0],
            **timing.as_dict(),
        }
    finally:
        engine.dispose()

    def run_command(*args: str) -> Callable[[], None]:
        def run() -> None:
            subprocess.run([*cli_exe, *args], check=True, stdout=subprocess.DEVNULL)

        return run

    timing = best_of(run_command("--db", str(path), "speaker", name), children=True)
    result["claims_speaker_cli"] = {"command": f"claims speaker {name!r}", **timing.as_dict()}
    timing = best_of(run_command("--version"), children=True)
    result["claims_version_cli"] = {"command": "claims --version (start-up alone)", **timing.as_dict()}

    result["list_records_memory"] = []
    for count in (10_000, 100_000):
        since, until = date_window(path, count, date(2024, 6, 1))
        child = subprocess.run(
            [sys.executable, __file__, "--stream-child", str(path), since.isoformat(), until.isoformat()],
            check=True,
            capture_output=True,
            text=True,
        )
        result["list_records_memory"].append(json.loads(child.stdout))
    return result


def stream_child(path: str, since: str, until: str) -> None:
    """In a fresh process: stream list_records as JSON Lines to /dev/null; report the time and peak memory."""
    baseline = peak_rss_mib()
    engine = db.open_store(path, create=False)
    filters = store.ClaimFilter(since=date.fromisoformat(since), until=date.fromisoformat(until))
    with db.reading(engine) as session:  # warm up: the modules loaded, the queries compiled
        one_day = store.ClaimFilter(since=date.fromisoformat(since), until=date.fromisoformat(since))
        next(iter(store.list_records(session=session, filters=one_day)), None)
    before = peak_rss_mib()
    cpu, start = time.process_time(), time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as devnull, db.reading(engine) as session:
        count = output.write_rows(store.list_records(session=session, filters=filters), "jsonl", devnull)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = peak_rss_mib()
    print(
        json.dumps(
            {
                "records": count,
                "since": since,
                "until": until,
                "seconds": seconds,
                "cpu_s": cpu,
                "records_per_s": count / seconds,
                "rss_after_imports_mib": baseline,
                "rss_before_mib": before,
                "rss_peak_mib": peak,
                "rss_growth_mib": peak - before,
            }
        )
    )


def audit_big(path: Path) -> dict[str, Any]:
    engine = db.open_store(str(path), create=False)
    problems: list[Any] = []

    def run() -> None:
        with db.reading(engine) as session:
            problems.extend(store.audit(session=session))

    try:
        return {**best_of(run, 1).as_dict(), "problems": len(problems)}
    finally:
        engine.dispose()


# --- the report ----------------------------------------------------------------------------------------------


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def table_lines(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    lines: list[tuple[str, str, str]] = []
    imp = results.get("import")
    if imp:
        raw, library, command = imp["raw"], imp["library"], imp["cli"]
        lines += [
            (
                f"import {imp['claims']:,} claims: raw sqlite3 executemany",
                ms(raw["best_s"]),
                f"cpu {ms(raw['cpu_best_s'])}",
            ),
            ("  raw, with PRAGMA cache_size=-65536 (64 MiB)", ms(imp["raw_cache_64mib"]["best_s"]), "for comparison"),
            (
                "  store.save_claims (records parsed)",
                ms(library["best_s"]),
                f"cpu {ms(library['cpu_best_s'])}; {imp['library_ratio']:.1f}x raw ({imp['library_ratio_cpu']:.1f}x "
                "in cpu); goal <= 3x",
            ),
            (
                "  claims import FILE.jsonl (CliRunner)",
                ms(command["best_s"]),
                f"cpu {ms(command['cpu_best_s'])}; {imp['cli_ratio']:.1f}x raw ({imp['cli_ratio_cpu']:.1f}x in cpu); "
                f"{imp['claims_per_s_cli']:,.0f} claims/s",
            ),
            ("  reading and parsing the JSONL alone", ms(imp["parse"]["best_s"]), f"{imp['file_mib']:.0f} MiB"),
        ]
    big = results.get("big")
    if big:
        meta = results["big_store"]
        lines.append(
            (
                f"big store: {meta['claims']:,} claims, {meta['status_events']:,} events",
                ms(meta["build_s"]),
                f"build time ({'cached' if meta['cached'] else 'built now'}); {meta['file_mib']:,.0f} MiB",
            )
        )
        inc = big.get("incremental_import")
        if inc:
            lines.append(
                (
                    f"import {inc['claims']:,} more claims ({inc['sources']:,} new sources) into the big store",
                    ms(inc["big_store"]["best_s"]),
                    f"cpu {ms(inc['big_store']['cpu_best_s'])}; {inc['slowdown']:.1f}x the same import into an "
                    f"empty store ({ms(inc['empty_store']['best_s'])})",
                )
            )
        h = big["speaker_history"]
        lines.append(
            (
                f"store.speaker_history, {h['claims']} claims",
                ms(h["best_s"]),
                f"first {ms(h['first_s'])}, cpu {ms(h['cpu_best_s'])}; goal < 100 ms",
            )
        )
        h = big["speaker_history_largest"]
        lines.append((f"  the largest speaker, {h['claims']:,} claims", ms(h["best_s"]), "one run"))
        r = big["list_rows"]
        lines.append(
            (
                f"store.list_rows {r['filter']}: first row",
                ms(r["first_row_best_s"]),
                f"first {ms(r['first_row_first_s'])}",
            )
        )
        lines.append((f"  all {r['rows']:,} rows", ms(r["best_s"]), f"first {ms(r['first_s'])}"))
        for key in ("claims_speaker_cli", "claims_version_cli"):
            c = big[key]
            lines.append((f"{c['command']}, subprocess", ms(c["best_s"]), f"cpu {ms(c['cpu_best_s'])}"))
        for m in big["list_records_memory"]:
            lines.append(
                (
                    f"store.list_records -> /dev/null, {m['records']:,} claims",
                    ms(m["seconds"]),
                    f"peak RSS {m['rss_peak_mib']:.0f} MiB (+{m['rss_growth_mib']:.0f} while streaming); "
                    f"{m['records_per_s']:,.0f} records/s",
                )
            )
        if "audit" in big:
            a = big["audit"]
            lines.append(("store.audit, every hash chain", ms(a["best_s"]), f"{a['problems']} problems"))
    return lines


def print_table(results: dict[str, Any]) -> None:
    lines = table_lines(results)
    width = max(len(label) for label, _, _ in lines)
    print()
    for label, value, note in lines:
        print(f"{label:<{width}}  {value:>10}  {note}")
    load = results["environment"]["load_average"]
    print(f"\nload average (1 min) at the start {load['start']:.2f}, at the end {load['end']:.2f}")


def git(*args: str) -> str:
    try:
        found = subprocess.run(["git", *args], capture_output=True, text=True, cwd=Path(__file__).parent, check=False)
    except OSError:
        return ""
    return found.stdout.strip()


def environment() -> dict[str, Any]:
    package = Path(store.__file__).parent
    return {
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "machine": platform.machine(),
        "processor": _cpu_model(),
        "cpus": os.cpu_count(),
        "commit": git("rev-parse", "--short", "HEAD"),
        "uncommitted_changes": git("status", "--porcelain", "--", str(package)).splitlines(),
        "store_py_sha256": hashlib.sha256((package / "store.py").read_bytes()).hexdigest()[:16],
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "load_average": {"start": os.getloadavg()[0]},
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def idlest_cpu() -> int:
    """Of the CPUs this process may use, the one most idle over the last half second (the last one if unknown)."""
    allowed = sorted(os.sched_getaffinity(0))

    def idle() -> dict[int, int]:
        found = {}
        for line in Path("/proc/stat").read_text().splitlines():
            name, *fields = line.split()
            if name.startswith("cpu") and name[3:].isdigit():
                found[int(name[3:])] = int(fields[3]) + int(fields[4])  # idle + iowait
        return found

    try:
        before = idle()
        time.sleep(0.5)
        after = idle()
    except OSError:
        return allowed[-1]
    return max(allowed, key=lambda cpu: (after.get(cpu, 0) - before.get(cpu, 0), cpu))


def cli_command() -> list[str]:
    script = Path(sys.executable).parent / "claims"
    return [str(script)] if script.exists() else [sys.executable, "-m", "claims"]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Benchmarks of the claim store (see the module's docstring).")
    parser.add_argument("--claims", type=int, default=100_000, help="claims to import [%(default)s]")
    parser.add_argument("--big", type=int, default=1_000_000, help="claims in the big store [%(default)s]")
    parser.add_argument("--runs", type=int, default=1, help="runs of each import; the best is reported [%(default)s]")
    parser.add_argument("--out", type=Path, help="write the figures here as JSON [CACHE_DIR/bench_store.json]")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "claims-bench",
        help="where the big store is kept between runs [%(default)s]",
    )
    parser.add_argument(
        "--incremental", type=int, default=2000, help="claims imported into the big store, rolled back [%(default)s]"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the big store even when it is cached")
    parser.add_argument("--skip-import", action="store_true", help="only the big-store benchmarks")
    parser.add_argument("--skip-big", action="store_true", help="only the import benchmarks")
    parser.add_argument("--audit", action="store_true", help="also time store.audit over the big store (slow)")
    parser.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU")
    parser.add_argument("--stream-child", nargs=3, metavar=("DB", "SINCE", "UNTIL"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if args.stream_child:
        stream_child(*args.stream_child)
        return
    if not args.no_pin and hasattr(os, "sched_setaffinity"):
        cpu = idlest_cpu()
        os.sched_setaffinity(0, {cpu})  # one core; the subprocesses inherit it
        print(f"pinned to CPU {cpu}")
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    out = args.out or args.cache_dir / "bench_store.json"
    results: dict[str, Any] = {"environment": environment()}
    if not args.skip_import:
        with tempfile.TemporaryDirectory(prefix="claims-bench-") as workdir:
            print(f"import: {args.claims:,} claims ...", flush=True)
            results["import"] = bench_import(Path(workdir), args.claims, args.runs)
    if not args.skip_big:
        path, meta = ensure_big_store(args.cache_dir, args.big, args.rebuild)
        results["big_store"] = meta
        print("big store: timing ...", flush=True)
        results["big"] = bench_big(path, cli_command(), args.incremental)
        if args.audit:
            print("audit ...", flush=True)
            results["big"]["audit"] = audit_big(path)
    results["environment"]["load_average"]["end"] = os.getloadavg()[0]
    results["peak_rss_mib"] = peak_rss_mib()
    print_table(results)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(f"figures written to {out}")


if __name__ == "__main__":
    main()
