"""Sentence splitting by script-aware rules (pysbd splits Arabic at commas; we do not)."""
from __future__ import annotations

import re

from entente.datafiles import Resources
from entente.model import Sentence

_ENDERS = ".!?…。！？؟।۔"
SENTENCE_STOP = re.compile(r"[.!?;\n。！？；】]")  # what ends a sentence or clause: a phrase never runs past it
_LAST_TOKEN = re.compile(r"(\S+)$")


def _boundary(extra: str = "") -> re.Pattern:
    """Sentence ends: enders before white space, full-width enders anywhere, line breaks."""
    enders = re.escape(".!?…" + extra)
    return re.compile(rf"[{enders}]+[\"'»”’)\]]*(?=\s)|[。！？]+|\n+")


class SentenceSplitter:
    """Splits at sentence enders and line breaks, except after known abbreviations."""

    def __init__(self, abbreviations: dict[str, set[str]], enders: dict[str, str] | None = None):
        self._abbreviations = abbreviations
        self._patterns = {lang: _boundary(extra) for lang, extra in (enders or {}).items()}
        self._default = _boundary("؟।۔")

    @classmethod
    def from_resources(cls, resources: Resources) -> "SentenceSplitter":
        table, enders = {}, {}
        for lang in resources.languages():
            data = resources.lang(lang, "sentences")
            table[lang] = {w.casefold() for w in data.get("abbreviations") or []}
            enders[lang] = "".join(data.get("enders") or [])
        return cls(table, enders)

    def split(self, text: str, lang: str | None = None) -> list[Sentence]:
        abbreviations = self._abbreviations.get(lang or "", set())
        sentences, start = [], 0
        for match in self._patterns.get(lang or "", self._default).finditer(text):
            if match.group().startswith(".") and self._is_abbreviation(text, match.start(), abbreviations):
                continue
            if self._continues_lowercase(text, match.end()) and "\n" not in match.group():
                continue
            sentences.extend(_trimmed(text, start, match.end()))
            start = match.end()
        sentences.extend(_trimmed(text, start, len(text)))
        return sentences

    @staticmethod
    def _is_abbreviation(text: str, dot: int, abbreviations: set[str]) -> bool:
        token = _LAST_TOKEN.search(text, max(0, dot - 30), dot)
        if token is None:
            return False
        word = token.group(1).casefold() + "."
        single_initial = len(token.group(1)) == 1 and token.group(1).isupper()
        return word in abbreviations or word.lstrip("(«\"“") in abbreviations or single_initial

    @staticmethod
    def _continues_lowercase(text: str, end: int) -> bool:
        following = text[end:end + 3].lstrip()
        return bool(following) and following[0].islower() and following[0].isalpha() and following[0].isascii()


def _trimmed(text: str, start: int, end: int) -> list[Sentence]:
    """The span [start, end) without surrounding white space, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Sentence(start, end, text[start:end])] if end > start else []


def is_sentence_like(line: str) -> bool:
    """True for a line that ends like prose."""
    return line.rstrip().endswith(tuple(_ENDERS))
