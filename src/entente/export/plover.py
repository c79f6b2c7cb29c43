"""PLOVER JSONL, one record per canonical event, in the contract of the gold FORMAT.md."""
from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa

from entente.store import schema
from entente.store.queries import entity_rows
from entente.store.store import Store

SECTOR = {"PERSON": "GOV", "STATE": "GOV", "IGO": "IGO"}


def export_plover(store: Store) -> Iterator[dict]:
    events, canonical = _events(store), _canonical(store)
    groups = canonical or [{"canonical_id": e, "record": {"members": [e], "representative": e}} for e in events]
    entity_ids = {a["entity_id"] for e in events.values() for a in e["actors"] + e["recipients"]}
    entities = entity_rows(store, sorted(entity_ids))
    records = [plover_record(group, events, entities) for group in groups]
    yield from sorted(records, key=_document_order)


def _document_order(record: dict) -> tuple:
    """Events in the order their first report appears (document id, then offset)."""
    first = min(record["sources"], key=lambda s: (s["doc_id"], s["start"]))
    return first["doc_id"], first["start"], record["id"]


def _events(store: Store) -> dict[str, dict]:
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(schema.events).order_by(schema.events.c.doc_id, schema.events.c.evidence_start))
        return {row.event_id: dict(row._mapping) for row in rows}


def _canonical(store: Store) -> list[dict]:
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(schema.canonical_events).order_by(schema.canonical_events.c.canonical_id))
        return [dict(row._mapping) for row in rows]


def plover_record(group: dict, events: dict[str, dict], entities: dict[str, dict]) -> dict:
    record = group["record"]
    members = [events[m] for m in record["members"] if m in events]
    best = events[record["representative"]]
    date = record.get("date", best["date"])
    return {
        "id": group["canonical_id"], "date": date, "date_precision": _precision(date),
        "event": best["category"], "mode": best["modes"], "context": best["contexts"],
        "actor": [_argument(a, entities) for a in record.get("actors", best["actors"])],
        "recipient": [_argument(a, entities) for a in record.get("recipients", best["recipients"])],
        "event_loc": _location(record.get("location", best["location"])),
        "sources": [_source(e) for e in members],
        "confidence": best["confidence"],
    }


def _precision(date: str | None) -> str | None:
    return {10: "day", 7: "month", 4: "year"}.get(len(date)) if date else None


def _argument(argument: dict, entities: dict[str, dict]) -> dict:
    entity = entities.get(argument["entity_id"], {})
    return {"entity_name": entity.get("name"), "entity_type": entity.get("type"),
            "country_code": entity.get("country_code"), "igo_code": entity.get("igo_code"),
            "wikidata_id": entity.get("wikidata_id"), "sector_code": SECTOR.get(entity.get("type")),
            "raw_text": argument["raw_text"], "entity_id": argument["entity_id"], "code": argument.get("code")}


def _location(location: dict | None) -> dict | None:
    if not location:
        return None
    return {"name": location["name"], "country_code": location.get("country_code"),
            "lat": location.get("lat"), "lon": location.get("lon")}


def _source(event: dict) -> dict:
    return {"doc_id": event["doc_id"], "text": event["evidence_text"], "start": event["evidence_start"],
            "end": event["evidence_end"], "lang": event["lang"], "event_id": event["event_id"]}
