#!/bin/sh
# Regenerates the example reports in this folder from claims.jsonl: the sample article's statements
# (sources/2026-01-31-dmitrijev-miami.sl.txt, as `claims extract` found them) with an invented verification
# history from 31 January to 3 February 2026. The statuses are illustrations, not fact-checks.
#
#     sh reports/example/make.sh        (tests/test_example_report.py checks the files here are current)
set -eu
cd "$(dirname "$0")"
store="$(mktemp -d)"
trap 'rm -rf "$store"' EXIT
db="sqlite:///$store/example.db"
claims --db "$db" import claims.jsonl
title="Example report (illustrative statuses, not real fact-checks)"
claims --db "$db" report --format html --since 2026-01-31 --as-of 2026-02-03 --title "$title" --out report.html
claims --db "$db" report --format md --since 2026-01-31 --as-of 2026-02-03 --title "$title" --out report.md
claims --db "$db" report --format json --since 2026-01-31 --as-of 2026-02-03 --title "$title" --out report.json
claims --db "$db" report --format md --as-of 2026-02-01 --title "$title, as of 1 February" --out as-of-2026-02-01.md
claims --db "$db" speaker Witkoff --format html --as-of 2026-02-03 --out witkoff.html
claims --db "$db" config set publisher.name "Example Fact-Check Desk" >/dev/null
claims --db "$db" config set publisher.url https://factcheck.example >/dev/null
claims --db "$db" config set review.url 'https://factcheck.example/claims/{id}' >/dev/null
claims --db "$db" export --format claimreview --out claimreview.jsonld
