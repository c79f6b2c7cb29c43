"""Filtered event listings, shared by ``entente events`` and the HTTP API."""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from entente.store import schema
from entente.store.store import Store


@dataclass(frozen=True)
class EventFilter:
    entity: str | None = None      # entity id or name (case-insensitive substring)
    code: str | None = None        # ISO3 country or IGO code taking part
    category: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    text: str | None = None        # substring of the evidence sentence
    limit: int = 100
    offset: int = 0


def find_events(store: Store, where: EventFilter) -> list[dict]:
    e = schema.events
    newest = e.c.date.desc().nullslast() if store.dialect == "postgresql" else e.c.date.desc()
    query = sa.select(e).order_by(newest, e.c.doc_id, e.c.evidence_start)
    for condition in event_conditions(where):
        query = query.where(condition)
    with store.engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query.limit(where.limit).offset(where.offset))]


def category_and_period(category_column, date_column, where: EventFilter) -> list:
    """Conditions on a PLOVER category and a date range (an end date includes the whole day)."""
    conditions = []
    if where.category:
        conditions.append(category_column == where.category.upper())
    if where.date_from:
        conditions.append(date_column >= where.date_from)
    if where.date_to:
        conditions.append(date_column <= where.date_to + "\uffff")
    return conditions


def event_conditions(where: EventFilter) -> list:
    e, p = schema.events, schema.event_participants
    conditions = category_and_period(e.c.category, e.c.date, where)
    if where.code:
        conditions.append(e.c.event_id.in_(sa.select(p.c.event_id).where(p.c.code == where.code.upper())))
    if where.lang:
        conditions.append(e.c.lang == where.lang)
    if where.text:
        conditions.append(e.c.evidence_text.ilike(f"%{where.text}%"))
    if where.entity:
        conditions.append(e.c.event_id.in_(_events_of_entity(where.entity)))
    return conditions


def _events_of_entity(name: str):
    """Events whose evidence sentence mentions the entity (by id or name)."""
    m, n, e = schema.mentions, schema.entities, schema.events
    matching = sa.select(n.c.entity_id).where(sa.or_(n.c.entity_id == name, n.c.name.ilike(f"%{name}%")))
    return (sa.select(e.c.event_id).join(m, sa.and_(m.c.doc_id == e.c.doc_id, m.c.start_char >= e.c.evidence_start,
                                                    m.c.end_char <= e.c.evidence_end))
            .where(m.c.entity_id.in_(matching)))
