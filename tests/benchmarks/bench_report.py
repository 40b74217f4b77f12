"""Benchmark of reports over a big store (issue 4, point 6; SPEC.md, "Performance"): a standalone script, not
part of the test run.

    python tests/benchmarks/bench_report.py [--big 1000000] [--cache-dir DIR] [--full]

The store is the one ``bench_store.py`` builds and caches (``--big`` claims, ~3 status events each, two years of
history, 2,000 speakers; built on first use, in minutes). Each report is written by ``claims report`` run in a
fresh process pinned to one CPU, output to /dev/null, and timed by wall clock and CPU; its peak memory is the
process's high-water mark (``ru_maxrss``), which includes Python and the libraries (~60 MiB for ``claims
--version``). Goal (issue 4): the JSON report under 5 s and under 300 MB on one core.

Reports timed, all as of the last day of the store's history:

- ``json week``: the weekly report (``--since`` six days before), read from the status kept on each claim;
- ``json week, past date``: the same for a date a year back, rebuilt from the 3,000,000 events;
- ``md week``, ``html week``, ``csv week``: the other formats of the weekly report (HTML adds the chart of
  statuses over time, one pass over every event);
- ``html speaker``: the record of a speaker with ~500 claims;
- with ``--full``: ``json all``, every claim with its timeline, the memory of which must not grow with the store.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_store


def last_day(path: Path) -> date:
    with sqlite3.connect(path) as connection:
        (moment,) = connection.execute("SELECT max(recorded_at) FROM status_event").fetchone()
    return date.fromisoformat(moment[:10])


def run_report(db_path: Path, args: list[str], cpu: int | None) -> dict[str, float]:
    """`claims ARGS --out /dev/null` in a fresh process: wall and CPU seconds, and that process's peak MiB."""
    command = [sys.executable, "-m", "claims", "--db", f"sqlite:///{db_path}", *args, "--out", os.devnull]
    if cpu is not None:
        command = ["taskset", "-c", str(cpu), *command]
    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)  # the rusage of this child alone
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{' '.join(args)} failed: {errors.read()[-2000:]}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mib": usage.ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big", type=int, default=1_000_000, help="claims in the big store [%(default)s]")
    parser.add_argument(
        "--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "claims-bench", help="[%(default)s]"
    )
    parser.add_argument("--full", action="store_true", help="also the report of every claim (minutes)")
    parser.add_argument("--no-pin", action="store_true", help="do not pin the reports to one CPU")
    options = parser.parse_args()
    options.cache_dir.mkdir(parents=True, exist_ok=True)
    path, meta = bench_store.ensure_big_store(options.cache_dir, options.big, rebuild=False)
    cpu = None if options.no_pin else bench_store.idlest_cpu()
    day = last_day(path)
    week = ["--since", (day - timedelta(days=6)).isoformat(), "--as-of", day.isoformat()]
    past = day - timedelta(days=365)
    past_week = ["--since", (past - timedelta(days=6)).isoformat(), "--as-of", past.isoformat()]
    speaker, claims, _, _ = bench_store.pick_speaker(path, 500)
    runs = [
        ("claims --version (start-up)", None),
        ("json week", ["report", "--format", "json", *week]),
        ("json week, past date", ["report", "--format", "json", *past_week]),
        ("md week", ["report", "--format", "md", *week]),
        ("csv week", ["report", "--format", "csv", *week]),
        ("html week", ["report", "--format", "html", *week]),
        (f"html speaker ({claims} claims)", ["speaker", speaker, "--format", "html", "--as-of", day.isoformat()]),
    ]
    if options.full:
        runs.append(("json all", ["report", "--format", "json", "--as-of", day.isoformat()]))
    results: dict[str, dict[str, float]] = {}
    print(f"store: {meta['claims']:,} claims, history up to {day} ({path})")
    print(f"{'report':<32} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9}")
    for name, args in runs:
        if args is None:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "claims", "--version"], check=True, capture_output=True)
            figures = {"wall_s": time.perf_counter() - start, "cpu_s": float("nan"), "peak_mib": float("nan")}
        else:
            figures = run_report(path, args, cpu)
        results[name] = figures
        print(f"{name:<32} {figures['wall_s']:>8.2f} {figures['cpu_s']:>8.2f} {figures['peak_mib']:>9.0f}", flush=True)
    out = options.cache_dir / "bench_report.json"
    out.write_text(json.dumps({"store": meta, "as_of": day.isoformat(), "results": results}, indent=2) + "\n")
    print(f"figures written to {out}")


if __name__ == "__main__":
    main()
