"""`claims import` and `claims export`: a lossless round trip, stdin, all-or-nothing imports with every bad record
named (line, JSON pointer, rule), --skip-invalid with the rejected records written out, tampered histories refused,
CSV of claims as entered, and bytes that are not UTF-8."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from cli_store import copy_empty_store

ARTICLE = "date 2026-01-31\nAmeriški odposlanec Steve Witkoff je pogovor v Miamiju označil za konstruktiven.\n"


pytestmark = pytest.mark.usefixtures("migrated_store")


@pytest.fixture
def other(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A second store, empty: the one an export is imported into."""
    return str(copy_empty_store(tmp_path / "other.db", tmp_path_factory))


def claim_lines(*claims: Any) -> str:
    return "".join(json.dumps(claim, ensure_ascii=False) + "\n" for claim in claims)


def exported(run, *args: str) -> str:
    result = run(*args, "export")
    assert result.exit_code == 0, result.output
    return result.stdout


def stored(run, *args: str) -> list[dict[str, Any]]:
    result = run(*args, "list", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def desk(run, tmp_path: Path) -> list[str]:
    """A store with what a desk accumulates: a source with its text, a speaker with aliases in two scripts, an
    appearance in another outlet, a history with a verdict, evidence and notes. Returns the short ids."""
    article = tmp_path / "sta.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    imported = {
        "text": "Pogovor v Miamiju je bil konstruktiven.",
        "speaker": {"name": "Steve Witkoff", "role": "ameriški odposlanec", "wikidata": "Q7613426",
                    "aliases": ["Witkoffa", "Виткоф"]},
        "quote_type": "indirect", "cue": "označil za", "channel": "X", "language": "sl", "said_on": "2026-01-31",
        "start": 16, "end": 96, "confidence": 0.9, "recorded_by": "claims-extract 0.1",
        "source": {"outlet": "STA", "url": "https://www.sta.si/3400001", "title": "Witkoff o Miamiju",
                   "language": "sl", "published": "2026-01-31", "text": ARTICLE},
        "appearances": [{"source": {"outlet": "N1", "url": "https://n1info.hr/3400002", "language": "hr"},
                         "start": 0, "end": 40}],
    }  # fmt: skip
    assert run("import", "-", input=claim_lines(imported)).exit_code == 0
    second = run("add", "--speaker", "Kremelj", "--kind", "organization", "--text", "Premirje bo trajalo do nedelje.",
                 "--said-on", "2026-01-31", "--due", "2026-02-01", "--outlet", "TASS", "--by", "Ana")  # fmt: skip
    first = stored(run)[0]["id"]
    for status, extra in (("in-review", ["--note", "asked the State Department"]),
                          ("mostly-true", ["--note", "confirmed", "--rating-note", "mostly",
                                           "--evidence", "https://www.state.gov/b"])):  # fmt: skip
        assert run("status", first, status, "--by", "Bojan", *extra).exit_code == 0
    return [first, second.stdout.strip()]


# --- the round trip ----------------------------------------------------------------------------------------------


def test_export_import_export_is_byte_identical(run, desk: list[str], tmp_path: Path, other: str) -> None:
    first = tmp_path / "first.jsonl"
    assert run("export", "--out", str(first)).exit_code == 0
    result = run("--db", other, "import", str(first))
    assert (result.exit_code, result.stderr) == (0, "imported 2 claim(s)\n")
    assert exported(run, "--db", other).encode("utf-8") == first.read_bytes()


def test_the_export_keeps_everything_the_store_knows(run, desk: list[str]) -> None:
    witkoff, kremelj = (json.loads(line) for line in exported(run).splitlines())
    assert witkoff["speaker"] == {
        "name": "Steve Witkoff",
        "kind": "person",
        "role": "ameriški odposlanec",
        "wikidata": "Q7613426",
        "aliases": ["Steve Witkoff", "Witkoffa", "Виткоф"],
    }
    assert witkoff["source"]["text"] == ARTICLE
    assert [a["source"]["outlet"] for a in witkoff["appearances"]] == ["N1"]
    assert [(e["seq"], e["status"], e["reviewer"]) for e in witkoff["history"]] == [
        (1, "unverified", "claims-extract 0.1"), (2, "in-review", "Bojan"), (3, "mostly-true", "Bojan")
    ]  # fmt: skip
    assert witkoff["history"][2]["evidence"] == ["https://www.state.gov/b"]
    assert [e["prev_hash"] for e in witkoff["history"]] == [None] + [e["hash"] for e in witkoff["history"][:2]]
    assert (witkoff["status"], kremelj["status"]) == ("mostly-true", "unverified")
    assert kremelj["appearances"] == []


