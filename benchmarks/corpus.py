"""Synthetic news articles for benchmarks: the bundled samples' paragraphs recombined into
~3 KB articles, each made unique, in every sample language."""
from __future__ import annotations

import json
import random
from pathlib import Path

from entente.ingest.readers import iter_inputs

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "entente" / "samples"
BACKGROUND = Path(__file__).resolve().parent / "background"
TARGET_CHARS = 3000
BACKGROUND_SHARE = 0.5  # real articles mix reported events with context, as these do


def sample_paragraphs() -> dict[str, list[str]]:
    """Paragraphs of the bundled sample articles, by language (from the file name prefix)."""
    from entente.ingest.html import extract_html

    by_lang: dict[str, list[str]] = {}
    for record in iter_inputs([str(SAMPLES)]):
        text = record.text or extract_html(record.html or "").text
        lang = record.lang or Path(record.source).name.split("_")[0]
        paragraphs = [p.strip() for p in text.split("\n") if len(p.split()) > 6]
        by_lang.setdefault(lang, []).extend(paragraphs)
    return by_lang


def background_paragraphs() -> dict[str, list[str]]:
    """Context paragraphs (budgets, economy, politics) written for the benchmark, by language."""
    return {path.stem: [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for path in BACKGROUND.glob("*.txt")}


def make_article(number: int, lang: str, paragraphs: list[str], rng: random.Random,
                 background: list[str] = ()) -> dict:
    body, size = [], 0
    while size < TARGET_CHARS:
        use_background = background and rng.random() < BACKGROUND_SHARE
        paragraph = rng.choice(background if use_background else paragraphs)
        body.append(paragraph)
        size += len(paragraph) + 1
    day = 1 + number % 28
    return {"id": f"bench-{lang}-{number:06d}", "lang": lang, "published": f"2024-{1 + number % 12:02d}-{day:02d}",
            "text": f"Report {number}\n\n" + "\n\n".join(body)}


def write_corpus(path: Path, count: int, seed: int = 7, langs: tuple[str, ...] | None = None) -> dict[str, int]:
    """Write ``count`` articles as JSONL; returns how many per language."""
    rng = random.Random(seed)
    paragraphs, background = sample_paragraphs(), background_paragraphs()
    chosen = sorted(langs or paragraphs)
    counts: dict[str, int] = {}
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            lang = chosen[number % len(chosen)]
            article = make_article(number, lang, paragraphs[lang], rng, background.get(lang, []))
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
            counts[lang] = counts.get(lang, 0) + 1
    return counts


def write_html_corpus(folder: Path, count: int, seed: int = 11) -> None:
    """``count`` HTML pages with navigation, footer and the article inside <article>."""
    rng = random.Random(seed)
    paragraphs, background = sample_paragraphs(), background_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    langs = sorted(paragraphs)
    for number in range(count):
        lang = langs[number % len(langs)]
        article = make_article(number, lang, paragraphs[lang], rng, background.get(lang, []))
        body = "".join(f"<p>{p}</p>" for p in article["text"].split("\n\n"))
        page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Report {number}</title></head><body>"
                "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav>"
                f"<article><h1>Report {number}</h1>{body}</article><footer>© Sample News</footer></body></html>")
        (folder / f"page{number:06d}.html").write_text(page, encoding="utf-8")
