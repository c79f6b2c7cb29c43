"""External check: PLOVER category accuracy on the English gold-standard sentences of the PLOVER
project (../shared/plover/PLOVER_GSR_CAMEO.json), with its older category names mapped as its
README says. The lexicons are not tuned on these sentences.

Usage: python scripts/plover_gsr.py [PATH]
"""
import json
import sys
from collections import Counter
from pathlib import Path

from entente.ingest.records import RawRecord
from entente.system import Entente

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "plover" / "PLOVER_GSR_CAMEO.json"
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def main(path: Path) -> None:
    system = Entente()
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text") and r.get("event") != "DOCUMENT"]
    found_any = correct_any = correct_first = 0
    confusion: Counter = Counter()
    for number, record in enumerate(records):
        gold = OLD_NAMES.get(record["event"], record["event"])
        raw = RawRecord(source="gsr", kind="jsonl", doc_id=f"gsr{number}", text=record["text"], lang="en")
        events = system.pipeline(system.builder.build(raw)).events
        predicted = [e.category for e in sorted(events, key=lambda e: e.source.start)]
        found_any += bool(predicted)
        correct_any += gold in predicted
        correct_first += bool(predicted) and predicted[0] == gold
        confusion[(gold, predicted[0] if predicted else "none")] += 1
    total = len(records)
    print(f"sentences: {total}")
    print(f"an event was coded: {found_any / total:.3f}")
    print(f"gold category among the coded events: {correct_any / total:.3f}")
    print(f"first coded event has the gold category: {correct_first / total:.3f} "
          f"({correct_first / max(found_any, 1):.3f} of the sentences where an event was coded)")
    print("most frequent (gold, first predicted):", ", ".join(f"{g}->{p} {n}" for (g, p), n in confusion.most_common(12)))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
