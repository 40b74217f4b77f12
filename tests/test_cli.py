"""The `claims` command as a whole: help for every command, exit codes (0 ok, 1 failure, 2 usage error), where the
store lives, `claims init`, `claims show`, `claims status` and `claims speakers`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from claims import __version__, db
from claims.cli import cli


def command_paths(group: click.Group = cli, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from command_paths(command, (*prefix, name))


COMMANDS = list(command_paths())


# --- help and version ------------------------------------------------------------------------------------------


def test_claims_help_lists_every_command(run, isolated_store: Path) -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ")
    listed = result.stdout.split("Commands:\n", 1)[1]
    assert [line.split()[0] for line in listed.splitlines()] == sorted(cli.commands)
    assert not isolated_store.exists(), "--help must not create the store"


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_has_help(run, isolated_store: Path, path: tuple[str, ...]) -> None:
    result = run(*path, "--help")
    command = cli
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    assert result.exit_code == 0, result.output
    usage = result.stdout.splitlines()[0]
    assert usage.startswith("Usage: ") and f" {' '.join(path)} " in f"{usage} "
    assert command.help, f"claims {' '.join(path)} has no docstring"
    assert " ".join(command.help.split()[:5]) in " ".join(result.stdout.split())
    assert not isolated_store.exists(), "--help must not create the store"


def test_version(run) -> None:
    result = run("--version")
    # an editable checkout runs the pure-Python extractor (a wheel's compiled build says "compiled")
    assert (result.exit_code, result.stdout) == (0, f"claims, version {__version__} (extractor: pure Python)\n")


# --- exit codes ------------------------------------------------------------------------------------------------


VALID_STATUSES = (
    "unverified, in-review, needs-recheck, true, mostly-true, mixed, mostly-false, false, misleading, unverifiable"
)
NOT_A_DATE = "is not a date of the form YYYY-MM-DD"
USAGE_ERRORS = {
    "unknown command": (["nosuch"], "No such command 'nosuch'."),
    "missing option": (["add", "--text", "Premirje bo trajalo do nedelje."], "Missing option '--speaker'."),
    "bad choice": (
        ["add", "--speaker", "Kremelj", "--text", "x", "--kind", "alien"],
        "Invalid value for '--kind': 'alien' is not one of 'person', 'organization', 'group', 'anonymous'.",
    ),
    "missing argument": (["status", "abcd1234"], "Missing argument 'STATUS'."),
    "unknown format": (
        ["list", "--format", "xml"],
        "Invalid value for '--format': 'xml' is not one of 'table', 'json', 'jsonl', 'csv'.",
    ),
    "not a date": (["list", "--since", "yesterday"], f"Invalid value for '--since': 'yesterday' {NOT_A_DATE}"),
    "no such day": (["due", "--today", "2026-02-30"], f"Invalid value for '--today': '2026-02-30' {NOT_A_DATE}"),
    "limit below 1": (["list", "--limit", "0"], "Invalid value for '--limit': 0 is not in the range x>=1."),
    "no such file": (
        ["import", "no-such-file.jsonl"],
        "Invalid value for 'FILE': 'no-such-file.jsonl': No such file or directory",
    ),
    "unknown input format": (
        ["validate", "--format", "xml", "x.jsonl"],
        "Invalid value for '--format': 'xml' is not one of 'jsonl', 'json', 'csv'.",
    ),
}


@pytest.mark.parametrize(("args", "error"), USAGE_ERRORS.values(), ids=USAGE_ERRORS.keys())
def test_a_usage_error_exits_2_with_the_reason(run, args: list[str], error: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("Usage: ")
    assert result.stderr.endswith(f"\nError: {error}\n")
    assert result.stdout == ""


FAILURES = {
    "no such claim": (["show", "zzzzzzzz"], "no claim 'zzzzzzzz'"),
    "id too short": (["show", "zz"], "no claim 'zz' (give at least 4 characters of the id)"),
    "status of no claim": (["status", "zzzzzzzz", "true", "--by", "Ana"], "no claim 'zzzzzzzz'"),
    "no such speaker": (["speaker", "Marco Rubio"], "no speaker matches 'Marco Rubio'"),
    "list of no speaker": (["list", "--speaker", "Marco Rubio"], "no speaker matches 'Marco Rubio'"),
    "list of no status": (
        ["list", "--status", "probably"],
        f"unknown status 'probably'; valid statuses: {VALID_STATUSES}",
    ),
}


@pytest.mark.parametrize(("args", "error"), FAILURES.values(), ids=FAILURES.keys())
def test_a_failure_exits_1_with_a_message(run, args: list[str], error: str) -> None:
    result = run(*args)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"Error: {error}\n")


# --- the store: where it lives, init ---------------------------------------------------------------------------


def test_init_creates_the_store_and_says_where_it_is(run, isolated_store: Path) -> None:
    result = run("init")
    assert result.exit_code == 0
    assert result.stdout == f"store: sqlite:///{isolated_store}\n0 claims, 0 speakers, 0 sources, 0 status events\n"
    assert isolated_store.is_file()


def test_init_counts_what_the_store_holds(run, isolated_store: Path) -> None:
    run("add", "--speaker", "Steve Witkoff", "--text", "Pogovor je bil konstruktiven.", "--outlet", "STA")
    result = run("init")
    assert result.stdout == f"store: sqlite:///{isolated_store}\n1 claims, 1 speakers, 1 sources, 1 status events\n"


def test_db_option_overrides_the_environment(run, isolated_store: Path, tmp_path: Path) -> None:
    other = tmp_path / "desk" / "other.db"
    result = run("--db", str(other), "init")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == f"store: sqlite:///{other}"
    assert other.is_file()
    assert not isolated_store.exists()


def test_db_option_takes_a_sqlite_url(run, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    result = run("--db", f"sqlite:///{other}", "init")
    assert result.stdout.splitlines()[0] == f"store: sqlite:///{other}"


@pytest.fixture
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No store named anywhere, and a home directory of our own: nothing real is touched."""
    monkeypatch.delenv(db.ENV_VAR)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return home


