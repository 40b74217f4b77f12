"""Provisional claim matching (a normalized-text key and a Jaccard of 5-character stems), until the measured
matching of the `matching` branch replaces it."""

from __future__ import annotations

import hashlib

from .names import name_key

AUTO = 0.8
SUGGEST = 0.5


def text_key(text: str) -> str:
    return hashlib.sha256(name_key(text).encode()).hexdigest()[:32]


def signature(text: str, language: str | None = None) -> frozenset[str]:
    return frozenset(w[:5] for w in name_key(text).split() if len(w) > 2)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def classify(score: float) -> str:
    return "same" if score >= AUTO else "maybe" if score >= SUGGEST else "different"
