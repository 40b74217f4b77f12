"""Score the extractor on a gold set of passages, in-process (no process start-up per passage).

    python tests/devset/score.py tests/devset/*-dev.gold.jsonl [--verbose]

Gold files are JSON Lines in the team's format (one passage a line: id, lang, date, statements with speaker,
aliases, type, keywords); the passage text is texts/<id>.txt beside the gold file. The matching rule is the one
the product is judged by: a gold statement is found when at least 2/3 of its keyword stems are prefixes of
tokens of the extracted text (casefolded, diacritics removed, Cyrillic transliterated); the speaker is right
when an alias stem, or the stem of the gold speaker's last name, is a prefix of a token of the extracted speaker.
Matching is one-to-one, best keyword overlap first.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from claims.extract import extract
from claims.names import name_key


def _tokens(text: str) -> set[str]:
    return set(name_key(text).split())


def _prefix_hits(stems: list[str], tokens: set[str]) -> int:
    return sum(1 for stem in stems if any(t.startswith(stem) for t in tokens))


def speaker_right(gold: dict[str, Any], speaker: str) -> bool:
    tokens = _tokens(speaker)
    stems = [name_key(a) for a in gold.get("aliases", [])]
    own = name_key(gold["speaker"]).split()
    if own:
        stems.append(own[-1])
    return any(stem and any(t.startswith(stem) for t in tokens) for stem in stems)


def match(gold: list[dict[str, Any]], found: list[dict[str, Any]]) -> tuple[list, list]:
    """Greedy one-to-one matching: (content matches, content-and-speaker matches) as (gold, found) pairs."""
    content, both = [], []
    found_tokens = [_tokens(f["text"]) for f in found]
    for gi, g in enumerate(gold):
        stems = [name_key(k) for k in g["keywords"]]
        for fi, tokens in enumerate(found_tokens):
            hits = _prefix_hits(stems, tokens)
            if hits * 3 < 2 * len(stems):
                continue
            ok = speaker_right(g, found[fi]["speaker"])
            content.append(((hits / len(stems), ok, -fi), gi, fi))
            if ok:
                both.append(((hits / len(stems), -fi), gi, fi))

    def greedy(pairs: list) -> list:
        used_g, used_f, out = set(), set(), []
        for _, gi, fi in sorted(pairs, key=lambda p: p[0], reverse=True):
            if gi not in used_g and fi not in used_f:
                used_g.add(gi)
                used_f.add(fi)
                out.append((gi, fi))
        return out

    return greedy(content), greedy(both)


def score(paths: list[Path], verbose: bool = False) -> dict[str, dict[str, float]]:
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            passage = json.loads(line)
            candidates = [
                path.parent / "texts" / f"{passage['id']}.txt",
                path.parent.parent / "sources" / f"{passage['id']}.txt",
            ]
            text = next(p for p in candidates if p.exists()).read_text(encoding="utf-8")
            started = time.process_time()
            reference = date.fromisoformat(passage["date"]) if passage.get("date") else None
            found = [s.as_dict() for s in extract(text, published=reference)]
            elapsed = time.process_time() - started
            gold = passage["statements"]
            detected, correct = match(gold, found)
            for key in (passage["lang"], "ALL"):
                t = totals[key]
                t["gold"] += len(gold)
                t["found"] += len(found)
                t["detected"] += len(detected)
                t["correct"] += len(correct)
                t["types"] += sum(1 for gi, fi in detected if gold[gi]["type"] == found[fi]["quote_type"])
                t["seconds"] += elapsed
                t["chars"] += len(text)
            if verbose:
                _explain(passage, gold, found, detected, correct)
    report = {}
    for key, t in totals.items():
        p = t["correct"] / t["found"] if t["found"] else 0.0
        r = t["correct"] / t["gold"] if t["gold"] else 0.0
        dp = t["detected"] / t["found"] if t["found"] else 0.0
        dr = t["detected"] / t["gold"] if t["gold"] else 0.0
        report[key] = {
            "gold": int(t["gold"]),
            "found": int(t["found"]),
            "detection_f1": round(2 * dp * dr / (dp + dr), 3) if dp + dr else 0.0,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "speaker_accuracy": round(t["correct"] / t["detected"], 3) if t["detected"] else 0.0,
            "type_accuracy": round(t["types"] / t["detected"], 3) if t["detected"] else 0.0,
            "mb_per_s": round(t["chars"] / t["seconds"] / 1e6, 3) if t["seconds"] else 0.0,
        }
    return report


def _explain(passage: dict, gold: list, found: list, detected: list, correct: list) -> None:
    right = {gi for gi, _ in correct}
    by_gold = dict(detected)
    matched_found = {fi for _, fi in detected}
    print(f"== {passage['id']}", file=sys.stderr)
    for gi, g in enumerate(gold):
        if gi in right:
            continue
        if gi in by_gold:
            f = found[by_gold[gi]]
            print(f"   SPEAKER {g['speaker']!r} <- {f['speaker']!r}: {f['text'][:80]!r}", file=sys.stderr)
        else:
            print(f"   MISS    {g['speaker']!r} {g['type']}: {g.get('text', g['keywords'])!r:.100}", file=sys.stderr)
    for fi, f in enumerate(found):
        if fi not in matched_found:
            print(f"   EXTRA   {f['speaker']!r} {f['quote_type']}: {f['text'][:90]!r}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    report = score(args.gold, args.verbose)
    header = ("gold", "found", "det_F1", "P", "R", "F1", "spk%", "type%", "MB/s")
    print(f"{'lang':6} " + " ".join(f"{h:>6}" for h in header))
    for key in sorted(report, key=lambda k: (k == "ALL", k)):
        r = report[key]
        print(
            f"{key:6} {r['gold']:5} {r['found']:6} {r['detection_f1']:7.3f} {r['precision']:6.3f} {r['recall']:6.3f} "
            f"{r['f1']:6.3f} {r['speaker_accuracy']:6.3f} {r['type_accuracy']:6.3f} {r['mb_per_s']:6.3f}"
        )


if __name__ == "__main__":
    main()
