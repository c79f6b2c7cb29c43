"""Export of documents in the JSONL contract of the gold FORMAT.md."""
from __future__ import annotations

from collections.abc import Iterator

from entente.model import Document
from entente.store.store import Store


def document_record(document: Document) -> dict:
    return {"doc_id": document.doc_id, "lang": document.lang, "published": document.published,
            "title": document.title, "url": document.url, "chars": document.chars, "text": document.text}


def export_documents(store: Store) -> Iterator[dict]:
    for document in store.iter_documents():
        yield document_record(document)
