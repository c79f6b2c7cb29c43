"""Versioned schema migrations, applied in order and recorded in ``schema_migrations``."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from entente.store import schema
from entente.store.search import create_search_index


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sa.Connection], None]


def _create(*tables: sa.Table) -> Callable[[sa.Connection], None]:
    def apply(connection: sa.Connection) -> None:
        for table in tables:
            table.create(connection, checkfirst=True)
    return apply


MIGRATIONS = (
    Migration(1, "documents", _create(schema.documents, schema.document_duplicates)),
    Migration(2, "entities and mentions", _create(schema.entities, schema.mentions)),
    Migration(3, "events", _create(schema.events, schema.event_participants)),
    Migration(4, "canonical events and merge edges",
              _create(schema.canonical_events, schema.event_links, schema.merge_edges)),
    Migration(5, "full-text search index", create_search_index),
    Migration(6, "browsing: participants of canonical events, date indexes",
              lambda c: (_create(schema.canonical_participants, schema.canonical_pairs)(c),
                         [i.create(c, checkfirst=True) for i in schema.BROWSE_INDEXES])),
    Migration(7, "events: what their date rests on", lambda c: _add_column(c, schema.events, "date_basis")),
)


def _add_column(connection: sa.Connection, table: sa.Table, name: str) -> None:
    """A column added to a table created by an earlier migration (a new store already has it)."""
    if name in {column["name"] for column in sa.inspect(connection).get_columns(table.name)}:
        return
    column = table.c[name]
    kind = column.type.compile(dialect=connection.dialect)
    connection.execute(sa.text(f"ALTER TABLE {table.name} ADD COLUMN {name} {kind}"))


def applied_versions(connection: sa.Connection) -> set[int]:
    schema.schema_migrations.create(connection, checkfirst=True)
    rows = connection.execute(sa.select(schema.schema_migrations.c.version))
    return {row.version for row in rows}


def migrate(engine: sa.Engine) -> list[int]:
    """Apply every pending migration, each in its own transaction; returns the versions applied."""
    with engine.begin() as connection:
        done = applied_versions(connection)
    applied = []
    for migration in MIGRATIONS:
        if migration.version in done:
            continue
        with engine.begin() as connection:
            migration.apply(connection)
            connection.execute(schema.schema_migrations.insert().values(
                version=migration.version, name=migration.name,
                applied_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
        applied.append(migration.version)
    return applied


def current_version(engine: sa.Engine) -> int:
    with engine.begin() as connection:
        return max(applied_versions(connection), default=0)
