"""Speed benchmark of the statement extractor (SPEC.md, "Performance"; issue 3, point 7): a standalone script,
not part of the test run (pytest does not collect ``bench_*.py``).

    python tests/benchmarks/bench_extract.py [--mb 10] [--json FILE] [--adversarial-mb 1] [--cap 30] [--compiled]

``--compiled`` builds the mypyc-compiled extractor of the checkout (``hatch_build.py``; cached per version of the
source) and runs the benchmark on it; the report names the build it measured.

The extractor is single-threaded: speeds are characters of input / 1e6 per CPU second of this one process
(``time.process_time``, ``--pin`` also pins it to one CPU). CPU time depends much less on other load than wall time
does, but on a busy shared machine it still varies by up to ~30% between runs: compare runs made at a similar load
average (printed at the end).

1. **News text.** The corpus is made from the project's own passages, nothing from the internet: the news-like
   passages in ``tests/devset/texts/*.txt`` and ``sources/*.txt``, grouped by language (sl, hr, bs, sr in Latin,
   sr in Cyrillic, en; the language of a devset passage is the ``lang`` of its gold record). Their paragraphs are
   dealt out again, shuffled among the passages of the same language with a fixed seed, into articles of 2,000 to
   4,000 characters (a headline, then body paragraphs, a ``date YYYY-MM-DD`` first line), ``--mb`` MB in all,
   shared equally among the languages. The same articles are extracted (a) joined into one large document per
   language and (b) one by one, as the realistic case where the per-document overhead (language detection, the
   per-document caches) counts. ``extract(text)`` is called as ``claims extract`` calls it: the language is
   detected, the date comes from the first line. Before that, the passages as written are extracted once with
   cold caches (including loading the lemmatizer models) and once warm, and ~10 articles of each language are
   profiled. The start-up cost of the command ``claims extract --format jsonl FILE`` on one small file is the
   median wall time of 5 subprocess runs, with a bytecode cache (as installed) and without one, and the slowest
   imports (``python -X importtime``).
2. **Adversarial inputs** of ``--adversarial-mb`` MB each (see ``ADVERSARIAL``), each timed at sizes growing by
   4x from ~1,000 characters to the full size, so that the growth exponent shows a quadratic loop (1: linear,
   2: quadratic). A run is stopped after ``--cap`` CPU seconds (SIGPROF) and a size that is predicted to take
   longer is skipped and extrapolated (marked ``~``). An exception from the extractor is reported with where it
   was raised and the smallest failing piece of the input found. An input more than 3x slower per MB than the
   news of (a) is profiled with cProfile at the largest size that took at most 0.5 s: the functions where the
   time goes, with file, line, source line and callers.
3. **Memory.** The peak resident memory of extracting one ``--mb`` MB Slovenian document, in a fresh process
   (``ru_maxrss`` after the extraction less the resident size just before it). It runs while the adversarial
   inputs are timed, to keep the whole run within a few minutes; CPU time is per process, so neither disturbs
   the other's figures much on a machine with two or more cores.

A readable table is printed and the figures are written as JSON (``--json``; default
``$TMPDIR/claims-bench/bench_extract.json``).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import io
import json
import math
import os
import platform
import pstats
import random
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claims.extract import extract

ROOT = Path(__file__).resolve().parents[2]
# The extractor's source as imported, for quoting the lines that profiles and tracebacks point at, even when the
# files are edited while the benchmark runs.
SOURCE = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8").splitlines() for p in (ROOT / "claims").rglob("*.py")}
DEVSET = ROOT / "tests" / "devset"
SOURCES = ROOT / "sources"
STARTUP_FILE = SOURCES / "2026-01-31-dmitrijev-miami.sl.txt"
SEED = 20260131
GROUPS = ("sl", "hr", "bs", "sr-Latn", "sr-Cyrl", "en")
ARTICLE_CHARS = (2000, 4000)
SLOWER_THAN_NEWS = 3.0  # an adversarial input slower than this (per MB, against news) is profiled
PROFILE_TOP = 12
PROFILE_MAX_S = 0.5  # profile at the largest size that took at most this many CPU seconds (cProfile: 3-10x)
_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*\n")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


# --- the corpus -----------------------------------------------------------------------------------------------


@dataclass
class Passage:
    name: str
    group: str  # sl, hr, bs, sr-Latn, sr-Cyrl, en
    date: str | None
    paragraphs: list[str]


def _gold_languages() -> dict[str, str]:
    languages: dict[str, str] = {}
    for path in sorted(DEVSET.glob("*.gold.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                languages[record["id"]] = record["lang"]
    return languages


def _is_cyrillic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum("\u0400" <= c <= "\u04ff" for c in letters) > len(letters) / 2


def load_passages() -> list[Passage]:
    """The devset passages and the sample sources, as paragraphs, each with the language it is written in."""
    gold = _gold_languages()
    paths = sorted((DEVSET / "texts").glob("*.txt")) + sorted(SOURCES.glob("*.txt"))
    passages = []
    for path in paths:
        text = path.read_text(encoding="utf-8")  # universal newlines: CRLF passages are read as LF
        language = gold.get(path.stem) or path.stem.rpartition(".")[2]
        if language not in ("sl", "hr", "bs", "sr", "en"):
            language = path.stem.split("-")[0]
        group = ("sr-Cyrl" if _is_cyrillic(text) else "sr-Latn") if language == "sr" else language
        if group not in GROUPS:
            continue
        found = _DATE_LINE.match(text)
        body = text[found.end() :] if found else text
        paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(body) if p.strip()]
        passages.append(Passage(path.name, group, found.group(1) if found else None, paragraphs))
    return passages


class Deck:
    """Paragraphs dealt in a shuffled order; when all are dealt, they are shuffled again."""

    def __init__(self, items: Sequence[str], rng: random.Random):
        self.items = list(items)
        self.rng = rng
        self.pending: list[str] = []

    def draw(self) -> str:
        if not self.pending:
            self.pending = self.items[:]
            self.rng.shuffle(self.pending)
        return self.pending.pop()


@dataclass
class Corpus:
    group: str
    articles: list[str]  # each with its own 'date YYYY-MM-DD' first line
    document: str  # the same articles as one document: one date line, the bodies joined
    passages: int
    paragraphs: int


def _rng(*keys: object) -> random.Random:
    return random.Random(int(hashlib.sha256(repr((SEED, *keys)).encode()).hexdigest()[:16], 16))


def _split_headline(passage: Passage) -> tuple[str | None, list[str]]:
    first = passage.paragraphs[0]
    if "\n" not in first and len(first) < 200 and not first.endswith((".", "“", "”", '"', "«", "»")):
        return first, passage.paragraphs[1:]
    return None, passage.paragraphs


def build_corpus(passages: list[Passage], group: str, chars: int) -> Corpus:
    """Articles of 2-4 KB from the paragraphs of one language's passages, shuffled with a fixed seed, until they
    hold `chars` characters in all."""
    mine = [p for p in passages if p.group == group]
    rng = _rng("news", group)
    headlines, bodies = [], []
    for passage in mine:
        headline, rest = _split_headline(passage)
        if headline:
            headlines.append(headline)
        bodies.extend(rest)
    dates = sorted({p.date for p in mine if p.date}) or ["2026-02-01"]
    headline_deck, body_deck = Deck(headlines or bodies, rng), Deck(bodies, rng)
    articles: list[str] = []
    bodies_out: list[str] = []
    total = 0
    while total < chars:
        target = rng.randint(*ARTICLE_CHARS)
        parts = [headline_deck.draw()]
        size = len(parts[0])
        while size < target:
            paragraph = body_deck.draw()
            if size + len(paragraph) > ARTICLE_CHARS[1] and size >= ARTICLE_CHARS[0]:
                break
            parts.append(paragraph)
            size += len(paragraph) + 2
        body = "\n\n".join(parts)
        articles.append(f"date {rng.choice(dates)}\n{body}\n")
        bodies_out.append(body)
        total += len(articles[-1])
    document = f"date {dates[len(dates) // 2]}\n" + "\n\n".join(bodies_out) + "\n"
    return Corpus(group, articles, document, len(mine), len(bodies) + len(headlines))


def word_stream(passages: list[Passage], group: str, salt: str) -> Iterator[str]:
    """The words of one language's paragraphs in a shuffled paragraph order, without end: real collocations
    ('je dejal', 'po besedah') stay together, so the extractor's cues fire as in news."""
    mine = [p for p in passages if p.group == group]
    deck = Deck([paragraph for p in mine for paragraph in p.paragraphs], _rng("words", group, salt))
    while True:
        yield from _WORD.findall(deck.draw())


