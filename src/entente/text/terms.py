"""Finding lexicon terms in a folded text: one matcher for aliases, triggers, offices, cues.

Terms follow docs/DATA.md: compared in match form, on word boundaries (none for CJK), with
language clitics allowed before a term and pronoun suffixes after it, ``*`` at the end marking a
stem that may continue to the end of the word, and ``*`` at the start a stem that may end a
compound ("*abwehr*" in "Flugabwehrsysteme").
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

import ahocorasick_rs

from entente.text.normalise import Folder

MIN_CLITIC_STEM = 3
GAP = " + "  # "closed + border crossings": the second part follows within a few words
GAP_WORDS = 6  # words that may stand between the parts ("closed overnight all its border crossings")
GAP_CHARS = 8  # the same for scripts without spaces
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # Han and kana: no spaces between words; Hangul has them


class TermHit(NamedTuple):
    """A term found in a folded text; offsets are folded offsets."""

    start: int
    end: int
    term: str
    payloads: tuple[Any, ...]
    gap: tuple[int, int] | None = None  # a gapped term: what stands between its two parts


@dataclass(frozen=True)
class _Pattern:
    wildcard: bool
    cjk: bool
    katakana: bool = False  # katakana words run on: タイ is not inside タイミング
    inside: bool = False  # may stand inside a compound word: no boundary before it
    tail: re.Pattern | None = None  # a gapped term's second part, with what may come between
    tail_runs: bool = False  # ... whose last word may run on ("*")


class Automaton:
    """Aho-Corasick over fixed strings that pickles as its strings (the Rust automaton does not
    pickle; rebuilding it is cheap)."""

    def __init__(self, keys: Iterable[str]):
        self.keys = list(keys)
        self._build()

    def _build(self) -> None:
        self._automaton = ahocorasick_rs.AhoCorasick(self.keys) if self.keys else None

    def __getstate__(self) -> dict:
        return {"keys": self.keys}

    def __setstate__(self, state: dict) -> None:
        self.keys = state["keys"]
        self._build()

    def matches(self, text: str) -> list[tuple[int, int, int]]:
        """(key index, start, end) of every occurrence, overlaps included."""
        return self._automaton.find_matches_as_indexes(text, overlapping=True) if self._automaton else []


class TermMatcher:
    """Aho-Corasick over folded terms, with boundary, clitic and stem rules."""

    def __init__(self, entries: Iterable[tuple[str, Any]], folder: Folder,
                 prefixes: Iterable[str] = (), suffixes: Iterable[str] = ()):
        payloads: dict[tuple[str, bool, bool, str], list[Any]] = defaultdict(list)
        for term, payload in entries:
            head, _, tail = str(term).partition(GAP)
            key = folder.key(head)
            wildcard, inside = key.endswith("*"), key.startswith("*")
            key = key.strip("*").strip()
            if key:
                payloads[(key, wildcard, inside, folder.key(tail).strip())].append(payload)
        self._keys = list(payloads)
        self._payloads = [tuple(payloads[k]) for k in self._keys]
        self._info = [_Pattern(w, bool(_CJK.search(k)), all(_is_katakana(c) for c in k), i,
                               _tail(t, bool(_CJK.search(k))), t.endswith("*")) for k, w, i, t in self._keys]
        self._prefixes = frozenset(folder.key(p) for p in prefixes if folder.key(p))
        self._prefix_lengths = sorted({len(p) for p in self._prefixes}, reverse=True)
        self._suffixes = frozenset(folder.key(s) for s in suffixes if folder.key(s))
        self._suffix_lengths = sorted({len(s) for s in self._suffixes}, reverse=True)
        self._automaton = Automaton(k for k, _, _, _ in self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def find(self, folded: str) -> list[TermHit]:
        """Non-overlapping hits, the longest winning where candidates overlap."""
        return select_longest(self.find_all(folded))

    def find_all(self, folded: str) -> list[TermHit]:
        """Every hit that respects the boundary rules, overlaps included."""
        keys, payloads, info, size = self._keys, self._payloads, self._info, len(folded)
        marks, clitics = _MARKS, bool(self._prefixes)
        hits = []
        for index, start, end in self._automaton.matches(folded):
            pattern = info[index]
            if pattern.cjk:
                if pattern.katakana and _inside_katakana_word(folded, start, end):
                    continue
            elif start and not pattern.inside and ((before := folded[start - 1]).isalnum() or before in marks) \
                    and not (clitics and self._clitic_before(folded, start, end - start)):
                continue  # inside a word (what _is_word tells, inlined: this loop sees every raw match)
            elif pattern.wildcard:
                end = _WORD_TAIL.match(folded, end).end()
            elif end < size and ((after := folded[end]).isalnum() or after in marks):
                end = self._suffix_end(folded, end)
                if end is None:
                    continue
            gap = None
            if pattern.tail is not None:
                following = pattern.tail.match(folded, end)
                if following is None:
                    continue
                gap = (end, following.start("tail"))
                end = following.end()
                if not pattern.cjk and end < size and _is_word(folded[end]):  # a mark inside the word
                    if not pattern.tail_runs:
                        continue
                    end = _WORD_TAIL.match(folded, end).end()
            hits.append(TermHit(start, end, keys[index][0], payloads[index], gap))
        return hits

    def _clitic_before(self, text: str, start: int, length: int) -> bool:
        """A clitic attaches to a real stem: never to a one- or two-letter word ("كما" is not "ك" + "ما")."""
        return length >= MIN_CLITIC_STEM and any(
            size <= start and text[start - size:start] in self._prefixes
            and (start == size or not _is_word(text[start - size - 1])) for size in self._prefix_lengths)

    def _suffix_end(self, text: str, end: int) -> int | None:
        for size in self._suffix_lengths:
            stop = end + size
            if stop <= len(text) and text[end:stop] in self._suffixes and (stop == len(text) or not _is_word(text[stop])):
                return stop
        return None


def _tail(tail: str, cjk: bool) -> re.Pattern | None:
    """What follows the first part of a gapped term: a few words (a few characters in a script
    without spaces) within the clause, then the second part on a word boundary; a ``*`` at its
    end lets the second part's last word run on."""
    if not tail:
        return None
    return _compiled_tail(tail.rstrip("*").strip(), cjk, tail.endswith("*"))


