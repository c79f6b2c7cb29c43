"""Writing analysed documents: one transaction per batch, so nothing is half-written."""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from entente.model import Document, Entity, Event
from entente.pipeline.base import Analysis
from entente.store import schema
from entente.store.search import index_rows
from entente.store.store import Store, document_row


def save_batch(store: Store, analyses: Sequence[Analysis], duplicates: Sequence[tuple[Document, str]] = ()) -> None:
    with store.transaction() as connection:
        store.write(connection, schema.documents, [document_row(a.document) for a in analyses])
        store.write(connection, schema.document_duplicates, [
            {"doc_id": d.doc_id, "duplicate_of": original, "url": d.url, "source": d.source}
            for d, original in duplicates])
        save_analyses(store, connection, analyses)


def save_analyses(store: Store, connection: sa.Connection, analyses: Sequence[Analysis]) -> None:
    """Entities (new ones only), mentions and events of analysed documents."""
    entities = {e.entity_id: e for a in analyses for e in a.entities.values()}
    known = _existing_entities(connection, list(entities))
    store.write(connection, schema.entities, [entity_row(e) for k, e in entities.items() if k not in known])
    store.write(connection, schema.mentions, [mention_row(a.document.doc_id, m, a.entities)
                                              for a in analyses for m in a.mentions if m.entity_id])
    events = [e for a in analyses for e in a.events]
    store.write(connection, schema.events, [event_row(e) for e in events])
    store.write(connection, schema.event_participants, [row for e in events for row in participant_rows(e)])
    index_rows(connection, [{"kind": "document", "ref": a.document.doc_id, "doc_id": a.document.doc_id,
                             "text": f"{a.document.title or ''}\n{a.document.text}"} for a in analyses]
               + [{"kind": "event", "ref": e.event_id, "doc_id": e.doc_id, "text": e.source.text} for e in events])


def _existing_entities(connection: sa.Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        query = sa.select(schema.entities.c.entity_id).where(schema.entities.c.entity_id.in_(chunk))
        found.update(row.entity_id for row in connection.execute(query))
    return found


def entity_row(entity: Entity) -> dict:
    return {"entity_id": entity.entity_id, "type": entity.type, "name": entity.name,
            "country_code": entity.country_code, "igo_code": entity.igo_code,
            "wikidata_id": entity.wikidata_id, "in_kb": entity.in_kb}


def mention_row(doc_id: str, mention, entities: dict[str, Entity]) -> dict:
    entity = entities.get(mention.entity_id)
    return {"doc_id": doc_id, "start_char": mention.start, "end_char": mention.end,
            "entity_id": mention.entity_id, "type": mention.type, "text": mention.text,
            "role": entity.role if entity else None, "office": entity.office if entity else None,
            "score": mention.score, "reason": mention.reason}


def event_row(event: Event) -> dict:
    source = event.source
    return {
        "event_id": event.event_id, "doc_id": event.doc_id, "category": event.category,
        "modes": event.modes, "contexts": event.contexts,
        "actors": [vars(a).copy() for a in event.actors], "recipients": [vars(a).copy() for a in event.recipients],
        "participants": event.participants, "persons": event.persons,
        "date": event.date, "date_precision": event.date_precision,
        "date_basis": event.date_basis, "location": vars(event.location).copy() if event.location else None,
        "evidence_start": source.start, "evidence_end": source.end, "evidence_text": source.text,
        "lang": source.lang, "trigger": event.trigger, "confidence": event.confidence,
        "historical": event.historical,
    }


def participant_rows(event: Event) -> list[dict]:
    roles = {code: "party" for code in event.participants}
    return [{"event_id": event.event_id, "code": code, "role": role} for code, role in sorted(roles.items())]
