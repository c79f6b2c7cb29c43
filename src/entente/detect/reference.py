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
from entente.detect.published import yearless_dateline
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
