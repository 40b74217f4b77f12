"""`claims speakers merge` and `claims speakers aliases`: curating who said what.

The merge runs on a SQLite file and on PostgreSQL (the `store_url` fixture)."""

from __future__ import annotations

import json

import pytest

CLAIMS = [
    {"text": "Pogovor je bil konstruktiven.", "speaker": "Steve Witkoff", "source": {"outlet": "STA"}},
    {"text": "Dogovor je blizu.", "speaker": {"name": "Stevo Vitkof", "aliases": ["Vitkofa"]},
     "source": {"outlet": "N1"}},
    {"text": "Razgovor je bio koristan.", "speaker": "Stevo Vitkof", "source": {"outlet": "Politika"}},
    {"text": "Moj mož ne govori v mojem imenu.", "speaker": "Ann Witkoff", "source": {"outlet": "Delo"}},
]  # fmt: skip


@pytest.fixture
def claims(run, store_url: str):
    """The CLI on a store holding CLAIMS, one of them with a verdict."""

    def claims(*args: str, input: str | None = None):
        return run("--db", store_url, *args, input=input)

    lines = "".join(json.dumps(claim, ensure_ascii=False) + "\n" for claim in CLAIMS)
    assert claims("import", "-", input=lines).exit_code == 0
    ids = {row["text"]: row["id"] for row in map(json.loads, claims("list", "--format", "jsonl").stdout.splitlines())}
    assert claims("status", ids["Dogovor je blizu."], "mostly-false", "--by", "Bojan").exit_code == 0
    return claims


def speakers(claims) -> dict[str, int]:
    return {
        row["speaker"]: row["claims"]
        for row in map(json.loads, claims("speakers", "--format", "jsonl").stdout.splitlines())
    }


def test_merge_moves_the_claims_and_names_and_keeps_every_event(claims) -> None:
    result = claims("speakers", "merge", "Stevo Vitkof", "Steve Witkoff")

    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "merged Stevo Vitkof into Steve Witkoff: 2 claim(s) moved, aliases added: Stevo Vitkof, Vitkofa\n"
    )
    assert speakers(claims) == {"Steve Witkoff": 3, "Ann Witkoff": 1}
    assert claims("audit").stdout == "history intact: 4 claims, 5 status events verified\n"
    history = json.loads(claims("speaker", "Vitkofa", "--format", "json").stdout)
    assert (history["speaker"], history["tally"]) == ("Steve Witkoff", {"unverified": 2, "mostly-false": 1})


@pytest.mark.parametrize(
    ("args", "code", "error"),
    [
        (["Marco Rubio", "Steve Witkoff"], 1, "no speaker matches 'Marco Rubio'"),
        (["Witkoff", "Stevo Vitkof"], 1,
         "'Witkoff' matches several speakers: Ann Witkoff, Steve Witkoff; give the full name"),
        (["Vitkofa", "stevo vitkof"], 1,
         "'Vitkofa' and 'stevo vitkof' are the same speaker, 'Stevo Vitkof': nothing to merge"),
        (["Stevo Vitkof"], 2, "Missing argument 'INTO'."),
    ],
)  # fmt: skip
def test_a_merge_that_cannot_be_done_says_why_and_changes_nothing(
    claims, args: list[str], code: int, error: str
) -> None:
    result = claims("speakers", "merge", *args)

    assert result.exit_code == code
    assert result.stderr.splitlines()[-1] == f"Error: {error}"
    assert speakers(claims) == {"Stevo Vitkof": 2, "Steve Witkoff": 1, "Ann Witkoff": 1}


def test_aliases_lists_adds_and_sets_the_wikidata_id(run) -> None:
    assert run("add", "--speaker", "Steve Witkoff", "--text", "Pogovor je bil konstruktiven.").exit_code == 0

    assert run("speakers", "aliases", "Witkoff").stdout == "Steve Witkoff\n"
    result = run(
        "speakers", "aliases", "Witkoff", "--add", "Witkoffa", "--add", "Стив Виткоф", "--wikidata", "Q116300637"
    )
    assert result.exit_code == 0
    assert result.stdout == "Steve Witkoff\nWitkoffa\nСтив Виткоф\n"
    assert result.stderr == "added alias: Witkoffa\nadded alias: Стив Виткоф\n"
    assert json.loads(run("speaker", "Виткоф", "--format", "json").stdout)["wikidata"] == "Q116300637"


def test_an_alias_of_another_speaker_or_a_bad_wikidata_id_is_refused(run) -> None:
    run("add", "--speaker", "Steve Witkoff", "--text", "Pogovor je bil konstruktiven.")
    run("add", "--speaker", "Jared Kushner", "--text", "Dogovor je blizu.")

    taken = run("speakers", "aliases", "Witkoff", "--add", "Vitkofa", "--add", "JARED  KUSHNER")
    bad = run("speakers", "aliases", "Witkoff", "--wikidata", "Q0123")

    assert (taken.exit_code, taken.stderr) == (
        1,
        "Error: 'JARED  KUSHNER' is already a name of the speaker 'Jared Kushner'; "
        "to make them one, run: claims speakers merge 'Jared Kushner' 'Steve Witkoff'\n",
    )
    assert bad.exit_code == 2
    assert "'Q0123' is not a Wikidata id" in bad.stderr
    assert run("speakers", "aliases", "Witkoff").stdout == "Steve Witkoff\n"
