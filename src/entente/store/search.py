"""Full-text search over documents and event evidence, one query layer for both back ends:
SQLite FTS5 or PostgreSQL text search."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from entente.store.store import Store

SQLITE_DDL = ("CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
              "kind UNINDEXED, ref UNINDEXED, doc_id UNINDEXED, text, tokenize='unicode61 remove_diacritics 2')")
POSTGRES_DDL = (
    "CREATE TABLE IF NOT EXISTS search_index (kind VARCHAR(10) NOT NULL, ref VARCHAR(300) NOT NULL, "
    "doc_id VARCHAR(300) NOT NULL, text TEXT NOT NULL, "
    "tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED)",
    "CREATE INDEX IF NOT EXISTS ix_search_index_tsv ON search_index USING GIN (tsv)",
)


def create_search_index(connection: sa.Connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(SQLITE_DDL)
    else:
        for statement in POSTGRES_DDL:
            connection.exec_driver_sql(statement)


def index_rows(connection: sa.Connection, rows: list[dict]) -> None:
    """Add rows {kind, ref, doc_id, text} to the index."""
    if rows:
        connection.execute(sa.text("INSERT INTO search_index (kind, ref, doc_id, text) "
                                   "VALUES (:kind, :ref, :doc_id, :text)"), rows)


def _terms(query: str) -> list[str]:
    return re.findall(r"\w+", query)[:12]


def search(store: "Store", query: str, limit: int = 50, kind: str | None = None) -> list[dict]:
    """Hits best first: {kind, ref, doc_id, snippet}; the query is words, never search syntax."""
    terms = _terms(query)
    if not terms:
        return []
    if store.dialect == "sqlite":
        sql = ("SELECT kind, ref, doc_id, snippet(search_index, 3, '\u0002', '\u0003', '…', 14) AS snippet "
               "FROM search_index WHERE search_index MATCH :q" + (" AND kind = :kind" if kind else "") +
               " ORDER BY rank LIMIT :limit")
        params = {"q": " ".join(f'"{t}"' for t in terms), "limit": limit, "kind": kind}
    else:
        sql = ("SELECT kind, ref, doc_id, ts_headline('simple', text, q, "
               "'StartSel=\u0002, StopSel=\u0003, MaxWords=28, MinWords=8') AS snippet "
               "FROM search_index, plainto_tsquery('simple', :q) AS q WHERE tsv @@ q" +
               (" AND kind = :kind" if kind else "") + " ORDER BY ts_rank(tsv, q) DESC LIMIT :limit")
        params = {"q": " ".join(terms), "limit": limit, "kind": kind}
    with store.engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(sa.text(sql), params)]
