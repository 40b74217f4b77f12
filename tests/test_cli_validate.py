"""`claims validate FILE`: check records against a schema without a store; each bad record named with its line,
the JSON pointer of the field and the rule it breaks."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

GOOD = (
    '{"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff", "said_on": "2026-01-31"}\n'
    '{"text": "Premirje bo trajalo do nedelje.", "speaker": {"name": "Kremelj", "kind": "organization"}, '
    '"source": {"outlet": "N1", "url": "https://n1info.si/3400002"}}\n'
)
BAD = (
    '{"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff"}\n'
    '{"text": "Vračam se iz Miamija.", "speaker": "Kiril Dmitrijev", "language": "slovenščina"}\n'
    "\n"
    '{"text": "Premirje bo trajalo do nedelje.", "speaker": "Kremelj", "source": {"url": "notaurl"}}\n'
    "not json\n"
)


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_good_file_is_valid(run, tmp_path: Path, isolated_store: Path) -> None:
    result = run("validate", write(tmp_path, "claims.jsonl", GOOD))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "2 record(s) valid against claim.schema.json\n", "")
    assert not isolated_store.exists(), "validate never opens the store"


def test_a_bad_file_names_each_bad_record_with_line_pointer_and_rule(run, tmp_path: Path) -> None:
    result = run("validate", write(tmp_path, "claims.jsonl", BAD))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "line 2: /language: 'slovenščina' does not match '^[a-z]{2}$' [pattern]\n"
        "line 4: /source/url: 'notaurl' does not match '^https?://[^\\\\s]+$' [pattern]\n"
        "line 5: /: invalid JSON: Expecting value at column 1 [json]\n"
        "Error: 3 of 4 record(s) invalid\n"
    )


def test_validate_reads_stdin_given_as_dash(run) -> None:
    result = run("validate", "-", input=GOOD)
    assert (result.exit_code, result.stdout) == (0, "2 record(s) valid against claim.schema.json\n")


def test_validate_reads_csv(run, tmp_path: Path) -> None:
    path = write(tmp_path, "claims.csv", "text,speaker,said_on\nPogovor.,Steve Witkoff,2026-01-31\nPremirje.,,\n")
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.stderr == "row 3: /: 'speaker' is a required property [required]\nError: 1 of 2 record(s) invalid\n"


def test_an_export_is_valid_against_the_record_schema(run, tmp_path: Path) -> None:
    run("add", "--speaker", "Steve Witkoff", "--text", "Pogovor je bil konstruktiven.", "--outlet", "STA")
    export = run("export").stdout
    result = run("validate", "--schema", "record", "-", input=export)
    assert (result.exit_code, result.stdout) == (0, "1 record(s) valid against record.schema.json\n")
    as_entered = run("validate", "--schema", "record", "-", input=GOOD)
    assert as_entered.exit_code == 1
    assert as_entered.stderr.splitlines()[0] == "line 1: /: 'id' is a required property [required]"


# --- the vocabulary schema -------------------------------------------------------------------------------------------


def default_vocabulary() -> dict[str, Any]:
    return json.loads((resources.files("claims") / "statuses.json").read_text(encoding="utf-8"))


def test_the_shipped_vocabulary_is_valid(run) -> None:
    path = resources.files("claims") / "statuses.json"
    result = run("validate", "--schema", "vocabulary", str(path))
    assert (result.exit_code, result.stdout) == (0, "1 record(s) valid against vocabulary.schema.json\n")


def _verdict_without_claimreview(vocabulary: dict[str, Any]) -> None:
    del vocabulary["statuses"][3]["claimreview"]


def _rating_outside_the_scale(vocabulary: dict[str, Any]) -> None:
    vocabulary["statuses"][4]["claimreview"]["ratingValue"] = 9


def _workflow_with_claimreview(vocabulary: dict[str, Any]) -> None:
    vocabulary["statuses"][1]["claimreview"] = {"alternateName": "In review"}


def _default_is_a_verdict(vocabulary: dict[str, Any]) -> None:
    vocabulary["default"] = "true"


def _status_listed_twice(vocabulary: dict[str, Any]) -> None:
    vocabulary["statuses"].append(vocabulary["statuses"][0])


def _best_below_worst(vocabulary: dict[str, Any]) -> None:
    vocabulary["scale"] = {"bestRating": 1, "worstRating": 5}
    vocabulary["statuses"] = [s for s in vocabulary["statuses"] if "ratingValue" not in s.get("claimreview", {})]


@pytest.mark.parametrize(
    ("breakage", "problem"),
    [
        (_verdict_without_claimreview, "/statuses/3: 'claimreview' is a required property [required]"),
        (_rating_outside_the_scale, "/statuses/4/claimreview/ratingValue: ratingValue 9 is outside the scale 1..5"
                                    " [scale]"),
        (_workflow_with_claimreview, "/statuses/1: … [not]"),
        (_default_is_a_verdict, "/default: default must name a workflow status of the vocabulary [default]"),
        (_status_listed_twice, "/statuses/10/id: status 'unverified' is listed twice [unique]"),
        (_best_below_worst, "/scale: bestRating must be greater than worstRating [scale]"),
    ],
    ids=lambda value: value.__name__.strip("_").replace("_", " ") if callable(value) else None,
)  # fmt: skip
def test_a_broken_vocabulary_fails_with_the_pointer(run, tmp_path: Path, breakage, problem: str) -> None:
    vocabulary = default_vocabulary()
    breakage(vocabulary)
    path = write(tmp_path, "desk.json", json.dumps(vocabulary, ensure_ascii=False))
    result = run("validate", "--schema", "vocabulary", path)
    assert result.exit_code == 1
    *problems, summary = result.stderr.splitlines()
    assert summary == "Error: 1 of 1 record(s) invalid"
    if " … " in problem:  # jsonschema's own message, which quotes the whole status: only its ends are checked
        start, end = problem.split(" … ")
        assert len(problems) == 1 and problems[0].startswith(f"item 1: {start}") and problems[0].endswith(end)
    else:
        assert problems == [f"item 1: {problem}"]
