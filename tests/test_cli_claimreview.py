"""`claims export --format claimreview`: the claims with a verdict published as schema.org ClaimReview JSON-LD under
the configured publisher, valid against claimreview.schema.json, the newest verdict with its date, every place the
claim appeared; no publisher, no file (and nothing on stdout); the same store, the same bytes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from claims import store

pytestmark = pytest.mark.usefixtures("migrated_store")

PUBLISHER = {
    "publisher.name": "Fact Check Desk",
    "publisher.url": "https://factcheck.example",
    "review.url": "https://factcheck.example/claims/{id}",
}
WITKOFF = {
    "text": "Pogovor v Miamiju je bil konstruktiven.",
    "speaker": {"name": "Steve Witkoff", "wikidata": "Q7613426"},
    "said_on": "2026-01-31", "language": "sl",
    "source": {"outlet": "STA", "url": "https://www.sta.si/3400001", "title": "Witkoff o Miamiju",
               "language": "sl", "published": "2026-01-31"},
    "appearances": [
        {"source": {"outlet": "N1", "url": "https://n1info.hr/3400002", "language": "hr", "published": "2026-01-30"}},
        {"source": {"outlet": "Delo", "url": "https://www.delo.si/3400003"}},
    ],
}  # fmt: skip
ANONYMOUS = {
    "text": "Dogovor je blizu.",
    "speaker": {"name": "vir", "kind": "anonymous"},
    "said_on": "2026-02-01",
    "source": {"outlet": "STA", "url": "https://www.sta.si/3400004", "published": "2026-02-01"},
}


class Clock:
    """The time the store stamps on claims and status events."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.now = datetime(2026, 2, 1, 8, tzinfo=UTC)
        monkeypatch.setattr(store, "utcnow", lambda: self.now)

    def set(self, iso: str) -> None:
        self.now = datetime.fromisoformat(iso).replace(tzinfo=UTC)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


def configure(run, **settings: str) -> None:
    for key, value in (settings or PUBLISHER).items():
        result = run("config", "set", key, value)
        assert result.exit_code == 0, result.output


def status(run, clock: Clock, moment: str, claim_id: str, *args: str) -> None:
    clock.set(moment)
    result = run("status", claim_id, *args, "--by", "Ana")
    assert result.exit_code == 0, result.output


@pytest.fixture
def verdicts(run, clock: Clock) -> dict[str, str]:
    """Three claims: Witkoff's rated mostly-true (a person with a Wikidata id, reported by three outlets), an
    anonymous source's rated misleading, and the Kremlin's without a verdict. Returns their ids by speaker."""
    lines = "".join(json.dumps(claim, ensure_ascii=False) + "\n" for claim in (WITKOFF, ANONYMOUS))
    assert run("import", "-", input=lines).exit_code == 0
    ids = {row["speaker"]: row["id"] for row in map(json.loads, run("list", "--format", "jsonl").stdout.splitlines())}
    kremelj = run("add", "--speaker", "Kremelj", "--kind", "organization", "--text", "Premirje bo trajalo do nedelje.",
                  "--said-on", "2026-01-31", "--outlet", "TASS", "--by", "Ana")  # fmt: skip
    ids["Kremelj"] = kremelj.stdout.strip()
    status(run, clock, "2026-02-02T14:15:00", ids["Steve Witkoff"], "mostly-true", "--rating-note", "talks took place")
    status(run, clock, "2026-02-03T09:00:00", ids["vir"], "misleading")
    status(run, clock, "2026-02-03T10:00:00", ids["Kremelj"], "in-review")
    return ids


@pytest.fixture
def desk(run, verdicts: dict[str, str]) -> dict[str, str]:
    """The same claims in a store whose publisher is configured."""
    configure(run)
    return verdicts


def reviews(run, *args: str) -> list[dict[str, Any]]:
    result = run("export", "--format", "claimreview", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def review_of(run, claim_id: str) -> dict[str, Any]:
    [found] = [r for r in reviews(run) if r["url"].endswith("/" + claim_id)]
    return found


# --- the export ------------------------------------------------------------------------------------------------


def test_a_claim_with_a_verdict_is_published_with_every_key_and_validates(
    run, desk: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "claimreview.jsonld"
    result = run("export", "--format", "claimreview", "--out", str(out))
    assert (result.exit_code, result.output) == (0, "")
    witkoff = json.loads(out.read_text(encoding="utf-8"))[0]
    sta = {
        "@type": "CreativeWork",
        "url": "https://www.sta.si/3400001",
        "headline": "Witkoff o Miamiju",
        "datePublished": "2026-01-31",
        "publisher": {"@type": "Organization", "name": "STA"},
        "inLanguage": "sl",
    }
    n1 = {
        "@type": "CreativeWork",
        "url": "https://n1info.hr/3400002",
        "datePublished": "2026-01-30",
        "publisher": {"@type": "Organization", "name": "N1"},
        "inLanguage": "hr",
    }
    delo = {"@type": "CreativeWork", "url": "https://www.delo.si/3400003",
            "publisher": {"@type": "Organization", "name": "Delo"}}  # fmt: skip
    assert witkoff == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://factcheck.example/claims/{desk['Steve Witkoff']}",
        "claimReviewed": "Pogovor v Miamiju je bil konstruktiven.",
        "datePublished": "2026-02-02",
        "author": {"@type": "Organization", "name": "Fact Check Desk", "url": "https://factcheck.example"},
        "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1,
                         "alternateName": "Mostly true", "ratingExplanation": "talks took place"},
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Steve Witkoff", "sameAs": "https://www.wikidata.org/wiki/Q7613426"},
            "datePublished": "2026-01-31",
            "appearance": [sta, n1, delo],
            "firstAppearance": n1,
        },
    }  # fmt: skip
    valid = run("validate", "--schema", "claimreview", str(out))
    assert (valid.exit_code, valid.stdout) == (0, "2 record(s) valid against claimreview.schema.json\n")


