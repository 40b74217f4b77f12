"""The extractor: attributed statements (who said what, how, where, when it is due) out of news text.

Pure functions, no I/O and no database: text in, statements out. `claims.extract.sources` reads files, folders,
JSON Lines and saved web pages into texts; the CLI and the store do the rest.
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from ..errors import ExtractorWarning
from . import attribution
from .attribution import Statement, extract_statements
from .text import strip_date_line

EXTRACTOR_NAME = "claims-extract"
LANGUAGES = ("sl", "hr", "sr", "bs", "en")
# a wheel built where mypyc could compile holds C extensions (hatch_build.py); about twice as fast, same output
BUILD = "compiled" if attribution.__file__.endswith((".so", ".pyd")) else "pure Python"


def extract(text: str, *, language: str | None = None, published: date | None = None) -> list[Statement]:
    """Every attributed statement in `text`, in order. `language` is detected when not given; `published`
    (the article's date, which a first line `date YYYY-MM-DD` also gives) resolves relative time bounds."""
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; supported: {', '.join(LANGUAGES)}")
    dated, body_start = strip_date_line(text)
    if published is None and dated:
        try:
            published = date.fromisoformat(dated)
        except ValueError:
            published = None
    if language is None:
        language = detect(text[body_start:])
    with _collector_paused():
        return extract_statements(text, language=language, body_start=body_start, reference=published)


_paused = 0  # extractions running (in any thread) while the cycle collector is paused for them
_paused_lock = threading.Lock()
_collector_was_enabled = False


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cycle collector paused while the extractor runs. It allocates a token, a mention or a phrase at a time,
    which sets off collections that walk every live token and find nothing: the extractor makes no reference
    cycles (tests/test_compiled_extractor.py holds both builds to that), so each document is freed as it is
    dropped and the pause costs no memory, while it saves 10-20% of the time. The host's setting is restored
    when the last extraction running ends."""
    global _paused, _collector_was_enabled
    with _paused_lock:
        if _paused == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _paused_lock:
            _paused -= 1
            if _paused == 0 and _collector_was_enabled:
                gc.enable()


def detect(text: str) -> str:
    from .language import detect_language

    found = detect_language(_language_sample(text))
    return found if found in LANGUAGES else "sl"


_LOWER_WORD = re.compile(r"(?<!\S)[^\W\d_A-ZČŠŽĆĐА-ЯЂЈЉЊЋЏ][^\s]*")


def _language_sample(text: str, size: int = 5000) -> str:
    """About `size` characters of the text's lower-case words: function words tell the language, while names,
    however many come first, do not."""
    if len(text) <= size:
        return text  # an article's worth: all of it
    words, total = [], 0
    for match in _LOWER_WORD.finditer(text, 0, min(len(text), 400_000)):
        words.append(match.group())
        total += len(words[-1]) + 1
        if total >= size:
            break
    return " ".join(words) if words else text[:size]


__all__ = ["BUILD", "EXTRACTOR_NAME", "LANGUAGES", "ExtractorWarning", "Statement", "detect", "extract"]
