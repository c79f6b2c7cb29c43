"""Developer aid: show, per gold document, matched, missed and spurious events."""
import json
import sys
import tempfile
from pathlib import Path

from entente.evaluate.gold import find_document_files, load_gold
from entente.evaluate.run import _exports, default_document_folders
from entente.evaluate.scoring import match_events, participants
from entente.ingest.readers import iter_inputs
from entente.ingest.service import ingest
from entente.store.store import Store
from entente.system import Entente


def run(gold_path: str, docs: str | None = None):
    """The gold documents and the exports of the pipeline run on them."""
    system, path = Entente(), Path(gold_path)
    gold = load_gold(path)
    files = find_document_files(gold, [Path(docs)] if docs else default_document_folders(path))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "e.db"))
        ingest(iter_inputs([str(f) for f in files]), system.builder, store, system.pipeline)
        system.merge(store)
        return gold, _exports(system, store)


def main(gold_path: str, docs: str | None = None) -> None:
    gold, exports = run(gold_path, docs)
    for document in gold:
        predicted = [e for e in exports["events"] if document.doc in {s["doc_id"] for s in e["sources"]}]
        pairs = match_events(predicted, document.events)
        print(f"== {document.doc}")
        for i, j in pairs:
            print(f"  OK   {predicted[i]['event']:9} {sorted(participants(predicted[i]))} {predicted[i]['date']}  ~ gold {document.events[j]['type']} {document.events[j]['participants']}{' (opt)' if document.events[j].get('optional') else ''}")
        for j, g in enumerate(document.events):
            if j not in {b for _, b in pairs} and not g.get("optional"):
                print(f"  MISS {g['type']:9} {g['participants']} {g['date']} | {g['evidence'][:70]}")
        for i, p in enumerate(predicted):
            if i not in {a for a, _ in pairs}:
                src = next(s for s in p["sources"] if s["doc_id"] == document.doc)
                print(f"  FP   {p['event']:9} {sorted(participants(p))} {p['date']} | {src['text'][:80]!r}")


if __name__ == "__main__":
    main(*sys.argv[1:3])


def directions(gold_path: str) -> None:
    """Matched pairs whose direction differs from gold."""
    from entente.evaluate.scoring import predicted_codes
    gold, exports = run(gold_path)
    for document in gold:
        predicted = [e for e in exports["events"] if document.doc in {s["doc_id"] for s in e["sources"]}]
        for i, j in match_events(predicted, document.events):
            g, p = document.events[j], predicted[i]
            if (g.get("actor") or g.get("recipient")) and (predicted_codes(p, "actor") != set(g.get("actor") or []) or predicted_codes(p, "recipient") != set(g.get("recipient") or [])):
                print(document.doc, g["type"], "gold", g.get("actor"), g.get("recipient"), "| ours", sorted(predicted_codes(p, "actor")), sorted(predicted_codes(p, "recipient")), "|", p["sources"][0]["text"][:70])
