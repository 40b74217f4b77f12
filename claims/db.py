"""Where the store lives and how it is opened.

The store is a SQLite file by default (no set-up), in the user's data directory; ``--db`` or the environment
variable ``CLAIMS_DATABASE_URL`` points at another file or at PostgreSQL. Opening a store applies any Alembic
migration it lacks, so a store made by an older version of claims is upgraded in place.

SQLite is opened in WAL mode with a long busy timeout, and writing transactions begin with ``BEGIN IMMEDIATE`` so
that two processes appending to the same history wait for each other instead of failing half-way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool
from sqlmodel import Session

from .errors import ClaimsError
from .paths import ENV_VAR, default_path, resolve_url

__all__ = ["ENV_VAR", "default_path", "migrate", "open_store", "reading", "resolve_url", "writing"]
HEAD_REVISION = "0006"  # the newest migration under claims/migrations; a test keeps the two in step


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=60000")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        writing = connection.get_execution_options().get("claims_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 60})
        else:
            engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
        _sqlite_setup(engine)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as e:
        raise ClaimsError(f"no driver for {parsed.drivername}: install claims[postgres] ({e.name} is missing)") from e


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "claims:migrations")
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision, None for an empty database. Read with plain SQL: importing Alembic costs
    more than the rest of a command's start-up, so it is loaded only when there is migrating to do."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except Exception:
            connection.rollback()
            return None


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the store's schema up to `revision` (the newest by default)."""
    if revision in ("head", HEAD_REVISION) and current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def open_store(db: str | None = None, *, create: bool = True) -> Engine:
    """An engine on the store named by `db`, migrated to the newest schema."""
    url = resolve_url(db)
    parsed = make_url(url)
    sqlite_file = parsed.get_backend_name() == "sqlite" and parsed.database
    if not create and sqlite_file and not Path(parsed.database).exists():
        raise ClaimsError(f"no store at {parsed.database}: run 'claims init' or give --db")
    engine = make_engine(url)
    try:
        migrate(engine)
    except Exception as e:
        engine.dispose()
        if isinstance(e, ClaimsError):
            raise
        raise ClaimsError(f"cannot open the store at {parsed.render_as_string(hide_password=True)}: {e}") from e
    return engine


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        yield session


@contextmanager
def writing(engine: Engine) -> Iterator[Session]:
    """A session whose transaction commits at the end of the block, or rolls back entirely on any error."""
    with Session(engine.execution_options(claims_write=True)) as session, session.begin():
        yield session
