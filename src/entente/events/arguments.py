"""Who acts and who is acted upon: participants from the linked mentions of a clause."""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from entente.model import Argument, Entity, Mention

ACTING_TYPES = ("PERSON", "STATE", "IGO")


@dataclass(frozen=True)
class Party:
    """A mention that takes part, with the code it counts as (IGO code, else country)."""

    mention: Mention
    entity: Entity
    code: str


class PartyIndex:
    """The document's acting mentions in text order, for fast lookup by span."""

    def __init__(self, mentions: list[Mention], entities: dict[str, Entity]):
        self._parties = [Party(m, entities[m.entity_id], entities[m.entity_id].code)
                         for m in sorted(mentions, key=lambda m: m.start)
                         if m.entity_id in entities and entities[m.entity_id].type in ACTING_TYPES
                         and entities[m.entity_id].code]
        self._starts = [p.mention.start for p in self._parties]

    def within(self, start: int, end: int) -> list[Party]:
        first = bisect.bisect_left(self._starts, start)
        return [p for p in self._parties[first:bisect.bisect_left(self._starts, end)] if p.mention.end <= end]


def split_roles(found: list[Party], trigger_start: int, trigger_end: int, direction: str) -> tuple[list[Party], list[Party]]:
    """Actors and recipients by word order around the trigger.

    ``subject``: the parties before the trigger act on those after it; when nothing comes
    before (verb-first languages, or a dropped subject), the first party after it acts.
    ``object``: the reverse (a host receives a visitor). ``symmetric``: everyone acts.
    """
    if direction == "symmetric":
        return found, []
    before = nearest_group([p for p in found if p.mention.end <= trigger_start])
    after = [p for p in found if p.mention.start >= trigger_end]
    if not before and after:
        first = after[0].code
        before = [p for p in after if p.code == first]
        after = [p for p in after if p.code != first]
    subject, obj = _codes_apart(before, after)
    return (subject, obj) if direction == "subject" else (obj, subject)


COORDINATION_GAP = 12  # " e della ", " and the ", ", ", " و": parties this close are named together


def nearest_group(before: list[Party]) -> list[Party]:
    """The subject: the party nearest before the verb, with those coordinated with it."""
    if not before:
        return []
    group = [before[-1]]
    for party in reversed(before[:-1]):
        if group[0].mention.start - party.mention.end > COORDINATION_GAP and party.code != group[0].code:
            break
        group.insert(0, party)
    return group


def _codes_apart(first: list[Party], second: list[Party]) -> tuple[list[Party], list[Party]]:
    """A code named on both sides belongs to the side nearest the trigger's subject."""
    codes = {p.code for p in first}
    return first, [p for p in second if p.code not in codes]


def arguments(found: list[Party]) -> list[Argument]:
    seen, result = set(), []
    for party in found:
        if party.entity.entity_id not in seen:
            seen.add(party.entity.entity_id)
            result.append(Argument(party.entity.entity_id, party.mention.text, party.code))
    return result


def codes(found: list[Party]) -> list[str]:
    return sorted({p.code for p in found})