def news_paragraphs(passages: list[Passage], group: str, salt: str) -> Iterator[str]:
    mine = [p for p in passages if p.group == group]
    deck = Deck([paragraph for p in mine for paragraph in p.paragraphs], _rng("paragraphs", group, salt))
    while True:
        yield deck.draw()


def _fill(pieces: Iterator[str], chars: int, separator: str = " ") -> str:
    out: list[str] = []
    size = 0
    for piece in pieces:
        out.append(piece)
        size += len(piece) + len(separator)
        if size >= chars:
            break
    return separator.join(out)[:chars]


# --- adversarial inputs -------------------------------------------------------------------------------------

QUOTE_MARKS = "„“”\"»«‚‘’'‹›「」"
_SCRIPTS = (
    (0x0041, 0x005A),  # Latin
    (0x0061, 0x007A),
    (0x00C0, 0x017F),  # Latin-1 and Extended-A letters (š, ž, đ, ...)
    (0x0400, 0x045F),  # Cyrillic, with Serbian Ђ Љ Њ Ћ Џ
    (0x0391, 0x03C9),  # Greek
    (0x05D0, 0x05EA),  # Hebrew
    (0x0621, 0x064A),  # Arabic
    (0x0905, 0x0939),  # Devanagari
    (0x0E01, 0x0E30),  # Thai
    (0x4E00, 0x9FFF),  # CJK
    (0xAC00, 0xD7A3),  # Hangul
    (0x10A0, 0x10FF),  # Georgian
)
_EMOJI = ((0x1F300, 0x1F5FF), (0x1F600, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F900, 0x1F9FF))
_SEPARATORS = (
    [" "] * 30
    + list(".,;:!?…()[]{}/–—-*#@%&")
    + list(QUOTE_MARKS)
    + ["\n", "\n\n", "\r\n", "\t", "\u00a0", "\u200b", "\u200e", "\u200f", "\u2028", "\u2029", "\ufeff", "\u3000"]
)


