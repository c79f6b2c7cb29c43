"""Lexicon hits of one document in original offsets, and clause boundaries."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from collections import defaultdict

from entente.events.lexicon import CONTEXTS, TRIGGERS, EventLexicon
from entente.text.terms import TermHit, is_cjk, select_longest
from entente.model import Sentence
from entente.text.normalise import Folded


class Hit(NamedTuple):
    start: int
    end: int
    value: Any


_NONE: tuple[list, list] = ([], [])


@dataclass
class DocumentCues:
    triggers: list[Hit]
    contexts: list[Hit]
    cues: dict[str, list[Hit]]
    _by_key: dict[str, tuple[list[Hit], list[int]]] = field(default_factory=dict)
    _contexts_memo: dict[tuple[int, int], list[Hit]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        keyed = {**self.cues, "__contexts__": self.contexts, "__triggers__": self.triggers}
        self._by_key = {key: (hits, [h.start for h in hits]) for key, hits in keyed.items()}

    def _opening(self, key: str, start: int, stop: int) -> list[Hit]:
        """Hits (in text order) that open in [start, stop)."""
        hits, starts = self._by_key.get(key, _NONE)
        return hits[bisect.bisect_left(starts, start):bisect.bisect_left(starts, stop)] if hits else []

    def cue_in(self, key: str, start: int, end: int) -> list[Hit]:
        return [h for h in self._opening(key, start, end) if h.end <= end]

    def cue_before(self, key: str, start: int, position: int) -> list[Hit]:
        """Cues opening in [start, position): a cue may run into the trigger ("non ha" + "ha firmato")."""
        return self._opening(key, start, position)

    def triggers_in(self, start: int, end: int) -> list[Hit]:
        return [h for h in self._opening("__triggers__", start, end) if h.end <= end]

    def contexts_in(self, start: int, end: int) -> list[Hit]:
        found = self._contexts_memo.get((start, end))
        if found is None:
            found = self._contexts_memo[(start, end)] = [h for h in self._opening("__contexts__", start, end) if h.end <= end]
        return found


def find_cues(lexicon: EventLexicon, folded: Folded, names: bytearray, places: bytearray) -> DocumentCues:
    """Every trigger, context word and cue of the document, from one scan of the folded text.
    A trigger or cue that runs over an entity's name (``names``, a mask in original offsets) is
    none; it is left out before the longest hits are chosen, so a gapped term with a place
    (``places``) in its gap gives way to the shorter term it overlaps. A party named in the gap
    stays, and the term stands at its first part."""
    groups: dict[str, list[TermHit]] = defaultdict(list)
    for hit in lexicon.matcher.find_all(folded.text):
        for group, values in lexicon.grouped(hit.payloads):
            groups[group].append(hit._replace(payloads=values))

    def hits(group: str, all_values: bool = False) -> list[Hit]:
        found = groups.get(group, [])
        if group != CONTEXTS:
            found = [kept for h in found if (kept := _clear_of_names(h, names, places, folded)) is not None]
        if group == TRIGGERS:
            found = _same_span_joined(_reaching_over(_vetoed(found)))
        return [Hit(*folded.span(h.start, h.end), h.payloads if all_values else h.payloads[0])
                for h in select_longest(found)]
    triggers = [h for h in hits(TRIGGERS, all_values=True) if None not in h.value]  # not_triggers win, then go
    return DocumentCues(triggers, hits(CONTEXTS, all_values=True),
                        {key: hits(key) for key in lexicon.cue_keys})


def _same_span_joined(hits: list[TermHit]) -> list[TermHit]:
    """Two terms on one span keep the readings of both: a gapped term standing at its first part
    because a party is named in its gap ("wezwało [litewskiego] chargé d'affaires", a summons)
    and the word alone ("wezwało", called on)."""
    joined: dict[tuple[int, int], TermHit] = {}
    for hit in hits:
        same = joined.get((hit.start, hit.end))
        joined[(hit.start, hit.end)] = hit if same is None else same._replace(payloads=same.payloads + hit.payloads)
    return list(joined.values()) if len(joined) < len(hits) else hits


def _vetoed(hits: list[TermHit]) -> list[TermHit]:
    """A not_trigger as long as a trigger it overlaps wins ("müzakereci*", negotiators, over
    "müzakere*", negotiations, on "müzakerecileri")."""
    vetoes = {(h.start, h.end) for h in hits if None in h.payloads}
    return [h for h in hits if None in h.payloads or (h.start, h.end) not in vetoes] if vetoes else hits


def _reaching_over(hits: list[TermHit]) -> list[TermHit]:
    """A gapped term whose second part opens a longer term takes that term in ("dénoncé l'accord"
    + "accord de coopération": the treaty denounced, not an agreement made): otherwise the longer
    term would win and the verb's act be lost. Not in scripts without spaces, where the longer
    term is the verb's own fuller form ("部隊を + 派遣" and "派遣することを決め": decided to send)."""
    gapped = [h for h in hits if h.gap is not None and not is_cjk(h.term)]
    if not gapped:
        return hits
    reach = {}
    for hit in gapped:
        tail = hit.gap[1]
        reach[hit] = max([hit.end] + [h.end for h in hits if tail <= h.start < hit.end < h.end])
    return [h._replace(end=reach[h]) if h in reach else h for h in hits]


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    sentence: Sentence
    sidelines: bool = False  # the clause names the larger meeting on whose sidelines another took place
    beside: bool = False  # the clause reports what took place on the sidelines of the larger meeting
    hole: tuple[int, int] | None = None  # the sidelines phrase inside a clause that runs around it

    def hides(self, position: int) -> bool:
        return self.hole is not None and self.hole[0] <= position < self.hole[1]


