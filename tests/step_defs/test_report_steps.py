"""Steps of report.feature: `claims report` and `claims speaker --format html`, read back as JSON, Markdown and
HTML."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from cli_story import Story, table_rows
from lxml import html as lxml_html
from pytest_bdd import parsers, scenarios, then

from claims import validate

scenarios("report.feature")


@pytest.fixture(autouse=True)
def in_a_scratch_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # reports named by a relative path land here
    return tmp_path


def _report(story: Story) -> dict[str, Any]:
    document = json.loads(story.last.stdout)
    validate.check("report", document, "report")
    return document


def _id_of(story: Story, text: str) -> str:
    return story.ids[text]


@then("the report's counts by status are:")
def counts_by_status(story: Story, datatable: list[list[str]]) -> None:
    expected = {row["status"]: int(row["claims"]) for row in table_rows(datatable)}
    assert _report(story)["status_counts"] == expected


@then("the report's counts by verdict are:")
def counts_by_verdict(story: Story, datatable: list[list[str]]) -> None:
    expected = {row["verdict"]: int(row["claims"]) for row in table_rows(datatable)}
    assert _report(story)["verdict_counts"] == expected


@then("the report has no verdicts")
def no_verdicts(story: Story) -> None:
    assert _report(story)["verdict_counts"] == {}


@then("the claims due for re-checking are:")
def due_for_rechecking(story: Story, datatable: list[list[str]]) -> None:
    due = _report(story)["due"]
    expected = [
        {"id": _id_of(story, row["id of"]), "reason": row["why"], "due": row["due"], "status": row["status"]}
        for row in table_rows(datatable)
    ]
    assert [{key: item[key] for key in ("id", "reason", "due", "status")} for item in due] == expected


@then("what changed is:")
def what_changed(story: Story, datatable: list[list[str]]) -> None:
    changes = _report(story)["changes"]
    expected = [
        {
            "recorded_at": datetime.strptime(row["when"], "%Y-%m-%d %H:%M UTC").strftime("%Y-%m-%dT%H:%M"),
            "claim": _id_of(story, row["id of"]),
            "from": row["from"],
            "status": row["status"],
            "reviewer": row["by"],
        }
        for row in table_rows(datatable)
    ]
    found = [
        {
            "recorded_at": change["recorded_at"][:16],
            **{key: change[key] for key in ("claim", "from", "status", "reviewer")},
        }
        for change in changes
    ]
    assert found == expected


@then("the claims of the report are:")
def claims_of_the_report(story: Story, datatable: list[list[str]]) -> None:
    claims = _report(story)["claims"]
    expected = [
        {"id": _id_of(story, row["id of"]), "status": row["status"], "verdict": row["verdict"] or None}
        for row in table_rows(datatable)
    ]
    assert [{key: claim[key] for key in ("id", "status", "verdict")} for claim in claims] == expected
    for claim in claims:  # each with its timeline up to the report's date, and its source
        assert claim["timeline"][-1]["status"] == claim["status"]
        assert claim["sources"] and claim["sources"][0]["outlet"]


@then(parsers.parse('the file "{name}" starts with "{text}"'))
def file_starts_with(name: str, text: str) -> None:
    assert Path(name).read_text(encoding="utf-8").startswith(text + "\n")


@then(parsers.parse('the file "{name}" has the sections {sections}'))
def file_has_sections(name: str, sections: str) -> None:
    headings = re.findall(r"^## (.+?)(?: \(\d+\))?$", Path(name).read_text(encoding="utf-8"), re.MULTILINE)
    assert headings == re.findall(r'"([^"]+)"', sections)


@then(parsers.parse('the file "{name}" is one self-contained page with charts'))
def self_contained_page(name: str) -> None:
    page = lxml_html.fromstring(Path(name).read_bytes())
    assert page.xpath("//style"), "the styles are inline"
    assert len(page.xpath("//svg")) == 2, "a chart of statuses over time and one of speakers"
    assert not page.xpath("//script | //link | //iframe | //img | //object")
    referenced = page.xpath("//@src | //@href[not(starts-with(., 'http'))]")
    assert referenced == [], f"nothing to load: {referenced}"


@then(parsers.parse('the file "{name}" names "{present}" and not "{absent}"'))
def file_names(name: str, present: str, absent: str) -> None:
    text = Path(name).read_text(encoding="utf-8")
    assert present in text and absent not in text