def _quotes_mixed(passages: list[Passage], chars: int) -> str:
    """Words with quotation marks of every kind at their edges or standing alone, none of them balanced on
    purpose; sentences end now and then, paragraphs every ~40 sentences."""
    rng = _rng("adversarial", "quotes")
    words = word_stream(passages, "sl", "quotes")
    out: list[str] = []
    size = 0
    sentence = paragraph = 0
    while size < chars:
        word = next(words)
        roll = rng.random()
        if roll < 0.2:
            word = rng.choice(QUOTE_MARKS) + word
        elif roll < 0.4:
            word += rng.choice(QUOTE_MARKS)
        elif roll < 0.45:
            word = f"{word} {rng.choice(QUOTE_MARKS)}"
        elif roll < 0.5:
            word = rng.choice(QUOTE_MARKS) + word + rng.choice(QUOTE_MARKS)
        sentence += 1
        if sentence >= rng.randint(8, 20):
            word += rng.choice(".!?,:")
            sentence = 0
            paragraph += 1
        if paragraph >= 40:
            word += "\n\n"
            paragraph = 0
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:chars]


def _no_punctuation(passages: list[Passage], chars: int) -> str:
    """News words as they come, without a single punctuation mark or line break: one sentence of a megabyte."""
    return _fill(word_stream(passages, "sl", "plain"), chars)


def _capitalised(passages: list[Passage], chars: int) -> str:
    """Every word capitalised, no punctuation: a megabyte of what looks like one long name."""
    return _fill((w[:1].upper() + w[1:].lower() for w in word_stream(passages, "sl", "caps")), chars)


def _je_dejal_da(passages: list[Passage], chars: int) -> str:
    unit = "je dejal, da "
    return (unit * (chars // len(unit) + 1))[:chars]


def _open_dashes(passages: list[Passage], chars: int) -> str:
    """Dash speech that never closes: every paragraph opens with a dash and has no other dash between spaces."""
    paragraphs = ("– " + re.sub(r"\s[–—-]\s", ", ", p) for p in news_paragraphs(passages, "sl", "dashes"))
    return _fill(paragraphs, chars, "\n")


def _sentence_dashes(passages: list[Passage], chars: int) -> str:
    """A dash opens every sentence, none closes, all on one line: 'Besedilo. – Besedilo. – ...'."""
    sentences = (s for p in news_paragraphs(passages, "sl", "sentence-dashes") for s in re.split(r"(?<=\.)\s+", p))
    return _fill(("– " + re.sub(r"\s[–—-]\s", ", ", s) for s in sentences), chars)


def _single_line(passages: list[Passage], chars: int) -> str:
    """News with its line breaks taken out: one line of a megabyte."""
    return _fill((p.replace("\n", " ") for p in news_paragraphs(passages, "sl", "line")), chars)


def _random_unicode(passages: list[Passage], chars: int) -> str:
    """Letters of many scripts (mostly one script a word, sometimes mixed), combining marks, emoji with skin tones
    and zero-width joiners, digits, odd spaces and line separators."""
    rng = _rng("adversarial", "unicode")
    out: list[str] = []
    size = 0
    while size < chars:
        roll = rng.random()
        if roll < 0.1:
            word = chr(rng.randint(*rng.choice(_EMOJI)))
            if rng.random() < 0.3:
                word += chr(rng.randint(0x1F3FB, 0x1F3FF))
            if rng.random() < 0.3:
                word += "\u200d" + chr(rng.randint(*rng.choice(_EMOJI))) + "\ufe0f"
        elif roll < 0.15:
            word = str(rng.randint(0, 10**6))
        else:
            script = rng.choice(_SCRIPTS)
            letters = []
            for _ in range(rng.randint(1, 12)):
                if rng.random() < 0.1:
                    script = rng.choice(_SCRIPTS)
                letters.append(chr(rng.randint(*script)))
                if rng.random() < 0.15:
                    letters.extend(chr(rng.randint(0x0300, 0x036F)) for _ in range(rng.randint(1, 3)))
            word = "".join(letters)
            if rng.random() < 0.2:
                word = word[:1].upper() + word[1:]
        out.append(word + rng.choice(_SEPARATORS))
        size += len(out[-1])
    return "".join(out)[:chars]


ADVERSARIAL: dict[str, tuple[str, Callable[[list[Passage], int], str]]] = {
    "quotes": ("unbalanced quotation marks of every kind mixed with words", _quotes_mixed),
    "no-punctuation": ("news words without any punctuation or line break", _no_punctuation),
    "capitalised": ("capitalised words in a row, no punctuation", _capitalised),
    "je-dejal-da": ('"je dejal, da " repeated', _je_dejal_da),
    "open-dashes": ("a dash opening every paragraph, never closed", _open_dashes),
    "sentence-dashes": ("a dash opening every sentence, never closed, one line", _sentence_dashes),
    "single-line": ("news on one single line", _single_line),
    "random-unicode": ("random Unicode: many scripts, combining marks, emoji", _random_unicode),
}


# --- timing ---------------------------------------------------------------------------------------------------


class CpuLimitReached(BaseException):  # not an Exception: the extractor's own handlers must not swallow it
    pass


def _on_sigprof(signum: int, frame: Any) -> None:
    raise CpuLimitReached


def cpu_time(work: Callable[[], Any], cap: float | None = None) -> tuple[float, Any, bool]:
    """CPU seconds of `work()`, its result, and whether it finished within `cap` CPU seconds."""
    gc.collect()
    previous = None
    limits = resource.getrlimit(resource.RLIMIT_CPU)
    if cap is not None:
        previous = signal.signal(signal.SIGPROF, _on_sigprof)
        signal.setitimer(signal.ITIMER_PROF, cap)
        # A backstop the kernel enforces: compiled code never returns to the interpreter to take SIGPROF, so a
        # hang there would stall the benchmark; past four caps the process is killed with SIGXCPU instead
        used = time.process_time()
        soft = math.ceil(used + 4 * cap + 10)
        if limits[1] == resource.RLIM_INFINITY or soft < limits[1]:
            resource.setrlimit(resource.RLIMIT_CPU, (soft, limits[1]))
    start = time.process_time()
    try:
        result, finished = work(), True
    except CpuLimitReached:
        result, finished = None, False
    finally:
        if cap is not None:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)
            resource.setrlimit(resource.RLIMIT_CPU, limits)
    return time.process_time() - start, result, finished


def mb_per_s(chars: int, seconds: float) -> float:
    return chars / 1e6 / seconds if seconds > 0 else math.inf


@dataclass
class Outcome:
    statements: int = 0
    errors: int = 0
    first_error: dict[str, str] | None = None


def extract_all(texts: Sequence[str]) -> Outcome:
    """Extract every text; an exception from the extractor is counted (and the first one described), as
    `claims extract` should never fail on any text."""
    outcome = Outcome()
    for text in texts:
        try:
            outcome.statements += len(extract(text))
        except Exception as error:
            outcome.errors += 1
            if outcome.first_error is None:
                outcome.first_error = describe_error(error)
    return outcome


def describe_error(error: Exception) -> dict[str, str]:
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if Path(f.filename).resolve().is_relative_to(ROOT / "claims")] or frames
    frame = ours[-1]
    return {
        "error": f"{type(error).__name__}: {error}",
        "where": f"{_short(frame.filename)}:{frame.lineno} in {frame.name}",
        "line": _source_line(_short(frame.filename), frame.lineno or 0) or frame.line or "",
    }


