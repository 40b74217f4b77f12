"""`claims list` and `claims due`: every filter, and every output format read back and checked."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from cli_store import copy_empty_store
from click.testing import CliRunner

from claims import db
from claims.cli import cli

pytestmark = pytest.mark.usefixtures("migrated_store")


def event(status: str, reviewer: str, at: str, **fields: Any) -> dict[str, Any]:
    return {"status": status, "reviewer": reviewer, "recorded_at": at, **fields}


UNVERIFIED = event("unverified", "Ana", "2026-01-31T18:00:00+00:00")

# Five claims as a desk would hold them, imported with their histories so that every status is known.
DESK = [
    {"text": "Pogovor v Miamiju je bil konstruktiven.", "speaker": "Steve Witkoff", "language": "sl",
     "said_on": "2026-01-31", "channel": "X", "quote_type": "indirect", "cue": "je zapisal",
     "source": {"outlet": "STA", "url": "https://www.sta.si/3400001", "language": "sl"},
     "history": [UNVERIFIED, event("in-review", "Bojan", "2026-02-01T09:00:00+00:00"),
                 event("mostly-true", "Bojan", "2026-02-02T09:00:00+00:00")]},
    {"text": "Vračam se iz Miamija.", "speaker": "Kiril Dmitrijev", "language": "sl", "said_on": "2026-01-31",
     "channel": "Instagram", "source": {"outlet": "N1", "url": "https://n1info.si/3400002", "language": "sl"},
     "history": [UNVERIFIED, event("in-review", "Bojan", "2026-02-01T09:00:00+00:00")]},
    {"text": "Premirje bo trajalo do nedelje.", "speaker": "Kremelj", "speaker_kind": "organization",
     "language": "sl", "said_on": "2026-01-31", "due": "2026-02-01",
     "source": {"outlet": "STA", "url": "https://www.sta.si/3400003", "language": "sl"}},
    {"text": "We are making progress.", "speaker": "Marco Rubio", "language": "en", "said_on": "2026-02-03",
     "source": {"outlet": "Reuters", "url": "https://www.reuters.com/world/3400004", "language": "en"},
     "history": [event("unverified", "Ana", "2026-02-03T10:00:00+00:00"),
                 event("false", "Cvetka", "2026-02-04T10:00:00+00:00"),
                 event("needs-recheck", "Cvetka", "2026-02-10T10:00:00+00:00")]},
    {"text": "Srbija neće uvesti sankcije Rusiji do kraja marta.", "speaker": "Aleksandar Vučić", "language": "sr",
     "said_on": "2026-01-20", "due": "2026-03-31", "source": {"outlet": "N1", "url": "https://n1info.rs/3400005",
                                                              "language": "sr"}},
]  # fmt: skip
WITKOFF, DMITRIJEV, KREMELJ, RUBIO, VUCIC = (claim["text"] for claim in DESK)


@pytest.fixture(scope="module")
def desk_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the desk's claims, made once for the tests of this module that only read it."""
    path = str(copy_empty_store(tmp_path_factory.mktemp("desk") / "desk.db", tmp_path_factory))
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in DESK)
    result = CliRunner().invoke(cli, ["--db", path, "import", "-"], input=lines, catch_exceptions=False)
    assert (result.exit_code, result.stderr) == (0, "imported 5 claim(s)\n")
    return path


