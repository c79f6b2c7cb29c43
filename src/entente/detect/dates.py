"""Date expressions in text: absolute dates, relative words and weekdays, per language.

Patterns run over the folded text (docs/DATA.md), built from ``lang/<xx>/dates.yaml``;
offsets of what they find are mapped back to the original text.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from entente.datafiles import PerLanguage, Resources
from entente.detect.calendars import hijri_to_gregorian, jalali_to_gregorian
from entente.text.normalise import Folded, Folder
from entente.text.terms import TermMatcher

RELATIVE_DAYS = {"today": 0, "yesterday": -1, "day_before_yesterday": -2, "tomorrow": 1}
# "last month", "last week", "last year": the period before the reference's, at its own precision
PERIODS_BEFORE = {"month_before": "months_ago", "week_before": "weeks_ago", "year_before": "years_ago"}
# Relative to the narrative, not to the publication: "a day earlier", "la veille", "накануне", "同日".
NARRATIVE_DAYS = {"day_before": -1, "day_after": 1, "same_day": 0}
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
YEAR_IN_TEXT = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")  # a year the text names (1950-2049)
_DAY = r"(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th|er|e|eme|º|°|\.)?"


@dataclass(frozen=True)
class PartialDate:
    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str | None:
        if self.year and self.month and self.day:
            return "day"
        return "month" if self.year and self.month else ("year" if self.year else None)

    def iso(self) -> str | None:
        if not self.year:
            return None
        parts = [f"{self.year:04d}", f"{self.month:02d}" if self.month else None,
                 f"{self.day:02d}" if self.month and self.day else None]
        return "-".join(p for p in parts if p)


@dataclass(frozen=True)
class DateExpression:
    """A date phrase: ``kind`` is absolute, relative (today/yesterday…), weekday or month (a
    month named alone: "in May", "в мае")."""

    start: int
    end: int
    kind: str
    date: PartialDate = PartialDate()
    offset_days: int = 0
    weekday: int | None = None
    direction: str | None = None  # last | last_week | next | nearest (no publication date to look back from) | None
    years_back: int | None = None  # "去年11月", "in November last year": the month of the year before the reference's


class DateGrammar:
    """The compiled date patterns and words of one language."""

    def __init__(self, data: dict, folder: Folder, prefixes: list[str]):
        self._folder = folder
        self._prefixes = prefixes
        self.months = _numbered_forms(data.get("months"), folder)
        self.jalali_months = _numbered_forms(data.get("jalali_months"), folder)
        self.hijri_months = _numbered_forms(data.get("hijri_months"), folder)
        self.weekdays = _numbered_forms(data.get("weekdays"), folder, min_len=3)
        self._month_alt = _alternation(self.months)
        self._patterns = self._compile(data)
        # "上月14日", "先月14日", "지난달 14일": a day of the month before the reference's
        previous = _alternation([self._folder.key(w) for w in data.get("previous_month") or []])
        day_markers = "|".join(re.escape(m) for m in ((data.get("markers") or {}).get("day") or []))
        self._previous_month = re.compile(rf"(?:{previous})\s?(?P<day>[0-3]?\d)\s?(?:{day_markers})") \
            if previous and day_markers else None
        self._jalali_pattern = re.compile(
            rf"(?<!\w)(?P<day>[0-3]?\d)\s(?P<month>{_alternation(self.jalali_months)})(?:\s(?P<year>1[34]\d\d)(?!\d))?(?!\w)"
        ) if self.jalali_months else None
        self._hijri_pattern = re.compile(  # a lunar Hijri date is read only with its year ("18 شعبان 1447 هـ")
            rf"(?<!\w)(?P<day>[0-3]?\d)\s(?P<month>{_alternation(self.hijri_months)})\s(?P<year>1[34]\d\d)(?!\d)"
        ) if self.hijri_months else None
        self._relative = TermMatcher(
            [(t, ("relative", days)) for k, days in RELATIVE_DAYS.items() for t in data.get(k) or []]
            + [(t, ("narrative", days)) for k, days in NARRATIVE_DAYS.items() for t in data.get(k) or []]
            + [(t, (kind, 1)) for k, kind in PERIODS_BEFORE.items() for t in data.get(k) or []]
            + [(t, ("weekday", n)) for t, n in self.weekdays.items()]
            + [(t, ("month", n)) for t, n in _month_phrases(data.get("month_words") or {}, self.months)], folder, prefixes)
        self._last = TermMatcher([(t, "last") for t in data.get("last") or []]
                                 + [(t, "last_week") for t in data.get("last_week") or []]
                                 + [(t, "this") for t in data.get("this") or []]
                                 + [(t, "next") for t in data.get("next") or []], folder, prefixes)

    def _compile(self, data: dict) -> list[re.Pattern]:
        month = f"(?P<month>{self._month_alt})(?:\\s?/\\s?(?:{self._month_alt}))?"
        link = _connector(data.get("connectors") or [], self._folder)
        markers = {k: [self._folder.key(m) for m in v or []] for k, v in (data.get("markers") or {}).items()}
        sources = _marker_patterns(markers) + [
            rf"(?<!\d){_YEAR}(?P<sep>[ /.])(?P<m>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)",  # 2025-11-18, 2025/11/18, 2025.11.18
            rf"(?<!\d)(?P<day>[0-3]?\d)[./](?P<m>[01]?\d)[./]{_YEAR}(?!\d)",
            rf"(?<!\w){_DAY}\s?{link}{month}(?:,?\s?{link}{_YEAR})?(?!\w)",
            rf"(?<!\w){month}\s{_DAY}(?:,?\s{_YEAR})?(?!\w)",
            rf"(?<!\w){month}\s?{link}{_YEAR}(?!\w)",
        ] + _year_patterns(data.get("year_words") or {}, markers, self._folder, self._prefixes)
        return [re.compile(s) for s in sources if self._month_alt or "month" not in s]

    def absolute(self, folded: str) -> list[tuple[int, int, PartialDate, str]]:
        """Dates written out: (start, end, date, kind), kind "absolute", or "jalali" for a Solar
        Hijri day without its year (its month and day are Solar Hijri ones, for ``resolve`` to place)."""
        windows = digit_windows(folded)  # every date pattern has a digit: the rest of the text is skipped
        jalali = self._jalali(folded, windows)
        found = [(s, e, date, "absolute") for s, e, date in jalali + self._hijri(folded, windows) if date.year]
        if self._previous_month is not None:
            found += [(m.start(), m.end(), PartialDate(None, None, int(m.group("day"))), "previous_month")
                      for m in self._previous_month.finditer(folded) if 1 <= int(m.group("day")) <= 31]
        for pattern in self._patterns:
            for match in _in_windows(pattern, folded, windows):
                if any(s < match.end() and match.start() < e for s, e, _, _ in found):
                    continue
                date = self._to_date(match.groupdict())
                if date is not None:
                    found.append((match.start(), match.end(), date, "absolute"))
        return sorted(found + [(s, e, date, "jalali") for s, e, date in jalali if not date.year],
                      key=lambda item: item[0])

    def _jalali(self, folded: str, windows: list[tuple[int, int]]) -> list[tuple[int, int, PartialDate]]:
        """Solar Hijri dates: with their year ("8 دی 1403") converted to the Gregorian calendar;
        without it ("۲۰ فروردین") as the Solar Hijri month and day, for ``resolve`` to place."""
        if self._jalali_pattern is None:
            return []
        found = []
        for match in _in_windows(self._jalali_pattern, folded, windows):
            month, day = self.jalali_months[_squash(match.group("month"))], int(match.group("day"))
            if not 1 <= day <= 31:
                continue
            if match.group("year"):
                gregorian = jalali_to_gregorian(int(match.group("year")), month, day)
                found.append((match.start(), match.end(), PartialDate(gregorian.year, gregorian.month, gregorian.day)))
            else:
                found.append((match.start(), match.end(), PartialDate(None, month, day)))
        return found

    def _hijri(self, folded: str, windows: list[tuple[int, int]]) -> list[tuple[int, int, PartialDate]]:
        """Lunar Hijri dates with their year, converted to the Gregorian calendar."""
        if self._hijri_pattern is None:
            return []
        found = []
        for match in _in_windows(self._hijri_pattern, folded, windows):
            day = int(match.group("day"))
            if 1 <= day <= 30:
                gregorian = hijri_to_gregorian(int(match.group("year")), self.hijri_months[_squash(match.group("month"))], day)
                found.append((match.start(), match.end(), PartialDate(gregorian.year, gregorian.month, gregorian.day)))
        return found

    def _to_date(self, groups: dict) -> PartialDate | None:
        if groups.keys() == {"year"}:
            return PartialDate(int(groups["year"]))  # a year alone ("in 1982")
        month = int(groups["m"]) if groups.get("m") else self.months.get(_squash(groups.get("month")))
        year = int(groups["year"]) if groups.get("year") else None
        day = int(groups["day"]) if groups.get("day") else None
        if month is None and day and not groups.get("m") and "month" not in groups:
            return PartialDate(None, None, day) if 1 <= day <= 31 else None  # "4日": a day of this month
        if not month or not 1 <= month <= 12:
            return None
        if day is not None and not valid_day(year or 2000, month, day):
            return None
        return PartialDate(year, month, day)

    def relative(self, folded: str) -> list[tuple[int, int, str, int]]:
        """Relative words, weekdays and months named alone: (start, end, kind, value); ``value``
        is an offset in days (kinds relative and narrative), a weekday number (kind weekday) or a
        month number (kind month)."""
        return [(h.start, h.end) + h.payloads[0] for h in self._relative.find(folded)]

    def modifier_near(self, folded: str, start: int, end: int) -> str | None:
        """'last'/'next' standing just before or after a phrase ("this" says the nearest: "this
        past Wednesday" is not "last Wednesday")."""
        window_start, window_end = max(0, start - MODIFIER_REACH), min(len(folded), end + MODIFIER_REACH)
        for hit in self._last.find(folded[window_start:window_end]):
            hit_start, hit_end = hit.start + window_start, hit.end + window_start
            if start - hit_end > MODIFIER_GAP or hit_start - end > MODIFIER_GAP:
                continue  # "переговоров, прошедших в пятницу": a word of its own, no modifier of the day
            return None if hit.payloads[0] == "this" else hit.payloads[0]
        return None


MODIFIER_REACH = 25  # characters searched around a weekday for "last", "next", "this"
MODIFIER_GAP = 2  # ... of which at most this many between them ("last Wednesday", "先週の水曜日", "mercredi dernier")


def _month_phrases(words: dict, months: dict[str, int]) -> list[tuple[str, int]]:
    """A month named alone, where the language's words make it a time ("in May", "im Mai",
    "в мае", "Mayıs ayında", "मई में"; zh, ja, ko "5月" by itself): read as that month of the
    reference year, or of the year before if it is still to come."""
    named = [form for form in months if (len(form) > 2 and not form.isdigit()) or not form.isascii()]  # no bare number, no two-letter form
    phrases = [(f"{w} {m}", months[m]) for w in words.get("before") or [] for m in named]
    phrases += [(f"{m} {w}", months[m]) for w in words.get("after") or [] for m in named]
    if words.get("alone"):
        phrases += [(m, months[m]) for m in named]
    return phrases


def _marker_patterns(markers: dict) -> list[str]:
    """Numeric dates written with unit markers (2024年11月7日, 2024년 11월 7일)."""
    if not markers:
        return []
    year, month, day = ("|".join(re.escape(m) for m in markers.get(k) or []) for k in ("year", "month", "day"))
    return [rf"(?P<year>(?:1[89]|20)\d\d)\s?(?:{year})\s?(?P<m>\d{{1,2}})\s?(?:{month})(?:\s?(?P<day>\d{{1,2}})\s?(?:{day}))?",
            rf"(?<!\d)(?P<m>\d{{1,2}})\s?(?:{month})\s?(?P<day>\d{{1,2}})\s?(?:{day})",
            rf"(?<![\d{month}])(?P<day>[0-3]?\d)\s?(?:{day})(?![\d간間째])(?!\s?(?:일정|동안))"]  # not "3일간", "3日間", "3일 동안" (for three days), "11일 일정" (an 11-day schedule), "3일째" (the third day)


def _year_patterns(words: dict, markers: dict, folder: Folder, prefixes: list[str]) -> list[str]:
    """A year alone, where the language's words make it a time ("in 1982", "в 1982 году",
    "ובשנת 1982", "1982 میں", "1982年"); a bare number is not read as a year ("the 2001 treaty").
    Run after the fuller patterns, so "in March 2024" stays a month."""
    def alternation(forms) -> str:
        keys = sorted({folder.key(f) for f in forms or [] if folder.key(f)}, key=len, reverse=True)
        return "|".join(re.escape(k) for k in keys)
    before, after = alternation(words.get("before")), alternation(words.get("after"))
    clitics = alternation(prefixes)
    clitic = f"(?:{clitics})?" if clitics else ""
    patterns = []
    if before:
        patterns.append(rf"(?<!\w){clitic}(?:{before})\s?{_YEAR}(?!\d)")
    if after:
        patterns.append(rf"(?<!\d){_YEAR}\s?(?:{after})(?!\w)")
    if markers.get("year"):
        year = "|".join(re.escape(m) for m in markers["year"])
        patterns.append(rf"(?<!\d){_YEAR}\s?(?:{year})(?!\s?\d)")
    return patterns


_DIGITS = re.compile(r"\d+")
WINDOW_MARGIN = 60  # characters of month names and connectors a date may have around its digits


def digit_windows(text: str, margin: int = WINDOW_MARGIN) -> list[tuple[int, int]]:
    """Stretches of ``text`` around its digits, merged, each ending at a word boundary
    (a pattern's ``(?!\\w)`` must not see a word cut by the window)."""
    windows: list[tuple[int, int]] = []
    for match in _DIGITS.finditer(text):
        start, end = max(0, match.start() - margin), min(len(text), match.end() + margin)
        while end < len(text) and text[end].isalnum():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _in_windows(pattern: re.Pattern, text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match]:
    """Matches of ``pattern`` inside each window (lookbehinds still see the text before it)."""
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


def _numbered_forms(table: dict | None, folder: Folder, min_len: int = 1) -> dict[str, int]:
    forms: dict[str, int] = {}
    for number, words in (table or {}).items():
        for word in words or []:
            key = folder.key(str(word)).rstrip(".").strip()
            if len(key) >= min_len and not (min_len > 1 and str(word).endswith(".")):
                forms.setdefault(key, int(number))
    return forms


def _alternation(forms: dict[str, int]) -> str:
    escaped = [re.escape(f).replace("\\ ", "\\s?") for f in sorted(forms, key=len, reverse=True)]
    return "|".join(f"{e}\\.?" if len(e) <= 5 else e for e in escaped)


def _connector(words: list[str], folder: Folder) -> str:
    keys = sorted({folder.key(w) for w in words if folder.key(w)}, key=len, reverse=True)
    return f"(?:(?:{'|'.join(re.escape(k) for k in keys)})\\s)?" if keys else ""


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").rstrip(".")).strip()


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) so many months after a month (before it, when negative)."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


