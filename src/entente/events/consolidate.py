"""One event per real occurrence within a document.

An article reports one meeting many times ("the meeting", "the ministers discussed", "after
the meeting"): reports of the same category on a compatible date whose participants are a
subset of another's are folded into it. Before that, a place is carried to later reports of
the same day, and a bilateral meeting held in one participant's country is coded as a visit
(the visitor acts, the host receives).
"""
from __future__ import annotations

import datetime as dt

from entente.model import Argument, Event


Members = dict[str, frozenset[str]]  # organisation code -> member state codes
STATEMENT = "STATEMENT"  # what a joint statement's event was read as: it folds only into other statements


def consolidate(events: list[Event], members: Members | None = None) -> list[Event]:
    dated = carry_dates(events, members)
    located = carry_locations(dated)
    directed = [host_and_visitors(e) for e in located]
    return without_statements_of_acts(without_demands_of_condemnations(
        without_retold_titles(merge_repeats(acts_of_meetings(merge_repeats(directed, members)), members))))


VOICED = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})  # what a joint statement may say


def without_statements_of_acts(events: list[Event]) -> list[Event]:
    """"发表联合声明，强烈谴责朝方发射导弹", "in a joint statement, condemned ...": the statement is how
    its signatories condemned (asked, refused, warned, backed); the act it voices is the event."""
    voiced = [e for e in events if e.category in VOICED]
    return [e for e in events if not (e.lexicon_event == STATEMENT and any(
        v.source.start == e.source.start and _codes(v.actors) & _codes(e.actors) for v in voiced))]


def without_demands_of_condemnations(events: list[Event]) -> list[Event]:
    """"强烈谴责朝方发射洲际弹道导弹，要求朝方立即停止": a demand in the sentence of a condemnation, by
    the same party of the party it condemns, is part of the condemnation, not a request of its own
    (one addressed to an organisation or a third party, "and called on the UN to act", stays)."""
    accusations = [e for e in events if e.category == "ACCUSE"]
    return [e for e in events if not (e.category == "REQUEST" and any(_demand_of(e, a) for a in accusations))]


def _demand_of(request: Event, accusation: Event) -> bool:
    demanded = _codes(request.recipients)
    return bool(request.source.start == accusation.source.start and demanded
                and not any(r.organisation for r in request.recipients)
                and _codes(request.actors) & _codes(accusation.actors) and demanded <= _codes(accusation.recipients)
                and set(request.participants) <= set(accusation.participants))


def _codes(arguments: list[Argument]) -> set[str | None]:
    return {a.code for a in arguments}


def without_retold_titles(events: list[Event]) -> list[Event]:
    """A title announces what the body reports: a title's event with no date of its own that the
    body reports too (same category, a party in common) is that report, however differently its
    parties came out ("Italia, Regno Unito e Giappone firmano" / "Crosetto and Nakatani signed")."""
    body = [e for e in events if not e.headline]
    return [e for e in events if not (e.headline and e.date_basis in UNCERTAIN and any(
        b.category == e.category and set(b.participants) & set(e.participants) for b in body))]


UNCERTAIN = frozenset({"reference", "story"})  # dated by the article or its lead, not by the report itself
DATE_CARRY = 800  # characters: a report without a date of its own continues the narrative before it


def carry_dates(events: list[Event], members: Members | None = None) -> list[Event]:
    """A report dated only by the article continues the dated report just before it when it
    shares a party with it ("on Wednesday they signed ... The two ministers then discussed ...",
    a member of the organisation that met: "ASEAN ministers adopted ... At the same session, the
    Philippines accused China"); a report about other parties has gone back to the article's own day."""
    result, last = [], None
    for event in sorted(events, key=lambda e: e.source.start):
        if event.date_basis == "text" and not event.historical and event.date_precision == "day":
            last = event  # "in June" names no day for later reports to continue
        elif (event.date_basis in UNCERTAIN and last is not None and event.source.start - last.source.end <= DATE_CARRY
              and days_apart(last.date, event.date) <= REFERENCE_SLACK_DAYS
              and _with_members(event.participants, members) & _with_members(last.participants, members)):
            event = _with(event, date=last.date, date_precision=last.date_precision, date_basis="carried")
        result.append(event)
    return result


def _with_members(codes: list[str], members: Members | None) -> set[str]:
    """Parties, with the member states of the organisations among them."""
    return set(codes).union(*((members or {}).get(code, ()) for code in codes))


CARRY_DAYS = 3


