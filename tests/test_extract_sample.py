"""The sample article: every statement a careful annotator finds in it comes out, with the right speaker, quote
type and due date, and nothing else does.

Matching rule (the issue's): a gold statement is found when at least 2/3 of its keyword stems are prefixes of
tokens of the extracted text (casefolded, diacritics removed, Cyrillic transliterated), and the speaker is right
when the gold speaker's surname or name stem (one of its aliases, or its own last word) is a prefix of a token of
the extracted speaker.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.extract import extract
from claims.names import name_key

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests" / "2026-01-31-dmitrijev-miami.gold.json").read_text(encoding="utf-8"))
TEXT = (ROOT / "sources" / GOLD["source"]).read_text(encoding="utf-8")


def _tokens(text: str) -> set[str]:
    return set(name_key(text).split())


def content_found(gold: dict, text: str) -> bool:
    tokens = _tokens(text)
    hits = sum(1 for stem in gold["keywords"] if any(t.startswith(name_key(stem)) for t in tokens))
    return hits * 3 >= 2 * len(gold["keywords"])


def speaker_right(gold: dict, speaker: str) -> bool:
    stems = [name_key(a) for a in gold["aliases"]] + [name_key(gold["speaker"]).split()[-1]]
    return any(t.startswith(stem) for stem in stems for t in _tokens(speaker))


@pytest.fixture(scope="module")
def extracted() -> list:
    return extract(TEXT)


def _match(extracted: list) -> dict[int, object]:
    """Gold statement index → the extracted statement matched to it (one to one, in gold order)."""
    taken: set[int] = set()
    matched = {}
    for gi, gold in enumerate(GOLD["statements"]):
        for ei, statement in enumerate(extracted):
            if ei not in taken and content_found(gold, statement.text) and speaker_right(gold, statement.speaker):
                matched[gi] = statement
                taken.add(ei)
                break
    return matched


def test_the_date_line_gives_the_date_and_the_language_is_detected(extracted: list) -> None:
    assert {s.language for s in extracted} == {"sl"}
    assert any(s.due == "2026-02-01" for s in extracted)  # needs the article's date, from its first line


@pytest.mark.parametrize("index", range(len(GOLD["statements"])), ids=lambda i: GOLD["statements"][i]["speaker"])
def test_every_gold_statement_comes_out_with_its_speaker_type_and_due_date(extracted: list, index: int) -> None:
    gold = GOLD["statements"][index]
    statement = _match(extracted).get(index)
    assert statement is not None, f"not found: {gold['speaker']}: {gold['text']}"
    assert statement.quote_type == gold["type"]
    assert statement.due == gold["due"]
    assert statement.speaker_kind == gold["kind"]


def test_nothing_else_comes_out(extracted: list) -> None:
    matched = _match(extracted)
    assert len(matched) == len(GOLD["statements"])
    assert len(extracted) == len(GOLD["statements"]), [(s.speaker, s.text) for s in extracted]


def test_speakers_are_named_in_base_form(extracted: list) -> None:
    speakers = {s.speaker for s in extracted}
    assert {"Steve Witkoff", "Kiril Dmitrijev", "Kremelj", "Rusija", "Washington"} <= speakers


def test_offsets_point_at_the_content(extracted: list) -> None:
    for statement in extracted:
        span = TEXT[statement.start : statement.end]
        first_word, last_word = statement.text.split()[0], statement.text.split()[-1]
        assert span.startswith(first_word) and span.endswith(last_word), (span, statement.text)


def test_channels_are_found(extracted: list) -> None:
    channels = {(s.speaker, s.channel) for s in extracted if s.channel}
    assert ("Kiril Dmitrijev", "Instagram") in channels
    assert ("Steve Witkoff", "X") in channels
    assert ("anonymous source (vir)", "AFP") in channels