linux_only = pytest.mark.skipif(sys.platform != "linux", reason="the XDG base directories are Linux's")


@linux_only
def test_without_a_store_named_it_is_claims_db_in_the_user_data_directory(user_dirs: Path) -> None:
    expected = user_dirs.resolve() / ".local" / "share" / "claims" / "claims.db"
    assert db.resolve_url() == f"sqlite:///{expected}"


@linux_only
def test_the_user_data_directory_follows_xdg_data_home(user_dirs: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert db.resolve_url() == f"sqlite:///{(tmp_path / 'xdg').resolve()}/claims/claims.db"


@linux_only
def test_init_without_a_store_named_creates_it_in_the_user_data_directory(
    run, user_dirs: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    expected = (tmp_path / "xdg").resolve() / "claims" / "claims.db"
    result = run("init")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == f"store: sqlite:///{expected}"
    assert expected.is_file()


def test_the_environment_variable_names_the_store(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(db.ENV_VAR, str(tmp_path / "desk.db"))
    assert db.resolve_url() == f"sqlite:///{(tmp_path / 'desk.db').resolve()}"


@pytest.mark.parametrize(
    ("given", "url"),
    [
        ("postgresql://ana@db.example.org/claims", "postgresql+psycopg://ana@db.example.org/claims"),
        ("postgres://ana@db.example.org/claims", "postgresql+psycopg://ana@db.example.org/claims"),
        ("sqlite:////srv/claims.db", "sqlite:////srv/claims.db"),
    ],
)
def test_a_url_is_taken_as_given_with_psycopg_for_postgresql(given: str, url: str) -> None:
    assert db.resolve_url(given) == url


# --- show, status, speakers ------------------------------------------------------------------------------------


def add(run, *args: str) -> str:
    result = run("add", "--by", "Ana", *args)
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def test_show_finds_a_claim_by_a_prefix_of_its_id(run) -> None:
    claim = add(run, "--speaker", "Steve Witkoff", "--text", "Pogovor je bil konstruktiven.")
    result = run("show", claim[:4].upper())
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == f"id:          {claim}"


def test_show_json_is_the_export_record_without_source_text(run, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("date 2026-01-31\nWitkoff je zapisal, da je bil pogovor konstruktiven.\n", encoding="utf-8")
    claim = add(run, "--speaker", "Steve Witkoff", "--text", "Pogovor je bil konstruktiven.", "--outlet", "STA",
                "--source-file", str(article), "--published", "2026-01-31")  # fmt: skip
    record = json.loads(run("show", claim, "--format", "json").stdout)
    assert record["id"] == claim
    assert record["said_on"] == "2026-01-31", "said_on defaults to the source's published date"
    assert record["source"]["outlet"] == "STA"
    assert record["source"]["published"] == "2026-01-31"
    assert len(record["source"]["sha256"]) == 64
    assert "text" not in record["source"]
    assert [(e["seq"], e["status"], e["reviewer"]) for e in record["history"]] == [(1, "unverified", "Ana")]


def test_a_source_files_date_line_is_its_published_date(run, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("date 2026-01-31\nWitkoff je zapisal, da je bil pogovor konstruktiven.\n", encoding="utf-8")
    claim = add(run, "--speaker", "Steve Witkoff", "--text", "Pogovor je bil konstruktiven.", "--outlet", "STA",
                "--source-file", str(article))  # fmt: skip
    record = json.loads(run("show", claim, "--format", "json").stdout)
    assert (record["source"].get("published"), record["said_on"]) == ("2026-01-31", "2026-01-31")


def test_status_prints_the_event_and_show_json_keeps_every_field(run) -> None:
    claim = add(run, "--speaker", "Marco Rubio", "--text", "We are making progress.")
    result = run("status", claim, "false", "--by", "Cvetka", "--note", "no talks took place that day",
                 "--rating-note", "contradicted by the schedule", "--evidence", "https://www.state.gov/a",
                 "--evidence", "https://www.state.gov/b")  # fmt: skip
    assert (result.exit_code, result.stdout) == (0, f"{claim}: false (event 2, by Cvetka)\n")
    first, event = json.loads(run("show", claim, "--format", "json").stdout)["history"]
    assert {k: v for k, v in event.items() if k not in ("recorded_at", "hash")} == {
        "seq": 2,
        "status": "false",
        "rating_note": "contradicted by the schedule",
        "rationale": "no talks took place that day",
        "evidence": ["https://www.state.gov/a", "https://www.state.gov/b"],
        "reviewer": "Cvetka",
        "prev_hash": first["hash"],
    }


def test_status_with_evidence_that_is_not_a_url_is_refused_and_nothing_recorded(run) -> None:
    claim = add(run, "--speaker", "Marco Rubio", "--text", "We are making progress.")
    result = run("status", claim, "false", "--by", "Cvetka", "--evidence", "the schedule")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: status event for {claim}: /evidence/0: 'the schedule' does not match '^https?://[^\\\\s]+$' "
        "[pattern]\n1 invalid record(s); nothing was written\n"
    )
    assert json.loads(run("show", claim, "--format", "json").stdout)["status"] == "unverified"


def test_speakers_lists_claims_verdicts_and_open_claims_per_speaker(run) -> None:
    assert run("speakers").stdout == "(nothing)\n"
    first = add(run, "--speaker", "Steve Witkoff", "--text", "Pogovor je bil konstruktiven.")
    add(run, "--speaker", "Steve Witkoff", "--text", "Dogovor je blizu.")
    add(run, "--speaker", "Kremelj", "--kind", "organization", "--text", "Premirje bo trajalo do nedelje.")
    run("status", first, "in-review", "--by", "Bojan")
    run("status", first, "mostly-true", "--by", "Bojan")

    result = run("speakers")
    assert result.exit_code == 0
    assert result.stdout == (
        "speaker        kind          role    wikidata      claims    verdicts    open\n"
        "-------------  ------------  ------  ----------  --------  ----------  ------\n"
        "Steve Witkoff  person                                   2           1       1\n"
        "Kremelj        organization                             1           0       1\n"
    )
    assert [json.loads(line) for line in run("speakers", "--format", "jsonl").stdout.splitlines()] == [
        {"speaker": "Steve Witkoff", "kind": "person", "role": None, "wikidata": None, "claims": 2, "verdicts": 1,
         "open": 1},
        {"speaker": "Kremelj", "kind": "organization", "role": None, "wikidata": None, "claims": 1, "verdicts": 0,
         "open": 1},
    ]  # fmt: skip


def test_a_claim_named_by_an_alias_joins_its_speaker(run) -> None:
    importing = {"text": "Pogovor je bil konstruktiven.", "speaker": {"name": "Steve Witkoff", "aliases": ["Виткоф"]}}
    assert run("import", "-", input=json.dumps(importing) + "\n").exit_code == 0
    result = run("add", "--speaker", "Виткоф", "--text", "Vračamo se v Miami.")
    assert result.exit_code == 0
    assert result.stderr == "", "no new speaker"
    history = json.loads(run("speaker", "Witkoff", "--format", "json").stdout)
    assert history["speaker"] == "Steve Witkoff"
    texts = sorted(claim["text"] for claim in history["claims"])
    assert texts == ["Pogovor je bil konstruktiven.", "Vračamo se v Miami."]


def test_a_blank_speaker_is_refused_as_blank(run) -> None:
    result = run("add", "--speaker", " ", "--text", "Pogovor je bil konstruktiven.")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "Error: claim: /speaker: ' ' does not match '\\\\S' [pattern]"