def carry_locations(events: list[Event]) -> list[Event]:
    """An event without a place happened where the previous one did, if within a few days."""
    result, last = [], None
    for event in sorted(events, key=lambda e: e.source.start):
        if event.historical:
            result.append(event)
            continue
        if event.location is not None:
            last = event
        elif last is not None and days_apart(last.date, event.date) <= CARRY_DAYS:
            event = _with(event, location=last.location)
        result.append(event)
    return result


def _with(event: Event, **changes) -> Event:
    """A copy of an event with some fields changed (``dataclasses.replace`` without re-validation)."""
    changed = object.__new__(Event)
    changed.__dict__ = {**event.__dict__, **changes}
    return changed


def days_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0 if a == b else 99
    if len(a) < 10 or len(b) < 10:
        return 0 if (a.startswith(b) or b.startswith(a)) else 99
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def host_and_visitors(event: Event) -> Event:
    """A two-party meeting in one party's country: the other party visits, the host receives,
    whatever the word order said ("the visit of the Chinese minister to Brazzaville")."""
    if event.category != "CONSULT" or event.location is None or len(event.participants) != 2:
        return event
    host = event.location.country_code
    if host not in event.participants or {"multilateral", "third-party", "phone"} & set(event.modes):
        return event
    everyone = event.actors + event.recipients
    visitors = [a for a in everyone if a.code != host]
    hosts = [a for a in everyone if a.code == host]
    modes = event.modes if "visit" in event.modes else ["visit", *event.modes]
    return _with(event, actors=visitors, recipients=hosts, modes=modes)


def merge_repeats(events: list[Event], members: Members | None = None) -> list[Event]:
    """Fold repeated reports until none is left: a report that fits a meeting only once its other
    reports are folded in (the headline's "the SCO summit" after "Pakistan hosted" and the list of
    delegations) is folded in the next pass."""
    by_category: dict[str, list[Event]] = {}
    for event in events:
        by_category.setdefault(event.category, []).append(event)  # only reports of one category fold together
    kept = []
    for group in by_category.values():
        while True:
            merged = _merge_pass(group, members or {})
            if len(merged) == len(group):
                break
            group = merged
        kept += group
    return sorted(kept, key=lambda e: e.source.start)


def _merge_pass(events: list[Event], members: Members) -> list[Event]:
    kept: list[Event] = []
    # The body's reports first: a title folds into them, never they into a title.
    for event in sorted(events, key=lambda e: (e.headline, -len(e.participants), e.source.start)):
        target = next((k for k in kept if _same_occurrence(k, event, members)), None)
        if target is None:
            kept.append(event)
        else:
            kept[kept.index(target)] = _absorb(target, event, members)
    return sorted(kept, key=lambda e: e.source.start)


GROUP = 3  # parties: an agreement of this many at a meeting is the meeting's, not a side deal of two
OUTCOMES = frozenset({"AGREE", "SUPPORT"})  # what a meeting itself produces: its agreements and declarations
UNILATERAL = frozenset({"MOBILIZE", "PROTEST"})  # acts one party takes by itself ("fired a missile on the day of the summit")


def acts_of_meetings(events: list[Event]) -> list[Event]:
    """"The CSTO ministers approved a plan", "Russia, India, Iran and Belarus adopted the
    declaration": what an organisation alone, or a group of the meeting's members, agreed or
    declared on the day of its meeting, the members at that meeting did. Two parties signing
    on that day keep their own deal."""
    meetings = [e for e in events if e.category == "CONSULT" and "multilateral" in e.modes and not e.historical
                and len(e.participants) > 1]
    result = []
    for event in events:
        group = (len(event.participants) == 1 and event.category not in UNILATERAL) or (
            len(event.participants) >= GROUP and event.category in OUTCOMES)
        candidate = event.category != "CONSULT" and group and event.date and not event.historical
        meeting = next((m for m in meetings if set(event.participants) <= set(m.participants) and event.date == m.date),
                       None) if candidate else None
        if meeting is not None:
            known = {a.entity_id for a in event.actors}
            event = _with(event, participants=meeting.participants,
                          actors=event.actors + [a for a in meeting.actors if a.entity_id not in known])
        result.append(event)
    return result


def _same_occurrence(larger: Event, smaller: Event, members: Members) -> bool:
    if _one_meeting(larger, smaller, members):
        return True
    return (larger.category == smaller.category and larger.lexicon_event == smaller.lexicon_event
            and larger.historical == smaller.historical and _dates_compatible(larger, smaller)
            and set(smaller.participants) <= set(larger.participants) and not _different_people(larger, smaller)
            and not different_critics(larger.category, _codes(larger.actors), _codes(smaller.actors))
            and not (smaller.side_meeting and not larger.side_meeting and len(set(larger.participants)) > len(set(smaller.participants)))
            and not meeting_kinds_differ(larger.category, [larger.modes, smaller.modes], [larger.participants, smaller.participants]))


