"""Where the store lives. Kept apart from db.py so that commands that never open the store (extract, validate,
--help) start without loading SQLAlchemy."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "CLAIMS_DATABASE_URL"


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("claims")) / "claims.db"


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for `db` (a URL or a file path), else $CLAIMS_DATABASE_URL, else the default file."""
    db = db or os.environ.get(ENV_VAR) or str(default_path())
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    scheme, rest = db.split("://", 1)
    if scheme in ("postgres", "postgresql"):  # psycopg 3 is the driver we ship, not SQLAlchemy's default psycopg2
        return f"postgresql+psycopg://{rest}"
    return db
