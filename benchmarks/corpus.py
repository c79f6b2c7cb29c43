"""Synthetic news articles for benchmarks: the bundled samples' paragraphs recombined into
~3 KB articles, each made unique, in every sample language."""
from __future__ import annotations

import json
import random
from pathlib import Path

from entente.ingest.readers import iter_inputs

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "entente" / "samples"
TARGET_CHARS = 3000


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


def make_article(number: int, lang: str, paragraphs: list[str], rng: random.Random) -> dict:
    body, size = [], 0
    while size < TARGET_CHARS:
        paragraph = rng.choice(paragraphs)
        body.append(paragraph)
        size += len(paragraph) + 1
    day = 1 + number % 28
    return {"id": f"bench-{lang}-{number:06d}", "lang": lang, "published": f"2024-{1 + number % 12:02d}-{day:02d}",
            "text": f"Report {number}\n\n" + "\n\n".join(body)}


def write_corpus(path: Path, count: int, seed: int = 7, langs: tuple[str, ...] | None = None) -> dict[str, int]:
    """Write ``count`` articles as JSONL; returns how many per language."""
    rng = random.Random(seed)
    paragraphs = sample_paragraphs()
    chosen = sorted(langs or paragraphs)
    counts: dict[str, int] = {}
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            lang = chosen[number % len(chosen)]
            handle.write(json.dumps(make_article(number, lang, paragraphs[lang], rng), ensure_ascii=False) + "\n")
            counts[lang] = counts.get(lang, 0) + 1
    return counts


def write_html_corpus(folder: Path, count: int, seed: int = 11) -> None:
    """``count`` HTML pages with navigation, footer and the article inside <article>."""
    rng = random.Random(seed)
    paragraphs = sample_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    langs = sorted(paragraphs)
    for number in range(count):
        lang = langs[number % len(langs)]
        article = make_article(number, lang, paragraphs[lang], rng)
        body = "".join(f"<p>{p}</p>" for p in article["text"].split("\n\n"))
        page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Report {number}</title></head><body>"
                "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav>"
                f"<article><h1>Report {number}</h1>{body}</article><footer>© Sample News</footer></body></html>")
        (folder / f"page{number:06d}.html").write_text(page, encoding="utf-8")