def clauses(sentence: Sentence, cues: DocumentCues, verb_final: bool = False) -> list[Clause]:
    """A sentence split where it says 'on the sidelines of': the two meetings are different events.
    In a verb-final language the phrase sits inside the clause ("A は会議の合間に B と会談した"):
    the whole sentence reports what happened on the sidelines."""
    cut = cues.cue_in("sidelines", sentence.start, sentence.end)
    if not cut:
        return [Clause(sentence.start, sentence.end, sentence)]
    if verb_final:
        return [Clause(sentence.start, sentence.end, sentence, beside=True)]
    first = cut[0]
    if not sentence.text[: first.start - sentence.start].strip(" \t\"«“'"):
        return _leading_sidelines(sentence, first)
    return [Clause(sentence.start, first.start, sentence, beside=True), Clause(first.start, sentence.end, sentence, True)]


def around_sidelines(found: list[Clause], text: str, fold, with_words: frozenset[str], cues: DocumentCues) -> list[Clause]:
    """"A met on the sidelines of the summit with B": when a "with" word follows the phrase, the
    two-party meeting runs around it; the phrase, up to that word, names the larger meeting. A
    second meeting word before the "with" ("провел на полях саммита переговоры с") is the
    two-party meeting's own and ends the phrase."""
    if len(found) != 2 or not (found[0].beside and found[1].sidelines) or found[0].end != found[1].start:
        return found
    beside, sidelines = found
    for word in _WITH_WORD.finditer(text, sidelines.start, sidelines.end):
        if fold(word.group()) in with_words and word.start() > sidelines.start + SIDELINES_NAME_MIN:
            cut = word.start()
            named = [t for t in cues.triggers_in(sidelines.start, cut) if t.start > sidelines.start]
            if len(named) >= 2:
                cut = named[1].start
            return [Clause(beside.start, sidelines.end, beside.sentence, beside=True, hole=(sidelines.start, cut)),
                    Clause(sidelines.start, cut, sidelines.sentence, True)]
    return found


def apart_from_the_sidelines(found: list[Clause], text: str, fold, conjunctions: frozenset[str]) -> list[Clause]:
    """"The leaders adopted the declaration, and Putin held talks with Erdoğan on the sidelines":
    what comes before a comma and an "and" ahead of the sidelines phrase is a clause of its own,
    not part of the meeting held on the sidelines."""
    result = []
    for clause in found:
        phrase = clause.hole[0] if clause.hole else clause.end
        cut = last_joined_comma(text, clause.start, phrase, fold, conjunctions) if clause.beside else None
        if cut is None:
            result.append(clause)
        else:
            result += [Clause(clause.start, cut, clause.sentence), Clause(cut, clause.end, clause.sentence, beside=True, hole=clause.hole)]
    return result


JOINED_COMMA = re.compile(r"[,،]\s*(\w+)")  # a comma and the word after it


def last_joined_comma(text: str, start: int, end: int, fold, conjunctions: frozenset[str]) -> int | None:
    """Where the last ", and" (", а", "، و") between start and end begins."""
    found = [m.start() for m in JOINED_COMMA.finditer(text, start, end) if fold(m.group(1)) in conjunctions]
    return found[-1] if found else None


_WITH_WORD = re.compile(r"\w+")
SIDELINES_NAME_MIN = 8  # characters: "on the sidelines of the summit" names the summit before any "with"


def _leading_sidelines(sentence: Sentence, cue: Hit) -> list[Clause]:
    """'On the sidelines of the summit, A met B': the phrase ends at its comma; the rest is the main clause."""
    comma = min((i for i in (sentence.text.find(c, cue.end - sentence.start) for c in ",،，") if i >= 0), default=-1)
    if comma < 0:
        return [Clause(sentence.start, sentence.end, sentence)]
    split = sentence.start + comma
    return [Clause(cue.start, split, sentence, True), Clause(split, sentence.end, sentence, beside=True)]


def _clear_of_names(hit: TermHit, names: bytearray, places: bytearray, folded: Folded) -> TermHit | None:
    """The hit, unless its words run over an entity's name. A party named in a gapped term's gap
    is what the act is about ("summoned Israel's chargé d'affaires": "summoned + chargé
    d'affaires"), and the term then stands at its first part, the verb, so that the party is read
    in its place; a place there stands between two acts ("reached in Sharm el-Sheikh last
    Thursday an agreement"), and hides the term."""
    def named(start: int, end: int, mask: bytearray = names) -> bool:
        return any(mask[slice(*folded.span(start, end))])
    if hit.gap is None:
        return None if named(hit.start, hit.end) else hit
    if named(hit.start, hit.gap[0]) or named(hit.gap[1], hit.end) or named(*hit.gap, places):
        return None
    return hit._replace(end=hit.gap[0], gap=None) if named(*hit.gap) else hit