@functools.lru_cache(maxsize=None)
def _compiled_tail(tail: str, cjk: bool, wildcard: bool) -> re.Pattern:
    """Compiled once per distinct second part; letters and digits mark the boundary here (cheap
    to compile), the marks inside words are checked by the matcher."""
    if cjk:
        return re.compile(rf"[^{_STOPS}\s]{{0,{GAP_CHARS}}}?(?P<tail>{re.escape(tail)})")
    ending = r"[^\W_]*" if wildcard else r"(?![^\W_])"
    return re.compile(rf"(?: (?:[^{_STOPS}\s]+|{_SHORT_ASIDE})){{0,{GAP_WORDS}}}? (?P<tail>{re.escape(tail)}){ending}")


def word_start(text: str, position: int, floor: int = 0) -> int:
    """Where the word running through ``position`` begins (not before ``floor``)."""
    while position > floor and text[position - 1].isalnum():
        position -= 1
    return position


def is_cjk(text: str) -> bool:
    """Whether a term is written in a script without spaces between words (Han, kana)."""
    return bool(_CJK.search(text))


def _is_word(char: str) -> bool:
    """Letters, digits and the marks inside words (Devanagari vowel signs, virama)."""
    return char.isalnum() or char in _MARKS


_MARKS = frozenset(chr(code) for code in range(0x20000) if unicodedata.category(chr(code)) in ("Mn", "Mc"))


def _class_of(chars: frozenset[str]) -> str:
    """A regex character class body for a set of characters, as ranges."""
    codes, ranges = sorted(ord(c) for c in chars), []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)


_WORD_TAIL = re.compile(rf"(?:[^\W_]|[{_class_of(_MARKS)}])*")  # what _is_word accepts, as a run
_SHORT_ASIDE = r"\(\w{1,4}\)"  # a day in brackets ("suspendeu nesta terça-feira (1º) as negociações") is no stop
_STOPS = re.escape(".,;:!?()[]。、，；：！？（）،؛؟")  # a gapped term does not run past these (quotes it may: 'jugé « inacceptable »')


def _is_katakana(char: str) -> bool:
    return "\u30a0" <= char <= "\u30ff" or char == "ー"


def _inside_katakana_word(text: str, start: int, end: int) -> bool:
    return (start > 0 and _is_katakana(text[start - 1])) or (end < len(text) and _is_katakana(text[end]))


def span_mask(spans, length: int) -> bytearray:
    """A byte per position of a text, set where one of the (start, end) spans lies."""
    mask = bytearray(length + 1)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def select_longest(hits: list[TermHit]) -> list[TermHit]:
    """Greedy choice of non-overlapping hits, longest first, then leftmost."""
    if not hits:
        return []
    occupied = span_mask((), max(h.end for h in hits))
    chosen: list[TermHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not any(occupied[hit.start:hit.end]):
            chosen.append(hit)
            occupied[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
    return sorted(chosen, key=lambda h: h.start)
