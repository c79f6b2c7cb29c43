"""The store: every read and write of entente's database goes through here."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

import sqlalchemy as sa

from entente.errors import EntenteError
from entente.model import Document
from entente.store import schema
from entente.store.engine import create_engine, database_url
from entente.store.migrations import migrate

DOCUMENT_FIELDS = ("doc_id", "content_hash", "lang", "lang_confidence", "published", "published_method",
                   "title", "url", "source")


class Store:
    """A migrated database, SQLite or PostgreSQL."""

    def __init__(self, engine: sa.Engine):
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None) -> "Store":
        try:
            engine = create_engine(database_url(url))
            migrate(engine)
        except sa.exc.SQLAlchemyError as exc:
            raise EntenteError("E200", detail=str(exc).splitlines()[0]) from exc
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # --- documents -------------------------------------------------------------------
    def existing_ids(self, doc_ids: Iterable[str]) -> set[str]:
        ids = list(set(doc_ids))
        found: set[str] = set()
        with self.engine.connect() as connection:
            for chunk in _chunks(ids, 500):
                for table in (schema.documents, schema.document_duplicates):
                    rows = connection.execute(sa.select(table.c.doc_id).where(table.c.doc_id.in_(chunk)))
                    found.update(row.doc_id for row in rows)
        return found

    def ids_by_hash(self, hashes: Iterable[str]) -> dict[str, str]:
        hashes = list(set(hashes))
        found: dict[str, str] = {}
        with self.engine.connect() as connection:
            for chunk in _chunks(hashes, 500):
                query = sa.select(schema.documents.c.content_hash, schema.documents.c.doc_id).where(
                    schema.documents.c.content_hash.in_(chunk))
                found.update({row.content_hash: row.doc_id for row in connection.execute(query)})
        return found

    def write(self, connection: sa.Connection, table: sa.Table, rows: Sequence[dict]) -> None:
        """Insert rows; tables of plain columns go straight to the driver's executemany
        (the same rows, without SQLAlchemy's per-row parameter processing)."""
        if not rows:
            return
        if not _plain(table):
            connection.execute(table.insert(), list(rows))
            return
        names = [column.name for column in table.columns]
        connection.exec_driver_sql(_insert_sql(table.name, names, connection.dialect),
                                   [tuple(row.get(n) for n in names) for row in rows])

    def transaction(self):
        """A transaction for one batch: all of it is written, or none."""
        return self.engine.begin()

    def document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as connection:
            row = connection.execute(sa.select(schema.documents).where(schema.documents.c.doc_id == doc_id)).first()
        return _document(row) if row else None

    def documents(self, limit: int | None = None, offset: int = 0, lang: str | None = None) -> list[Document]:
        query = sa.select(schema.documents).order_by(schema.documents.c.doc_id).offset(offset)
        if lang:
            query = query.where(schema.documents.c.lang == lang)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as connection:
            return [_document(row) for row in connection.execute(query)]

    def iter_documents(self, batch: int = 500) -> Iterator[Document]:
        offset = 0
        while page := self.documents(limit=batch, offset=offset):
            yield from page
            offset += batch

    def count(self, table: sa.Table) -> int:
        with self.engine.connect() as connection:
            return connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()

    def duplicates_of(self, doc_id: str) -> list[str]:
        table = schema.document_duplicates
        with self.engine.connect() as connection:
            rows = connection.execute(sa.select(table.c.doc_id).where(table.c.duplicate_of == doc_id))
            return sorted(row.doc_id for row in rows)


_PLAIN_TYPES = (sa.String, sa.Integer, sa.Float)


def _plain(table: sa.Table) -> bool:
    """Whether every column is a string or number without a default, which every driver binds as is."""
    return all(isinstance(column.type, _PLAIN_TYPES) and column.default is None and column.server_default is None
               for column in table.columns)


def _insert_sql(table: str, names: list[str], dialect: sa.Dialect) -> str:
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    return (f"INSERT INTO {quote(table)} ({', '.join(quote(n) for n in names)}) "
            f"VALUES ({', '.join([marker] * len(names))})")


def document_row(document: Document) -> dict:
    row = {key: getattr(document, key) for key in DOCUMENT_FIELDS}
    row.update(chars=document.chars, text=document.text,
               ingested_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    return row


def _document(row: sa.Row) -> Document:
    values = row._mapping
    return Document(**{key: values[key] for key in DOCUMENT_FIELDS}, text=values["text"])


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]