def _source_line(path: str, line: int) -> str:
    lines = SOURCE.get(path, [])
    return lines[line - 1].strip() if 0 < line <= len(lines) else ""


# --- 1. news ----------------------------------------------------------------------------------------------------


def bench_passages(passages: list[Passage]) -> dict[str, Any]:
    """The passages as written: first with cold caches (lemmatizer models loaded on first use), then warm."""
    texts = []
    for path in sorted((DEVSET / "texts").glob("*.txt")) + sorted(SOURCES.glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    chars = sum(map(len, texts))
    cold, outcome, _ = cpu_time(lambda: extract_all(texts))
    warm, _, _ = cpu_time(lambda: extract_all(texts))
    return {
        "passages": len(texts),
        "chars": chars,
        "statements": outcome.statements,
        "errors": outcome.errors,
        "first_error": outcome.first_error,
        "cold_s": cold,
        "cold_mb_per_s": mb_per_s(chars, cold),
        "warm_s": warm,
        "warm_mb_per_s": mb_per_s(chars, warm),
    }


def bench_news(corpora: list[Corpus]) -> dict[str, Any]:
    single: dict[str, Any] = {}
    articles: dict[str, Any] = {}
    for corpus in corpora:
        chars = len(corpus.document)
        part = corpus.document[: chars // 8]
        part_s, _, _ = cpu_time(lambda part=part: extract_all([part]))
        seconds, outcome, _ = cpu_time(lambda corpus=corpus: extract_all([corpus.document]))
        single[corpus.group] = {
            "chars": chars,
            "cpu_s": seconds,
            "mb_per_s": mb_per_s(chars, seconds),
            "eighth_mb_per_s": mb_per_s(len(part), part_s),
            "growth_exponent": math.log(seconds / part_s) / math.log(chars / len(part)),
            "statements": outcome.statements,
            "statements_per_1000_chars": 1000 * outcome.statements / chars,
            "errors": outcome.errors,
            "first_error": outcome.first_error,
        }
        print(
            f"  (a) {corpus.group:<8} one document  {mb_per_s(chars, seconds):6.2f} MB/s "
            f"(its first eighth {mb_per_s(len(part), part_s):.2f} MB/s)",
            flush=True,
        )
    for corpus in corpora:
        chars = sum(map(len, corpus.articles))
        seconds, outcome, _ = cpu_time(lambda corpus=corpus: extract_all(corpus.articles))
        sizes = [len(a) for a in corpus.articles]
        articles[corpus.group] = {
            "chars": chars,
            "documents": len(sizes),
            "chars_per_document": {"mean": statistics.mean(sizes), "min": min(sizes), "max": max(sizes)},
            "cpu_s": seconds,
            "mb_per_s": mb_per_s(chars, seconds),
            "ms_per_document": 1000 * seconds / len(sizes),
            "statements": outcome.statements,
            "statements_per_1000_chars": 1000 * outcome.statements / chars,
            "errors": outcome.errors,
            "first_error": outcome.first_error,
        }
        print(f"  (b) {corpus.group:<8} {len(sizes):>5} articles {mb_per_s(chars, seconds):6.2f} MB/s", flush=True)
    for table in (single, articles):
        chars = sum(r["chars"] for r in table.values())
        seconds = sum(r["cpu_s"] for r in table.values())
        found = sum(r["statements"] for r in table.values())
        table["overall"] = {
            "chars": chars,
            "cpu_s": seconds,
            "mb_per_s": mb_per_s(chars, seconds),
            "statements": found,
            "statements_per_1000_chars": 1000 * found / chars,
            "errors": sum(r["errors"] for r in table.values()),
        }
        if table is articles:
            table["overall"]["documents"] = sum(r["documents"] for r in table.values() if "documents" in r)
    return {"single_document": single, "articles": articles}


def bench_startup(runs: int = 5) -> dict[str, Any]:
    """Wall time of the command on one small file, in fresh processes (median of `runs`), against a bare Python.
    Measured with a bytecode cache (in a temporary PYTHONPYCACHEPREFIX, written by one run that is not counted),
    as after a normal installation, and without one (PYTHONDONTWRITEBYTECODE, as this machine's environment
    sets it: the project's modules, which have no cached bytecode, are compiled at every start)."""
    command = [*_cli_command(), "extract", "--format", "jsonl", str(STARTUP_FILE)]
    arguments = command[len(_cli_command()) :]
    bare = [sys.executable, "-c", "pass"]
    with tempfile.TemporaryDirectory(prefix="claims-bench-") as workdir:
        base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
        base["CLAIMS_DATABASE_URL"] = f"sqlite:///{workdir}/store.db"
        cached = {**base, "PYTHONPYCACHEPREFIX": f"{workdir}/pycache"}
        uncached = {**base, "PYTHONDONTWRITEBYTECODE": "1"}
        _wall_times(command, cached, 1)  # writes the bytecode cache
        timings = {
            "cached": _wall_times(command, cached, runs),
            "uncached": _wall_times(command, uncached, runs),
            "python": _wall_times(bare, cached, runs),
        }
        importtime = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "claims", *arguments],
            capture_output=True,
            text=True,
            env=cached,
            check=False,
        ).stderr
    return {
        "command": " ".join(["claims", *arguments]).replace(str(ROOT) + "/", ""),
        "file_chars": len(STARTUP_FILE.read_text(encoding="utf-8")),
        "runs": runs,
        "median_s": statistics.median(timings["cached"]["wall"]),
        "wall_s": timings["cached"]["wall"],
        "cpu_median_s": statistics.median(timings["cached"]["cpu"]),
        "no_bytecode_cache_median_s": statistics.median(timings["uncached"]["wall"]),
        "no_bytecode_cache_wall_s": timings["uncached"]["wall"],
        "no_bytecode_cache_cpu_median_s": statistics.median(timings["uncached"]["cpu"]),
        "python_bare_median_s": statistics.median(timings["python"]["wall"]),
        "slowest_imports": _slowest_imports(importtime),
    }


