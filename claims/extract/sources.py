"""Reading what the extractor reads: plain-text files, saved article pages (HTML), JSON Lines of articles,
folders of these, and stdin. Each becomes a Document with its text and whatever is known of its origin.

A saved page goes through trafilatura, which keeps the article's main text and drops menus, related links and
cookie notices, and reads the title, date and site name from the page's metadata.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ClaimsError
from .text import strip_date_line

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_BYTES = 50 * 1024 * 1024  # a "news article" larger than this is not one


@dataclass
class Document:
    name: str  # where it came from, for messages: a path, "stdin", "line 3 of feed.jsonl"
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    language: str | None = None


class SourceError(ClaimsError):
    """A source that cannot be read as text; in a folder run the other files still go through."""


def read_path(path: Path) -> Iterator[Document | SourceError]:
    """The documents in a file or, recursively, a folder (sorted by name). Errors are yielded, not raised,
    so that one unreadable file does not stop a folder."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
            if child.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES:
                yield from read_path(child)
        return
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield SourceError(f"{path}: {size} bytes is too large for an article (limit {MAX_BYTES})")
            return
        raw = path.read_bytes()
    except OSError as e:
        yield SourceError(f"{path}: cannot read: {e.strerror or e}")
        return
    yield from read_bytes(raw, str(path), path.suffix.lower())


def read_bytes(raw: bytes, name: str, suffix: str = "") -> Iterator[Document | SourceError]:
    if b"\x00" in raw[:8192]:
        yield SourceError(f"{name}: a binary file, not text")
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        yield SourceError(f"{name}: not UTF-8 text (undecodable byte at offset {e.start})")
        return
    if suffix in JSONL_SUFFIXES or (not suffix and _looks_like_jsonl(text)):
        yield from _jsonl_documents(text, name)
    elif suffix in HTML_SUFFIXES or (not suffix and text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))):
        yield _html_document(text, name)
    else:
        yield _text_document(text, name)


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    if first != "{":
        return False
    line = text.lstrip().split("\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict) and "text" in json.loads(line)
    except json.JSONDecodeError:
        return False


def _text_document(text: str, name: str) -> Document:
    dated, _ = strip_date_line(text)
    return Document(name=name, text=text, published=dated)


def _html_document(html: str, name: str, **known: Any) -> Document | SourceError:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as e:  # trafilatura raises a variety of parser errors on hostile markup
        return SourceError(f"{name}: cannot read the page: {e}")
    if extracted is None:
        return SourceError(f"{name}: no article text found in the page")
    page = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    return Document(
        name=name,
        text=page.get("text") or "",
        url=known.get("url") or page.get("url"),
        outlet=known.get("outlet") or page.get("sitename"),
        title=known.get("title") or page.get("title"),
        published=known.get("published") or _iso_date(page.get("date")),
        language=known.get("language"),
    )


def _iso_date(value: Any) -> str | None:
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None


def _jsonl_documents(text: str, name: str) -> Iterator[Document | SourceError]:
    """JSON Lines of {text, url?, outlet?, title?, date?, language?}; `html` may stand for `text`."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}, line {number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            yield SourceError(f"{where}: invalid JSON: {e.msg} at column {e.colno}")
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text", item.get("html")), str):
            yield SourceError(f"{where}: /text: an article needs a string 'text' (or 'html')")
            continue
        date = item.get("date") or item.get("published")
        if date is not None and _iso_date(date) is None:
            yield SourceError(f"{where}: /date: {date!r} is not a date of the form YYYY-MM-DD")
            continue
        known = {
            "url": item.get("url"),
            "outlet": item.get("outlet"),
            "title": item.get("title"),
            "published": _iso_date(date),
            "language": item.get("language"),
        }
        if isinstance(item.get("text"), str):
            dated, _ = strip_date_line(item["text"])
            yield Document(name=where, text=item["text"], **{**known, "published": known["published"] or dated})
        else:
            yield _html_document(item["html"], where, **known)
