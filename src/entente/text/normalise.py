"""The match form of a text (docs/DATA.md) with a map back to the original offsets.

The match form is used only for finding things; every span reported to users is mapped
back into the original text through ``Folded.origin``.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from entente.datafiles import Resources


@dataclass(frozen=True)
class Folded:
    """A folded text; ``origin[i]`` is the original index of folded character ``i``."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the folded slice [start, end)."""
        return self.origin[start], self.origin[end - 1] + 1


class Folder:
    """Folds text character by character, memoising each character's folded form."""

    def __init__(self, table: dict[str, str], drop_ranges: list[tuple[str, str]]):
        self._table = table
        self._drop = [(ord(a), ord(b)) for a, b in drop_ranges]
        self._cache: dict[str, str] = {}

    @classmethod
    def from_resources(cls, resources: Resources) -> "Folder":
        data = resources.load("text/fold.yaml")
        return cls(data["map"], [tuple(r) for r in data["drop_ranges"]])

    def fold_char(self, char: str) -> str:
        folded = self._cache.get(char)
        if folded is None:
            folded = self._cache[char] = self._compute(char)
        return folded

    def _compute(self, char: str) -> str:
        if char in self._table:
            return self._table[char]
        if any(lo <= ord(char) <= hi for lo, hi in self._drop):
            return ""
        if char.isspace():
            return " "
        decomposed = unicodedata.normalize("NFKD", char)
        kept = "".join(c for c in decomposed if not unicodedata.combining(c))
        return "".join(self._table.get(c, c) for c in kept).casefold()

    def fold(self, text: str) -> Folded:
        """Fold ``text``; runs of white space become one space, leading space is dropped."""
        chars: list[str] = []
        origin: list[int] = []
        previous_space = True
        for index, char in enumerate(text):
            for folded in self.fold_char(char):
                is_space = folded == " "
                if is_space and previous_space:
                    continue
                previous_space = is_space
                chars.append(folded)
                origin.append(index)
        origin.append(len(text))
        return Folded("".join(chars), tuple(origin))

    def key(self, text: str) -> str:
        """Folded form of a term or alias, without surrounding space (same result as ``fold``)."""
        cache = self._cache
        folded = "".join([cache[c] if c in cache else self.fold_char(c) for c in text])
        return " ".join(folded.split(" ")).strip() if "  " not in folded else " ".join(folded.split())
