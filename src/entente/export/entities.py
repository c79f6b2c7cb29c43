"""Export of entities per document, in the JSONL contract of the gold FORMAT.md."""
from __future__ import annotations

from collections.abc import Iterator

from entente.store.queries import document_entities
from entente.store.store import Store

EXPORTED_TYPES = ("PERSON", "STATE", "IGO")


def export_entities(store: Store) -> Iterator[dict]:
    by_document = document_entities(store)
    for document in store.iter_documents():
        entities = [_public(e) for e in by_document.get(document.doc_id, []) if e["type"] in EXPORTED_TYPES]
        yield {"doc_id": document.doc_id, "entities": entities}


def _public(entity: dict) -> dict:
    keys = ("name", "type", "country_code", "igo_code", "wikidata_id", "role", "mentions")
    record = {k: entity[k] for k in keys}
    record["mentions"] = list(dict.fromkeys(entity["mentions"]))
    return record