def _wall_times(command: list[str], env: dict[str, str], runs: int) -> dict[str, list[float]]:
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, env=env, check=False)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr.decode(errors='replace')}")
    return {"wall": wall, "cpu": cpu}


def _slowest_imports(report: str, top: int = 8) -> list[dict[str, Any]]:
    """Top-level packages by cumulative import time, from `python -X importtime`."""
    rows = []
    for line in report.splitlines():
        found = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if found and len(found.group(3)) == 1:
            rows.append({"module": found.group(4), "cumulative_ms": int(found.group(2)) / 1000})
    return sorted(rows, key=lambda r: -r["cumulative_ms"])[:top]


def _cli_command() -> list[str]:
    script = Path(sys.executable).parent / "claims"
    return [str(script)] if script.exists() else [sys.executable, "-m", "claims"]


# --- 2. adversarial -------------------------------------------------------------------------------------------


def bench_adversarial(
    passages: list[Passage], chars: int, news_mb_per_s: float, cap: float, profile: bool
) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name, (description, make) in ADVERSARIAL.items():
        text = make(passages, chars)
        sizes = [chars]
        while sizes[0] // 4 >= 500:
            sizes.insert(0, sizes[0] // 4)
        runs: list[dict[str, Any]] = []
        crash: dict[str, Any] | None = None
        for size in sizes:
            predicted = _predict(runs, size)
            if crash is not None or (predicted is not None and predicted > cap):
                runs.append({"chars": size, "cpu_s": predicted, "skipped": True, "predicted": True})
                continue
            seconds, outcome, finished = cpu_time(lambda text=text, size=size: extract_all([text[:size]]), cap)
            runs.append({"chars": size, "cpu_s": seconds, "finished": finished})
            if finished and outcome.errors:
                crash = {**outcome.first_error, "at_chars": size}
                runs[-1].update(cpu_s=predicted, predicted=True, error=outcome.first_error["error"])
            elif finished:
                runs[-1]["statements"] = outcome.statements
            else:
                runs[-1]["cpu_s"] = _predict(runs[:-1], size) or seconds
                runs[-1]["predicted"] = True
        full = runs[-1]
        measured = [r for r in runs if not r.get("predicted")]
        speed = mb_per_s(chars, full["cpu_s"]) if full["cpu_s"] is not None else None
        result = {
            "description": description,
            "chars": chars,
            "cpu_s": full["cpu_s"],
            "estimated": bool(full.get("predicted")),
            "mb_per_s": speed,
            "slowdown_vs_news": news_mb_per_s / speed if speed else None,
            "growth_exponent": _exponent(measured),
            "statements": full.get("statements"),
            "runs": runs,
        }
        if crash is not None:
            print(f"  {name:<16} the extractor failed: {crash['error']} at {crash['where']}", flush=True)
            crash["smallest_failing_input"] = failing_excerpt(text[: crash["at_chars"]])
            result["crash"] = crash
        if speed is not None:
            mark = "~" if result["estimated"] else " "
            growth = result["growth_exponent"]
            print(
                f"  {name:<16} {mark}{speed:8.3f} MB/s  {result['slowdown_vs_news']:7.1f}x news  "
                f"growth {'-' if growth is None else f'^{growth:.2f}'}",
                flush=True,
            )
        if profile and measured and (result["slowdown_vs_news"] or 0) > SLOWER_THAN_NEWS:
            result["profile"] = profile_input(text, measured, PROFILE_TOP)
        results[name] = result
    return results


def failing_excerpt(text: str, budget_s: float = 5.0) -> str | None:
    """A small piece of `text` on which the extractor still fails: the first failing window of 2,000
    characters, then cut down chunk by chunk while it keeps failing (within `budget_s` CPU seconds)."""
    deadline = time.process_time() + budget_s

    def fails(piece: str) -> bool:
        return bool(piece) and extract_all([piece]).errors > 0

    window = next((text[k : k + 2000] for k in range(0, len(text), 1000) if fails(text[k : k + 2000])), None)
    if window is None:
        return None
    chunk = len(window) // 2
    while chunk >= 1 and time.process_time() < deadline:
        k, cut = 0, False
        while k < len(window) and time.process_time() < deadline:
            if fails(window[:k] + window[k + chunk :]):
                window, cut = window[:k] + window[k + chunk :], True
            else:
                k += chunk
        if not cut:
            chunk //= 2
    return window


def _exponent(runs: list[dict[str, Any]]) -> float | None:
    """How time grows with size, from the last two measured sizes (1: linear, 2: quadratic)."""
    usable = [r for r in runs if r["cpu_s"] >= 0.02]
    if len(usable) < 2:
        return None
    a, b = usable[-2], usable[-1]
    return math.log(b["cpu_s"] / a["cpu_s"]) / math.log(b["chars"] / a["chars"])


def _predict(runs: list[dict[str, Any]], size: int) -> float | None:
    measured = [r for r in runs if not r.get("predicted")]
    if not measured:
        return None
    exponent = max(_exponent(measured) or 1.0, 1.0)
    last = measured[-1]
    return last["cpu_s"] * (size / last["chars"]) ** exponent


def profile_input(text: str, runs: list[dict[str, Any]], top: int = 10) -> dict[str, Any]:
    """Where the time goes on an input: cProfile at the largest size that took at most PROFILE_MAX_S."""
    fitting = [r for r in runs if r["cpu_s"] <= PROFILE_MAX_S] or runs[:1]
    return profile_texts([text[: fitting[-1]["chars"]]], top)


def profile_texts(texts: list[str], top: int = 10) -> dict[str, Any]:
    profiler = cProfile.Profile()
    profiler.runcall(extract_all, texts)
    size = sum(map(len, texts))
    stats = pstats.Stats(profiler, stream=io.StringIO())
    entries = []
    for (path, line, function), (_, calls, own, cumulative, callers) in stats.stats.items():  # type: ignore[attr-defined]
        entries.append(
            {
                "function": function,
                "where": f"{_short(path)}:{line}",
                "code": _source_line(_short(path), line),
                "calls": calls,
                "own_s": own,
                "cumulative_s": cumulative,
                "callers": [
                    f"{c[2]} ({_short(c[0])}:{c[1]})"
                    for c, _ in sorted(callers.items(), key=lambda item: -item[1][3])[:3]
                ],
            }
        )
    total = sum(e["own_s"] for e in entries)
    by_own = sorted(entries, key=lambda e: -e["own_s"])[:top]
    ours = [e for e in entries if e["where"].startswith("claims/") and e["function"] not in ("extract", "run")]
    by_cumulative = sorted(ours, key=lambda e: -e["cumulative_s"])[:top]
    return {
        "chars": size,
        "documents": len(texts),
        "total_s": total,
        "by_own_time": by_own,
        "by_cumulative_time": by_cumulative,
    }


def _short(path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return path if path.startswith("~") else Path(path).name


# --- 3. memory --------------------------------------------------------------------------------------------------


def start_memory(mb: float) -> subprocess.Popen[str]:
    """One `mb` MB Slovenian document in a fresh process: peak resident memory while extracting it."""
    command = [sys.executable, str(Path(__file__).resolve()), "--memory-child", str(mb)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish_memory(child: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = child.communicate()
    if child.returncode != 0:
        return {"error": err.strip().splitlines()[-1] if err.strip() else f"exit status {child.returncode}"}
    return json.loads(out)


def memory_child(mb: float) -> None:
    corpus = build_corpus(load_passages(), "sl", int(mb * 1e6))
    text = corpus.document
    del corpus
    gc.collect()
    rss_before = _rss_kib()
    maxrss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.process_time()
    found = len(extract(text))
    seconds = time.process_time() - start
    maxrss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "language": "sl",
                "chars": len(text),
                "text_mib": sys.getsizeof(text) / 2**20,
                "rss_before_mib": rss_before / 1024,
                "peak_rss_mib": maxrss_after / 1024,
                "peak_growth_mib": (maxrss_after - rss_before) / 1024,
                "peak_before_extract_mib": maxrss_before / 1024,
                "bytes_per_char": (maxrss_after - rss_before) * 1024 / len(text),
                "cpu_s": seconds,
                "mb_per_s": mb_per_s(len(text), seconds),
                "statements": found,
            }
        )
    )


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# --- report -----------------------------------------------------------------------------------------------------


@dataclass
class Table:
    rows: list[tuple[str, ...]] = field(default_factory=list)

    def add(self, *cells: object) -> None:
        self.rows.append(tuple(c if isinstance(c, str) else f"{c}" for c in cells))

    def print(self, header: tuple[str, ...]) -> None:
        rows = [header, *self.rows]
        widths = [max(len(r[k]) for r in rows if k < len(r)) for k in range(len(header))]
        for n, row in enumerate(rows):
            cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=False)]
            print("  ".join(cells).rstrip())
            if n == 0:
                print("  ".join("-" * w for w in widths))