class DateFinder:
    """Finds date expressions in any supported language."""

    def __init__(self, grammars: Mapping[str, DateGrammar | None], folder: Folder):
        self._grammars = grammars
        self._folder = folder

    @classmethod
    def from_resources(cls, resources: Resources, folder: Folder) -> "DateFinder":
        def grammar(lang: str) -> DateGrammar | None:
            data = resources.lang(lang, "dates")
            return DateGrammar(data, folder, resources.lang(lang, "morph").get("prefixes") or []) if data else None
        return cls(PerLanguage(resources.languages(), grammar), folder)

    def grammar(self, lang: str | None) -> DateGrammar | None:
        return self._grammars.get(lang or "")

    def find(self, text: str, lang: str | None, folded: Folded | None = None) -> list[DateExpression]:
        """Date expressions in ``text`` with original offsets, in text order."""
        grammar = self.grammar(lang)
        if grammar is None:
            return []
        folded = folded or self._folder.fold(text)
        found = [DateExpression(*folded.span(s, e), kind, date) for s, e, date, kind in grammar.absolute(folded.text)]
        for start, end, kind, value in grammar.relative(folded.text):
            span = folded.span(start, end)
            if any(span[0] < e.end and e.start < span[1] for e in found):
                continue
            if kind == "month":
                found.append(DateExpression(*span, "month", PartialDate(None, value)))
            elif kind == "weekday":
                direction = grammar.modifier_near(folded.text, start, end)
                found.append(DateExpression(*span, "weekday", weekday=value, direction=direction))
            else:  # relative or narrative: ``value`` is the offset in days; a period before: how many periods
                found.append(DateExpression(*span, kind, offset_days=value))
        return _months_of_years_ago(sorted(found, key=lambda e: e.start), text)


