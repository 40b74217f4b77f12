"""One claim, many sources (issue 5): the same statement saved from another source becomes an appearance of the
stored claim; close wording becomes a suggestion a person confirms or rejects; `claims link` and `unlink` do it
by hand; listings and reports count a claim once, and an export brings the links back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claims import db, matching, store

pytestmark = pytest.mark.usefixtures("migrated_store")


def _import(run: Any, *claims: dict[str, Any]) -> str:
    result = run("import", "-", input="".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims))
    assert result.exit_code == 0, result.output
    return result.stderr


def _claim(text: str, outlet: str, said_on: str = "2026-01-31", speaker: str = "Steve Witkoff") -> dict[str, Any]:
    return {"text": text, "speaker": speaker, "said_on": said_on, "language": "sl", "source": {"outlet": outlet}}


def _listed(run: Any) -> list[dict[str, Any]]:
    result = run("list", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _shown(run: Any, claim_id: str) -> dict[str, Any]:
    result = run("show", claim_id, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_same_words_from_another_outlet_become_an_appearance(run: Any) -> None:
    _import(run, _claim("Pogovori v Miamiju so bili konstruktivni.", "STA"))
    stderr = _import(
        run,
        _claim("POGOVORI v Miamiju so bili »konstruktivni«!", "Delo", "2026-02-01"),
        _claim("Pogovori v Miamiju so bili konstruktivni", "N1", "2026-02-02"),
    )
    assert "2 repeated earlier claims (now their appearances)" in stderr
    [claim] = _listed(run)
    shown = _shown(run, claim["id"])
    assert [a["source"]["outlet"] for a in shown["appearances"]] == ["Delo", "N1"]


def test_case_diacritics_script_and_punctuation_do_not_make_another_statement() -> None:
    same = ["Dogovor je blizu.", "DOGOVOR JE BLIZU!", "„Dogovor je blizu“", "Договор је близу", "Dogovor  je  blizu"]
    assert len({matching.text_key(text) for text in same}) == 1
    assert matching.text_key("Pogovor je bil konstruktiven.") == matching.text_key("Pogovor je bil konštruktiven")
    assert matching.text_key("Dogovor je blizu.") != matching.text_key("Dogovor ni blizu.")


def test_two_statements_of_one_article_stay_two(run: Any) -> None:
    _import(
        run,
        {**_claim("Dogovor je blizu.", "STA"), "start": 10, "end": 27},
        {**_claim("Dogovor je blizu.", "STA"), "start": 300, "end": 317},
    )
    assert len(_listed(run)) == 2


def test_another_speaker_with_the_same_words_is_another_claim(run: Any) -> None:
    _import(run, _claim("Dogovor je blizu.", "STA"))
    _import(run, _claim("Dogovor je blizu.", "Delo", speaker="Kiril Dmitrijev"))
    assert len(_listed(run)) == 2


def test_an_export_imported_again_is_never_matched(run: Any, tmp_path: Path) -> None:
    _import(run, _claim("Dogovor je blizu.", "STA"), _claim("Pogovori so bili konstruktivni.", "Delo"))
    exported = run("export", "--format", "jsonl").stdout
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert run("--db", other, "import", "-", input=exported).exit_code == 0
    assert run("--db", other, "export", "--format", "jsonl").stdout == exported


def test_link_makes_one_claim_of_two_and_unlink_undoes_it(run: Any, tmp_path: Path) -> None:
    _import(run, _claim("Pogovori v Miamiju so bili konstruktivni.", "STA"))
    _import(run, _claim("V Miamiju smo imeli dober, konstruktiven pogovor.", "Delo", "2026-02-20"))
    first, second = (c["id"] for c in _listed(run))
    assert run("status", second, "in-review", "--by", "Ana").exit_code == 0

    result = run("link", first, second)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{second} is now an appearance of {first}\n"
    assert [c["id"] for c in _listed(run)] == [first]
    assert [a["source"]["outlet"] for a in _shown(run, first)["appearances"]] == ["Delo"]
    assert _shown(run, second)["same_as"] == first
    assert [e["status"] for e in _shown(run, second)["history"]] == ["unverified", "in-review"]  # kept
    assert run("audit").exit_code == 0
    report = json.loads(run("report", "--format", "json", "--out", "-").stdout)
    assert sum(report["status_counts"].values()) == 1
    assert [s["outlet"] for s in report["claims"][0]["sources"]] == ["STA", "Delo"]

    exported = run("export", "--format", "jsonl").stdout  # the link travels with an export
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert run("--db", other, "import", "-", input=exported).exit_code == 0
    assert [c["id"] for c in json.loads(run("--db", other, "list", "--format", "json").stdout)] == [first]
    assert run("--db", other, "export", "--format", "jsonl").stdout == exported

    result = run("unlink", first, second)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"1 appearance(s) taken off {first}; {second} stand(s) on its own again\n"
    assert sorted(c["id"] for c in _listed(run)) == sorted([first, second])
    assert _shown(run, first)["appearances"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["same", "same"], "is the same claim"),
        (["first", "other-speaker"], "have different speakers (Steve Witkoff; Kiril Dmitrijev)"),
    ],
)
def test_link_refuses_what_is_not_one_statement(run: Any, args: list[str], message: str) -> None:
    _import(run, _claim("Dogovor je blizu.", "STA"), _claim("Dogovor je blizu.", "Delo", speaker="Kiril Dmitrijev"))
    ids = {c["speaker"]: c["id"] for c in _listed(run)}
    names = {"same": ids["Steve Witkoff"], "first": ids["Steve Witkoff"], "other-speaker": ids["Kiril Dmitrijev"]}
    result = run("link", *(names[a] for a in args))
    assert result.exit_code == 1
    assert message in result.stderr


def test_a_link_of_a_claim_already_linked_is_refused(run: Any) -> None:
    _import(run, _claim("Pogovori so bili konstruktivni.", "STA"), _claim("Srečanje je bilo dobro.", "Delo"))
    _import(run, _claim("Miami je bil uspeh.", "N1"))
    a, b, c = (row["id"] for row in _listed(run))
    assert run("link", a, b).exit_code == 0
    result = run("link", c, b)
    assert result.exit_code == 1 and f"{b} is already linked into {a}" in result.stderr


def test_matching_looks_up_an_index_not_every_claim(store_url: str) -> None:
    """The same statement is found by its text key and close wording among the speaker's claims of a fortnight:
    the queries name the indexes (SQLite's plan shows it, PostgreSQL's planner would too)."""
    engine = db.open_store(store_url)
    with db.writing(engine) as session:
        store.save_claims(session=session, records=[("a", _claim("Dogovor je blizu.", "STA"))])
        report = store.save_claims(session=session, records=[("b", _claim("Dogovor je blizu!", "Delo"))])
    assert report.linked and not report.added
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            plan = " ".join(
                str(row)
                for row in connection.exec_driver_sql(
                    "EXPLAIN QUERY PLAN SELECT id FROM claim WHERE text_key IN ('x') AND same_as IS NULL"
                )
            )
            assert "ix_claim_text_key" in plan
            plan = " ".join(
                str(row)
                for row in connection.exec_driver_sql(
                    "EXPLAIN QUERY PLAN SELECT id FROM claim WHERE speaker_id = 1 "
                    "AND said_on >= '2026-01-24' AND said_on <= '2026-02-07' AND same_as IS NULL"
                )
            )
            assert "ix_claim_speaker_said" in plan
    engine.dispose()
