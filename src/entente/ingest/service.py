"""Ingest a stream of inputs into the store, in transactional batches."""
from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field

from entente.errors import EntenteError, InputError
from entente.ingest.build import DocumentBuilder
from entente.ingest.readers import Item
from entente.model import Document
from entente.pipeline.base import Analysis
from entente.store.store import Store
from entente.store.writer import save_batch

Analyse = Callable[[Document], Analysis]


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    new_ids: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"read {self.read}, new {self.new}, duplicate {self.duplicate}, failed {self.failed} "
                f"in {self.seconds:.1f} s")


@dataclass
class _Batch:
    documents: list[Document] = field(default_factory=list)
    duplicates: list[tuple[Document, str]] = field(default_factory=list)


def ingest(items: Iterable[Item], builder: DocumentBuilder, store: Store, analyse: Analyse | None = None,
           batch_size: int = 200, progress: Callable[[int], None] | None = None) -> IngestSummary:
    """Build, de-duplicate, analyse and store documents; bad inputs are reported, never fatal."""
    summary, pending, started = IngestSummary(), [], time.perf_counter()
    for item in items:
        summary.read += 1
        document = _build(item, builder, summary)
        if document is not None:
            pending.append(document)
        if len(pending) >= batch_size:
            _flush(pending, store, analyse, summary)
            pending = []
        if progress:
            progress(1)
    _flush(pending, store, analyse, summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _build(item: Item, builder: DocumentBuilder, summary: IngestSummary) -> Document | None:
    if isinstance(item, InputError):
        _fail(summary, item)
        return None
    try:
        return builder.build(item)
    except InputError as exc:
        _fail(summary, exc)
    except EntenteError as exc:
        _fail(summary, InputError(exc.code, item.source, item.line, **exc.details))
    except Exception as exc:  # noqa: BLE001 - one broken article must not stop the batch
        summary.failed += 1
        summary.errors.append(f"{item.source}: E100 cannot read: {type(exc).__name__}: {exc}")
    return None


def _fail(summary: IngestSummary, error: InputError) -> None:
    summary.failed += 1
    summary.errors.append(error.describe())


def _flush(documents: list[Document], store: Store, analyse: Analyse | None, summary: IngestSummary) -> None:
    if not documents:
        return
    batch = _deduplicate(documents, store, summary)
    with _collector_paused():
        analyses = [analyse(d) if analyse else Analysis(d) for d in batch.documents]
        save_batch(store, analyses, batch.duplicates)
    summary.new += len(batch.documents)
    summary.new_ids.extend(d.doc_id for d in batch.documents)


@contextmanager
def _collector_paused():
    """The cyclic garbage collector waits while a batch is analysed and stored: everything the
    batch makes stays alive until it is stored, so collections in between only scan it again
    (about 4% of the time of a full ingest). It runs again as before once the batch is stored."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _deduplicate(documents: list[Document], store: Store, summary: IngestSummary) -> _Batch:
    """Drop ids already stored; link exact copies (same normalised text) to the first seen."""
    known = store.existing_ids(d.doc_id for d in documents)
    by_hash = store.ids_by_hash(d.content_hash for d in documents)
    batch, seen_ids = _Batch(), set(known)
    for document in documents:
        if document.doc_id in seen_ids:
            summary.duplicate += 1
            continue
        seen_ids.add(document.doc_id)
        original = by_hash.get(document.content_hash)
        if original is not None:
            batch.duplicates.append((document, original))
            summary.duplicate += 1
        else:
            by_hash[document.content_hash] = document.doc_id
            batch.documents.append(document)
    return batch
