"""Documents and sentences."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """A sentence as a span of its document's text."""

    start: int
    end: int
    text: str


@dataclass
class Document:
    """One article: its clean text and what is known about it.

    ``text`` is the clean article text; every offset elsewhere points into it.
    """

    doc_id: str
    text: str
    lang: str | None = None
    lang_confidence: float | None = None
    published: str | None = None
    published_method: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    content_hash: str | None = None
    meta: dict = field(default_factory=dict)

    @property
    def chars(self) -> int:
        return len(self.text)
