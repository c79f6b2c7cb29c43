"""Persons the knowledge base does not know, found next to an office, rank or honorific.

Latin and Cyrillic names are runs of capitalised words; Arabic, Persian and other scripts
without capitals take the words after the anchor up to a function word or punctuation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from entente.entities.lexicon import Anchor, LanguageLexicon
from entente.text.normalise import Folder
from entente.text.terms import span_mask

_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЄІЇҐ][\w'’\-]*")
# Words of scripts without capitals: Arabic-script letters (not its comma, semicolon, question
# mark or digits), Hebrew, Han.
_UNCASED_WORD = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u05d0-\u05ea\u4e00-\u9fff·]+")
_GAP = re.compile(r"^[\s,،:«»\"“”()\-–]*$")
MAX_NAME_WORDS = 4
# Without capitals, only a rank or an honorific ("اللواء", "Mr") reliably announces a name; words
# after an office title are as often its complement ("high-level", "of the republic").
UNCASED_ANCHORS = frozenset({"rank", "honorific"})


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    anchor: Anchor


def names_after_anchors(text: str, anchors: list[Anchor], taken: list[tuple[int, int]],
                        lexicon: LanguageLexicon, folder: Folder,
                        dates: list[tuple[int, int]] = ()) -> list[NameSpan]:
    """A name standing right after each anchor (skipping ranks, known entities and 'of' words);
    a date between them ends the search: what follows it is the sentence going on ("... آل ثاني
    أمس اتصالين هاتفيين")."""
    found = []
    blockers = {s: e for s, e in [*taken, *dates] + [(a.start, a.end) for a in anchors]}
    inside = span_mask([*taken, *dates], len(text))
    for anchor in anchors:
        start = _skip_gap(text, anchor.end, blockers, lexicon, folder)
        if any(anchor.end <= a < start for a, _ in dates):
            continue
        span = _name_at(text, start, inside, lexicon, folder, uncased=anchor.kind in UNCASED_ANCHORS)
        if span:
            found.append(NameSpan(*span, anchor))
    return found


_WORD = re.compile(r"[\w'’]+")
_GAP = re.compile(r" (?=\S)")


def _skip_gap(text: str, position: int, blockers: dict[int, int], lexicon: LanguageLexicon, folder: Folder) -> int:
    """Move past separators, other anchors, known mentions and 'of'/article words."""
    for _ in range(8):
        position = _skip_space(text, position)
        blocker = blockers.get(position)
        if blocker is not None:
            position = blocker
            continue
        word = _WORD.match(text, position)
        if word and folder.key(word.group()) in lexicon.of_words:
            position = word.end()
            continue
        return position
    return position


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and (text[position].isspace() or text[position] in ",،:«»\"“”(–-"):
        position += 1
    return position


def _name_at(text: str, start: int, inside: bytearray, lexicon: LanguageLexicon,
             folder: Folder, uncased: bool = True) -> tuple[int, int] | None:
    if start >= len(text) or inside[start]:
        return None
    match = _CAPITALISED.match(text, start)
    if match:
        return _capitalised_run(text, start)
    return _uncased_run(text, start, inside, lexicon, folder) if uncased else None


def _capitalised_run(text: str, start: int) -> tuple[int, int] | None:
    end, words, position = start, 0, start
    while words < MAX_NAME_WORDS:
        match = _CAPITALISED.match(text, position)
        if not match:
            break
        end, words = match.end(), words + 1
        gap = _GAP.match(text, end)
        if not gap:
            break
        position = end + 1
    return (start, end) if words >= 2 else None


def _not_a_name_word(word: str, lexicon: LanguageLexicon) -> bool:
    return word in lexicon.stopwords or any(word.startswith(a) for a in lexicon.articles)


def _uncased_run(text: str, start: int, inside: bytearray, lexicon: LanguageLexicon,
                 folder: Folder) -> tuple[int, int] | None:
    """Words after an anchor in a script without capitals; a name does not open with an article."""
    end, words, position = start, 0, start
    while words < 3:
        match = _UNCASED_WORD.match(text, position)
        if not match or _not_a_name_word(folder.key(match.group()), lexicon) or inside[position]:
            break
        end, words = match.end(), words + 1
        if text[end:end + 1] != " ":
            break
        position = end + 1
    return (start, end) if words >= 2 else None