def test_a_second_import_of_the_same_export_adds_nothing(run, desk: list[str]) -> None:
    before = exported(run)
    result = run("import", "-", input=before)
    assert (result.exit_code, result.stderr) == (0, "imported 0 claim(s), 2 already stored\n")
    assert exported(run) == before


def test_import_reads_stdin_given_as_dash(run, desk: list[str], other: str) -> None:
    export = exported(run)
    result = run("--db", other, "import", "-", input=export.encode("utf-8"))
    assert (result.exit_code, result.stderr) == (0, "imported 2 claim(s)\n")
    assert exported(run, "--db", other) == export


def test_json_export_round_trips_too(run, desk: list[str], tmp_path: Path, other: str) -> None:
    first = tmp_path / "all.json"
    assert run("export", "--format", "json", "--out", str(first)).exit_code == 0
    assert [record["id"] for record in json.loads(first.read_text(encoding="utf-8"))] == desk
    assert run("--db", other, "import", str(first)).stderr == "imported 2 claim(s)\n"
    assert run("--db", other, "export", "--format", "json").stdout == first.read_text(encoding="utf-8")


def test_a_longer_history_of_a_stored_claim_extends_it(run, desk: list[str], tmp_path: Path, other: str) -> None:
    early = tmp_path / "early.jsonl"
    run("export", "--out", str(early))
    run("--db", other, "import", str(early))
    run("status", desk[1], "false", "--by", "Cvetka")
    result = run("--db", other, "import", "-", input=exported(run))
    assert result.exit_code == 0
    assert result.stderr == "imported 0 claim(s), extended the history of 1, 1 already stored\n"
    assert exported(run, "--db", other) == exported(run)


def test_export_csv_is_one_flat_row_a_claim(run, desk: list[str]) -> None:
    result = run("export", "--format", "csv")
    header = "id,said_on,speaker,status,verdict,quote_type,text,outlet,language,due,channel,cue"
    assert result.stdout.splitlines()[0] == header
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["id"], r["speaker"], r["status"], r["verdict"], r["outlet"]) for r in rows] == [
        (desk[0], "Steve Witkoff", "mostly-true", "mostly-true", "STA"),
        (desk[1], "Kremelj", "unverified", "", "TASS"),
    ]


def test_export_takes_the_filters_of_list(run, desk: list[str]) -> None:
    assert [json.loads(line)["id"] for line in run("export", "--speaker", "Kremelj").stdout.splitlines()] == [desk[1]]
    assert [json.loads(line)["id"] for line in run("export", "--verdict", "mostly-true").stdout.splitlines()] == [
        desk[0]
    ]
    assert run("export", "--source", "Delo").stdout == ""