def print_profile(name: str, prof: dict[str, Any]) -> None:
    print(
        f"\nprofile of {name}: {prof['documents']} document(s), {prof['chars']:,} chars "
        f"({prof['total_s']:.2f} s under cProfile); own time:"
    )
    for e in prof["by_own_time"][:8]:
        print(
            f"  {e['own_s']:7.3f} s {e['calls']:>10,} calls  {e['function']}  {e['where']}"
            f"  <- {'; '.join(e['callers'][:2])}"
        )
        if e["function"].startswith("<") and e["code"]:
            print(f"{'':28}{e['code']}")
    print("  cumulative (claims only):")
    for e in prof["by_cumulative_time"][:8]:
        print(f"  {e['cumulative_s']:7.3f} s {e['calls']:>10,} calls  {e['function']}  {e['where']}")


def print_report(results: dict[str, Any]) -> None:
    print(f"\nextractor: {results['environment']['extractor_build']}")
    print("\n== News text (MB/s = characters/1e6 per CPU second, one core; goal >= 1 MB/s)")
    news = results["news"]
    table = Table()
    for group in [*GROUPS, "overall"]:
        a, b = news["single_document"][group], news["articles"][group]
        table.add(
            group,
            f"{a['chars']:,}",
            f"{a['mb_per_s']:.2f}",
            f"{b['mb_per_s']:.2f}",
            f"{b['documents']:,}",
            f"{1000 * b['cpu_s'] / b['documents']:.2f}",
            "-" if "growth_exponent" not in a else f"{a['growth_exponent']:.2f}",
            f"{a['statements_per_1000_chars']:.2f} / {b['statements_per_1000_chars']:.2f}",
            f"{a['errors']} / {b['errors']}",
        )
    table.print(
        (
            "language",
            "chars",
            "(a) 1 doc MB/s",
            "(b) articles MB/s",
            "articles",
            "ms/article",
            "(a) growth",
            "stmts/1000ch a/b",
            "errors a/b",
        )
    )
    print("((a) growth: exponent of CPU time against size from the document's first eighth to all of it; 1 = linear)")
    for kind in ("single_document", "articles"):
        for group in GROUPS:
            if news[kind][group]["errors"]:
                error = news[kind][group]["first_error"]
                print(f"  {kind} {group}: the extractor failed: {error['error']} at {error['where']}")
    p = results["passages"]
    print(
        f"\nthe {p['passages']} passages as written ({p['chars']:,} chars): cold {p['cold_mb_per_s']:.2f} MB/s "
        f"({p['cold_s']:.2f} s, lemmatizer models loaded), warm {p['warm_mb_per_s']:.2f} MB/s"
    )
    if "profile" in news:
        print_profile("news articles", news["profile"])
    if "startup" in results:
        s = results["startup"]
        print(
            f"\nstart-up: `{s['command']}` ({s['file_chars']:,} chars): median {1000 * s['median_s']:.0f} ms wall "
            f"over {s['runs']} runs (cpu {1000 * s['cpu_median_s']:.0f} ms; without a bytecode cache "
            f"{1000 * s['no_bytecode_cache_median_s']:.0f} ms, "
            f"cpu {1000 * s['no_bytecode_cache_cpu_median_s']:.0f} ms; "
            f"bare python {1000 * s['python_bare_median_s']:.0f} ms)"
        )
        slowest = ", ".join(f"{r['module']} {r['cumulative_ms']:.0f} ms" for r in s["slowest_imports"])
        print(f"  slowest imports: {slowest}")
    if "adversarial" in results:
        reference = news["single_document"]["overall"]["mb_per_s"]
        print(f"\n== Adversarial inputs (news reference: (a) overall {reference:.2f} MB/s)")
        table = Table()
        for name, r in results["adversarial"].items():
            growth = r["growth_exponent"]
            mark = "~" if r["estimated"] else ""
            table.add(
                name,
                f"{r['chars']:,}",
                "-" if r["cpu_s"] is None else f"{mark}{r['cpu_s']:.2f}",
                "-" if r["mb_per_s"] is None else f"{mark}{r['mb_per_s']:.3f}",
                "-" if r["slowdown_vs_news"] is None else f"{r['slowdown_vs_news']:.1f}x",
                "-" if growth is None else f"{growth:.2f}",
                "-" if r["statements"] is None else f"{r['statements']:,}",
                "CRASH" if "crash" in r else "",
                r["description"],
            )
        table.print(("input", "chars", "CPU s", "MB/s", "vs news", "growth", "stmts", "crash", "what"))
        print("(~: estimated from the smaller sizes: the run was skipped, stopped at the CPU cap or crashed;")
        print(" growth: exponent of time against size between the last two measured sizes, 1 linear, 2 quadratic)")
        for name, r in results["adversarial"].items():
            if "crash" in r:
                c = r["crash"]
                print(f"\n{name}: the extractor failed at {c['at_chars']:,} chars: {c['error']}")
                print(f"  at {c['where']}: {c['line']}")
                print(f"  smallest failing input found: {c['smallest_failing_input']!r}")
        for name, r in results["adversarial"].items():
            if "profile" in r:
                print_profile(name, r["profile"])
    if "memory" in results:
        m = results["memory"]
        if "error" in m:
            print(f"\nmemory: failed: {m['error']}")
        else:
            print(
                f"\n== Memory: one {m['chars']:,}-char Slovenian document: peak RSS {m['peak_rss_mib']:.0f} MiB, "
                f"+{m['peak_growth_mib']:.0f} MiB over the {m['rss_before_mib']:.0f} MiB before extracting "
                f"({m['bytes_per_char']:.0f} bytes per input character); {m['mb_per_s']:.2f} MB/s, "
                f"{m['statements']:,} statements"
            )
    env = results["environment"]
    load = env["load_average"]
    print(
        f"\nload average (1 min) at the start {load['start']:.2f}, at the end {load['end']:.2f}; "
        f"total run {env['wall_s']:.0f} s wall: "
        + ", ".join(f"{name} {t['wall_s']:.0f} s ({t['cpu_s']:.0f} s CPU)" for name, t in env["sections"].items())
    )
    if env["extractor_changed_during_run"]:
        print("note: claims/extract/ changed while the benchmark ran; file:line refer to the version imported at start")