@pytest.fixture
def desk(run, desk_store: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The desk's store as this test's store; returns the claims' short ids by text."""
    monkeypatch.setenv(db.ENV_VAR, desk_store)
    rows = [json.loads(line) for line in run("list", "--format", "jsonl").stdout.splitlines()]
    return {row["text"]: row["id"] for row in rows}


def listed(run, *args: str) -> list[str]:
    result = run("list", "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line)["text"] for line in result.stdout.splitlines()]


def test_without_filters_every_claim_is_listed_oldest_statement_first(run, desk: dict[str, str]) -> None:
    assert listed(run) == [VUCIC, WITKOFF, DMITRIJEV, KREMELJ, RUBIO]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--speaker", "Witkoff"], [WITKOFF]),
        (["--speaker", "kremelj"], [KREMELJ]),
        (["--speaker", "Vucic"], [VUCIC]),
        (["--status", "in-review"], [DMITRIJEV]),
        (["--status", "unverified"], [VUCIC, KREMELJ]),
        (["--status", "needs-recheck"], [RUBIO]),
        (["--status", "false"], []),
        (["--verdict", "false"], [RUBIO]),
        (["--verdict", "mostly-true"], [WITKOFF]),
        (["--source", "STA"], [WITKOFF, KREMELJ]),
        (["--source", "N1"], [VUCIC, DMITRIJEV]),
        (["--source", "https://n1info.si/3400002"], [DMITRIJEV]),
        (["--source", "Delo"], []),
        (["--language", "en"], [RUBIO]),
        (["--language", "sr"], [VUCIC]),
        (["--since", "2026-01-31"], [WITKOFF, DMITRIJEV, KREMELJ, RUBIO]),
        (["--until", "2026-01-31"], [VUCIC, WITKOFF, DMITRIJEV, KREMELJ]),
        (["--since", "2026-01-31", "--until", "2026-01-31"], [WITKOFF, DMITRIJEV, KREMELJ]),
        (["--since", "2026-02-04"], []),
        (["--due-by", "2026-02-01"], [KREMELJ]),
        (["--due-by", "2026-12-31"], [VUCIC, KREMELJ]),
        (["--source", "STA", "--status", "unverified"], [KREMELJ]),
        (["--language", "sl", "--since", "2026-01-31", "--speaker", "Dmitrijev"], [DMITRIJEV]),
        (["--limit", "2"], [VUCIC, WITKOFF]),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) and value and value[0].startswith("--") else None,
)
def test_filters(run, desk: dict[str, str], args: list[str], expected: list[str]) -> None:
    assert listed(run, *args) == expected


def test_table_is_the_default_format(run, desk: dict[str, str]) -> None:
    result = run("list", "--source", "STA")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "id        said_on     speaker        status       quote_type    text" + " " * 37 + "outlet",
        "--------  ----------  -------------  -----------  ------------  " + "-" * 39 + "  --------",
        f"{desk[WITKOFF]}  2026-01-31  Steve Witkoff  mostly-true  indirect      {WITKOFF}  STA",
        f"{desk[KREMELJ]}  2026-01-31  Kremelj        unverified                 {KREMELJ}          STA",
    ]


def test_a_long_text_is_cut_in_the_table_and_whole_in_jsonl(run) -> None:
    text = "Rusija je pripravljena na pogovore, " * 4
    run("add", "--speaker", "Kremelj", "--text", text.strip())
    row = run("list").stdout.splitlines()[2]
    assert row.split("  ")[-1].strip() == text[:71] + "…"
    assert json.loads(run("list", "--format", "jsonl").stdout)["text"] == text.strip()


def test_an_empty_listing_says_so_in_a_table_and_prints_nothing_in_jsonl(run, desk: dict[str, str]) -> None:
    assert run("list", "--source", "Delo").stdout == "(nothing)\n"
    assert run("list", "--source", "Delo", "--format", "jsonl").stdout == ""
    assert run("list", "--source", "Delo", "--format", "json").stdout == "[]\n"


ROW_KEYS = ["id", "said_on", "speaker", "status", "verdict", "quote_type", "text", "outlet", "language", "due",
            "channel", "cue"]  # fmt: skip


def test_json_is_an_array_of_rows(run, desk: dict[str, str]) -> None:
    result = run("list", "--format", "json", "--speaker", "Witkoff")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {
            "id": desk[WITKOFF], "said_on": "2026-01-31", "speaker": "Steve Witkoff", "status": "mostly-true",
            "verdict": "mostly-true", "quote_type": "indirect", "text": WITKOFF, "outlet": "STA", "language": "sl",
            "due": None, "channel": "X", "cue": "je zapisal",
        }
    ]  # fmt: skip


def test_jsonl_is_one_row_a_line(run, desk: dict[str, str]) -> None:
    result = run("list", "--format", "jsonl", "--verdict", "false")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [list(row) for row in rows] == [ROW_KEYS]
    assert rows[0] | {"id": None} == {
        "id": None, "said_on": "2026-02-03", "speaker": "Marco Rubio", "status": "needs-recheck", "verdict": "false",
        "quote_type": None, "text": RUBIO, "outlet": "Reuters", "language": "en", "due": None, "channel": None,
        "cue": None,
    }  # fmt: skip


