"""Writing a report out: JSON (streamed, validated item by item), CSV (one row a claim), Markdown, and one
self-contained HTML page with inline CSS and SVG charts.

Everything in a report that came from a source or a person (claim texts, names, outlets, notes, URLs) is
untrusted: HTML escapes it all and links only http(s) URLs; Markdown escapes what would break its tables, links
or emphasis, and raw HTML.
"""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import IO, Any
from urllib.parse import quote, urlsplit

from . import validate
from .report import TOP_SPEAKERS, Report

FORMATS = ("md", "html", "json", "csv")
EXTENSIONS = {"md": "md", "html": "html", "json": "json", "csv": "csv"}
CSV_COLUMNS = (
    "id",
    "said_on",
    "speaker",
    "status",
    "verdict",
    "due",
    "quote_type",
    "cue",
    "channel",
    "language",
    "outlets",
    "text",
)
# Colours of the known statuses; a desk's own statuses get one from the spare list by their position.
COLOURS = {
    "unverified": "#9aa0a6",
    "in-review": "#4285f4",
    "needs-recheck": "#f29900",
    "true": "#188038",
    "mostly-true": "#5bb974",
    "mixed": "#fbbc04",
    "mostly-false": "#e8710a",
    "false": "#d93025",
    "misleading": "#a142f4",
    "unverifiable": "#5f6368",
}
SPARE_COLOURS = ("#12b5cb", "#e52592", "#7cb342", "#795548", "#3949ab", "#00897b")


def write(report: Report, fmt: str, out: IO[str], title: str | None = None) -> None:
    {"json": write_json, "csv": write_csv, "md": write_markdown, "html": write_html}[fmt](report, out, title)


# --- JSON ---------------------------------------------------------------------------------------------------


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # one encoder for every item: json.dumps makes one a call


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def _checked(items: Iterable[dict[str, Any]], schema: str, what: str) -> Iterator[dict[str, Any]]:
    for n, item in enumerate(items):
        validate.check(schema, item, f"{what} {item.get('id') or item.get('claim') or n}")
        yield item


def write_json(report: Report, out: IO[str], title: str | None = None) -> None:
    """The whole report as one JSON document, written as it is read: the arrays are never held in memory."""
    head = {
        "report": {"title": title or _title(report), **report.meta()},
        "status_counts": report.status_counts(),
        "verdict_counts": report.verdict_counts(),
        "speakers": report.speaker_tallies(),
    }
    validate.check("report", {**head, "changes": [], "due": [], "claims": []}, "report")
    out.write("{\n")
    out.write(",\n".join(f'"{key}": {_dumps(value)}' for key, value in head.items()))
    for key, items, schema, what in (
        ("changes", report.changes(), "report-change", "change of claim"),
        ("due", report.due(), "report-due", "due claim"),
        ("claims", report.claims(), "report-claim", "claim"),
    ):
        out.write(f',\n"{key}": [')
        for n, item in enumerate(_checked(items, schema, what)):
            out.write(("," if n else "") + "\n" + _dumps(item))
        out.write("\n]")
    out.write("\n}\n")


# --- CSV ----------------------------------------------------------------------------------------------------