def test_claims_without_a_verdict_are_not_published(run, desk: dict[str, str]) -> None:
    urls = [review["url"] for review in reviews(run)]
    assert urls == [f"https://factcheck.example/claims/{desk[name]}" for name in ("Steve Witkoff", "vir")]
    assert reviews(run, "--speaker", "Kremelj") == []


def test_an_off_scale_verdict_is_named_without_a_rating_value(run, desk: dict[str, str]) -> None:
    anonymous = review_of(run, desk["vir"])
    assert anonymous["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading"}
    assert anonymous["datePublished"] == "2026-02-03"


def test_an_anonymous_source_is_published_without_an_author(run, desk: dict[str, str]) -> None:
    assert "author" not in review_of(run, desk["vir"])["itemReviewed"]


def test_the_speakers_wikidata_id_becomes_same_as(run, desk: dict[str, str]) -> None:
    assert review_of(run, desk["Steve Witkoff"])["itemReviewed"]["author"]["sameAs"] == (
        "https://www.wikidata.org/wiki/Q7613426"
    )


def test_a_correction_publishes_the_newer_verdict_with_its_date(run, desk: dict[str, str], clock: Clock) -> None:
    witkoff = desk["Steve Witkoff"]
    status(run, clock, "2026-02-05T11:00:00", witkoff, "false", "--note", "the readouts contradict each other")
    corrected = review_of(run, witkoff)
    assert corrected["datePublished"] == "2026-02-05"
    assert corrected["reviewRating"] == {
        "@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False"
    }  # fmt: skip


def test_a_claim_sent_back_for_a_recheck_keeps_its_published_verdict(run, desk: dict[str, str], clock: Clock) -> None:
    witkoff = desk["Steve Witkoff"]
    status(run, clock, "2026-02-06T11:00:00", witkoff, "needs-recheck")
    kept = review_of(run, witkoff)
    assert (kept["datePublished"], kept["reviewRating"]["alternateName"]) == ("2026-02-02", "Mostly true")


def test_the_first_appearance_is_the_earliest_published_place(run, desk: dict[str, str]) -> None:
    claim = review_of(run, desk["Steve Witkoff"])["itemReviewed"]
    assert [work["publisher"]["name"] for work in claim["appearance"]] == ["STA", "N1", "Delo"]
    assert claim["firstAppearance"]["url"] == "https://n1info.hr/3400002"


def test_the_export_takes_the_filters_of_list(run, desk: dict[str, str]) -> None:
    def published(*args: str) -> list[str]:
        return [review["url"].rsplit("/", 1)[1] for review in reviews(run, *args)]

    assert published("--verdict", "misleading") == [desk["vir"]]
    assert published("--speaker", "Witkoff") == [desk["Steve Witkoff"]]
    assert published("--since", "2026-02-01") == [desk["vir"]]
    assert published("--status", "mostly-true") == [desk["Steve Witkoff"]]
    assert run("export", "--format", "claimreview", "--source", "Večer").stdout == "[]\n"


def test_the_same_store_exports_the_same_bytes(run, desk: dict[str, str], tmp_path: Path) -> None:
    first, second = tmp_path / "first.jsonld", tmp_path / "second.jsonld"
    assert run("export", "--format", "claimreview", "--out", str(first)).exit_code == 0
    assert run("export", "--format", "claimreview", "--out", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_text(encoding="utf-8").startswith('[\n  {"@context": "https://schema.org", ')


# --- without a publisher -----------------------------------------------------------------------------------------


def test_without_a_publisher_the_export_fails_naming_the_commands_and_writes_nothing(
    run, verdicts: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "reports" / "claimreview.jsonld"
    out.parent.mkdir()
    result = run("export", "--format", "claimreview", "--out", str(out))
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: a ClaimReview export needs its publisher; not set: publisher.name, publisher.url, review.url. "
        "Set with your own values:\n"
        '  claims config set publisher.name "Fact Check Desk"\n'
        "  claims config set publisher.url https://factcheck.example\n"
        "  claims config set review.url 'https://factcheck.example/claims/{id}'\n"
    )
    assert list(out.parent.iterdir()) == []


def test_a_publisher_configured_in_part_names_only_what_is_missing(run, tmp_path: Path) -> None:
    configure(run, **{"publisher.name": "Fact Check Desk"})
    out = tmp_path / "claimreview.jsonld"
    result = run("export", "--format", "claimreview", "--out", str(out))
    assert result.exit_code == 1
    assert "not set: publisher.url, review.url." in result.stderr
    assert "publisher.name" not in result.stderr
    assert not out.exists()
    assert run("export", "--format", "claimreview").stdout == ""


# --- validating a ClaimReview file -----------------------------------------------------------------------------


def test_validate_finds_a_rating_off_its_scale_which_the_schema_cannot(run, desk: dict[str, str]) -> None:
    published = reviews(run)
    published[0]["reviewRating"]["ratingValue"] = 9
    result = run("validate", "--schema", "claimreview", "--format", "json", "-", input=json.dumps(published))
    assert result.exit_code == 1
    assert result.stderr == (
        "item 1: /reviewRating/ratingValue: ratingValue 9 is outside the scale 1..5 [scale]\n"
        "Error: 1 of 2 record(s) invalid\n"
    )