def environment() -> dict[str, Any]:
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT, check=False).stdout.strip()
        except OSError:
            return ""

    digest = hashlib.sha256()
    for path in sorted((ROOT / "claims" / "extract").glob("*.py")):
        digest.update(path.read_bytes())
    processor = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                processor = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import claims.extract.attribution as attribution

    compiled = attribution.__file__.endswith((".so", ".pyd"))
    return {
        "extractor_build": f"compiled with mypyc ({attribution.__file__})" if compiled else "pure Python",
        "python": platform.python_version(),
        "processor": processor,
        "cpus": os.cpu_count(),
        "affinity": sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "commit": git("rev-parse", "--short", "HEAD"),
        "extractor_changed_since_commit": git("status", "--porcelain", "--", "claims").splitlines(),
        "extractor_sha256": digest.hexdigest()[:16],
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "load_average": {"start": os.getloadavg()[0]},
    }


def rerun_compiled(argv: list[str]) -> None:
    """Build the compiled wheel of this checkout (`CLAIMS_COMPILE=1`, offline: hatchling, mypy and setuptools
    from the test extras), once per version of the extractor's source, and run this benchmark again on it."""
    site = Path(tempfile.gettempdir()) / "claims-bench" / f"compiled-{environment()['extractor_sha256']}"
    if not (site / "claims").is_dir():
        print(f"compiling the extractor into {site} (about a minute) ...", flush=True)
        sys.path.insert(0, str(ROOT))
        from hatch_build import unpack_compiled

        unpack_compiled(site)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    code = subprocess.run([sys.executable, __file__, *argv], env=env, check=False).returncode
    if code == -signal.SIGXCPU:
        print(
            "the compiled run was killed by its CPU backstop: the input after the last one printed did not finish "
            "(a hang in the extractor; the CPU cap cannot stop compiled code)",
            file=sys.stderr,
        )
        sys.exit(1)
    sys.exit(code)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Speed benchmark of the statement extractor (see the docstring).")
    parser.add_argument("--mb", type=float, default=10, help="MB (million characters) of news text [%(default)s]")
    parser.add_argument("--json", type=Path, help="write the figures here [$TMPDIR/claims-bench/bench_extract.json]")
    parser.add_argument("--adversarial-mb", type=float, default=1, help="size of each adversarial input [%(default)s]")
    parser.add_argument("--cap", type=float, default=30, help="CPU seconds at most for one run [%(default)s]")
    parser.add_argument("--memory-mb", type=float, help="size of the document for the memory figure [--mb]")
    parser.add_argument("--no-profile", action="store_true", help="do not profile slow adversarial inputs")
    parser.add_argument("--skip-adversarial", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--pin", action="store_true", help="pin the process (and its subprocesses) to one CPU")
    parser.add_argument(
        "--compiled", action="store_true", help="build the mypyc-compiled extractor (hatch_build.py) and run on it"
    )
    parser.add_argument("--memory-child", type=float, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if args.memory_child is not None:
        memory_child(args.memory_child)
        return
    if args.compiled:
        rerun_compiled([a for a in (sys.argv[1:] if argv is None else argv) if a != "--compiled"])
        return
    if args.pin and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})  # one core; the subprocesses inherit it
    started = time.perf_counter()
    results: dict[str, Any] = {"environment": environment()}
    passages = load_passages()
    print(f"corpus: {len(passages)} passages; building {args.mb:g} MB of articles ...", flush=True)
    corpora = [build_corpus(passages, group, int(args.mb * 1e6 / len(GROUPS))) for group in GROUPS]
    results["corpus"] = {
        c.group: {"passages": c.passages, "paragraphs": c.paragraphs, "articles": len(c.articles)} for c in corpora
    }
    sections: dict[str, dict[str, float]] = {}

    def section(name: str, work: Callable[[], Any]) -> Any:
        print(f"{name} ...", flush=True)
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        sections[name] = {"wall_s": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu}
        return result

    results["passages"] = section("passages as written (cold, then warm)", lambda: bench_passages(passages))
    results["news"] = section("news", lambda: bench_news(corpora))
    if not args.no_profile:
        sample = [a for c in corpora for a in c.articles[:10]]
        results["news"]["profile"] = section("news profile", lambda: profile_texts(sample, PROFILE_TOP))
    corpora.clear()  # free the news text before the adversarial inputs
    if not args.skip_startup:
        results["startup"] = section("start-up of the command", bench_startup)
    memory = None if args.skip_memory else start_memory(args.memory_mb or args.mb)
    if not args.skip_adversarial:
        news = results["news"]["single_document"]["overall"]["mb_per_s"]
        chars = int(args.adversarial_mb * 1e6)
        results["adversarial"] = section(
            "adversarial inputs",
            lambda: bench_adversarial(passages, chars, news, args.cap, not args.no_profile),
        )
    if memory is not None:
        results["memory"] = section("memory (waiting for the child)", lambda: finish_memory(memory))
    results["environment"]["load_average"]["end"] = os.getloadavg()[0]
    results["environment"]["wall_s"] = time.perf_counter() - started
    results["environment"]["sections"] = sections
    results["environment"]["extractor_changed_during_run"] = (
        environment()["extractor_sha256"] != (results["environment"]["extractor_sha256"])
    )
    print_report(results)
    out = args.json or Path(tempfile.gettempdir()) / "claims-bench" / "bench_extract.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    print(f"figures written to {out}")


if __name__ == "__main__":
    main()
