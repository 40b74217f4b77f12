"""Reports (claims.report, claims.render, `claims report`): the state rebuilt for any date, the same on SQLite
and PostgreSQL, every format valid, and everything that came from a source or a person escaped."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from claims import db, render, store, validate
from claims.report import Report, Scope

START = datetime(2026, 1, 31, 18, 0, tzinfo=UTC)
# (day after START, claim, status): a week of work on four claims
EVENTS = [
    (1, "a", "in-review"),
    (1, "b", "in-review"),
    (2, "a", "false"),
    (3, "c", "in-review"),
    (4, "b", "mostly-true"),
    (4, "a", "needs-recheck"),
    (6, "a", "false"),
    (6, "c", "misleading"),
]
CLAIMS = {
    "a": {"text": "Premirje bo veljalo do nedelje.", "speaker": "Kiril Dmitrijev", "due": "2026-02-01"},
    "b": {"text": "Pogovori so bili konstruktivni.", "speaker": "Steve Witkoff"},
    "c": {"text": "Napadov ne bo več.", "speaker": {"name": "Kremelj", "kind": "organization"}},
    "d": {"text": "Srečanje bo v Miamiju.", "speaker": "Steve Witkoff"},
}


def _fill(url: str) -> dict[str, str]:
    """The week of EVENTS in a store; returns the short id of each claim."""
    engine = db.open_store(url)
    ids: dict[str, str] = {}
    with db.writing(engine) as session:
        for n, (name, claim) in enumerate(CLAIMS.items()):
            entered = {
                **claim,
                "said_on": "2026-01-31",
                "created_at": (START + timedelta(minutes=n)).isoformat(),
                "source": {"outlet": "STA", "title": "Pogajanja", "url": "https://example.org/a", "text": name},
            }
            ids[name], _ = store.add_claim(session=session, claim=entered)
    for day, name, status in EVENTS:
        with db.writing(engine) as session:
            store.record_status(
                session=session,
                ref=ids[name],
                status=status,
                reviewer="Ana",
                rationale=f"day {day}",
                at=START + timedelta(days=day),
            )
    engine.dispose()
    return ids


def _state_by_hand(day: date) -> dict[str, str]:
    """Each claim's status at the end of `day`, from EVENTS read by hand."""
    state = dict.fromkeys(CLAIMS, "unverified")
    for after, name, status in EVENTS:
        if (START + timedelta(days=after)).date() <= day:
            state[name] = status
    return state


def _json(url: str, scope: Scope) -> dict[str, Any]:
    engine = db.open_store(url)
    out = io.StringIO()
    with db.reading(engine) as session:
        render.write_json(Report(session, scope), out)
    engine.dispose()
    document = json.loads(out.getvalue())
    validate.check("report", document, "report")
    return document


@pytest.fixture
def filled(store_url: str) -> tuple[str, dict[str, str]]:
    return store_url, _fill(store_url)


@pytest.mark.parametrize("days", range(0, 8))
def test_a_report_for_any_date_says_what_the_store_knew_then(filled: tuple[str, dict[str, str]], days: int) -> None:
    url, ids = filled
    day = START.date() + timedelta(days=days)
    document = _json(url, Scope(as_of=day))
    state = _state_by_hand(day)
    expected: dict[str, int] = {}
    for status in state.values():
        expected[status] = expected.get(status, 0) + 1
    assert document["status_counts"] == {s: expected[s] for s in document["status_counts"]}
    assert sum(document["status_counts"].values()) == len(CLAIMS)
    assert {c["id"]: c["status"] for c in document["claims"]} == {ids[n]: s for n, s in state.items()}
    for claim in document["claims"]:  # the timeline stops at the report's date
        assert all(e["recorded_at"] < (day + timedelta(days=1)).isoformat() for e in claim["timeline"])


