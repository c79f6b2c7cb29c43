"""The date of an event: from its sentence, else the document's reference date; never a guess."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from entente.detect.dates import YEAR_IN_TEXT, DateExpression, PartialDate, add_months, resolve, valid_day
from entente.detect.published import is_dateline_date



@dataclass(frozen=True)
class EventDate:
    date: str | None
    precision: str | None
    basis: str  # text | reference | none


def sentence_dates(expressions: list[DateExpression], start: int, end: int, text: str) -> list[DateExpression]:
    """The date expressions of a sentence, without the date of a dateline that opens it."""
    first = bisect.bisect_left(expressions, start, key=lambda e: e.start)
    return [e for e in expressions[first:] if e.start < end and e.end <= end
            and not is_dateline_date(text[start:end], e.start - start, e.end - start)]


ACT_AFTER_PHRASE = 12  # characters between "the day after" and the act it is counted from ("au lendemain d'une réunion")


def _names_the_act(expression: DateExpression, trigger: int, text: str, linkers: frozenset[str]) -> bool:
    """"the day after the summit", "au lendemain d'une réunion", "la veille du sommet": the act
    named right after the phrase, behind one or two small words the first of which links a noun
    (``linkers``: of, the, de, du, del ...), is the one it counts from, a day away from the
    narrative's day. Not "the next day Iran struck" (a name between: the phrase dates the verb),
    not "la víspera había recibido" (an auxiliary: the phrase dates the verb), nor in scripts
    without spaces ("前一天在釜山会晤")."""
    between = text[expression.end:trigger]
    words = between.replace("'", " ").replace("’", " ").split()
    return (0 <= trigger - expression.end <= ACT_AFTER_PHRASE and between[:1].isspace() and 1 <= len(words) <= 2
            and not any(w[:1].isupper() for w in words) and words[0].casefold() in linkers)


def date_event(inside: list[DateExpression], start: int, end: int, trigger: int,
               reference: PartialDate | None, text: str, historical: bool,
               narrative: PartialDate | None = None, planned: bool = False, verb_final: bool = False,
               linkers: frozenset[str] = frozenset(), said: bool = False) -> EventDate:
    """The date of an event whose trigger is at ``trigger`` in the sentence [start, end), from the
    sentence's date expressions (``sentence_dates``), the nearest first. ``narrative`` is the date
    of the last event the text dated before this one: "a day earlier" counts from it (from the
    publication date when there is none). A year alone ("in 1982") dates an event only when the
    sentence has no finer date and the year is before the publication's: the year of publication
    says no more than the publication date, and a later year is what was planned ("agreed to
    start exercises in 2026"). For what is ``planned`` ("will visit India in December", "3日将
    举行会谈"), a date written without its year or month is the next one to come. What was ``said``
    (a hostile act announced: a threat) is not dated by the later day the act is due ("announced
    tariffs from 1 February")."""
    def read(e: DateExpression) -> PartialDate | None:
        if e.kind == "narrative" and e.offset_days and not verb_final and _names_the_act(e, trigger, text, linkers):
            e = replace(e, offset_days=-e.offset_days)  # "au lendemain d'une réunion": the meeting was the day before
        date = resolve(e, narrative if e.kind == "narrative" and narrative else reference)
        return _ahead(date, e.date, reference) if (planned or said) and e.kind in ("month", "absolute") else date
    candidates = [(e, read(e)) for e in sorted(inside, key=lambda e: abs(e.start - trigger))]
    finer = [(e, r) for e, r in candidates if r and r.iso() and r.precision != "year"
             and not (said and reference and reference.iso() and r.iso() > reference.iso())]  # a threat is made, not due
    earlier_years = [(e, r) for e, r in candidates if r and r.precision == "year" and not planned
                     and not (reference and reference.year and r.year >= reference.year)]  # nothing planned lies in a past year
    for expression, resolved in finer or earlier_years:
        if expression.kind == "month":  # "early in May": the story's day, when it falls in that month, says more
            resolved = next((d for d in (narrative, reference) if d and d.precision == "day"
                             and (d.year, d.month) == (resolved.year, resolved.month)), resolved)
        return EventDate(resolved.iso(), resolved.precision, "text")
    if historical:
        years = YEAR_IN_TEXT.findall(text[start:end])
        if years:
            return EventDate(years[0], "year", "text")
    if reference and reference.iso():
        return EventDate(reference.iso(), reference.precision, "reference")
    return EventDate(None, None, "none")


def _ahead(date: PartialDate | None, written: PartialDate, reference: PartialDate | None) -> PartialDate | None:
    """What is planned lies ahead: a date written without its year ("in December", "on 2
    September") or without its month ("2日") that came out before the reference date is the
    next one of its kind."""
    if date is None or reference is None or written.year or reference.precision != "day":
        return date
    today = (reference.year, reference.month, reference.day)
    if (date.year, date.month, date.day or 31) >= today:
        return date
    if written.month:
        return PartialDate(date.year + 1, date.month, date.day)
    year, month = add_months(date.year, date.month, 1)
    return PartialDate(year, month, date.day) if valid_day(year, month, date.day) else date