YEAR_WORD_GAP = 3  # characters between "last year" and the month it gives a year ("去年11月", "November last year")


def _months_of_years_ago(expressions: list[DateExpression], text: str) -> list[DateExpression]:
    """"지난해 11월", "去年11月", "in November last year": a month without a year beside "last
    year" is that month of the year before, one expression."""
    result: list[DateExpression] = []
    for expression in expressions:
        previous = result[-1] if result else None
        years, month = (previous, expression) if previous and previous.kind == "years_ago" else (expression, previous)
        if (month is not None and years.kind == "years_ago" and _yearless_month(month)
                and expression.start - previous.end <= YEAR_WORD_GAP and not text[previous.end:expression.start].strip(" ,")):
            result[-1] = replace(month, start=previous.start, end=expression.end, years_back=years.offset_days)
        else:
            result.append(expression)
    return result


def _yearless_month(expression: DateExpression) -> bool:
    return expression.kind in ("absolute", "month") and bool(expression.date.month) and not expression.date.year


WEEKDAY_BEFORE_DATE = 3  # "el miércoles 3 de septiembre", "Wednesday, September 3"
DAYS_WRITTEN_OUT = ("absolute", "jalali")
_RESTATEMENT = re.compile(r"\s*[(（][^()（）\d]{0,16}")
_WEEKDAY_ARTICLE = re.compile(r", ?[^\W\d]{1,3} ")  # "am Dienstag, dem 8. Juli", "le mardi, le 8 juillet"
_WEEKDAY_RESTATED = re.compile(r"[^()（）\d.,;]{0,12}[(（][^()（）\d]{0,16}")  # "רביעי בערב (2 באפריל"


