"""Store-wide configuration set with `claims config`: which keys there are and what each must hold.

The values live in the store's settings table beside the vocabulary, so everyone sharing a store publishes under
the same name. Today the keys describe the publisher of ClaimReview exports: the fact-checking organization and
where its reviews are read.
"""

from __future__ import annotations

import re

from .errors import ClaimsError

ID_PLACEHOLDER = "{id}"
# The organization publishing the fact checks, its home page, and a claim's review page ({id}: the claim's id).
KEYS = ("publisher.name", "publisher.url", "review.url")
NAME_MAX_LENGTH = 200
URL_MAX_LENGTH = 2048
# What the schemas accept as a URL (source.schema.json, claimreview.schema.json), and a host after the scheme.
_URL = re.compile(r"https?://[^\s/?#]+[^\s]*")


def check(key: str, value: str) -> str:
    """The value to store for `key`, stripped of surrounding blanks; a ClaimsError naming the key when the
    value is not what the key holds."""
    if key not in KEYS:
        raise ClaimsError(f"unknown configuration key {key!r}; known keys: {', '.join(KEYS)}")
    value = value.strip()
    if key == "publisher.name":
        if not value or len(value) > NAME_MAX_LENGTH:
            raise ClaimsError(f"{key}: give a name of 1 to {NAME_MAX_LENGTH} characters")
    elif key == "publisher.url":
        _check_url(key, value, value)
    elif key == "review.url":
        if ID_PLACEHOLDER not in value:
            raise ClaimsError(f"{key}: {value!r} has no {ID_PLACEHOLDER}; it must say where the claim's id goes")
        _check_url(key, value, review_url(value, "0000"))
    return value


def review_url(template: str, short_id: str) -> str:
    # replace(), not format(): other braces in a URL are text, not placeholders that could fail
    return template.replace(ID_PLACEHOLDER, short_id)


def _check_url(key: str, value: str, url: str) -> None:
    """`url` is `value` as it will be used (a review URL with an id in it); the message quotes what was given."""
    if not _URL.fullmatch(url) or len(url) > URL_MAX_LENGTH:
        raise ClaimsError(f"{key}: {value!r} is not a URL; give one that starts with https:// or http://")
