"""Compounds of one-character state abbreviations: 日米韓, 中俄, 한미일 name every state in them.

Chinese, Japanese and Korean news join one-character abbreviations of states into one word
("日米韓の防衛相", "中俄两国", "한미일 국방장관"). Each character is a mention of its state, so a
trilateral meeting has three parties. The characters alone are ordinary words, so only runs of
two or more count, and ``lang/<xx>/compounds.yaml`` lists the runs that are other words (中米,
Central America in Japanese) and what may stand just before or after a compound.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MAX_RUN = 5  # 美日印澳: longer runs of abbreviations are not a compound of states


@dataclass(frozen=True)
class CompoundPart:
    start: int
    end: int
    code: str


class StateCompounds:
    """The compound rules of one language (empty where the language has none)."""

    def __init__(self, data: dict):
        self.abbreviations: dict[str, str] = {str(k): str(v) for k, v in (data.get("abbreviations") or {}).items()}
        self.not_words = tuple(data.get("not_words") or [])
        self.not_before = frozenset(data.get("not_before") or "")
        self.followed_by = tuple(data.get("followed_by") or ())
        self.boundary = data.get("boundary") or "none"  # none | word | not_after_han
        chars = "".join(re.escape(c) for c in self.abbreviations)
        self._run = re.compile(f"[{chars}]{{2,{MAX_RUN}}}") if chars else None

    def find(self, text: str) -> list[CompoundPart]:
        """One part per character of every compound in ``text`` (original offsets)."""
        if self._run is None:
            return []
        parts = []
        for match in self._run.finditer(text):
            start, end = match.span()
            if self._is_compound(text, start, end):
                parts += [CompoundPart(i, i + 1, self.abbreviations[text[i]]) for i in range(start, end)]
        return parts

    def _is_compound(self, text: str, start: int, end: int) -> bool:
        run = text[start:end]
        if len(set(run)) < len(run) or len({self.abbreviations[c] for c in run}) < len(run):
            return False  # 일일 (daily), 露ロ: a state twice is no compound
        if end < len(text) and text[end] in self.not_before:
            return False
        if self.followed_by and not text.startswith(self.followed_by, end):
            return False
        if any(_overlaps(text, word, start, end) for word in self.not_words):
            return False
        before = text[start - 1] if start else " "
        if self.boundary == "word":
            return not before.isalnum()
        if self.boundary == "not_after_han":
            return not _is_han(before)
        return not before.isdigit()


def _overlaps(text: str, word: str, start: int, end: int) -> bool:
    """Whether an occurrence of ``word`` overlaps the run [start, end)."""
    position = text.find(word, max(0, start - len(word) + 1))
    while 0 <= position < end:
        if position + len(word) > start:
            return True
        position = text.find(word, position + 1)
    return False


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"
