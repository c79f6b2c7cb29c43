"""Database URLs and engines: SQLite (default, WAL mode) or PostgreSQL, one code path."""
from __future__ import annotations

import os

import sqlalchemy as sa

DEFAULT_DB = "entente.db"


def database_url(value: str | None = None) -> str:
    """A SQLAlchemy URL from ``--db``, ``ENTENTE_DB`` or the default file; a bare path is SQLite."""
    value = value or os.environ.get("ENTENTE_DB") or DEFAULT_DB
    return value if "://" in value else f"sqlite:///{value}"


def create_engine(url: str) -> sa.Engine:
    engine = sa.create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA cache_size=-65536")       # 64 MB page cache for browsing large stores
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()
