"""Score claim matching (claims.matching) on the labelled pairs, in-process.

    python tests/matching/evaluate.py [--pairs tests/matching/pairs.jsonl] [--sweep]

For the dev and the held-out split, and within each by kind of pair (same language, Serbian Cyrillic against
Latin included; across the South Slavic languages; with English), prints the precision and recall of the automatic
tier (score >= AUTO, an exact key match included) and of automatic + suggested (score >= SUGGEST), then every wrong
automatic link. With --sweep, on the dev pairs only: for each stem length, the lowest AUTO that admits no negative
and the recall it gives — how STEM and AUTO in claims/matching.py were chosen.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from claims import matching

HERE = Path(__file__).parent


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def kind(pair: dict[str, Any]) -> str:
    languages = {pair["a"]["language"], pair["b"]["language"]}
    if "en" in languages:
        return "with English"
    return "same language" if len(languages) == 1 else "across South Slavic"


def scored(pairs: Iterable[dict[str, Any]]) -> list[tuple[dict[str, Any], float]]:
    return [(p, matching.score(p["a"]["text"], p["b"]["text"])) for p in pairs]


def precision_recall(rows: list[tuple[dict[str, Any], float]], threshold: float) -> tuple[str, str]:
    linked = [p for p, s in rows if s >= threshold]
    right = sum(1 for p in linked if p["same"])
    positives = sum(1 for p, _ in rows if p["same"])
    precision = f"{right / len(linked):.3f} ({right}/{len(linked)})" if linked else "-   (0/0)"
    recall = f"{right / positives:.3f} ({right}/{positives})" if positives else "-"
    return precision, recall


def report(pairs: list[dict[str, Any]]) -> list[tuple[dict[str, Any], float]]:
    """Print the table; return the wrong automatic links."""
    print(
        f"AUTO = {matching.AUTO}, SUGGEST = {matching.SUGGEST}, STEM = {matching.STEM}, "
        f"CONTAINMENT = {matching.CONTAINMENT}\n"
    )
    header = f"{'split':8} {'pairs':22} {'n':>4}  {'auto P':18} {'auto R':18} {'auto+suggest P':18} {'auto+suggest R'}"
    print(header)
    print("-" * len(header))
    wrong = []
    for split in ("dev", "heldout"):
        rows = scored(p for p in pairs if p["split"] == split)
        groups: dict[str, list] = defaultdict(list)
        for row in rows:
            groups[kind(row[0])].append(row)
        for name, group in [*sorted(groups.items()), ("all", rows)]:
            auto = precision_recall(group, matching.AUTO)
            both = precision_recall(group, matching.SUGGEST)
            print(f"{split:8} {name:22} {len(group):>4}  {auto[0]:18} {auto[1]:18} {both[0]:18} {both[1]}")
        wrong += [(p, s) for p, s in rows if s >= matching.AUTO and not p["same"]]
    print(f"\nwrong automatic links: {len(wrong)}")
    for p, s in wrong:
        print(f"  {s:.3f} [{p['split']}] {p['a']['text']!r} ~ {p['b']['text']!r} ({p['why']})")
    return wrong


def sweep(pairs: list[dict[str, Any]]) -> None:
    """For each stem length and containment weight: the lowest AUTO above every dev negative, and dev recall."""
    dev = [p for p in pairs if p["split"] == "dev"]
    keep = matching.STEM, matching.CONTAINMENT
    print("STEM  CONTAINMENT  safe AUTO  recall (dev)  recall >= SUGGEST  negatives >= SUGGEST")
    try:
        for stem in range(3, 9):
            for containment in (0.0, 0.25, 0.5):
                matching.STEM, matching.CONTAINMENT = stem, containment
                rows = scored(dev)
                ceiling = max(s for p, s in rows if not p["same"])
                positives = [s for p, s in rows if p["same"]]
                recall = sum(1 for s in positives if s > ceiling) / len(positives)
                suggest = sum(1 for s in positives if s >= matching.SUGGEST) / len(positives)
                noise = sum(1 for p, s in rows if not p["same"] and s >= matching.SUGGEST)
                print(f"{stem:4}  {containment:11}  > {ceiling:.3f}    {recall:.3f}         {suggest:.3f}"
                      f"              {noise}")  # fmt: skip
    finally:
        matching.STEM, matching.CONTAINMENT = keep


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=Path, default=HERE / "pairs.jsonl")
    parser.add_argument("--sweep", action="store_true", help="choose STEM and AUTO on the dev pairs")
    args = parser.parse_args()
    pairs = load(args.pairs)
    if args.sweep:
        sweep(pairs)
        print()
    report(pairs)


if __name__ == "__main__":
    main()
