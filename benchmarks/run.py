"""``make bench``: speed and memory of ingest, recognition, the full pipeline, and a spaCy
French NER pass over the same articles, each measured in its own process on one core.

Results are printed as a table and written to bench-out/results.json.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_corpus, write_html_corpus

OUT = Path(__file__).resolve().parents[1] / "bench-out"


def _one_core() -> None:
    os.environ["OMP_NUM_THREADS"] = "1"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ingest(paths: list[str], analyse: bool, db: str) -> dict:
    from entente.ingest.readers import iter_inputs
    from entente.ingest.service import ingest
    from entente.store.store import Store
    from entente.system import Entente

    system = Entente(analyse=analyse)
    started = time.perf_counter()
    pipeline, builder = system.pipeline, system.builder  # loading counted separately below
    load = time.perf_counter() - started
    store = Store.open(db)
    summary = ingest(iter_inputs(paths), builder, store, pipeline, batch_size=500)
    merge_seconds = 0.0
    if analyse:
        begun = time.perf_counter()
        system.merge(store)
        merge_seconds = time.perf_counter() - begun
    return {"articles": summary.new, "seconds": summary.seconds, "load_seconds": load,
            "merge_seconds": merge_seconds, "articles_per_s": summary.new / summary.seconds,
            "failed": summary.failed}


def _recognition(corpus: str) -> dict:
    from entente.ingest.readers import iter_inputs
    from entente.pipeline.base import Analysis
    from entente.system import Entente

    system = Entente()
    started = time.perf_counter()
    stages = system.pipeline.stages[:3]  # sentences, dates, entities
    load = time.perf_counter() - started
    documents = [system.builder.build(r) for r in iter_inputs([corpus])]
    begun = time.perf_counter()
    for document in documents:
        analysis = Analysis(document)
        for stage in stages:
            stage(analysis)
    seconds = time.perf_counter() - begun
    chars = sum(d.chars for d in documents)
    return {"articles": len(documents), "seconds": seconds, "articles_per_s": len(documents) / seconds,
            "kb_load_seconds": load, "mean_chars": chars / len(documents)}


def _spacy(corpus: str) -> dict:
    import spacy

    # The model's NER carries its own token-to-vector layer, so the shared tok2vec is excluded
    # with the rest: this is the cheapest pass that still finds the same entities.
    nlp = spacy.load("fr_core_news_sm", exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer",
                                                 "morphologizer", "senter"])
    texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
    begun = time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    seconds = time.perf_counter() - begun
    return {"articles": len(texts), "seconds": seconds, "articles_per_s": len(texts) / seconds, "entities": entities}


def _task(queue: mp.Queue, name: str, args: tuple) -> None:
    _one_core()
    try:
        result = TASKS[name](*args)
        result["peak_rss_mb"] = round(_peak_mb(), 1)
        queue.put(result)
    except Exception as exc:  # noqa: BLE001 - a benchmark reports what failed and goes on
        queue.put({"error": f"{type(exc).__name__}: {exc}"})


TASKS = {"ingest": _ingest, "recognition": _recognition, "spacy": _spacy}


def measure(name: str, *args) -> dict:
    queue: mp.Queue = mp.get_context("spawn").Queue()
    process = mp.get_context("spawn").Process(target=_task, args=(queue, name, args))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--html", type=int, default=2_000)
    options = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus, french, pages = Path(tmp) / "corpus.jsonl", Path(tmp) / "fr.jsonl", Path(tmp) / "html"
        counts = write_corpus(corpus, options.articles)
        write_corpus(french, max(1, options.articles // 5), seed=3, langs=("fr",))
        write_html_corpus(pages, options.html)
        results["ingest_text"] = measure("ingest", [str(corpus)], False, str(Path(tmp) / "a.db"))
        results["ingest_html"] = measure("ingest", [str(pages)], False, str(Path(tmp) / "b.db"))
        results["recognition"] = measure("recognition", str(corpus))
        results["pipeline"] = measure("ingest", [str(corpus)], True, str(Path(tmp) / "c.db"))
        results["pipeline_fr"] = measure("ingest", [str(french)], True, str(Path(tmp) / "d.db"))
        results["spacy_fr_ner"] = measure("spacy", str(french))
    results["corpus"] = {"articles": options.articles, "by_language": counts, "html_pages": options.html}
    (OUT / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(render(results))


def render(results: dict) -> str:
    rows = [("ingest, plain text (clean, detect, store)", "ingest_text", 300),
            ("ingest, HTML pages (trafilatura, detect, store)", "ingest_html", 100),
            ("recognition + linking (3 KB articles)", "recognition", 200),
            ("full pipeline (ingest, entities, events, store)", "pipeline", 150),
            ("full pipeline, French articles", "pipeline_fr", None),
            ("spaCy fr_core_news_sm, NER only, same French articles", "spacy_fr_ner", None)]
    lines = [f"{'task':<58} {'articles':>8} {'art/s':>9} {'target':>7} {'peak RSS':>10}"]
    for label, key, target in rows:
        r = results.get(key, {})
        if "error" in r:
            lines.append(f"{label:<58} {'-':>8} {'failed':>9}   {r['error']}")
            continue
        lines.append(f"{label:<58} {r.get('articles', 0):>8} {r.get('articles_per_s', 0):>9.1f} "
                     f"{target or '':>7} {r.get('peak_rss_mb', 0):>8.0f} MB")
    recognition = results.get("recognition", {})
    if "kb_load_seconds" in recognition:
        lines.append(f"knowledge base and lexicons load: {recognition['kb_load_seconds']:.2f} s (target < 2 s)")
    french, spacy = results.get("pipeline_fr", {}), results.get("spacy_fr_ner", {})
    if "articles_per_s" in french and "articles_per_s" in spacy:
        lines.append(f"full pipeline vs spaCy NER on French: {french['articles_per_s'] / spacy['articles_per_s']:.1f}x "
                     "(target >= 20x)")
    if "merge_seconds" in results.get("pipeline", {}):
        lines.append(f"cross-document merge of the full run: {results['pipeline']['merge_seconds']:.1f} s")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
