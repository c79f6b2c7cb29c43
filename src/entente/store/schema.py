"""The database schema (SQLAlchemy Core), shared by SQLite and PostgreSQL."""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations", metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.String(40), nullable=False),
)

documents = sa.Table(
    "documents", metadata,
    sa.Column("doc_id", sa.String(300), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("lang", sa.String(8)),
    sa.Column("lang_confidence", sa.Float),
    sa.Column("published", sa.String(10)),
    sa.Column("published_method", sa.String(40)),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("chars", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.String(40), nullable=False),
)

document_duplicates = sa.Table(
    "document_duplicates", metadata,
    sa.Column("doc_id", sa.String(300), primary_key=True),
    sa.Column("duplicate_of", sa.String(300), sa.ForeignKey("documents.doc_id"), nullable=False, index=True),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.Text),
)

entities = sa.Table(
    "entities", metadata,
    sa.Column("entity_id", sa.String(200), primary_key=True),
    sa.Column("type", sa.String(10), nullable=False, index=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country_code", sa.String(3), index=True),
    sa.Column("igo_code", sa.String(20), index=True),
    sa.Column("wikidata_id", sa.String(20)),
    sa.Column("in_kb", sa.Boolean, nullable=False),
)

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("doc_id", sa.String(300), sa.ForeignKey("documents.doc_id"), primary_key=True),
    sa.Column("start_char", sa.Integer, primary_key=True),
    sa.Column("end_char", sa.Integer, primary_key=True),
    sa.Column("entity_id", sa.String(200), sa.ForeignKey("entities.entity_id"), index=True),
    sa.Column("type", sa.String(10), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("role", sa.Text),
    sa.Column("office", sa.String(40)),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
)

events = sa.Table(
    "events", metadata,
    sa.Column("event_id", sa.String(64), primary_key=True),
    sa.Column("doc_id", sa.String(300), sa.ForeignKey("documents.doc_id"), nullable=False, index=True),
    sa.Column("category", sa.String(12), nullable=False, index=True),
    sa.Column("modes", sa.JSON, nullable=False),
    sa.Column("contexts", sa.JSON, nullable=False),
    sa.Column("actors", sa.JSON, nullable=False),
    sa.Column("recipients", sa.JSON, nullable=False),
    sa.Column("participants", sa.JSON, nullable=False),
    sa.Column("persons", sa.JSON, nullable=False),
    sa.Column("date", sa.String(10), index=True),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("date_basis", sa.String(12)),  # text | carried | story | reference | none: see model/event.py
    sa.Column("location", sa.JSON),
    sa.Column("evidence_start", sa.Integer, nullable=False),
    sa.Column("evidence_end", sa.Integer, nullable=False),
    sa.Column("evidence_text", sa.Text, nullable=False),
    sa.Column("lang", sa.String(8)),
    sa.Column("trigger", sa.Text),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("historical", sa.Boolean, nullable=False),
)

event_participants = sa.Table(
    "event_participants", metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.event_id"), primary_key=True),
    sa.Column("code", sa.String(20), primary_key=True),
    sa.Column("role", sa.String(10), primary_key=True),  # actor | recipient | party
    sa.Index("ix_event_participants_code", "code"),
)

canonical_events = sa.Table(
    "canonical_events", metadata,
    sa.Column("canonical_id", sa.String(64), primary_key=True),
    sa.Column("category", sa.String(12), nullable=False, index=True),
    sa.Column("date", sa.String(10), index=True),
    sa.Column("record", sa.JSON, nullable=False),
)

event_links = sa.Table(
    "event_links", metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.event_id"), primary_key=True),
    sa.Column("canonical_id", sa.String(64), nullable=False, index=True),
)
canonical_participants = sa.Table(
    "canonical_participants", metadata,
    sa.Column("canonical_id", sa.String(64), primary_key=True),
    sa.Column("code", sa.String(20), primary_key=True),
    sa.Column("category", sa.String(12), nullable=False),
    sa.Column("date", sa.String(10)),
    sa.Index("ix_canonical_participants_code_date", "code", "date"),
)

canonical_pairs = sa.Table(
    "canonical_pairs", metadata,
    sa.Column("canonical_id", sa.String(64), primary_key=True),
    sa.Column("a", sa.String(20), primary_key=True),
    sa.Column("b", sa.String(20), primary_key=True),
    sa.Column("category", sa.String(12), nullable=False),
    sa.Column("date", sa.String(10)),
    sa.Index("ix_canonical_pairs_date", "date"),
)

BROWSE_INDEXES = (
    sa.Index("ix_canonical_events_date_id", canonical_events.c.date, canonical_events.c.canonical_id),
    sa.Index("ix_canonical_events_category_date", canonical_events.c.category, canonical_events.c.date),
)

merge_edges = sa.Table(
    "merge_edges", metadata,
    sa.Column("event_a", sa.String(64), primary_key=True),
    sa.Column("event_b", sa.String(64), primary_key=True),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("decision", sa.String(10), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
)