def without_restatements(expressions: list[DateExpression], text: str) -> list[DateExpression]:
    """The expressions that say something their neighbour does not: without a weekday right
    before the date it names ("el miércoles 3 de septiembre"), and without a date in brackets
    right after another, which restates it in another time zone ("17日（日本時間18日）")."""
    neighbours = zip([None, *expressions[:-1]], expressions, [*expressions[1:], None])
    return [e for before, e, after in neighbours if not (named_day(e, after, text) or _restated(before, e, text))]


def named_day(expression: DateExpression, following: DateExpression | None, text: str) -> bool:
    """A weekday right before the date it names ("el miércoles 3 de septiembre"), or whose date
    follows in brackets ("ביום רביעי בערב (2 באפריל 2025)"): the date says it all."""
    if (expression.kind != "weekday" or following is None or following.kind not in DAYS_WRITTEN_OUT
            or following.start < expression.end):
        return False
    between = text[expression.end:following.start]
    return ((len(between) <= WEEKDAY_BEFORE_DATE and not between.strip(" ,"))
            or bool(_WEEKDAY_ARTICLE.fullmatch(between)) or bool(_WEEKDAY_RESTATED.fullmatch(between)))


def _restated(before: DateExpression | None, expression: DateExpression, text: str) -> bool:
    return (before is not None and before.kind != "weekday"
            and bool(_RESTATEMENT.fullmatch(text, before.end, expression.start)))


