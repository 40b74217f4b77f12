"""Fixtures shared by every test: no test touches a real store, and PostgreSQL tests get a schema of their own."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_store import copy_empty_store, one_engine_per_store
from click.testing import CliRunner, Result

from claims import db
from claims.cli import cli

POSTGRES_URL = os.environ.get("CLAIMS_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default store at a fresh file under tmp_path, so nothing touches the user's store."""
    path = tmp_path / "claims.db"
    monkeypatch.setenv(db.ENV_VAR, str(path))
    return path


@pytest.fixture
def migrated_store(
    isolated_store: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """The default store, empty and migrated (a copy, see cli_store), its commands sharing one engine."""
    copy_empty_store(isolated_store, tmp_path_factory)
    for _ in one_engine_per_store(monkeypatch):  # one pass: the engines are disposed of when the test ends
        yield isolated_store


@pytest.fixture
def run() -> Runner:
    return Runner()


class Runner:
    """Invoke the CLI in-process: run("add", "--text", ...) → click's Result (output, exit_code)."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None) -> Result:
        return self.runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def _postgres_available() -> str | None:
    try:
        import psycopg

        with psycopg.connect(POSTGRES_URL, connect_timeout=3):
            return None
    except Exception as e:  # the driver is missing or the server is not there
        return f"{type(e).__name__}: {e}".strip()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL to a fresh, empty schema on the PostgreSQL server, dropped afterwards.

    CI sets CLAIMS_REQUIRE_POSTGRES=1, so there a missing server fails the test instead of skipping it."""
    reason = _postgres_available()
    if reason:
        if os.environ.get("CLAIMS_REQUIRE_POSTGRES"):
            pytest.fail(
                f"PostgreSQL is required (CLAIMS_REQUIRE_POSTGRES) but not reachable at {POSTGRES_URL}: {reason}"
            )
        pytest.skip(f"no PostgreSQL server at {POSTGRES_URL} ({reason}); set CLAIMS_TEST_POSTGRES_URL to test it")
    import psycopg

    schema = f"claims_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs twice: on a SQLite file and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("postgres_url")
