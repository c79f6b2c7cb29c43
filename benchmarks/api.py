"""``make bench-api``: p50/p95 latency of the main API endpoints on a SQLite store of generated events.

The store is filled directly with realistic rows (documents, entities, mentions, events with
participants, canonical events): the point is the query layer's speed at scale, not ingest.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

CATEGORIES = ("CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "ACCUSE", "REJECT", "THREATEN", "SANCTION",
              "ASSAULT", "REQUEST", "MOBILIZE")
CODES = ("RUS", "CHN", "IRN", "IND", "PAK", "KAZ", "KGZ", "TJK", "UZB", "BLR", "ARM", "AZE", "TUR", "USA", "FRA",
         "DEU", "GBR", "ITA", "UKR", "ISR", "EGY", "SAU", "ARE", "QAT", "SCO", "CIS", "CSTO", "NATO", "EU", "UN")
LANGS = ("en", "fr", "it", "es", "de", "ru", "ar", "fa", "tr", "zh")
PLACES = (("Moscow", "RUS", 55.75, 37.62), ("Beijing", "CHN", 39.9, 116.4), ("Tehran", "IRN", 35.69, 51.42),
          ("Ankara", "TUR", 39.93, 32.86), ("Brussels", "BEL", 50.85, 4.35), ("Astana", "KAZ", 51.17, 71.45))


def fill(store, events: int, seed: int = 5) -> None:
    """Write ``events`` events over events/4 documents, in batches."""
    from entente.store import schema
    from entente.store.search import index_rows

    rng = random.Random(seed)
    documents = max(1, events // 4)
    with store.transaction() as connection:
        connection.execute(schema.entities.insert(), [
            {"entity_id": code if len(code) == 3 and code not in ("SCO", "CIS") else f"igo:{code}", "type": "STATE" if len(code) == 3 and code not in ("SCO", "CIS") else "IGO",
             "name": code, "country_code": code if len(code) == 3 else None, "igo_code": None if len(code) == 3 else code,
             "wikidata_id": None, "in_kb": True} for code in CODES])
    for start in range(0, documents, 2000):
        rows = _batch(rng, start, min(documents, start + 2000))
        with store.transaction() as connection:
            for table, values in rows.items():
                if table == "search":
                    index_rows(connection, values)
                elif values:
                    connection.execute(getattr(schema, table).insert(), values)


def _batch(rng: random.Random, first: int, last: int) -> dict[str, list]:
    rows: dict[str, list] = {k: [] for k in ("documents", "events", "event_participants", "event_links",
                                             "canonical_events", "canonical_participants", "canonical_pairs", "mentions", "search")}
    for number in range(first, last):
        doc_id, lang = f"d{number:07d}", rng.choice(LANGS)
        text = f"Generated article {number} about defence cooperation talks and agreements between states. " * 6
        rows["documents"].append({"doc_id": doc_id, "content_hash": f"h{number}", "lang": lang, "lang_confidence": 1.0,
                                  "published": _date(rng), "published_method": "metadata", "title": f"Article {number}",
                                  "url": None, "source": "bench", "chars": len(text), "text": text, "ingested_at": "2026-01-01"})
        rows["search"].append({"kind": "document", "ref": doc_id, "doc_id": doc_id, "text": text})
        for k in range(4):
            _event(rows, rng, doc_id, lang, number * 4 + k)
    return rows


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2020, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _event(rows: dict, rng: random.Random, doc_id: str, lang: str, number: int) -> None:
    event_id, codes = f"e{number:08d}", rng.sample(CODES, rng.choice((2, 2, 2, 3, 4)))
    place = rng.choice(PLACES)
    location = {"name": place[0], "country_code": place[1], "lat": place[2], "lon": place[3], "geonames_id": None}
    category, date = rng.choice(CATEGORIES), _date(rng)
    arguments = [{"entity_id": c if len(c) == 3 and c not in ("SCO", "CIS") else f"igo:{c}", "raw_text": c, "code": c} for c in codes]
    rows["events"].append({"event_id": event_id, "doc_id": doc_id, "category": category, "modes": [], "contexts": ["military"],
                           "actors": arguments[:1], "recipients": arguments[1:], "participants": sorted(codes), "persons": [],
                           "date": date, "date_precision": "day", "location": location, "evidence_start": 0,
                           "evidence_end": 60, "evidence_text": f"Evidence sentence {number} for {category}.",
                           "lang": lang, "trigger": "met", "confidence": 0.8, "historical": False})
    rows["event_participants"].extend({"event_id": event_id, "code": c, "role": "party"} for c in sorted(codes))
    rows["event_links"].append({"event_id": event_id, "canonical_id": f"c{number:08d}"})
    rows["canonical_participants"].extend({"canonical_id": f"c{number:08d}", "code": c, "category": category, "date": date}
                                          for c in sorted(codes))
    rows["canonical_pairs"].extend({"canonical_id": f"c{number:08d}", "a": a, "b": b, "category": category, "date": date}
                                   for i, a in enumerate(sorted(codes)) for b in sorted(codes)[i + 1:])
    rows["canonical_events"].append({"canonical_id": f"c{number:08d}", "category": category, "date": date, "record": {
        "members": [event_id], "participants": sorted(codes), "date": date, "location": location, "representative": event_id}})
    rows["mentions"].extend({"doc_id": doc_id, "start_char": 10 * i + (number % 4) * 200, "end_char": 10 * i + 3 + (number % 4) * 200,
                             "entity_id": a["entity_id"], "type": "STATE", "text": a["raw_text"], "role": None,
                             "office": None, "score": 1.0, "reason": "bench"} for i, a in enumerate(arguments))


ENDPOINTS = {
    "events (first page)": lambda r: ("/api/events", {}),
    "events by country and category": lambda r: ("/api/events", {"country": r.choice(CODES), "category": r.choice(CATEGORIES)}),
    "events by period, deep page": lambda r: ("/api/events", {"from": "2023-01-01", "to": "2023-06-30", "offset": 500}),
    "event detail": lambda r: (f"/api/events/c{r.randrange(100_000):08d}", {}),
    "entity detail": lambda r: ("/api/entities/" + r.choice(("RUS", "CHN", "IRN", "TUR")), {}),
    "search": lambda r: ("/api/search", {"q": r.choice(("defence", "agreements", "talks states"))}),
    "timeline": lambda r: ("/api/timeline", {"category": r.choice(CATEGORIES)}),
    "network": lambda r: ("/api/network", {"from": "2024-01-01", "to": "2024-12-31"}),
    "stats": lambda r: ("/api/stats", {}),
}


def measure(client, requests: int, seed: int = 9) -> dict[str, dict]:
    rng, results = random.Random(seed), {}
    for name, make in ENDPOINTS.items():
        timings = []
        for _ in range(requests):
            path, params = make(rng)
            begun = time.perf_counter()
            response = client.get(path, params=params)
            timings.append((time.perf_counter() - begun) * 1000)
            assert response.status_code in (200, 404), (path, response.status_code, response.text[:200])
        timings.sort()
        results[name] = {"p50_ms": round(statistics.median(timings), 1),
                         "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 1)}
    return results


def main() -> None:
    from fastapi.testclient import TestClient

    from entente.store.store import Store
    from entente.web.app import create_app

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=60)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "api.db"))
        begun = time.perf_counter()
        fill(store, options.events)
        filled = time.perf_counter() - begun
        results = measure(TestClient(create_app(store)), options.requests)
    out = Path(__file__).resolve().parents[1] / "bench-out"
    out.mkdir(exist_ok=True)
    (out / "api.json").write_text(json.dumps({"events": options.events, "results": results}, indent=2), encoding="utf-8")
    print(f"store of {options.events} generated events filled in {filled:.0f} s (SQLite); target p95 < 100 ms")
    print(f"{'endpoint':<34} {'p50 ms':>8} {'p95 ms':>8}")
    for name, r in results.items():
        print(f"{name:<34} {r['p50_ms']:>8} {r['p95_ms']:>8}")


if __name__ == "__main__":
    main()
