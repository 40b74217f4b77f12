"""`claims config`: the store-wide settings that name the publisher of ClaimReview exports. Values are checked
and a bad one is refused naming the key (exit 1); an unknown key is a usage error (exit 2)."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.usefixtures("migrated_store")


def shown(run) -> dict[str, str | None]:
    result = run("config", "show", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_config_show_lists_every_key_set_or_not(run) -> None:
    assert run("config", "set", "publisher.name", "Fact Check Desk").exit_code == 0
    assert shown(run) == {"publisher.name": "Fact Check Desk", "publisher.url": None, "review.url": None}
    assert run("config", "show").stdout == (
        "publisher.name: Fact Check Desk\npublisher.url:  (not set)\nreview.url:     (not set)\n"
    )


def test_config_set_prints_what_it_stored_and_a_new_value_replaces_the_old(run) -> None:
    assert run("config", "set", "publisher.name", "  Fact Check Desk ").stdout == "publisher.name = Fact Check Desk\n"
    assert run("config", "set", "publisher.name", "Preverjeno").exit_code == 0
    assert shown(run)["publisher.name"] == "Preverjeno"


BAD_VALUES = {
    "blank name": ("publisher.name", " ", "Error: publisher.name: give a name of 1 to 200 characters\n"),
    "url without scheme": (
        "publisher.url",
        "factcheck.example",
        "Error: publisher.url: 'factcheck.example' is not a URL; give one that starts with https:// or http://\n",
    ),
    "url with a space": (
        "publisher.url",
        "https://factcheck.example/our desk",
        "Error: publisher.url: 'https://factcheck.example/our desk' is not a URL; "
        "give one that starts with https:// or http://\n",
    ),
    "template without {id}": (
        "review.url",
        "https://factcheck.example/claims/",
        "Error: review.url: 'https://factcheck.example/claims/' has no {id}; it must say where the claim's id goes\n",
    ),
    "template that is no URL": (
        "review.url",
        "/claims/{id}",
        "Error: review.url: '/claims/{id}' is not a URL; give one that starts with https:// or http://\n",
    ),
}


@pytest.mark.parametrize(("key", "value", "error"), BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_a_bad_value_is_refused_naming_the_key_and_nothing_is_stored(run, key: str, value: str, error: str) -> None:
    result = run("config", "set", key, value)
    assert (result.exit_code, result.stderr) == (1, error)
    assert shown(run)[key] is None


def test_an_unknown_key_is_a_usage_error(run) -> None:
    result = run("config", "set", "publisher.logo", "https://factcheck.example/logo.png")
    assert result.exit_code == 2
    assert "'publisher.logo' is not one of 'publisher.name', 'publisher.url', 'review.url'" in result.stderr
