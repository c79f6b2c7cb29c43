"""Indexes over the knowledge base: alias matching in text, acronyms, cross-script name keys."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from entente.datafiles import Resources
from entente.kb.model import Alias, KnowledgeBase
from entente.kb.namekey import name_key
from entente.text.normalise import Folder
from entente.text.terms import Automaton, TermHit, TermMatcher, select_longest


@dataclass(frozen=True)
class AcronymHit:
    start: int
    end: int
    aliases: tuple[Alias, ...]


@dataclass(frozen=True)
class Candidate:
    entity_id: str
    score: float
    reason: str


class AliasIndex:
    def __init__(self, kb: KnowledgeBase, folder: Folder, prefixes: list[str], suffixes: list[str] = ()):
        self.kb = kb
        self._folder = folder
        words = [a for a in kb.aliases if a.kind != "acronym"]
        self.matcher = TermMatcher([(a.text, a) for a in words], folder, prefixes, suffixes)
        self._acronyms = _acronym_table(kb.aliases)
        self._acronym_matcher = Automaton(self._acronyms)  # case-sensitive: not folded
        self._by_key_cache: dict[str, list[str]] | None = None
        self._by_alias: dict[str, list[Alias]] = defaultdict(list)
        for alias in words:
            self._by_alias[folder.key(alias.text)].append(alias)

    @classmethod
    def build(cls, kb: KnowledgeBase, folder: Folder, resources: Resources) -> "AliasIndex":
        return cls(kb, folder, *name_clitics(resources))

    def office_label(self, office: str | None) -> str | None:
        return self.kb.office_labels.get(office) if office else None

    def find(self, folded: str, lang: str | None = None) -> list[TermHit]:
        """Non-overlapping alias hits, longest first, among those with an alias usable in ``lang``."""
        hits = self.matcher.find_all(folded)
        if lang:
            hits = [h for h in hits if any(a.applies_in(lang) for a in h.payloads)]
        return select_longest(hits)

    def find_acronyms(self, text: str) -> list[AcronymHit]:
        """Acronyms standing apart from letters of cased scripts (kana, Hangul or Han may touch
        them: NATOの); the leftmost wins, then the longest."""
        keys, hits, taken = self._acronym_matcher.keys, [], 0
        for index, start, end in sorted(self._acronym_matcher.matches(text), key=lambda m: (m[1], m[1] - m[2])):
            if start >= taken and not _cased_edge(text, start - 1) and not _cased_edge(text, end):
                hits.append(AcronymHit(start, end, self._acronyms[keys[index]]))
                taken = end
        return hits

    @property
    def _by_key(self) -> dict[str, list[str]]:
        """Persons by cross-script name key, built on first use (only unknown names need it)."""
        if self._by_key_cache is None:
            self._by_key_cache = _person_keys(self.kb)
        return self._by_key_cache

    def persons_by_key(self, name: str) -> list[str]:
        return self._by_key.get(name_key(name), [])

    def lookup(self, name: str, limit: int = 10) -> list[Candidate]:
        """Candidates for a name in any script, best first: exact alias, name key, fuzzy."""
        scores: dict[str, Candidate] = {}
        key = self._folder.key(name)
        for alias in self._by_alias.get(key, []):
            _keep(scores, Candidate(alias.entity_id, 1.0, f"alias '{alias.text}' ({alias.kind})"))
        for entity_id in self.persons_by_key(name):
            _keep(scores, Candidate(entity_id, 0.9, f"name key {name_key(name)}"))
        if len(scores) < limit:
            for candidate in self._fuzzy(key, limit):
                _keep(scores, candidate)
        return sorted(scores.values(), key=lambda c: (-c.score, c.entity_id))[:limit]

    def _fuzzy(self, key: str, limit: int) -> list[Candidate]:
        from rapidfuzz import process

        choices = list(self._by_alias)
        found = process.extract(key, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=85)
        return [Candidate(alias.entity_id, round(score / 100 * 0.8, 3), f"similar to '{choice}'")
                for choice, score, _ in found for alias in self._by_alias[choice]]


def _keep(scores: dict[str, Candidate], candidate: Candidate) -> None:
    if candidate.entity_id not in scores or scores[candidate.entity_id].score < candidate.score:
        scores[candidate.entity_id] = candidate


def _acronym_table(aliases: list[Alias]) -> dict[str, tuple[Alias, ...]]:
    table: dict[str, list[Alias]] = defaultdict(list)
    for alias in aliases:
        if alias.kind == "acronym" and alias.text.strip():
            table[alias.text.strip()].append(alias)
    return {k: tuple(v) for k, v in table.items()}


def _cased_edge(text: str, index: int) -> bool:
    """A letter or digit of a cased script (Latin, Greek, Cyrillic) at ``index``."""
    if index < 0 or index >= len(text):
        return False
    code = ord(text[index])
    return (text[index].isascii() and text[index].isalnum()) or 0xC0 <= code <= 0x24F or 0x370 <= code <= 0x4FF


def _person_keys(kb: KnowledgeBase) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = defaultdict(list)
    for entity in kb.by_type("PERSON"):
        for name in entity.names:
            key = name_key(name)
            if len(key) >= 4 and entity.entity_id not in keys[key]:
                keys[key].append(entity.entity_id)
    return keys


def name_clitics(resources: Resources) -> tuple[list[str], list[str]]:
    """What may be written onto a name in any language: prefixes (Arabic "و", "ب"), and the
    suffixes of languages that attach them to names (Korean "에서", Turkish "'da")."""
    morph = [resources.lang(lang, "morph") for lang in resources.languages()]
    prefixes = sorted({p for m in morph for p in m.get("prefixes") or []})
    suffixes = sorted({s for m in morph if m.get("name_suffixes") for s in m.get("suffixes") or []})
    return prefixes, suffixes
