"""Raw records: what a reader found before cleaning (one article each)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RawRecord:
    """An article as read from an input, with the metadata the input gave."""

    source: str
    kind: str  # txt | html | jsonl | warc | feed
    doc_id: str | None = None
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    line: int | None = None
