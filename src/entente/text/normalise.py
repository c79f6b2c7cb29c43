"""The match form of a text (docs/DATA.md) with a map back to the original offsets.

The match form is used only for finding things; every span reported to users is mapped
back into the original text through ``Folded.origin``.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from entente.datafiles import Resources


@dataclass(frozen=True)
class Folded:
    """A folded text; ``origin[i]`` is the original index of folded character ``i``."""

    text: str
    origin: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the folded slice [start, end)."""
        origin = self.origin
        if type(origin) is range:
            return start, end
        return origin[start], origin[end - 1] + 1


class _Shifted:
    """An offset map that is the identity shifted at a few places: ``starts[k]`` is the first
    folded index from which ``offsets[k]`` is added (most texts only lose runs of spaces)."""

    __slots__ = ("starts", "offsets")

    def __init__(self, starts: list[int], offsets: list[int]):
        self.starts, self.offsets = starts, offsets

    def __getitem__(self, index: int) -> int:
        return index + self.offsets[bisect.bisect_right(self.starts, index) - 1]


_SPACE_RUNS = re.compile(r"^ +| {2,}")


def _kept_spans(joined: str) -> list[tuple[int, int]]:
    """The stretches of ``joined`` kept when a leading space and all but the first space of
    every run are dropped."""
    spans, position = [], 0
    for run in _SPACE_RUNS.finditer(joined):
        cut = run.start() if run.start() == 0 else run.start() + 1
        spans.append((position, cut))
        position = run.end()
    spans.append((position, len(joined)))
    return spans


def _collapse_spaces(joined: str, origin: list[int]) -> tuple[str, list[int]]:
    """Collapse space runs, keeping the offset map aligned."""
    spans = _kept_spans(joined)
    return "".join(joined[a:b] for a, b in spans), [i for a, b in spans for i in origin[a:b]]


def _collapse_spaces_shifted(joined: str) -> tuple[str, _Shifted]:
    """``_collapse_spaces`` of a text whose offsets were unchanged, with the map kept as shifts."""
    spans, starts, offsets, length = _kept_spans(joined), [], [], 0
    for a, b in spans:
        starts.append(length)
        offsets.append(a - length)
        length += b - a
    return "".join(joined[a:b] for a, b in spans), _Shifted(starts, offsets)


class _Translation(dict):
    """The ``str.translate`` table of a folder, filled on first sight of each character."""

    def __init__(self, folder: "Folder"):
        super().__init__()
        self._folder = folder

    def __missing__(self, code: int) -> str:
        return self._folder.fold_char(chr(code))


class Folder:
    """Folds text character by character, memoising each character's folded form."""

    def __init__(self, table: dict[str, str], drop_ranges: list[tuple[str, str]]):
        self._table = table
        self._drop = [(ord(a), ord(b)) for a, b in drop_ranges]
        self._cache: dict[str, str] = {}
        self._translation = _Translation(self)
        self._uneven: set[str] = set()

    @classmethod
    def from_resources(cls, resources: Resources) -> "Folder":
        data = resources.load("text/fold.yaml")
        return cls(data["map"], [tuple(r) for r in data["drop_ranges"]])

    def fold_char(self, char: str) -> str:
        folded = self._cache.get(char)
        if folded is None:
            folded = self._cache[char] = self._compute(char)
            self._translation[ord(char)] = folded
            if len(folded) != 1:
                self._uneven.add(char)  # dropped or expanded: the offset map is no longer the identity
        return folded

    def _compute(self, char: str) -> str:
        if char in self._table:
            return self._table[char]
        if any(lo <= ord(char) <= hi for lo, hi in self._drop):
            return ""
        if char.isspace():
            return " "
        decomposed = unicodedata.normalize("NFKD", char)
        if len(decomposed) > 1 and all(self._dropped(c) for c in decomposed[1:]):
            kept = decomposed[0]  # a letter and its diacritics (é, й, أ): the letter alone
        else:
            kept = unicodedata.normalize("NFKC", char)  # ligatures, full-width forms; Hangul stays whole
        return "".join(self._table.get(c, c) for c in kept).casefold()

    def _dropped(self, char: str) -> bool:
        return char in self._table and self._table[char] == "" or any(lo <= ord(char) <= hi for lo, hi in self._drop)

    def fold(self, text: str) -> Folded:
        """Fold ``text``; runs of white space become one space, leading space is dropped."""
        joined = text.translate(self._translation)
        collapse = "  " in joined or joined.startswith(" ")
        if len(joined) == len(text) and not self._uneven.intersection(text):
            # Every character folded to exactly one: offsets change only where spaces collapse.
            return Folded(*_collapse_spaces_shifted(joined)) if collapse else Folded(joined, range(len(text) + 1))
        pieces = [self._cache[c] for c in text]
        joined = "".join(pieces)
        origin = [index for index, piece in enumerate(pieces) for _ in piece]
        if collapse:
            joined, origin = _collapse_spaces(joined, origin)
        origin.append(len(text))
        return Folded(joined, origin)

    def key(self, text: str) -> str:
        """Folded form of a term or alias, without surrounding space (same result as ``fold``)."""
        folded = text.translate(self._translation)
        return " ".join(folded.split(" ")).strip() if "  " not in folded else " ".join(folded.split())
