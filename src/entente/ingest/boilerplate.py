"""Plain-text boilerplate removal by general line rules (HTML goes through trafilatura).

A line is dropped when it is page furniture: a hashtag block, a widget ("Comments (0)"),
a language switcher, a menu (bulleted items, or a run of three or more short lines), a
masthead ("Issue 7335 - Page 2"), a credit line ("Source: ..."), or short trailing matter
after the last paragraph. Article paragraphs and headings are kept as they are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from entente.datafiles import Resources
from entente.text.normalise import Folder
from entente.text.sentences import is_sentence_like

_HASHTAG = re.compile(r"#\w+")
_BULLET = re.compile(r"^\s*[•·●▪■◦‣∙*\-–—>»]\s+")
_WORD = re.compile(r"\w+")
_DIGITS_PUNCT = re.compile(r"[\d\W_]+")
SHORT_WORDS = 4
FURNITURE_MAX_CHARS = 300
MENU_RUN = 3
MASTHEAD_MAX_WORDS = 25
CREDIT_MAX_WORDS = 12


@dataclass(frozen=True)
class FurnitureWords:
    widgets: frozenset[str]
    credit_labels: frozenset[str]
    masthead: frozenset[str]
    languages: frozenset[str]


class BoilerplateFilter:
    """Removes furniture lines from plain text, keeping paragraphs and headings."""

    def __init__(self, words: FurnitureWords, folder: Folder):
        self._words = words
        self._folder = folder

    @classmethod
    def from_resources(cls, resources: Resources, folder: Folder) -> "BoilerplateFilter":
        data = resources.load("text/boilerplate.yaml")
        fold = lambda key: frozenset(folder.key(str(w)) for w in data[key])  # noqa: E731
        words = FurnitureWords(fold("widgets"), fold("credit_labels"), fold("masthead"), fold("languages"))
        return cls(words, folder)

    def clean(self, text: str) -> str:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        drop = self._furniture(lines) | _menu_runs(lines)
        drop |= _trailing_matter(lines, drop)
        kept = [line.rstrip() if i not in drop else "" for i, line in enumerate(lines)]
        return _join_paragraphs(kept)

    def _furniture(self, lines: list[str]) -> set[int]:
        return {i for i, line in enumerate(lines) if line.strip() and self.is_furniture(line)}

    def is_furniture(self, line: str) -> bool:
        if _is_hashtag_block(line) or _is_bullet_item(line):
            return True
        if len(line) > FURNITURE_MAX_CHARS:  # paragraphs are never widgets, switchers or mastheads
            return False
        key = self._folder.key(line)
        if key.count(" ") >= MASTHEAD_MAX_WORDS:  # too long for a switcher, masthead or credit line
            return self._is_widget(key)
        return (self._is_widget(key) or self._is_language_switcher(key) or self._is_masthead(line, key)
                or self._is_credit(key))

    def _is_widget(self, key: str) -> bool:
        bare = _DIGITS_PUNCT.sub(" ", key).strip()
        return bool(bare) and len(bare.split()) <= 4 and (
            bare in self._words.widgets or all(w in self._words.widgets for w in bare.split()))

    def _is_language_switcher(self, key: str) -> bool:
        tokens = [t for t in re.split(r"[\s|/·•,]+", key) if t]
        return 1 <= len(tokens) <= 8 and all(t in self._words.languages for t in tokens) and (
            len(tokens) > 1 or len(tokens[0]) > 2)

    def _is_masthead(self, line: str, key: str) -> bool:
        words = key.split()
        return (len(words) <= MASTHEAD_MAX_WORDS and not is_sentence_like(line) and any(c.isdigit() for c in line)
                and any(w in self._words.masthead for w in words))

    def _is_credit(self, key: str) -> bool:
        head, colon, rest = key.partition(":")
        return bool(colon) and head.strip() in self._words.credit_labels and len(rest.split()) <= CREDIT_MAX_WORDS


def _is_hashtag_block(line: str) -> bool:
    if "#" not in line:
        return False
    tags = _HASHTAG.findall(line)
    compact = re.sub(r"\s", "", line)
    return len(tags) >= 2 and sum(len(t) for t in tags) >= 0.5 * len(compact)


def _is_bullet_item(line: str) -> bool:
    return bool(_BULLET.match(line)) and not is_sentence_like(line) and _word_count(line) <= 6


def _word_count(line: str) -> int:
    return len(_WORD.findall(line))


def _is_short(line: str) -> bool:
    return bool(line.strip()) and not is_sentence_like(line) and _word_count(line) <= SHORT_WORDS


def _menu_runs(lines: list[str]) -> set[int]:
    """Runs of MENU_RUN or more consecutive short lines, plus the heading line above a run."""
    drop: set[int] = set()
    run: list[int] = []
    for index, line in enumerate(lines + [""]):
        if _is_short(line) or (run and _is_bullet_item(line)):
            run.append(index)
            continue
        if len(run) >= MENU_RUN:
            drop.update(run)
        run = []
    return drop


def _trailing_matter(lines: list[str], dropped: set[int]) -> set[int]:
    """Short lines after the last paragraph (footers, bylines, site sections)."""
    paragraphs = [i for i, line in enumerate(lines)
                  if i not in dropped and (is_sentence_like(line) or _word_count(line) > 12)]
    if not paragraphs:
        return set()
    return {i for i in range(paragraphs[-1] + 1, len(lines)) if _word_count(lines[i]) <= 8}


def _join_paragraphs(lines: list[str]) -> str:
    """Join kept lines, collapsing runs of blank lines to one."""
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
