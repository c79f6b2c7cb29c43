"""Read queries over analysed data, shared by the CLI, exports and the web layer."""
from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa

from entente.store import schema
from entente.store.store import Store


def document_entities(store: Store, doc_id: str | None = None) -> dict[str, list[dict]]:
    """Per document, its entities with their mentions in text order."""
    m, e = schema.mentions, schema.entities
    query = (sa.select(m.c.doc_id, m.c.text, m.c.start_char, m.c.role, e)
             .join(e, e.c.entity_id == m.c.entity_id).order_by(m.c.doc_id, m.c.start_char))
    if doc_id:
        query = query.where(m.c.doc_id == doc_id)
    grouped: dict[str, dict[str, dict]] = defaultdict(dict)
    with store.engine.connect() as connection:
        for row in connection.execute(query):
            record = grouped[row.doc_id].setdefault(row.entity_id, _entity_record(row))
            record["mentions"].append(row.text)
            record["role"] = record["role"] or row.role
    return {doc: list(entities.values()) for doc, entities in grouped.items()}


def _entity_record(row) -> dict:
    return {"entity_id": row.entity_id, "name": row.name, "type": row.type, "country_code": row.country_code,
            "igo_code": row.igo_code, "wikidata_id": row.wikidata_id, "role": row.role, "mentions": []}


def entity_rows(store: Store, entity_ids: list[str]) -> dict[str, dict]:
    e = schema.entities
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(e).where(e.c.entity_id.in_(entity_ids)))
        return {row.entity_id: dict(row._mapping) for row in rows}