def meeting_kinds_differ(category: str, modes: list[list[str]], participants: list[list[str]]) -> bool:
    """A multilateral meeting and a two-party meeting (talks on its sidelines, a visit) are two
    occurrences, even when both parties attended the larger one."""
    if category != "CONSULT":
        return False
    multilateral = ["multilateral" in (m or []) for m in modes]
    return multilateral[0] != multilateral[1] and min(len(set(p)) for p in participants) == 2


def _one_meeting(a: Event, b: Event, members: Members) -> bool:
    """Two reports of a multilateral meeting on the same day in one article are one meeting,
    whichever members each report names ("the CSTO ministers met" / "Russia, Belarus ... took
    part"): they name a party in common, or one names the organisation the other's states belong to."""
    return (a.category == b.category == "CONSULT" and "multilateral" in a.modes and "multilateral" in b.modes
            and not a.historical and not b.historical and a.date is not None and len(a.date) == 10 and a.date == b.date
            and (bool(set(a.participants) & set(b.participants)) or _members_of(a, b, members) or _members_of(b, a, members)))


def _members_of(organisation: Event, states: Event, members: Members) -> bool:
    """The first report names an organisation, and the second only states that belong to it."""
    return any(set(states.participants) <= members[code] for code in organisation.participants if code in members)


SAID = VOICED | {"PROTEST"}  # acts each party does by itself: what a statement may say, and a protest


def different_critics(category: str, actors: set[str | None], others: set[str | None]) -> bool:
    """"Turkey condemned Israel's strike on Iran" and "Iran called the strike a violation":
    two parties' condemnations (refusals, demands) of one act are two acts, in one article or
    across articles."""
    return category in SAID and bool(actors) and bool(others) and not actors & others


def _different_people(a: Event, b: Event) -> bool:
    """Two bilateral reports naming different counterparts are two meetings (one minister, two hosts)."""
    if len(a.participants) > 2 or not a.persons or not b.persons:
        return False
    return bool(set(a.persons) - set(b.persons)) and bool(set(b.persons) - set(a.persons))


REFERENCE_SLACK_DAYS = 7
# How much a report's own date says, best first: stated, carried from the report before, the
# lead's day, the publication date.
DATE_BASIS_RANK = {"text": 4, "carried": 3, "story": 2, "reference": 1}


def _dates_compatible(x: Event, y: Event) -> bool:
    """Same date, or one less precise; a report dated only by the article's date may be a
    report of any occurrence in the week before it."""
    a, b = x.date, y.date
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    if UNCERTAIN & {x.date_basis, y.date_basis} and len(a) == len(b) == 10:
        return days_apart(a, b) <= REFERENCE_SLACK_DAYS
    return False


def _absorb(target: Event, other: Event, members: Members) -> Event:
    """Keep the fuller report; add what the other one knows (members, persons, place, direction,
    precise date)."""
    if _one_meeting(target, other, members):
        known = {a.entity_id for a in target.actors}
        target = _with(target, participants=sorted(set(target.participants) | set(other.participants)),
                         actors=target.actors + [a for a in other.actors if a.entity_id not in known])
    persons = list(dict.fromkeys(target.persons + other.persons))
    location = target.location or other.location
    actors, recipients = target.actors, target.recipients
    if not recipients and other.recipients and set(other.participants) == set(target.participants):
        actors, recipients = other.actors, other.recipients
    actors = _with_persons(actors, other.actors)
    dated = target
    if other.date and (not target.date or len(other.date) > len(target.date)
                       or DATE_BASIS_RANK.get(other.date_basis, 0) > DATE_BASIS_RANK.get(target.date_basis, 0)):
        dated = other
    return _with(target, persons=persons, location=location, actors=actors, recipients=recipients,
                   date=dated.date, date_precision=dated.date_precision, date_basis=dated.date_basis,
                   confidence=max(target.confidence, other.confidence), headline=target.headline and other.headline)


def _with_persons(arguments: list[Argument], extra: list[Argument]) -> list[Argument]:
    codes = {a.code for a in arguments}
    known = {a.entity_id for a in arguments}
    return arguments + [a for a in extra if a.code in codes and a.entity_id not in known]
