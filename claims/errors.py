"""Exceptions of the claims library. The CLI turns them into messages and exit codes; nothing here prints."""

from __future__ import annotations

from dataclasses import dataclass


class ClaimsError(Exception):
    """Base of every error the library raises on purpose; its message is meant for the user."""


class NotFound(ClaimsError):
    """A claim, speaker or source named by the user does not exist."""


class Ambiguous(ClaimsError):
    """A name or id prefix matches more than one record."""


class Conflict(ClaimsError):
    """The input contradicts what the store already holds."""


@dataclass(frozen=True)
class Problem:
    """One broken rule in one record: where (a JSON pointer) and what (the rule and a message)."""

    record: str
    pointer: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.record}: {self.pointer or '/'}: {self.message} [{self.rule}]"


class InvalidRecord(ClaimsError):
    """One or more records broke their schema (or a rule a schema cannot express)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class TamperedHistory(ClaimsError):
    """A status history's hash chain does not verify."""


@dataclass(frozen=True)
class Unreadable:
    """Stands in for a record that could not even be parsed (broken JSON, bad encoding), so that it is
    reported with the others instead of stopping the reading."""

    rule: str
    message: str


class ExtractorWarning(RuntimeWarning):
    """A sentence the extractor could not read for a fault of its own: it is skipped, the rest goes on. (Here, not
    in the extractor's modules: mypyc compiles those, and a compiled class cannot inherit from a warning.)"""
