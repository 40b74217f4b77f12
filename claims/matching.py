"""Claim matching: is a new statement one the store already holds, said again or reported by another outlet?

Two tiers (issue 5):

1. Exact. `text_key` normalizes a statement the way `names.name_key` normalizes a name — casefolded, Cyrillic in
   Latin, no diacritics, punctuation and quotation marks gone, whitespace collapsed — and hashes it. Equal keys
   are the same statement; the store indexes the key, so the look-up is one index probe.
2. Near-duplicate. `signature` turns a statement into a set of features (content-word stems, numbers, negation)
   that survive what outlets do to a quote: word order, inflection (direct vs reported speech), ijekavian vs
   ekavian, Croatian vs Serbian vs Bosnian spelling, script. `similarity` compares two signatures; `classify`
   puts the score in "same" (linked automatically, at or above `AUTO`), "maybe" (a suggestion a person confirms,
   at or above `SUGGEST`) or "different". The thresholds were chosen on the development half of
   `tests/matching/pairs.jsonl` so that no pair that should not match scores "same"; the held-out half is only
   scored (`python tests/matching/evaluate.py`).

Nothing here touches the store: the store finds candidates by the indexed key and by (speaker, date window) and
calls `match` on them, so matching costs one signature for the new statement and one comparison per candidate.
No model, no download: a stem is a prefix of a normalized word (truncation, the crudest stemmer, is enough for
Slavic inflection, which lives at the end of the word), and the word lists below are small and our own.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .names import name_key

__all__ = ["AUTO", "SUGGEST", "Match", "classify", "match", "score", "signature", "similarity", "text_key"]

Verdict = Literal["same", "maybe", "different"]

# Chosen on the dev pairs (`python tests/matching/evaluate.py --sweep`). The best dev negative scores 0.802 (a
# one-word swap: 'porasti'/'pasti'); AUTO leaves a margin above it, since a wrong automatic link merges two claims
# unseen. SUGGEST is the knee below: lowering it to 0.3 adds no dev positive and a dozen more negatives to review.
AUTO = 0.85
SUGGEST = 0.4

# A stem is the first STEM characters of a normalized word: long enough to tell 'konstruktivni' from 'konec',
# short enough that 'razgovori', 'razgovore' and 'razgovorima' agree. Measured on the dev pairs (3..8): 4 and 5
# tie on recall at a safe AUTO; 3 lets more negatives close, 6 and up lose inflected positives.
STEM = 5

# The weight of containment (shared / smaller) against Jaccard (shared / union) in `similarity`. Containment
# forgives a quote shortened to its core, but also a short claim found inside a longer, different one. Measured on
# the dev pairs (0, 0.25, 0.5): 0.25 gives the best recall at a safe AUTO.
CONTAINMENT = 0.25


def _normalize(text: str) -> str:
    return name_key(text)


def text_key(text: str) -> str:
    """The exact-tier key: sha256 (hex) of the normalized text, so 'Pogovori so bili "konstruktivni"!' and
    'POGOVORI SO BILI KONSTRUKTIVNI' share it, and Cyrillic and Latin Serbian too.

    A hash rather than the text: statements run to paragraphs, and a fixed 64 characters index well on SQLite and
    PostgreSQL alike (a B-tree entry in PostgreSQL cannot exceed about 2.7 kB).
    """
    return hashlib.sha256(_normalize(text).encode()).hexdigest()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words of every language we read, in normalized form (no diacritics), as one list: a statement is
# compared with renderings in the other languages, and the language label of a short quote is a guess anyway.
# Auxiliaries ('je', 'bo', 'ce', 'bi', 'will') go too: they change with direct vs reported speech.
_STOP = _words(
    """
    a ali in ter pa da ki ko kot ker ce se si so sta smo ste sem je bo bodo bom bomo boste bosta bi bil bila
    bilo bili bile biti bit bice bicu bicemo budu bude sam su jesam i u o od do za na po pri pred z
    s v k iz ob med brez proti tudi ze samo le to ta tega ti tem tej kar kaj kdo kje kako kada kad gde gdje
    jer vec vse vsi vsa svi sve sva neki neka nekaj nas vas njih jih ga mu ji jo ih joj mi vi oni one ona on ono
    jos takodje tako prav bas sto mora moral naj nam vam jim im li dok kao taj te tu tamo
    ovde ovdje tog toga koji koja koje kojeg kojem rekao rekla rekli izjavio izjavila
    dejal dejala povedal povedala zagotovil porucio porucila kazao kazala
    the an and or of at by for from with is are was were be been will would shall should can could
    may might that this these those it its we us our they them their he she his her you as than then
    said says also
    """
)

# Negation is what turns a claim into its opposite with one short word, so it is never dropped: every form
# becomes the one feature '~' (and 'nećemo' and 'ne bomo' agree). "n't" splits into 'don' + 't' on normalizing.
_NEGATION = _words(
    """
    ne ni niso nisem nisi nismo niste nista nije nisu nisam necu neces nece necemo necete nema nemamo nemaju
    nemam nimamo nimajo nobeden nikoli nikad nikada not no never t nobody none nothing
    """
)
_NEG = "~"

# Numbers in words become digits, so 'tri odstotke', 'tri posto', '3 odsto' and 'three percent' agree; a claim
# with another number is another claim, and numbers are compared whole, never cut to a stem.
_NUMBERS = {
    "nic": "0", "nula": "0", "zero": "0", "ena": "1", "en": "1", "eden": "1", "jedan": "1", "jedna": "1",
    "jedno": "1", "one": "1", "dva": "2", "dve": "2", "dvije": "2", "two": "2", "tri": "3", "trije": "3",
    "tremi": "3", "three": "3", "stiri": "4", "cetiri": "4", "four": "4", "pet": "5", "five": "5", "sest": "6",
    "six": "6", "sedem": "7", "sedam": "7", "seven": "7", "osem": "8", "osam": "8", "eight": "8", "devet": "9",
    "nine": "9", "deset": "10", "ten": "10", "hundred": "100", "tisoc": "1000", "tisucu": "1000",
    "tisuca": "1000", "hiljadu": "1000", "hiljada": "1000", "thousand": "1000",
}  # fmt: skip

# Percent, in every language, is one feature.
_PERCENT = _words("odstotek odstotka odstotki odstotke odstotkov posto odsto procenat procenata percent")

# The same word spelled differently by language, where a prefix stem cannot see it: the first entry's form
# (a prefix of the normalized word) is written as the second. Slovenian words that Serbo-Croatian says with
# another root are mapped to the Serbo-Croatian root, so a Slovenian and a Croatian rendering can meet.
_EQUIVALENT_PREFIXES = (
    ("pogovor", "razgovor"),
    ("srecanj", "sastanak"),
    ("pogajanj", "pregovor"),
    ("ozemlj", "teritor"),
    ("vprasanj", "pitanj"),
    ("ovir", "preprek"),
    ("ispod", "pod"),
    ("iznad", "nad"),
    ("primanjkljaj", "deficit"),
    ("manjak", "deficit"),
    ("proracun", "budzet"),
    ("evrop", "europ"),
    ("histor", "istor"),
)

# Ijekavian 'ije'/'je' after a consonant is ekavian 'e': 'vrijeme'/'vreme', 'uspjesan'/'uspesan', 'ljeto'/'leto'.
_YAT = re.compile(r"ije|(?<=[bcdfghklmnprstvz])je")


@lru_cache(maxsize=65536)  # words repeat (news vocabulary is Zipfian): each is reduced once
def _feature(word: str) -> str | None:
    if word in _NEGATION:
        return _NEG
    if word in _STOP:
        return None
    if word.isdigit():
        return word
    if word in _NUMBERS:
        return _NUMBERS[word]
    if word in _PERCENT:
        return "%"
    for prefix, replacement in _EQUIVALENT_PREFIXES:
        if word.startswith(prefix):
            word = replacement
            break
    stem = _YAT.sub("e", word)[:STEM]
    # A final vowel left in the stem is an ending: 'litri' and 'litru', 'novi' and 'nova' agree.
    return stem.rstrip("aeiou") or stem


def signature(text: str) -> frozenset[str]:
    """The features of a statement for near-duplicate comparison: stems of its content words, its numbers, and
    when it is negated '~' and '~' + the stem of the first content word after the negation — what is negated:
    'stavke ne bo, vlada je umaknila predlog' (no strike) is not 'stavka bo, če vlada ne umakne predloga' (a strike
    unless). One pass over the words (linear in the text).
    """
    features = set()
    negated = False
    for word in _normalize(text).split():
        feature = _feature(word)
        if feature == _NEG:
            negated = True
        elif feature and negated:
            features.add(_NEG + feature)
            negated = False
        if feature:
            features.add(feature)
    return frozenset(features)


def _is_number(feature: str) -> bool:
    return feature.isdigit() or feature == "%"


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """How alike two signatures are, 0..1: Jaccard (penalises a quote extended with new content) weighted with
    containment (forgives a quote shortened to its core), halved when one side is negated and the other is not,
    or both carry numbers and not the same ones — a claim and its negation, or the same claim with another
    figure, are different claims however close the wording.
    """
    if not a or not b:
        return 0.0
    shared = len(a & b)
    score = (1 - CONTAINMENT) * shared / len(a | b) + CONTAINMENT * shared / min(len(a), len(b))
    if (_NEG in a) != (_NEG in b):
        score /= 2
    numbers_a = {f for f in a if _is_number(f)}
    numbers_b = {f for f in b if _is_number(f)}
    if numbers_a and numbers_b and numbers_a != numbers_b:
        score /= 2
    return score


def classify(score: float) -> Verdict:
    """'same' (link automatically), 'maybe' (suggest to a person) or 'different'."""
    if score >= AUTO:
        return "same"
    if score >= SUGGEST:
        return "maybe"
    return "different"


def _score(key: str, own: frozenset[str], candidate: str) -> float:
    return 1.0 if text_key(candidate) == key else similarity(own, signature(candidate))


def score(a: str, b: str) -> float:
    """The score of two statements: 1.0 when their `text_key`s are equal, else the `similarity` of their
    signatures."""
    return _score(text_key(a), signature(a), b)


@dataclass(frozen=True)
class Match:
    """A candidate compared with a new statement: the candidate's id as the caller gave it, its score and verdict."""

    id: object
    score: float
    verdict: Verdict


def match(text: str, candidates: Iterable[tuple[object, str]]) -> list[Match]:
    """Compare a new statement with candidates (id, text) found by the store; the ones scoring 'same' or 'maybe',
    best first. An exact match (equal `text_key`) scores 1.0. The new statement's signature is made once, and
    each candidate is compared once.
    """
    key, own = text_key(text), signature(text)
    found = []
    for candidate_id, candidate in candidates:
        value = _score(key, own, candidate)
        if value >= SUGGEST:
            found.append(Match(candidate_id, value, classify(value)))
    found.sort(key=lambda m: -m.score)
    return found
