"""Who acts and who is acted upon: participants from the linked mentions of a clause."""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from entente.model import Argument, Entity, Mention

ACTING_TYPES = ("PERSON", "STATE", "IGO")


@dataclass(frozen=True, eq=False, slots=True)
class Party:
    """A mention that takes part, with the code it counts as (IGO code, else country). Each is
    made once per document, so parties compare by identity."""

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

    def last_person(self, before: int, reach: int) -> Party | None:
        """The last person named in the ``reach`` characters before a position."""
        first = bisect.bisect_left(self._starts, before - reach)
        last = bisect.bisect_left(self._starts, before)
        return next((p for p in reversed(self._parties[first:last]) if p.entity.type == "PERSON"), None)

    def within(self, start: int, end: int) -> list[Party]:
        first = bisect.bisect_left(self._starts, start)
        return [p for p in self._parties[first:bisect.bisect_left(self._starts, end)] if p.mention.end <= end]


@dataclass(frozen=True)
class WordOrder:
    """What a language's word order says about roles: where the subject stands, and which
    words join parties into one subject ("A and B"). In a verb-initial language a verb that opens
    its clause ("..., بعد أن رفضت الهند") has its subject right after it."""

    verb_final: bool
    joins: Callable[[int, int], bool]
    verb_first: Callable[[int, int], bool] = lambda before, verb: False  # the verb opens its clause
    close_after: Callable[[int, int], bool] = lambda verb, party: False  # the party follows the verb at once
    marked_object: Callable[[int], bool] = lambda party: False  # an object marker stands right before the party (对美国)
    between: Callable[[int, int], bool] = lambda start, end: False  # a "between" word beside the party ("between Russia", "中俄之间")
    owner: Callable[[int], bool] = lambda end: False  # a genitive ending right after the party (tr "İsrail'in")


def split_roles(found: list[Party], trigger_start: int, trigger_end: int, direction: str,
                order: WordOrder) -> tuple[list[Party], list[Party]]:
    """Actors and recipients by word order around the trigger.

    ``subject``: the subject acts on the others: in SVO languages the party group nearest before
    the trigger, in verb-final ones the first group of the clause (the object stands between it
    and the verb); when nothing comes before (verb-first languages, a dropped subject), the first
    party after it. ``object``: the reverse (a host receives a visitor). ``symmetric``: everyone acts.
    ``mediator``: the mediator acts and the parties it brings together receive: those a "between"
    word joins ("Qatar mediated talks between Pakistan and Afghanistan"), else all but the party
    named nearest the word for mediation ("a swap brokered by the UAE", "وساطة إماراتية").
    """
    if direction == "symmetric":
        return found, []
    if direction == "mediator":
        return _mediator(found, trigger_start, trigger_end, order)
    preceding = [p for p in found if p.mention.end <= trigger_start]
    before = first_group(_without_owners(preceding, order), order) if order.verb_final else nearest_group(preceding, order)
    after = [p for p in found if p.mention.start >= trigger_end]
    if before and not order.verb_final and order.marked_object(before[0].mention.start):
        # "中国对美国表示不满": the party after the object marker is the object; the subject precedes it
        after = before + after
        before = nearest_group([p for p in preceding if p not in before], order)
    if after and order.verb_first(preceding[-1].mention.end if preceding else -1, trigger_start) \
            and order.close_after(trigger_end, after[0].mention.start):
        before = []  # verb, subject, object: the party right after the verb acts; those before the
        # clause break belong to another clause
    if order.verb_final:
        after = [p for p in preceding if p not in before] + after
    if not before and after:  # the subject after the verb, with those coordinated with it ("protestierten Dänemark, Norwegen und Schweden")
        before = first_group(after, order)
        after = [p for p in after if p not in before]
    subject, obj = _codes_apart(before, after)
    return (subject, obj) if direction == "subject" else (obj, subject)


def _mediator(found: list[Party], trigger_start: int, trigger_end: int, order: WordOrder) -> tuple[list[Party], list[Party]]:
    if not found:
        return [], []
    brought = {p.code for p in found if order.between(p.mention.start, p.mention.end)}
    for before, after in zip(found, found[1:]):  # "between Pakistan and Afghanistan": the whole pair
        if (before.code in brought) != (after.code in brought) and order.joins(before.mention.end, after.mention.start):
            brought |= {before.code, after.code}
    if not brought or brought >= {p.code for p in found}:
        nearest = min(found, key=lambda p: max(trigger_start - p.mention.end, p.mention.start - trigger_end)).code
        brought = {p.code for p in found} - {nearest}
    return [p for p in found if p.code not in brought], [p for p in found if p.code in brought]


def _without_owners(preceding: list[Party], order: WordOrder) -> list[Party]:
    """"Türkiye, İsrail'in İran'a saldırısını kınadı": a name with a genitive ending owns the noun
    after it (Israel's attack) and is no subject of the verb, when the clause's subject stands first."""
    owners = [p for p in preceding if order.owner(p.mention.end)]
    return [p for p in preceding if p not in owners] if owners and preceding[0] not in owners else preceding


def nearest_group(before: list[Party], order: WordOrder) -> list[Party]:
    """The subject: the party nearest before the verb, with those coordinated with it."""
    if not before:
        return []
    group = [before[-1]]
    for party in reversed(before[:-1]):
        if party.code != group[0].code and not order.joins(party.mention.end, group[0].mention.start):
            break
        group.insert(0, party)
    return group


def first_group(before: list[Party], order: WordOrder) -> list[Party]:
    """The subject of a verb-final clause: the first party, with those coordinated with it."""
    if not before:
        return []
    group = [before[0]]
    for party in before[1:]:
        if party.code != group[-1].code and not order.joins(group[-1].mention.end, party.mention.start):
            break
        group.append(party)
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
