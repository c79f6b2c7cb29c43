"""The document's reference date: what relative dates and offices are read against.

The publication date when known; otherwise the first complete date the text gives; otherwise
the latest year it mentions (year precision). This is an estimate for dating events, never
reported as the publication date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from entente.detect.dates import DateFinder, PartialDate, parse_iso, without_restatements
from entente.pipeline.base import Analysis

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


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
        analysis.dates = dates if document.published else _nearest_years(dates, analysis.reference)


def reference_date(published: str | None, expressions: list, text: str) -> PartialDate | None:
    given = parse_iso(published)
    if given:
        return given
    complete = [e.date for e in expressions if e.kind == "absolute" and e.date.precision == "day"]
    if complete:
        return complete[0]
    years = [int(y) for y in _YEAR.findall(text)]
    return PartialDate(max(years)) if years else None


def _nearest_years(expressions: list, reference: PartialDate | None) -> list:
    """With no publication date, the reference is only the first date the text gives, and the
    text may go on to later days ("on 2 September 2025 ... on 3 September"): a day and month
    without a year take the year that puts them nearest the reference, not always the past."""
    if reference is None or not reference.month:
        return expressions
    nearest = []
    for e in expressions:
        if e.kind == "absolute" and e.date.year is None and e.date.month:
            shift = min((0, -1, 1), key=lambda years: abs(12 * years + e.date.month - reference.month))  # a tie keeps the year
            e = replace(e, date=PartialDate(reference.year + shift, e.date.month, e.date.day))
        nearest.append(e)
    return nearest