def nearest_year(month: int, reference: PartialDate) -> int:
    """The year, of the reference's and those either side, that puts ``month`` nearest the
    reference's month ("15 December" read in January is last year's); a tie keeps the year."""
    return reference.year + min((0, -1, 1), key=lambda years: abs(12 * years + month - reference.month))


def resolve(expression: DateExpression, reference: PartialDate | None) -> PartialDate | None:
    """The calendar date an expression stands for, read against a reference (publication) date."""
    if expression.kind in ("absolute", "month"):
        if expression.years_back and reference is not None and reference.year:
            return replace(expression.date, year=reference.year - expression.years_back)
        return _complete_year(expression.date, reference)
    if expression.kind == "previous_month":
        if reference is None or not reference.month:
            return None
        year, month = add_months(reference.year, reference.month, -1)
        return PartialDate(year, month, expression.date.day) if valid_day(year, month, expression.date.day) else None
    if expression.kind == "jalali":
        return _jalali_before(expression.date, reference)
    if expression.kind in PERIODS_BEFORE.values():
        return _period_before(expression, reference)
    if reference is None or reference.precision != "day":
        return None
    base = dt.date(reference.year, reference.month, reference.day)
    if expression.kind in ("relative", "narrative"):
        return _partial(base + dt.timedelta(days=expression.offset_days))
    back = (base.weekday() - expression.weekday) % 7
    if expression.direction == "next":
        return _partial(base + dt.timedelta(days=(expression.weekday - base.weekday()) % 7 or 7))
    if expression.direction == "last_week":  # "上周三", "先週水曜日": that day of the week before the reference's
        back = base.weekday() + 7 - expression.weekday
    if expression.direction == "last" and back in (0, 1):
        back += 7  # "last Wednesday" written on a Thursday is a week before: yesterday would be "yesterday"
    if expression.direction == "nearest" and back > 3:
        back -= 7
    return _partial(base - dt.timedelta(days=back))