def test_the_same_claim_twice_in_one_file_is_stored_once(run) -> None:
    claim = {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"}
    result = run("import", "-", input=claim_lines(claim, claim))
    assert (result.exit_code, result.stderr) == (0, "imported 1 claim(s), 1 already stored\n")
    assert len(stored(run)) == 1


def test_show_lists_the_other_outlets_a_claim_appeared_in(run, desk: list[str]) -> None:
    result = run("show", desk[0])
    appearances = result.stdout.split("\nalso appeared in:\n", 1)[1].split("\n\nhistory:\n", 1)[0]
    assert appearances.splitlines() == [
        "outlet    published    language    url",
        "--------  -----------  ----------  " + "-" * len("https://n1info.hr/3400002"),
        "N1                     hr          https://n1info.hr/3400002",
    ]


def test_export_to_a_directory_that_does_not_exist_is_a_clear_error(run, desk: list[str], tmp_path: Path) -> None:
    target = tmp_path / "no-such-dir" / "all.jsonl"
    result = run("export", "--out", str(target))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and str(target) in result.stderr


# --- all or nothing ------------------------------------------------------------------------------------------------

GOOD_AND_BAD = (
    '{"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff", "said_on": "2026-01-31"}\n'
    '{"text": "Vračam se iz Miamija.", "speaker": }\n'
    '{"text": "Premirje bo trajalo do nedelje.", "speaker": "Kremelj", "due": "2026-02-01"}\n'
    '{"text": "Srečanje bo v Miamiju.", "speaker": "Kiril Dmitrijev", "start": "x", "end": 3}\n'
    '{"text": "We are making progress.", "speaker": "Marco Rubio", "language": "en"}\n'
)


def test_an_import_with_bad_records_names_each_and_writes_nothing(run, tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    result = run("import", str(path))
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: line 2: /: invalid JSON: Expecting value at column 46 [json]\n"
        "line 4: /start: 'x' is not of type 'integer', 'null' [type]\n"
        "2 invalid record(s); nothing was written\n"
    )
    assert stored(run) == []
    assert run("speakers", "--format", "jsonl").stdout == "", "no speaker was left behind either"
    assert not (tmp_path / "claims.jsonl.rejected.jsonl").exists()


KREMELJ = {"text": "Premirje.", "speaker": "Kremelj"}
BROKEN_RULES = {
    "no text": ({"speaker": "Kremelj"}, ["/: 'text' is a required property [required]"]),
    "start without end": (KREMELJ | {"start": 5}, ["/: 'end' is a dependency of 'start' [dependentRequired]"]),
    "end before start": (KREMELJ | {"start": 9, "end": 2}, ["/end: end 2 is before start 9 [span]"]),
    "not an ISO date": (
        KREMELJ | {"said_on": "31. 1. 2026"},
        [
            "/said_on: '31. 1. 2026' is not a 'date' [format]",
            "/said_on: '31. 1. 2026' does not match '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' [pattern]",
        ],
    ),
    "unknown field": (
        KREMELJ | {"mood": "calm"},
        ["/: Additional properties are not allowed ('mood' was unexpected) [additionalProperties]"],
    ),
    "unknown status in the history": (
        KREMELJ | {"history": [{"status": "probably", "reviewer": "Ana"}]},
        [
            "/history/0/status: unknown status 'probably'; valid: unverified, in-review, needs-recheck, true, "
            "mostly-true, mixed, mostly-false, false, misleading, unverifiable [vocabulary]"
        ],
    ),
    "not an object": (["Premirje.", "Kremelj"], ["/: ['Premirje.', 'Kremelj'] is not of type 'object' [type]"]),
}


@pytest.mark.parametrize(("record", "problems"), BROKEN_RULES.values(), ids=BROKEN_RULES.keys())
def test_each_broken_rule_is_named_by_line_pointer_and_rule(run, record: Any, problems: list[str]) -> None:
    good = {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"}
    result = run("import", "-", input=claim_lines(good, record))
    assert result.exit_code == 1
    named = "".join(f"line 2: {problem}\n" for problem in problems)
    assert result.stderr == f"Error: {named}1 invalid record(s); nothing was written\n"
    assert stored(run) == []


def test_json_cut_short_is_reported_where_the_line_ends(run) -> None:
    result = run("import", "-", input='{"text": "Dva.", "speaker": "Steve Witkoff"\n')
    expected = "Error: line 1: /: invalid JSON: Expecting ',' delimiter at column 44 [json]"
    assert result.stderr.splitlines()[0] == expected


def test_skip_invalid_imports_the_good_and_writes_the_rejected_with_reasons(run, tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    rejected = tmp_path / "rejected.jsonl"
    result = run("import", str(path), "--skip-invalid", "--rejected", str(rejected))
    assert result.exit_code == 0
    assert result.stderr == f"imported 3 claim(s); rejected 2 (reasons in {rejected})\n"
    assert sorted(row["text"] for row in stored(run)) == [
        "Pogovor je bil konstruktiven.", "Premirje bo trajalo do nedelje.", "We are making progress."
    ]  # fmt: skip
    assert [json.loads(line) for line in rejected.read_text(encoding="utf-8").splitlines()] == [
        {"record": "line 2",
         "problems": [{"pointer": "", "rule": "json", "message": "invalid JSON: Expecting value at column 46"}],
         "data": None},
        {"record": "line 4",
         "problems": [{"pointer": "/start", "rule": "type", "message": "'x' is not of type 'integer', 'null'"}],
         "data": {"text": "Srečanje bo v Miamiju.", "speaker": "Kiril Dmitrijev", "start": "x", "end": 3}},
    ]  # fmt: skip


def test_skip_invalid_writes_the_rejected_beside_the_file_by_default(run, tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    result = run("import", str(path), "--skip-invalid")
    default = tmp_path / "claims.jsonl.rejected.jsonl"
    assert result.stderr == f"imported 3 claim(s); rejected 2 (reasons in {default})\n"
    assert [json.loads(line)["record"] for line in default.read_text(encoding="utf-8").splitlines()] == [
        "line 2", "line 4"
    ]  # fmt: skip


def test_skip_invalid_with_a_rejected_file_that_cannot_be_written_imports_nothing(run, tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    rejected = tmp_path / "no-such-dir" / "rejected.jsonl"
    result = run("import", str(path), "--skip-invalid", "--rejected", str(rejected))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and str(rejected) in result.stderr
    assert stored(run) == []


def test_skip_invalid_also_rejects_a_record_that_conflicts_with_the_store(run, tmp_path: Path) -> None:
    stored_id = run("add", "--speaker", "Kremelj", "--text", "Premirje bo trajalo do nedelje.").stdout.strip()
    lines = claim_lines({"id": stored_id, "text": "Premirja ne bo.", "speaker": "Kremelj"},
                        {"text": "We are making progress.", "speaker": "Marco Rubio"})  # fmt: skip
    rejected = tmp_path / "rejected.jsonl"
    result = run("import", "-", "--skip-invalid", "--rejected", str(rejected), input=lines)
    assert result.exit_code == 0
    assert [json.loads(line)["record"] for line in rejected.read_text(encoding="utf-8").splitlines()] == ["line 1"]
    assert len(stored(run)) == 2


def test_without_skip_invalid_a_conflict_with_the_store_is_refused(run) -> None:
    stored_id = run("add", "--speaker", "Kremelj", "--text", "Premirje bo trajalo do nedelje.").stdout.strip()
    lines = claim_lines({"text": "We are making progress.", "speaker": "Marco Rubio"},
                        {"id": stored_id, "text": "Premirja ne bo.", "speaker": "Kremelj"})  # fmt: skip
    result = run("import", "-", input=lines)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: line 2: /id: claim {stored_id} is already stored with another text or speaker [conflict]\n"
        "1 invalid record(s); nothing was written\n"
    )
    assert [row["text"] for row in stored(run)] == ["Premirje bo trajalo do nedelje."]


# --- tampered histories ------------------------------------------------------------------------------------------


def test_an_export_whose_history_was_edited_is_refused_naming_the_event(run, desk: list[str], other: str) -> None:
    record = json.loads(exported(run).splitlines()[0])
    record["history"][1]["status"] = "true"
    result = run("--db", other, "import", "-", input=json.dumps(record) + "\n")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: line 1: /history/1/hash: does not match the event's content: the history was altered [hash-chain]\n"
        "1 invalid record(s); nothing was written\n"
    )
    assert stored(run, "--db", other) == []


def test_an_export_with_an_event_removed_is_refused(run, desk: list[str], other: str) -> None:
    record = json.loads(exported(run).splitlines()[0])
    del record["history"][1]
    result = run("--db", other, "import", "-", input=json.dumps(record) + "\n")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: line 1: /history/1/seq: expected seq 2, found 3 [sequence]\n"
        "line 1: /history/1/prev_hash: does not match the previous event's hash [hash-chain]\n"
        "line 1: /history/1/hash: does not match the event's content: the history was altered [hash-chain]\n"
        "1 invalid record(s); nothing was written\n"
    )


# --- CSV -----------------------------------------------------------------------------------------------------------


def test_import_csv_of_claims_as_entered(run, tmp_path: Path) -> None:
    path = tmp_path / "desk.csv"
    path.write_text(
        "text,speaker,speaker_kind,said_on,due,language,quote_type,cue,channel,source_outlet,source_url,source_title\n"
        '"Pogovor je bil ""konstruktiven"".",Steve Witkoff,person,2026-01-31,,sl,direct,je zapisal,X,STA,'
        "https://www.sta.si/3400001,Witkoff o Miamiju\n"
        "Premirje bo trajalo do nedelje.,Kremelj,organization,2026-01-31,2026-02-01,sl,indirect,,,N1,"
        "https://n1info.si/3400002,\n",
        encoding="utf-8",
    )
    result = run("import", str(path))
    assert (result.exit_code, result.stderr) == (0, "imported 2 claim(s)\n")
    rows = stored(run)
    assert [{k: v for k, v in row.items() if k != "id"} for row in rows] == [
        {"said_on": "2026-01-31", "speaker": "Steve Witkoff", "status": "unverified", "verdict": None,
         "quote_type": "direct", "text": 'Pogovor je bil "konstruktiven".', "outlet": "STA", "language": "sl",
         "due": None, "channel": "X", "cue": "je zapisal"},
        {"said_on": "2026-01-31", "speaker": "Kremelj", "status": "unverified", "verdict": None,
         "quote_type": "indirect", "text": "Premirje bo trajalo do nedelje.", "outlet": "N1", "language": "sl",
         "due": "2026-02-01", "channel": None, "cue": None},
    ]  # fmt: skip
    kinds = {s["speaker"]: s["kind"] for s in map(json.loads, run("speakers", "--format", "jsonl").stdout.splitlines())}
    assert kinds == {"Steve Witkoff": "person", "Kremelj": "organization"}
    source = json.loads(run("show", rows[0]["id"], "--format", "json").stdout)["source"]
    assert {k: source[k] for k in ("outlet", "url", "title")} == {
        "outlet": "STA", "url": "https://www.sta.si/3400001", "title": "Witkoff o Miamiju"
    }  # fmt: skip


def test_a_bad_csv_row_is_named_by_its_line(run, tmp_path: Path) -> None:
    path = tmp_path / "desk.csv"
    path.write_text("text,speaker,start,end\nPremirje.,Kremelj,,\nPogovor.,Steve Witkoff,x,3\n", encoding="utf-8")
    result = run("import", str(path))
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: row 3: /start: 'x' is not of type 'integer', 'null' [type]\n1 invalid record(s); nothing was written\n"
    )
    assert stored(run) == []


# --- encodings -----------------------------------------------------------------------------------------------------


def test_bytes_that_are_not_utf8_are_named_by_line_and_nothing_is_written(run, tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(
        b'{"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"}\n'
        b'{"text": "Vra\xe8am se iz Miamija.", "speaker": "Kiril Dmitrijev"}\n'
    )
    result = run("import", str(path))
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: line 2: /: not UTF-8 (byte 13: b'\\xe8') [encoding]\n1 invalid record(s); nothing was written\n"
    )
    assert stored(run) == []


def test_a_utf8_byte_order_mark_is_accepted(run) -> None:
    result = run("import", "-", input=b'\xef\xbb\xbf{"text": "Pogovor.", "speaker": "Steve Witkoff"}\n')
    assert (result.exit_code, result.stderr) == (0, "imported 1 claim(s)\n")


def test_bytes_that_are_not_utf8_in_csv_are_named_by_row(run, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"text,speaker\nPogovor.,Steve Witkoff\nVra\xe8am se.,Kiril Dmitrijev\nPremirje.,Kremelj\n")
    rejected = tmp_path / "rejected.jsonl"
    result = run("import", str(path), "--skip-invalid", "--rejected", str(rejected))
    assert result.stderr == f"imported 2 claim(s); rejected 1 (reasons in {rejected})\n"
    assert json.loads(rejected.read_text(encoding="utf-8"))["record"] == "row 3"