def test_the_verdict_as_of_a_date_is_the_newest_verdict_by_then(filled: tuple[str, dict[str, str]]) -> None:
    url, ids = filled
    on_the_fifth = _json(url, Scope(as_of=date(2026, 2, 5)))
    claims = {c["id"]: c for c in on_the_fifth["claims"]}
    assert claims[ids["a"]]["status"] == "needs-recheck"
    assert claims[ids["a"]]["verdict"] == "false"  # a workflow status does not undo the verdict
    assert on_the_fifth["verdict_counts"] == {"mostly-true": 1, "false": 1}


def test_due_claims_and_claims_that_need_a_recheck(filled: tuple[str, dict[str, str]]) -> None:
    url, ids = filled
    assert [(d["id"], d["reason"]) for d in _json(url, Scope(as_of=date(2026, 2, 1)))["due"]] == [
        (ids["a"], "past its due date")  # due on 1 February, in review, no verdict yet
    ]
    assert _json(url, Scope(as_of=date(2026, 2, 2)))["due"] == []  # the verdict of 2 February came after it
    later = _json(url, Scope(as_of=date(2026, 2, 5)))["due"]
    assert [(d["id"], d["reason"], d["status"]) for d in later] == [(ids["a"], "needs re-check", "needs-recheck")]


def test_what_changed_is_every_event_of_the_period_oldest_first(filled: tuple[str, dict[str, str]]) -> None:
    url, ids = filled
    changes = _json(url, Scope(since=date(2026, 2, 2), as_of=date(2026, 2, 4)))["changes"]
    assert [(c["claim"], c["from"], c["status"]) for c in changes] == [
        (ids["a"], "in-review", "false"),
        (ids["c"], "unverified", "in-review"),
        (ids["a"], "false", "needs-recheck"),  # two at the same moment: in the order the claims were recorded
        (ids["b"], "in-review", "mostly-true"),
    ]


def test_the_claims_section_of_a_period_holds_the_claims_worked_on(filled: tuple[str, dict[str, str]]) -> None:
    url, ids = filled
    document = _json(url, Scope(since=date(2026, 2, 4), as_of=date(2026, 2, 7)))
    assert sorted(c["id"] for c in document["claims"]) == sorted([ids["a"], ids["b"], ids["c"]])


def test_a_speaker_record_holds_only_the_speaker(filled: tuple[str, dict[str, str]]) -> None:
    url, ids = filled
    document = _json(url, Scope(speaker="Witkoff"))
    assert document["report"]["speaker"]["name"] == "Steve Witkoff"
    assert sorted(c["id"] for c in document["claims"]) == sorted([ids["b"], ids["d"]])
    assert [t["speaker"] for t in document["speakers"]] == ["Steve Witkoff"]


def test_sqlite_and_postgresql_give_the_same_report(tmp_path: Path, postgres_url: str) -> None:
    sqlite_url = f"sqlite:///{tmp_path / 'same.db'}"
    assert _fill(sqlite_url) == _fill(postgres_url)  # the short ids are derived from the claims, not the store
    for scope in (Scope(as_of=date(2026, 2, 3), since=date(2026, 2, 1)), Scope(speaker="Kremelj"), Scope()):
        assert _json(sqlite_url, scope) == _json(postgres_url, scope)
        engines = [db.open_store(u) for u in (sqlite_url, postgres_url)]
        series = []
        for engine in engines:
            with db.reading(engine) as session:
                series.append(Report(session, scope).status_series())
            engine.dispose()
        assert series[0] == series[1]


def test_the_series_counts_each_status_at_the_end_of_each_day(filled: tuple[str, dict[str, str]]) -> None:
    url, _ = filled
    engine = db.open_store(url)
    with db.reading(engine) as session:
        series = dict(Report(session, Scope()).status_series())
    engine.dispose()
    for day, counts in series.items():
        by_hand: dict[str, int] = {}
        for status in _state_by_hand(day).values():
            by_hand[status] = by_hand.get(status, 0) + 1
        assert counts == by_hand


def test_an_empty_store_makes_an_empty_report(run: Any, migrated_store: Path) -> None:
    for fmt in render.FORMATS:
        result = run("report", "--format", fmt, "--out", "-")
        assert result.exit_code == 0, result.output
    document = json.loads(run("report", "--format", "json", "--out", "-").stdout)
    assert document["status_counts"] == {} and document["claims"] == []


