"""The document's reference date: what relative dates and offices are read against.

The publication date when known; otherwise the first complete date the text gives; otherwise,
unless a dateline gives the day without its year (the year is then unknown, and the years the
story mentions are its background), the latest year it mentions (year precision). This is an
estimate for dating events, never reported as the publication date.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from entente.detect.dates import (YEAR_IN_TEXT, DateFinder, PartialDate, add_months, nearest_year, parse_iso, valid_day,
                                  without_restatements)
from entente.detect.published import dateline_in, yearless_dateline
from entente.entities.link import in_office
from entente.kb.model import KBEntity, KnowledgeBase
from entente.pipeline.base import Analysis



@dataclass
class FindDates:
    dates: DateFinder
    name: str = "dates"
    requires: tuple[str, ...] = ("folded",)
    provides: tuple[str, ...] = ("dates", "reference")

    def __call__(self, analysis: Analysis) -> None:
        document = analysis.document
        dates = without_restatements(self.dates.find(document.text, document.lang, analysis.folded), document.text)
        analysis.reference = reference_date(document.published, dates, document.text)
        analysis.dates = dates if document.published else _nearest_to_reference(dates, analysis.reference)


@dataclass
class YearFromOffices:
    """A dateline without its year ("GENEVA, Nov 24 (Agency) -") that nothing in the text dated
    takes the year in which the most of the people it names held an office the knowledge base
    records, if one year is ahead of every other (a minister appointed that spring, an aide who
    left that winter): the year is then known, and so are the publication date and the days of
    the story. A tie leaves it unknown."""
    kb: KnowledgeBase
    now: dt.date | None = None
    name: str = "year_from_offices"
    requires: tuple[str, ...] = ("dates", "reference", "entities")
    provides: tuple[str, ...] = ("reference",)

    def __call__(self, analysis: Analysis) -> None:
        document = analysis.document
        if analysis.reference is not None or document.published:
            return
        dateline = yearless_dateline(document.text, analysis.dates)
        if dateline is None:
            return
        people = [p for e in analysis.entities.values() if e.type == "PERSON" and (p := self.kb.get(e.entity_id))]
        year = office_year(dateline.date, people, self.now or dt.date.today())
        if year is None:
            return
        day = PartialDate(year, dateline.date.month, dateline.date.day)
        analysis.reference = day
        analysis.dates = _nearest_to_reference(analysis.dates, day)
        analysis.document = replace(document, published=day.iso(), published_method="dateline-offices")
        for person in people:  # the people named now act in the offices they held that day
            in_office(analysis.entities[person.entity_id], person, day.iso())


OFFICE_YEARS_BACK = 15  # how far back a year-less dateline's year is looked for


def office_year(day: PartialDate, people: list[KBEntity], today: dt.date) -> int | None:
    """The year, not after today, in which the day falls within an office of more of these people
    than in any other year; None on a tie or when fewer than two held an office then."""
    scores = {year: _in_office(people, PartialDate(year, day.month, day.day).iso())
              for year in range(today.year, today.year - OFFICE_YEARS_BACK, -1) if dateline_in(year, day, today)}
    ranked = sorted(scores.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return max(scores, key=scores.get)


def _in_office(people: list[KBEntity], day: str) -> int:
    """How many of these people held an office on ``day``."""
    return sum(any(office.held_on(day) for office in person.offices) for person in people)


def reference_date(published: str | None, expressions: list, text: str) -> PartialDate | None:
    given = parse_iso(published)
    if given:
        return given
    complete = [e.date for e in expressions if e.kind == "absolute" and e.date.precision == "day"]
    if complete:
        return complete[0]
    if yearless_dateline(text, expressions):
        return None
    years = [int(y) for y in YEAR_IN_TEXT.findall(text)]
    return PartialDate(max(years)) if years else None


def _nearest_to_reference(expressions: list, reference: PartialDate | None) -> list:
    """With no publication date, the reference is only the first date the text gives, and the
    text may go on to later days ("on 2 September 2025 ... on 3 September", "21日 ... 23日"): a
    day and month without a year take the year, a day alone the month, and a weekday the week
    that puts them nearest the reference, not always the past ("on Sunday, the day after the
    strike of Saturday 26 October")."""
    if reference is None or not reference.month:
        return expressions
    nearest = []
    for e in expressions:
        if e.kind == "absolute" and e.date.year is None and e.date.month:
            e = replace(e, date=PartialDate(nearest_year(e.date.month, reference), e.date.month, e.date.day))
        elif e.kind == "absolute" and e.date.year is None and e.date.day and reference.day:
            e = replace(e, date=_nearest_month(e.date.day, reference) or e.date)
        elif e.kind == "weekday" and e.direction is None:
            e = replace(e, direction="nearest")
        nearest.append(e)
    return nearest


def _nearest_month(day: int, reference: PartialDate) -> PartialDate | None:
    """The day of this month, the month before or the month after nearest the reference day."""
    months = [add_months(reference.year, reference.month, shift) for shift in (0, -1, 1)]
    days = [PartialDate(year, month, day) for year, month in months if valid_day(year, month, day)]
    target = dt.date(reference.year, reference.month, reference.day)
    return min(days, key=lambda d: abs((dt.date(d.year, d.month, d.day) - target).days), default=None)