def _period_before(expression: DateExpression, reference: PartialDate | None) -> PartialDate | None:
    """"last year": the year before; "last month": the month before; "last week": the month the
    day a week before falls in (no day: which day of that week is not said)."""
    if reference is None or not reference.year:
        return None
    if expression.kind == "years_ago":
        return PartialDate(reference.year - expression.offset_days)
    if not reference.month:
        return None
    if expression.kind == "months_ago":
        return PartialDate(*add_months(reference.year, reference.month, -expression.offset_days))
    if reference.precision != "day":
        return None
    day = dt.date(reference.year, reference.month, reference.day) - dt.timedelta(weeks=expression.offset_days)
    return PartialDate(day.year, day.month)


def _complete_year(date: PartialDate, reference: PartialDate | None) -> PartialDate | None:
    """A date without a year takes the reference year, or the year before if it would be later;
    a bare day of the month takes the reference month, or the month before."""
    if date.year:
        return date
    if reference is None or not reference.year:
        return None
    if date.month is None:
        if not reference.month or not reference.day:
            return None
        year, month = add_months(reference.year, reference.month, 0 if date.day <= reference.day else -1)
        return PartialDate(year, month, date.day) if valid_day(year, month, date.day) else None
    year = reference.year
    if reference.month and (date.month, date.day or 1) > (reference.month, reference.day or 31):
        year -= 1
    return replace(date, year=year)


def _jalali_before(date: PartialDate, reference: PartialDate | None) -> PartialDate | None:
    """A Solar Hijri month and day without a year: the last such day on or before the reference
    day (the Solar Hijri year begins in March, 621 or 622 years after the Gregorian one)."""
    if reference is None or reference.precision != "day":
        return None
    today = dt.date(reference.year, reference.month, reference.day)
    days = [jalali_to_gregorian(reference.year - shift, date.month, date.day) for shift in (620, 621, 622)]
    past = [d for d in days if d <= today]
    return _partial(max(past)) if past else None


def _partial(day: dt.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)


def parse_iso(value: str | None) -> PartialDate | None:
    """A PartialDate from 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD[...]'; None if not a date."""
    match = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    return PartialDate(year, month, day)