def test_reports_are_written_to_reports_by_default(
    run: Any, migrated_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("report", "--format", "html", "--as-of", "2026-02-03")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "reports" / "report-2026-02-03.html").is_file()
    assert result.stderr == "wrote reports/report-2026-02-03.html\n"


def test_an_unknown_speaker_writes_nothing(run: Any, migrated_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "nobody.html"
    result = run("report", "--format", "html", "--speaker", "Nobody", "--out", str(target))
    assert result.exit_code == 1
    assert "no speaker matches 'Nobody'" in result.stderr
    assert not target.exists() and not list(tmp_path.glob("*.partial"))


# --- everything from a source or a person is escaped ---------------------------------------------------------

PAYLOADS = {
    "script": "<script>document.documentElement.setAttribute('data-pwned','script')</script>",
    "img": "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
    "svg": "<svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\"></svg>",
    "attribute": "\" onmouseover=\"document.documentElement.setAttribute('data-pwned','attr')",
}


def _hostile_store(run: Any) -> None:
    """Claims whose every field a source or a person gives carries a payload."""
    lines = []
    for n, (name, payload) in enumerate(PAYLOADS.items()):
        claim = {
            "text": f"claim {name} {payload}",
            "speaker": {"name": f"Speaker {name} {payload}", "role": payload},
            "cue": payload,
            "channel": payload,
            "said_on": "2026-01-31",
            "due": "2026-02-01",
            "created_at": f"2026-01-31T18:0{n}:00+00:00",
            "source": {
                "outlet": f"Outlet {payload}",
                "title": payload,
                "url": f"https://example.org/?q={payload}".replace(" ", "%20"),
                "text": name,
            },
            "history": [
                {
                    "status": "unverified",
                    "reviewer": f"Reviewer {payload}",
                    "rationale": f"Note {payload}",
                    "recorded_at": f"2026-01-31T18:0{n}:00+00:00",
                },
                {
                    "status": "false",
                    "reviewer": payload,
                    "rationale": payload,
                    "rating_note": payload,
                    "recorded_at": f"2026-02-01T18:0{n}:00+00:00",
                },
            ],
        }
        lines.append(json.dumps(claim))
    result = run("import", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output


def _browser() -> str:
    import os
    import shutil

    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("CLAIMS_REQUIRE_BROWSER"):
            pytest.fail("a headless browser is required (CLAIMS_REQUIRE_BROWSER) but chromium is not installed")
        pytest.skip("no chromium to open the report in (apt-get install chromium); CI installs it")
    return found


def _rendered_dom(browser: str, page: Path) -> str:
    """The page's DOM after a real browser loaded it and ran whatever it would run."""
    import subprocess

    result = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=3000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.parametrize("command", [["report"], ["speaker", "Speaker script"]], ids=["report", "speaker"])
def test_the_html_page_shows_hostile_text_as_text_in_a_real_browser(
    run: Any, migrated_store: Path, tmp_path: Path, command: list[str]
) -> None:
    browser = _browser()
    _hostile_store(run)
    page = tmp_path / "hostile.html"
    result = run(*command, "--format", "html", "--as-of", "2026-02-03", "--out", str(page))
    assert result.exit_code == 0, result.output
    dom = lxml_html.fromstring(_rendered_dom(browser, page))
    assert dom.get("data-pwned") is None, "a payload ran in the browser"
    assert not dom.xpath("//script | //img | //iframe | //object | //embed")
    assert not dom.xpath("//@*[starts-with(name(), 'on')]"), "no event handler attribute"
    assert not dom.xpath("//a[starts-with(normalize-space(@href), 'javascript')]")
    svgs = dom.xpath("//*[local-name()='svg']")
    assert all(svg.get("onload") is None for svg in svgs)
    shown = dom.text_content()
    payloads = PAYLOADS.items() if command == ["report"] else [("script", PAYLOADS["script"])]
    for name, payload in payloads:
        assert f"claim {name} {payload}" in shown, f"the {name} payload is shown as literal text"


def test_markdown_escapes_what_would_break_tables_links_or_markup(run: Any, migrated_store: Path) -> None:
    _hostile_store(run)
    claim = {
        "text": "a | b `code` [link](javascript:alert(1)) *bold* <b>x</b>\nsecond line",
        "speaker": "# Heading | pipe",
        "said_on": "2026-01-31",
        "history": [{"status": "unverified", "reviewer": "- list", "recorded_at": "2026-02-01T10:00:00+00:00"}],
    }
    assert run("import", "-", input=json.dumps(claim) + "\n").exit_code == 0
    text = run("report", "--format", "md", "--since", "2026-01-31", "--as-of", "2026-02-03", "--out", "-").stdout
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    assert "](javascript" not in text
    for line in text.splitlines():
        if line.startswith("|"):  # every table row has as many cells as its header
            cells = line.replace("\\|", "").count("|")
            assert cells in (3, 4, 7, 8), line
    assert "\n# Heading" not in text and "\n- list" not in text


def test_csv_cells_never_become_spreadsheet_formulas(run: Any, migrated_store: Path) -> None:
    claim = {"text": '=HYPERLINK("https://evil.example","click")', "speaker": "@Someone", "said_on": "2026-01-31"}
    assert run("import", "-", input=json.dumps(claim) + "\n").exit_code == 0
    rows = list(csv.DictReader(io.StringIO(run("report", "--format", "csv", "--out", "-").stdout)))
    assert rows[0]["text"].startswith("'=") and rows[0]["speaker"] == "'@Someone"


# --- the example report in reports/ ----------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "reports" / "example"


def test_the_example_reports_are_current(tmp_path: Path) -> None:
    """reports/example/make.sh, run on a copy of the folder, gives exactly the files kept there."""
    import os
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "example"
    shutil.copytree(EXAMPLE, copy)
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["sh", str(copy / "make.sh")], capture_output=True, text=True, env=environment)
    assert result.returncode == 0, result.stderr
    kept = sorted(p.name for p in EXAMPLE.iterdir())
    assert sorted(p.name for p in copy.iterdir()) == kept, "make.sh writes the files kept in reports/example"
    for name in kept:
        assert (copy / name).read_bytes() == (EXAMPLE / name).read_bytes(), (
            f"reports/example/{name} is out of date: run sh reports/example/make.sh"
        )


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a?b=c", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>x</script>", False),
        ("//evil.example/x", False),
        ("", False),
        (None, False),
    ],
)
def test_only_web_addresses_become_links(url: str | None, linked: bool) -> None:
    assert ("<a href" in render._link("label", url)) is linked
    assert ("](" in render._md_link("label", url)) is linked


