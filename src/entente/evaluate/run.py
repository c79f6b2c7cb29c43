"""``entente eval``: run the whole pipeline on gold documents, then score its exports."""
from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

from entente.evaluate.gold import GoldDocument, find_document_files, load_gold
from entente.evaluate.scoring import Counts, EventScore, Ratio, score_entities, score_events
from entente.export.documents import export_documents
from entente.export.entities import export_entities
from entente.ingest.readers import iter_inputs
from entente.ingest.service import ingest
from entente.store.store import Store


def default_document_folders(gold_path: Path) -> list[Path]:
    return [gold_path.parent.parent / "seeds", gold_path.parent]


def evaluate(system, gold_path: Path, folders: list[Path] | None = None) -> dict:
    gold = load_gold(gold_path)
    files = find_document_files(gold, folders or default_document_folders(gold_path))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "eval.db"))
        ingest(iter_inputs([str(f) for f in files]), system.builder, store, system.pipeline)
        system.merge(store)
        exports = _exports(system, store)
        store.close()
    return score_all(gold, exports) | {"documents_found": len(files), "documents_in_gold": len(gold)}


def _exports(system, store: Store) -> dict:
    from entente.export.plover import export_plover

    return {"documents": {d["doc_id"]: d for d in export_documents(store)},
            "entities": {d["doc_id"]: d["entities"] for d in export_entities(store)},
            "events": list(export_plover(store))}


def score_all(gold: list[GoldDocument], exports: dict) -> dict:
    groups: dict[str, list[GoldDocument]] = defaultdict(list)
    for document in gold:
        groups[document.lang or "?"].append(document)
    report = _score_group(gold, exports)
    report["by_language"] = {lang: _score_group(docs, exports) for lang, docs in sorted(groups.items())}
    return report


def _score_group(gold: list[GoldDocument], exports: dict) -> dict:
    events, per_type, lang, published = EventScore(), {}, Ratio(), Ratio()
    for document in gold:
        predicted = [e for e in exports["events"] if document.doc in {s["doc_id"] for s in e["sources"]}]
        score_events(predicted, document.events, events)
        score_entities(exports["entities"].get(document.doc, []), document, per_type)
        exported = exports["documents"].get(document.doc) or {}
        lang.add(exported.get("lang") == document.lang)
        if document.published:
            published.add(exported.get("published") == document.published)
    overall = Counts()
    for counts in per_type.values():
        overall.add(counts)
    return {"events": events.summary(),
            "entities": {kind: c.prf() for kind, c in sorted(per_type.items())} | {"overall": overall.prf()},
            "documents": {"count": len(gold), "language_accuracy": lang.value(),
                          "published_accuracy": published.value()}}