def test_csv_has_a_header_and_one_row_a_claim(run, desk: dict[str, str]) -> None:
    result = run("list", "--format", "csv", "--due-by", "2026-12-31")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == ",".join(ROW_KEYS)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows == [
        {"id": desk[VUCIC], "said_on": "2026-01-20", "speaker": "Aleksandar Vučić", "status": "unverified",
         "verdict": "", "quote_type": "", "text": VUCIC, "outlet": "N1", "language": "sr", "due": "2026-03-31",
         "channel": "", "cue": ""},
        {"id": desk[KREMELJ], "said_on": "2026-01-31", "speaker": "Kremelj", "status": "unverified",
         "verdict": "", "quote_type": "", "text": KREMELJ, "outlet": "STA", "language": "sl", "due": "2026-02-01",
         "channel": "", "cue": ""},
    ]  # fmt: skip


def test_an_empty_csv_listing_still_has_its_header(run, desk: dict[str, str]) -> None:
    assert run("list", "--format", "csv", "--source", "Delo").stdout == ",".join(ROW_KEYS) + "\n"


@pytest.fixture
def hex_outlet(run, tmp_path) -> None:
    """A claim from STA whose source text's sha256 begins with 'bbc', and a claim from the outlet BBC."""
    article = tmp_path / "sta.txt"
    article.write_text("Kremelj je sporočil, da pogovori tečejo. (1800)", encoding="utf-8")
    run("add", "--speaker", "Kremelj", "--text", "Pogovori tečejo.", "--outlet", "STA", "--source-file", str(article))
    run("add", "--speaker", "Keir Starmer", "--text", "We stand with Ukraine.", "--outlet", "BBC")


def test_source_filter_takes_a_prefix_of_the_source_texts_sha256(run, hex_outlet: None) -> None:
    assert listed(run, "--source", "bbced0cdcc13") == ["Pogovori tečejo."]


def test_source_filter_by_outlet_does_not_match_sources_by_hash(run, hex_outlet: None) -> None:
    assert listed(run, "--source", "BBC") == ["We stand with Ukraine."]


# --- due -------------------------------------------------------------------------------------------------------


def due(run, today: str) -> list[str]:
    result = run("due", "--today", today, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line)["text"] for line in result.stdout.splitlines()]


def test_due_lists_claims_whose_due_date_has_passed_without_a_verdict_since(run, desk: dict[str, str]) -> None:
    assert due(run, "2026-02-01") == [], "due today is not yet overdue"
    assert due(run, "2026-02-02") == [KREMELJ]
    assert due(run, "2026-04-01") == [VUCIC, KREMELJ]


def test_a_verdict_before_the_due_date_does_not_settle_it(run) -> None:
    claim = {"text": KREMELJ, "speaker": "Kremelj", "said_on": "2026-01-31", "due": "2026-02-01",
             "history": [UNVERIFIED, event("true", "Bojan", "2026-01-31T20:00:00+00:00")]}  # fmt: skip
    run("import", "-", input=json.dumps(claim) + "\n")
    assert due(run, "2026-02-05") == [KREMELJ]


@pytest.mark.parametrize("at", ["2026-02-01T00:00:00+00:00", "2026-02-01T23:59:00+00:00", "2026-02-03T08:00:00+00:00"])
def test_a_verdict_on_or_after_the_due_date_settles_it(run, at: str) -> None:
    claim = {"text": KREMELJ, "speaker": "Kremelj", "said_on": "2026-01-31", "due": "2026-02-01",
             "history": [UNVERIFIED, event("false", "Bojan", at)]}  # fmt: skip
    run("import", "-", input=json.dumps(claim) + "\n")
    assert due(run, "2026-02-05") == []


def test_due_table(run, desk: dict[str, str]) -> None:
    result = run("due", "--today", "2026-02-02")
    assert result.stdout == (
        "id        due         speaker    status      verdict    text\n"
        "--------  ----------  ---------  ----------  ---------  -------------------------------\n"
        f"{desk[KREMELJ]}  2026-02-01  Kremelj    unverified             Premirje bo trajalo do nedelje.\n"
    )
