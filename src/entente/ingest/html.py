"""HTML to main text with trafilatura, keeping title and a trustworthy date."""
from __future__ import annotations

import re
from dataclasses import dataclass

# htmldate guesses January 1st from a bare year (a copyright footer): not a date we can trust.
_YEAR_ONLY_GUESS = re.compile(r"^\d{4}-01-01$")


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None
    published: str | None


def extract_html(html: str, url: str | None = None) -> Extracted:
    """Main article text (boilerplate and comments removed), title and publication date."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, url=url, fast=True, include_comments=False, include_tables=False, with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return Extracted("", None, None)
    date = getattr(result, "date", None)
    if date and _YEAR_ONLY_GUESS.match(date):
        date = None
    return Extracted(getattr(result, "text", "") or "", getattr(result, "title", None), date)
