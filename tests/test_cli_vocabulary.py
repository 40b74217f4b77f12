"""`claims vocabulary`: a desk replaces the statuses with its own (labels in its own language), `claims status` then
takes the new ones and refuses the removed ones; a status that claims use cannot disappear."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DESK_VOCABULARY: dict[str, Any] = {
    "name": "vocabulary of a Slovenian desk",
    "scale": {"bestRating": 3, "worstRating": 1},
    "default": "neobdelano",
    "statuses": [
        {"id": "neobdelano", "kind": "workflow", "label": {"sl": "Neobdelano"}},
        {"id": "v-preverjanju", "kind": "workflow", "label": {"sl": "V preverjanju"}},
        {"id": "drzi", "kind": "verdict", "label": {"sl": "Drži"},
         "claimreview": {"ratingValue": 3, "alternateName": "Drži"}},
        {"id": "delno-drzi", "kind": "verdict", "label": {"sl": "Delno drži"},
         "claimreview": {"ratingValue": 2, "alternateName": "Delno drži"}},
        {"id": "ne-drzi", "kind": "verdict", "label": {"sl": "Ne drži"},
         "claimreview": {"ratingValue": 1, "alternateName": "Ne drži"}},
        {"id": "zavajajoce", "kind": "verdict", "label": {"sl": "Zavajajoče"},
         "claimreview": {"alternateName": "Zavajajoče"}},
    ],
}  # fmt: skip


pytestmark = pytest.mark.usefixtures("migrated_store")


def write(tmp_path: Path, document: Any, name: str = "desk.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return str(path)


def add_claim(run) -> str:
    result = run("add", "--speaker", "Steve Witkoff", "--text", "Pogovor je bil konstruktiven.", "--by", "Ana")
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


@pytest.fixture
def desk_vocabulary(run, tmp_path: Path) -> None:
    result = run("vocabulary", "set", write(tmp_path, DESK_VOCABULARY))
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "vocabulary set: 6 statuses (neobdelano, v-preverjanju, drzi, delno-drzi, ne-drzi, zavajajoce)\n"
    )


def test_the_default_vocabulary(run) -> None:
    result = run("vocabulary", "show")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[2].split() == ["unverified", "workflow", "Unverified"]
    assert result.stdout.splitlines()[-1] == "scale: 1..5; new claims start as unverified"
    assert json.loads(run("vocabulary", "show", "--format", "json").stdout)["default"] == "unverified"


def test_a_desk_vocabulary_with_slovenian_labels_is_shown(run, desk_vocabulary: None) -> None:
    result = run("vocabulary", "show")
    assert result.stdout == (
        "status         kind      label            ratingValue  alternateName\n"
        "-------------  --------  -------------  -------------  ---------------\n"
        "neobdelano     workflow  Neobdelano\n"
        "v-preverjanju  workflow  V preverjanju\n"
        "drzi           verdict   Drži                       3  Drži\n"
        "delno-drzi     verdict   Delno drži                 2  Delno drži\n"
        "ne-drzi        verdict   Ne drži                    1  Ne drži\n"
        "zavajajoce     verdict   Zavajajoče                    Zavajajoče\n"
        "scale: 1..3; new claims start as neobdelano\n"
    )
    assert json.loads(run("vocabulary", "show", "--format", "json").stdout) == DESK_VOCABULARY


def test_claims_start_in_the_desks_default_and_take_its_statuses(run, desk_vocabulary: None) -> None:
    claim = add_claim(run)
    result = run("status", claim, "delno-drzi", "--by", "Bojan")
    assert (result.exit_code, result.stdout) == (0, f"{claim}: delno-drzi (event 2, by Bojan)\n")
    history = json.loads(run("show", claim, "--format", "json").stdout)["history"]
    assert [e["status"] for e in history] == ["neobdelano", "delno-drzi"]
    assert json.loads(run("list", "--format", "json").stdout)[0]["verdict"] == "delno-drzi"


def test_a_status_the_desk_removed_is_refused(run, desk_vocabulary: None) -> None:
    claim = add_claim(run)
    result = run("status", claim, "true", "--by", "Bojan")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: unknown status 'true'; valid statuses: neobdelano, v-preverjanju, drzi, delno-drzi, ne-drzi, "
        "zavajajoce\n"
    )
    assert json.loads(run("show", claim, "--format", "json").stdout)["status"] == "neobdelano"


def test_removing_a_status_in_use_is_refused_and_the_old_vocabulary_stays(run, tmp_path: Path) -> None:
    claim = add_claim(run)
    run("status", claim, "mostly-true", "--by", "Bojan")
    before = run("vocabulary", "show", "--format", "json").stdout
    path = write(tmp_path, DESK_VOCABULARY)
    result = run("vocabulary", "set", path)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {path}: /statuses: status 'mostly-true' is used by 1 event(s) and cannot be removed [in-use]\n"
        f"{path}: /statuses: status 'unverified' is used by 1 event(s) and cannot be removed [in-use]\n"
        "1 invalid record(s); nothing was written\n"
    )
    assert run("vocabulary", "show", "--format", "json").stdout == before
    assert run("status", claim, "true", "--by", "Bojan").exit_code == 0


def test_a_status_in_use_cannot_change_from_workflow_to_verdict(run, tmp_path: Path) -> None:
    add_claim(run)
    vocabulary = json.loads(run("vocabulary", "show", "--format", "json").stdout)
    vocabulary["default"] = "in-review"
    vocabulary["statuses"][0] |= {"kind": "verdict", "claimreview": {"alternateName": "Unverified"}}
    path = write(tmp_path, vocabulary)
    result = run("vocabulary", "set", path)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {path}: /statuses: status 'unverified' is in use as a workflow; it cannot become a verdict [in-use]\n"
        "1 invalid record(s); nothing was written\n"
    )


def test_adding_statuses_keeps_those_in_use(run, tmp_path: Path) -> None:
    claim = add_claim(run)
    vocabulary = json.loads(run("vocabulary", "show", "--format", "json").stdout)
    vocabulary["statuses"].append({"id": "satire", "kind": "verdict", "label": {"en": "Satire", "sl": "Satira"},
                                   "claimreview": {"alternateName": "Satire"}})  # fmt: skip
    assert run("vocabulary", "set", write(tmp_path, vocabulary)).exit_code == 0
    assert run("status", claim, "satire", "--by", "Bojan").stdout == f"{claim}: satire (event 2, by Bojan)\n"


def test_a_vocabulary_that_breaks_the_schema_is_refused(run, tmp_path: Path) -> None:
    broken = json.loads(json.dumps(DESK_VOCABULARY))
    broken["statuses"][3]["claimreview"]["ratingValue"] = 7
    path = write(tmp_path, broken)
    result = run("vocabulary", "set", path)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {path}: /statuses/3/claimreview/ratingValue: ratingValue 7 is outside the scale 1..3 [scale]\n"
        "1 invalid record(s); nothing was written\n"
    )
    assert json.loads(run("vocabulary", "show", "--format", "json").stdout)["default"] == "unverified"


def test_a_vocabulary_that_is_not_json_is_refused(run, tmp_path: Path) -> None:
    path = tmp_path / "desk.json"
    path.write_text('{"scale": ', encoding="utf-8")
    result = run("vocabulary", "set", str(path))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: invalid JSON: Expecting value at line 1 column 11\n"


def test_a_vocabulary_is_read_from_stdin(run) -> None:
    result = run("vocabulary", "set", "-", input=json.dumps(DESK_VOCABULARY))
    assert result.exit_code == 0
    assert result.stdout.startswith("vocabulary set: 6 statuses")