def test_a_claim_to_recheck_may_have_no_due_date(run: Any, migrated_store: Path) -> None:
    claim = {
        "text": "Dogovor je blizu.",
        "speaker": "Steve Witkoff",
        "created_at": "2026-02-01T10:00:00+00:00",
        "history": [
            {"status": "unverified", "reviewer": "Ana", "recorded_at": "2026-02-01T10:00:00+00:00"},
            {"status": "needs-recheck", "reviewer": "Ana", "recorded_at": "2026-02-02T10:00:00+00:00"},
        ],
    }
    assert run("import", "-", input=json.dumps(claim) + "\n").exit_code == 0
    result = run("report", "--format", "json", "--as-of", "2026-02-03", "--out", "-")
    assert result.exit_code == 0, result.output
    [due] = json.loads(result.stdout)["due"]
    assert (due["reason"], due["due"], due["overdue_days"]) == ("needs re-check", None, None)


@pytest.mark.parametrize("command", [["report", "--format", "json"], ["export", "--format", "jsonl"]])
def test_writing_to_a_device_writes_to_it_and_leaves_it_a_device(
    run: Any, migrated_store: Path, command: list[str]
) -> None:
    import os
    import stat

    if not Path(os.devnull).exists() or os.name == "nt":
        pytest.skip("no /dev/null here")
    result = run(*command, "--out", os.devnull)
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode), "/dev/null must not be replaced by a file"
    assert not Path(os.devnull + ".partial").exists()