def write_csv(report: Report, out: IO[str], title: str | None = None) -> None:
    """One row a claim of the report, with its status and verdict as of the report's date."""
    writer = csv.DictWriter(out, CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for claim in report.claims():
        row = {**claim, "outlets": "; ".join(s.get("outlet") or s.get("url") or "" for s in claim["sources"])}
        writer.writerow({k: _csv_cell(row.get(k)) for k in CSV_COLUMNS})


def _csv_cell(value: Any) -> Any:
    # A cell starting with = + - @ is run as a formula by spreadsheets: such text is kept as text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


# --- Markdown -----------------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_LINE_START = re.compile(r"^(?:([#>+=-])|(\d+)([.)]))")


def md(text: Any) -> str:
    """Text safe inside a Markdown table cell or paragraph: no raw HTML, no emphasis, code, links or table
    breaks, and nothing at its start that would make a heading, a list or a quotation of it."""
    if text is None:
        return ""
    flat = " ".join(str(text).split())
    escaped = _MD_SPECIAL.sub(r"\\\1", flat).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_LINE_START.sub(lambda m: "\\" + m[1] if m[1] else m[2] + "\\" + m[3], escaped)


def _md_link(label: str, url: str | None) -> str:
    target = _safe_url(url)
    if target is None:
        return md(label)
    return f"[{md(label)}]({quote(target, safe=':/?#=&%;,@+~')})"


def _md_table(out: IO[str], headers: list[str], rows: Iterable[list[Any]]) -> int:
    """Write a table row by row (a report may list hundreds of thousands); returns the number of rows."""
    count = 0
    for count, row in enumerate(rows, 1):
        if count == 1:
            out.write("| " + " | ".join(headers) + " |\n|" + "---|" * len(headers) + "\n")
        out.write("| " + " | ".join(md(cell) for cell in row) + " |\n")
    out.write("\n" if count else "(none)\n\n")
    return count


def write_markdown(report: Report, out: IO[str], title: str | None = None) -> None:
    meta = report.meta()
    w = out.write
    w(f"# {md(title or _title(report))}\n\n")
    w(f"As of {meta['as_of']}; changes from {meta['period']['since']} to {meta['period']['until']}.\n\n")
    if "speaker" in meta:
        speaker = meta["speaker"]
        details = [speaker.get("kind"), speaker.get("role"), ", ".join(speaker.get("aliases", []))]
        w(f"Speaker: **{md(speaker['name'])}** ({md('; '.join(d for d in details if d))})\n\n")
    counts, verdicts = report.status_counts(), report.verdict_counts()
    w(f"## Claims by status ({sum(counts.values())})\n\n")
    _md_table(out, ["status", "claims"], ([report.label(s), n] for s, n in counts.items()))
    w(f"## Claims by verdict ({sum(verdicts.values())})\n\n")
    _md_table(out, ["verdict", "claims"], ([report.label(s), n] for s, n in verdicts.items()))
    w("## What changed\n\n")
    rows = (
        [
            _when(e["recorded_at"]),
            e["claim"],
            e["speaker"],
            f"{report.label(e['from'])} → {report.label(e['status'])}" if e["from"] else report.label(e["status"]),
            e["reviewer"],
            e["rationale"],
        ]
        for e in report.changes()
    )
    _md_table(out, ["when", "claim", "speaker", "status", "by", "why"], rows)
    w("## Due for re-checking\n\n")
    rows = (
        [d["reason"], d["due"], d["overdue_days"], d["id"], d["speaker"], report.label(d["status"]), d["text"]]
        for d in report.due()
    )
    _md_table(out, ["why", "due", "days over", "claim", "speaker", "status", "text"], rows)
    w("## Speakers\n\n")
    rows = (
        [t["speaker"], t["claims"], ", ".join(f"{report.label(s)} {n}" for s, n in t["by_status"].items())]
        for t in report.speaker_tallies()
    )
    _md_table(out, ["speaker", "claims", "by status"], rows)
    w("## Claims\n")
    for claim in report.claims():
        w(f"\n### {md(claim['id'])} · {md(claim['speaker'])} · {md(report.label(claim['status']))}\n\n")
        w(f"> {md(claim['text'])}\n\n")
        facts = [
            ("said", claim["said_on"]),
            ("verdict", report.label(claim["verdict"]) if claim["verdict"] else None),
            ("type", claim["quote_type"]),
            ("cue", claim["cue"]),
            ("channel", claim["channel"]),
            ("due", claim["due"]),
        ]
        w(" · ".join(f"{name}: {md(value)}" for name, value in facts if value) + "\n\n")
        for event in claim["timeline"]:
            why = f" — {md(event['rationale'])}" if event.get("rationale") else ""
            when, label = md(_when(event["recorded_at"])), md(report.label(event["status"]))
            w(f"- {when} **{label}** by {md(event['reviewer'])}{why}\n")
        for source in claim["sources"]:
            label = " · ".join(str(source[k]) for k in ("outlet", "title", "published") if source.get(k)) or "source"
            w(f"- source: {_md_link(label, source.get('url'))}\n")


# --- HTML ---------------------------------------------------------------------------------------------------


def esc(value: Any) -> str:
    return "" if value is None else html.escape(str(value), quote=True)


def _safe_url(url: str | None) -> str | None:
    """Only web addresses become links: 'javascript:' and other schemes are shown as text."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _link(label: str, url: str | None) -> str:
    target = _safe_url(url)
    if target is None:
        return esc(label)
    return f'<a href="{esc(target)}" rel="noopener noreferrer nofollow">{esc(label)}</a>'


def _colour(status: str, order: list[str]) -> str:
    if status in COLOURS:
        return COLOURS[status]
    return SPARE_COLOURS[order.index(status) % len(SPARE_COLOURS)] if status in order else "#80868b"


CSS = """
:root{--fg:#202124;--muted:#5f6368;--line:#dadce0;--bg:#fff;--card:#f8f9fa}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);
margin:0 auto;max-width:60rem;padding:1rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid var(--line)}
h3{font-size:1rem;margin:.2rem 0}
.meta{color:var(--muted)}
.cards{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.5rem .8rem;min-width:8rem}
.card b{display:block;font-size:1.5rem}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
.badge{display:inline-block;border-radius:1rem;padding:0 .5rem;color:#fff;font-size:.8rem;white-space:nowrap}
svg{max-width:100%;height:auto}
svg text{font:12px system-ui,sans-serif;fill:var(--fg)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem .9rem;font-size:.85rem;margin:.3rem 0}
.legend i{display:inline-block;width:.8rem;height:.8rem;border-radius:.2rem;margin-right:.3rem;vertical-align:-.1rem}
article{border:1px solid var(--line);border-radius:.5rem;padding:.6rem .9rem;margin:.8rem 0;break-inside:avoid}
blockquote{margin:.4rem 0;padding-left:.8rem;border-left:3px solid var(--line);white-space:pre-wrap}
ol.timeline,ul.sources{margin:.3rem 0;padding-left:1.2rem;font-size:.9rem}
.empty{color:var(--muted)}
@media print{body{max-width:none;font-size:11pt}a{color:inherit}.table{overflow:visible}}
"""


def write_html(report: Report, out: IO[str], title: str | None = None) -> None:
    meta = report.meta()
    heading = title or _title(report)
    order = list(report.vocabulary.statuses)
    counts, verdicts = report.status_counts(), report.verdict_counts()
    # The re-check list is written first, to a spooled file, so that the card on top can give its length
    # without holding a list of what may be hundreds of thousands of claims.
    with tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8") as due_table:
        due = _table(
            due_table,
            ["why", "due", "days over", "claim", "speaker", "status", "text"],
            (
                [
                    esc(d["reason"]),
                    esc(d["due"]),
                    esc(d["overdue_days"]),
                    esc(d["id"]),
                    esc(d["speaker"]),
                    _badge(d["status"], report, order),
                    esc(d["text"]),
                ]
                for d in report.due()
            ),
        )
        _html_head(out, heading, meta)
        out.write('<section class="cards">')
        for label, value in (
            ("claims", sum(counts.values())),
            ("with a verdict", sum(verdicts.values())),
            ("due for re-checking", due),
            ("in review", counts.get("in-review", 0)),
        ):
            out.write(f'<div class="card"><b>{value}</b>{esc(label)}</div>')
        out.write("</section>\n<h2>Claims by status over time</h2>\n")
        out.write(_series_chart(report.status_series(), report, order))
        out.write("<h2>Claims by status</h2>\n")
        _counts_table(out, counts, report, order, "status")
        out.write("<h2>Claims by verdict</h2>\n")
        _counts_table(out, verdicts, report, order, "verdict")
        out.write("<h2>Speakers</h2>\n")
        tallies = report.speaker_tallies()
        out.write(_speaker_chart(tallies[:TOP_SPEAKERS], report, order))
        rows = ([esc(t["speaker"]), str(t["claims"]), _badges(t["by_status"], report, order)] for t in tallies)
        _table(out, ["speaker", "claims", "by status"], rows)
        out.write("<h2>What changed</h2>\n")
        changes = (
            [
                esc(_when(e["recorded_at"])),
                esc(e["claim"]),
                esc(e["speaker"]),
                (_badge(e["from"], report, order) + " → " if e["from"] else "") + _badge(e["status"], report, order),
                esc(e["reviewer"]),
                esc(e["rationale"]),
            ]
            for e in report.changes()
        )
        _table(out, ["when", "claim", "speaker", "status", "by", "why"], changes)
        out.write("<h2>Due for re-checking</h2>\n")
        due_table.seek(0)
        shutil.copyfileobj(due_table, out)
    out.write("<h2>Claims</h2>\n")
    empty = True
    for claim in report.claims():
        empty = False
        out.write(_claim_html(claim, report, order))
    if empty:
        out.write('<p class="empty">(none)</p>\n')
    out.write("</body>\n</html>\n")


def _html_head(out: IO[str], heading: str, meta: dict[str, Any]) -> None:
    w = out.write
    w('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    # The page runs no script and loads nothing: a policy that says so makes injected markup inert as well.
    w("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "img-src data:\">\n")  # fmt: skip
    w(f"<title>{esc(heading)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n")
    w(f"<header><h1>{esc(heading)}</h1>\n")
    w(
        f'<p class="meta">As of {esc(meta["as_of"])} · changes from {esc(meta["period"]["since"])} '
        f"to {esc(meta['period']['until'])}</p>\n"
    )
    if "speaker" in meta:
        speaker = meta["speaker"]
        details = [speaker.get("kind"), speaker.get("role"), ", ".join(speaker.get("aliases", []))]
        w(f'<p class="meta">{esc(speaker["name"])} · {esc(" · ".join(d for d in details if d))}</p>\n')
    w("</header>\n")


def _badge(status: str | None, report: Report, order: list[str]) -> str:
    if status is None:
        return ""
    return f'<span class="badge" style="background:{_colour(status, order)}">{esc(report.label(status))}</span>'


def _badges(by_status: dict[str, int], report: Report, order: list[str]) -> str:
    return " ".join(f"{_badge(s, report, order)} {n}" for s, n in by_status.items())


def _table(out: IO[str], headers: list[str], rows: Iterable[list[str]]) -> int:
    """Write a table of cells that are already escaped HTML, row by row; returns the number of rows."""
    count = 0
    for count, row in enumerate(rows, 1):
        if count == 1:
            head = "".join(f"<th>{esc(h)}</th>" for h in headers)
            out.write(f'<div class="table"><table><thead><tr>{head}</tr></thead><tbody>\n')
        out.write("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n")
    out.write("</tbody></table></div>\n" if count else '<p class="empty">(none)</p>\n')
    return count


def _counts_table(out: IO[str], counts: dict[str, int], report: Report, order: list[str], what: str) -> None:
    _table(out, [what, "claims"], ([_badge(s, report, order), str(n)] for s, n in counts.items()))


def _claim_html(claim: dict[str, Any], report: Report, order: list[str]) -> str:
    facts = [
        ("said", claim["said_on"]),
        ("type", claim["quote_type"]),
        ("cue", claim["cue"]),
        ("channel", claim["channel"]),
        ("due", claim["due"]),
    ]
    parts = [
        f'<article id="claim-{esc(claim["id"])}">',
        f"<h3>{esc(claim['id'])} · {esc(claim['speaker'])} {_badge(claim['status'], report, order)}"
        + (f" verdict {_badge(claim['verdict'], report, order)}" if claim["verdict"] else "")
        + "</h3>",
        f"<blockquote>{esc(claim['text'])}</blockquote>",
        '<p class="meta">' + " · ".join(f"{esc(k)}: {esc(v)}" for k, v in facts if v) + "</p>",
        '<ol class="timeline">',
    ]
    for event in claim["timeline"]:
        why = f" — {esc(event['rationale'])}" if event.get("rationale") else ""
        evidence = "".join(f" [{_link('evidence', url)}]" for url in event.get("evidence", []))
        parts.append(
            f"<li>{esc(_when(event['recorded_at']))} {_badge(event['status'], report, order)} "
            f"by {esc(event['reviewer'])}{why}{evidence}</li>"
        )
    parts.append('</ol>\n<ul class="sources">')
    for source in claim["sources"]:
        label = " · ".join(str(source[k]) for k in ("outlet", "title", "published") if source.get(k)) or "source"
        parts.append(f"<li>{_link(label, source.get('url'))}</li>")
    parts.append("</ul>\n</article>\n")
    return "\n".join(parts)


def _legend(statuses: Iterable[str], report: Report, order: list[str]) -> str:
    items = "".join(
        f'<span><i style="background:{_colour(s, order)}"></i>{esc(report.label(s))}</span>' for s in statuses
    )
    return f'<div class="legend">{items}</div>\n'


def _series_chart(series: list[tuple[date, dict[str, int]]], report: Report, order: list[str]) -> str:
    """Lines of the number of claims in each status, one point a day (a week over long spans)."""
    if not series:
        return '<p class="empty">(no history yet)</p>\n'
    first, last = series[0][0], report.day
    if last < first:
        last = first
    step = 1 if (last - first).days <= 120 else 7
    points: list[tuple[date, dict[str, int]]] = []
    k, current = 0, {}
    day = first
    while day <= last:
        while k < len(series) and series[k][0] <= day:
            current = series[k][1]
            k += 1
        points.append((day, current))
        day += timedelta(days=step)
    if points[-1][0] != last:
        points.append((last, series[-1][1] if series[-1][0] <= last else current))
    statuses = [s for s in order if any(p[1].get(s) for p in points)]
    statuses += sorted({s for p in points for s in p[1]} - set(statuses))
    width, height, left, bottom, top = 720, 260, 44, 28, 10
    peak = max([1, *(n for _, counts in points for n in counts.values())])
    span = max(1, len(points) - 1)

    def x(i: int) -> float:
        return left + (width - left - 10) * i / span

    def y(n: int) -> float:
        return top + (height - top - bottom) * (1 - n / peak)

    svg = [
        f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="Claims by status over time">',
        f'<line x1="{left}" y1="{y(0):.1f}" x2="{width - 10}" y2="{y(0):.1f}" stroke="#dadce0"/>',
        f'<text x="{left - 6}" y="{y(peak) + 4:.1f}" text-anchor="end">{peak}</text>',
        f'<text x="{left - 6}" y="{y(0) + 4:.1f}" text-anchor="end">0</text>',
        f'<text x="{left}" y="{height - 8}">{esc(points[0][0].isoformat())}</text>',
        f'<text x="{width - 10}" y="{height - 8}" text-anchor="end">{esc(points[-1][0].isoformat())}</text>',
    ]
    for status in statuses:
        coords = " ".join(f"{x(i):.1f},{y(counts.get(status, 0)):.1f}" for i, (_, counts) in enumerate(points))
        svg.append(
            f'<polyline fill="none" stroke="{_colour(status, order)}" stroke-width="2" points="{coords}">'
            f"<title>{esc(report.label(status))}</title></polyline>"
        )
        if len(points) <= 31:  # few points: mark each, so that a single day still shows
            svg += [
                f'<circle cx="{x(i):.1f}" cy="{y(counts.get(status, 0)):.1f}" r="3" fill="{_colour(status, order)}"/>'
                for i, (_, counts) in enumerate(points)
            ]
    svg.append("</svg>")
    return _legend(statuses, report, order) + "\n".join(svg) + "\n"


def _speaker_chart(tallies: list[dict[str, Any]], report: Report, order: list[str]) -> str:
    """A bar a speaker, split by status, the speakers with the most claims first."""
    if not tallies:
        return '<p class="empty">(no claims)</p>\n'
    bar, gap, label_width, width = 18, 6, 190, 720
    height = len(tallies) * (bar + gap) + gap
    most = max(t["claims"] for t in tallies)
    svg = [f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="Claims by speaker and status">']
    statuses: list[str] = []
    for row, tally in enumerate(tallies):
        top = gap + row * (bar + gap)
        name = tally["speaker"] if len(tally["speaker"]) <= 28 else tally["speaker"][:27] + "…"
        svg.append(f'<text x="{label_width - 6}" y="{top + bar - 5}" text-anchor="end">{esc(name)}</text>')
        x = float(label_width)
        for status, count in tally["by_status"].items():
            if status not in statuses:
                statuses.append(status)
            length = (width - label_width - 40) * count / most
            svg.append(
                f'<rect x="{x:.1f}" y="{top}" width="{length:.1f}" height="{bar}" fill="{_colour(status, order)}">'
                f"<title>{esc(tally['speaker'])}: {esc(report.label(status))} {count}</title></rect>"
            )
            x += length
        svg.append(f'<text x="{x + 4:.1f}" y="{top + bar - 5}">{tally["claims"]}</text>')
    svg.append("</svg>")
    statuses.sort(key=lambda s: order.index(s) if s in order else len(order))
    return _legend(statuses, report, order) + "\n".join(svg) + "\n"


def _when(moment: str) -> str:
    """'2026-02-01T08:40:00.000000+00:00' → '2026-02-01 08:40' (UTC, as every time in the store)."""
    return moment[:16].replace("T", " ")


def _title(report: Report) -> str:
    if report.speaker is not None:
        return f"Speaker record: {report.speaker.name}"
    return "Verification report"
