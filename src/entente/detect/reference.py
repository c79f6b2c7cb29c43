"""The document's reference date: what relative dates and offices are read against.

The publication date when known; otherwise the first complete date the text gives; otherwise
the latest year it mentions (year precision). This is an estimate for dating events, never
reported as the publication date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from entente.detect.dates import DateFinder, PartialDate, parse_iso
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
        analysis.dates = self.dates.find(document.text, document.lang, analysis.folded)
        analysis.reference = reference_date(document.published, analysis.dates, document.text)


def reference_date(published: str | None, expressions: list, text: str) -> PartialDate | None:
    given = parse_iso(published)
    if given:
        return given
    complete = [e.date for e in expressions if e.kind == "absolute" and e.date.precision == "day"]
    if complete:
        return complete[0]
    years = [int(y) for y in _YEAR.findall(text)]
    return PartialDate(max(years)) if years else None
