"""JSON Schema validation: the one module that knows where the schemas live.

The schemas are Draft 2020-12 files in ``claims/schemas`` (the project's top-level ``schemas/`` points there), so
an installed wheel validates exactly like a checkout. Validation runs twice over only when a record is bad:
jsonschema-rs answers "valid?" quickly for the bulk of records, and the reference implementation, jsonschema,
explains the failures with a JSON pointer and the rule broken.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from .errors import InvalidRecord, Problem

SCHEMA_NAMES = (
    "source",
    "speaker",
    "status-event",
    "claim",
    "record",
    "vocabulary",
    "statement",
    "report",
    "report-change",
    "report-due",
    "report-claim",
    "claimreview",
)


def schema_path(name: str) -> Any:
    return resources.files("claims") / "schemas" / f"{name}.schema.json"


@cache
def load_schema(name: str) -> dict[str, Any]:
    if name not in SCHEMA_NAMES:
        raise ValueError(f"unknown schema {name!r}; known: {', '.join(SCHEMA_NAMES)}")
    return json.loads(schema_path(name).read_text(encoding="utf-8"))


@cache
def _schemas() -> dict[str, dict[str, Any]]:
    return {load_schema(name)["$id"]: load_schema(name) for name in SCHEMA_NAMES}


@cache
def _fast_validator(name: str) -> Any:
    import jsonschema_rs  # here, not at the top: the CLI imports SCHEMA_NAMES from this module at start-up

    registry = jsonschema_rs.Registry(list(_schemas().items()))
    return jsonschema_rs.validator_for(load_schema(name), registry=registry, validate_formats=True)


@cache
def _reference_validator(name: str) -> Any:
    # Loaded only when a record is bad: jsonschema is slower to import than the whole fast path.
    import jsonschema
    from referencing import Registry, Resource

    registry: Registry = Registry().with_resources(
        (uri, Resource.from_contents(schema)) for uri, schema in _schemas().items()
    )
    return jsonschema.Draft202012Validator(
        load_schema(name), registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _pointer(path: Any) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def _leaf_errors(error: Any) -> Iterator[Any]:
    """The most specific failures under a oneOf/anyOf, so the message names the field, not the combinator."""
    import jsonschema

    if error.context:
        # Under a oneOf of a string and an object, a blank string should be told what a string breaks,
        # not that it is not an object: type mismatches are the least relevant branch errors.
        relevant = [e for e in error.context if e.validator != "type"] or list(error.context)
        best = jsonschema.exceptions.best_match(relevant)
        if best is not None:
            yield from _leaf_errors(best)
            return
    yield error


def problems(name: str, instance: Any, record: str) -> list[Problem]:
    """Every rule of schema `name` that `instance` breaks; empty when it is valid."""
    if _fast_validator(name).is_valid(instance):
        return []
    found = []
    for error in sorted(_reference_validator(name).iter_errors(instance), key=lambda e: list(e.path)):
        for leaf in _leaf_errors(error):
            found.append(Problem(record, _pointer(leaf.absolute_path), str(leaf.validator), leaf.message))
    return found


def check(name: str, instance: Any, record: str) -> None:
    """Raise InvalidRecord naming `record`, each JSON pointer and rule, unless `instance` is valid."""
    found = problems(name, instance, record)
    if found:
        raise InvalidRecord(found)
