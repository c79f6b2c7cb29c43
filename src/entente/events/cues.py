"""Lexicon hits of one document in original offsets, and clause boundaries."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from entente.events.lexicon import EventLexicon
from entente.model import Sentence
from entente.text.normalise import Folded


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    value: Any


@dataclass
class DocumentCues:
    triggers: list[Hit]
    contexts: list[Hit]
    cues: dict[str, list[Hit]]

    def cue_in(self, key: str, start: int, end: int) -> list[Hit]:
        return [h for h in self.cues.get(key, []) if start <= h.start and h.end <= end]

    def cue_before(self, key: str, start: int, position: int) -> list[Hit]:
        """Cues opening in [start, position): a cue may run into the trigger ("non ha" + "ha firmato")."""
        return [h for h in self.cues.get(key, []) if start <= h.start < position]


def find_cues(lexicon: EventLexicon, folded: Folded) -> DocumentCues:
    def hits(matcher, all_payloads: bool = False) -> list[Hit]:
        return [Hit(*folded.span(h.start, h.end), h.payloads if all_payloads else h.payloads[0])
                for h in matcher.find(folded.text)]
    return DocumentCues(hits(lexicon.triggers, all_payloads=True), hits(lexicon.contexts),
                        {key: hits(matcher) for key, matcher in lexicon.cues.items()})


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    sentence: Sentence
    sidelines: bool = False  # the clause names the larger meeting on whose sidelines another took place


def clauses(sentence: Sentence, cues: DocumentCues) -> list[Clause]:
    """A sentence split where it says 'on the sidelines of': the two meetings are different events."""
    cut = cues.cue_in("sidelines", sentence.start, sentence.end)
    if not cut:
        return [Clause(sentence.start, sentence.end, sentence)]
    first = cut[0]
    if not sentence.text[: first.start - sentence.start].strip(" \t\"«“'"):
        return _leading_sidelines(sentence, first)
    return [Clause(sentence.start, first.start, sentence), Clause(first.start, sentence.end, sentence, True)]


def _leading_sidelines(sentence: Sentence, cue: Hit) -> list[Clause]:
    """'On the sidelines of the summit, A met B': the phrase ends at its comma; the rest is the main clause."""
    comma = min((i for i in (sentence.text.find(c, cue.end - sentence.start) for c in ",،，") if i >= 0), default=-1)
    if comma < 0:
        return [Clause(sentence.start, sentence.end, sentence)]
    split = sentence.start + comma
    return [Clause(cue.start, split, sentence, True), Clause(split, sentence.end, sentence)]
