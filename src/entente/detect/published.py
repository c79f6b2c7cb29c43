"""Publication date from the text itself, only where the text states it.

Accepted evidence, in order: a date line near the top (a line that is only a date, or a
masthead line naming an issue or page), a phrase giving today's date ("today, Thursday
7 November 2024", "ce samedi 10 mai 2025": this weekday, then the full date), a line closing
the text that is only a date and time, as wires stamp what they send ("2025/11/18 15:42 송고"),
or a dateline without its year ("LONDRES, 10 Jul. (Agency) -") whose year the text's weekdays
fix: "este jueves" makes 10 July a Thursday, and the latest such year not after today is taken.
A date merely mentioned in the story is never taken; no evidence, no date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from collections.abc import Callable

from entente.datafiles import Resources
from entente.detect.dates import YEAR_IN_TEXT, DateExpression, DateFinder, PartialDate, named_day, nearest_year, valid_day
from entente.text.normalise import Folder
from entente.text.terms import TermMatcher

TOP_LINES = 12
BOTTOM_LINES = 2  # the wire's time stamp closes the text, perhaps above a copyright line
DATELINE_PLACE_WORDS = 6   # "RIO DE JANEIRO," or "QINGDAO, China," before the date
DATELINE_TAIL_CHARS = 60   # "(Agency) –" between the date and the dash
DATELINE_TAIL_WORDS = 2  # words outside brackets between the date and the dash ("2026 r. (Vesta) –", "года /ТАСС/ –")
# What closes a dateline: a dash, the "=" of Korean wire datelines, the ideographic space of
# Japanese ones ("【東京＝共同】2024年11月22日　..."), the agency in slashes of Russian wires
# ("МОСКВА, 17 мая 2025. /ТАСС/."), the agency in brackets right after the date ("اسلام آباد، 19
# اکتوبر 2025 (اے پی پی)"), or the 电 of Chinese wires ("新华社北京11月1日电").
_DASH = re.compile(r"\s[–—―=-]\s|\s[–—―]|[–—―]\s|^\s?=\s|^\u3000|^[电電]")
_AGENCY_NAME = r"/[^/\n]{1,40}/|[(（][^()（）\n]{1,40}[)）]"  # an agency's name in slashes or brackets
_AGENCY = re.compile(rf"^(?:\s\w{{1,5}})?\.?\s*(?:{_AGENCY_NAME})")  # after "PLACE," only
_AGENCY_ANYWHERE = re.compile(_AGENCY_NAME)
# ... or, in Japanese wire copy, the date in brackets right after the bracketed place and agency ("【東京＝共同】（2025年12月11日）")
_BRACKETED_PLACE = re.compile(r"^\s*【[^】\n]{1,30}】\s*[（(]\s*$")
_PLACE_WORD = re.compile(r"\S*\w\S*")  # a word between spaces: "तोक्यो/नई दिल्ली," is two (vowel signs are no \w)
TODAY_PHRASE_CHARS = 3000  # "today, Thursday 7 November" opens the story, it is not in its tail
DATELINE_EXTRA_WORDS = 3  # a place and a word such as "года": "Москва, 12 июня 2024 года"
_LEFTOVER = re.compile(r"[\w]+")
# A date in another calendar, then "corresponding to" and the Gregorian one: the first is part of the dateline
_EQUIVALENT = re.compile(r"\d\D{0,40}\d{4}\D{0,12}(?:الموافق ل?|مطابق با|برابر با)\s*$")
_FIRST_DIGIT = re.compile(r"\d")
EARLIEST_YEAR = 1990  # how far back a year-less dateline's year is looked for when the text names no year


@dataclass(frozen=True)
class PublishedDate:
    date: str
    method: str


class PublicationDateDetector:
    def __init__(self, dates: DateFinder, folder: Folder, masthead: TermMatcher, today: dict[str, TermMatcher],
                 this: dict[str, TermMatcher] | None = None, now: dt.date | None = None):
        self._dates = dates
        self._folder = folder
        self._masthead = masthead
        self._today = today
        self._this = this or {}
        self._now = now or dt.date.today()  # nothing is published after it is read

    @classmethod
    def from_resources(cls, resources: Resources, folder: Folder, dates: DateFinder,
                       now: dt.date | None = None) -> "PublicationDateDetector":
        masthead = TermMatcher([(w, True) for w in resources.load("text/boilerplate.yaml")["masthead"]], folder)
        def words(key: str, lang: str) -> TermMatcher:
            return TermMatcher([(w, True) for w in resources.lang(lang, "dates").get(key) or []],
                               folder, resources.lang(lang, "morph").get("prefixes") or [])
        today = {lang: words("today", lang) for lang in resources.languages()}
        this = {lang: words("this", lang) for lang in resources.languages()
                if resources.lang(lang, "dates").get("this_position", "before") in ("before", "both")}
        return cls(dates, folder, masthead, today, this, now)

    def detect(self, raw_text: str, lang: str | None) -> PublishedDate | None:
        return (self._from_top_lines(raw_text, lang) or self._from_today_phrase(raw_text, lang)
                or self._from_bottom_lines(raw_text, lang) or self._from_yearless_dateline(raw_text, lang))

    def _from_top_lines(self, raw_text: str, lang: str | None) -> PublishedDate | None:
        lines = [line for line in raw_text.splitlines() if line.strip()][:TOP_LINES]
        return self._first_date_line(lines, lang, self._is_date_line, "dateline")

    def _from_bottom_lines(self, raw_text: str, lang: str | None) -> PublishedDate | None:
        lines = [line for line in raw_text.splitlines() if line.strip()]
        last = lines[-BOTTOM_LINES:][::-1] if len(lines) > BOTTOM_LINES else []  # the very last line first
        return self._first_date_line(last, lang, self._only_a_date, "time-stamp")

    def _first_date_line(self, lines: list[str], lang: str | None, accepts: Callable, method: str) -> PublishedDate | None:
        for line in lines:
            for expression in self._full_dates(line, lang):
                if accepts(line, expression, lang):
                    return PublishedDate(expression.date.iso(), method)
        return None

    def _full_dates(self, text: str, lang: str | None) -> list[DateExpression]:
        return [e for e in self._dates.find(text, lang) if e.kind == "absolute" and e.date.precision == "day"]

    def _is_date_line(self, line: str, expression: DateExpression, lang: str | None) -> bool:
        """Only a date (with weekday or separators), a masthead line carrying a date, or a
        dateline opening the first paragraph ("MOSCOW, June 12, 2025 (Agency) – ...")."""
        if self._masthead.find(self._folder.fold(line).text) or is_dateline_date(line, expression.start, expression.end):
            return True
        return self._only_a_date(line, expression, lang)

    def _only_a_date(self, line: str, expression: DateExpression, lang: str | None) -> bool:
        """The line is the date, perhaps with a weekday, a time and a word or two ("15:42 송고")."""
        rest = line[:expression.start] + " " + line[expression.end:]
        if any(mark in rest for mark in "。！？"):
            return False  # a sentence of a script without spaces, however few its "words"
        words = _LEFTOVER.findall(rest)
        weekdays = [e for e in self._dates.find(rest, lang) if e.kind == "weekday"]
        return len(words) <= len(weekdays) + DATELINE_EXTRA_WORDS

    def _from_today_phrase(self, raw_text: str, lang: str | None) -> PublishedDate | None:
        matcher = self._today.get(lang or "")
        if matcher is None:
            return None
        head = raw_text[:TODAY_PHRASE_CHARS]
        folded = self._folder.fold(head)
        today_spans = [folded.span(h.start, h.end) for h in matcher.find(folded.text)]
        this = self._this_spans(folded, lang)
        if not today_spans and not this:
            return None
        expressions = self._dates.find(head, lang, folded)
        today_spans += [(start, day.end) for start, day in _this_weekdays(this, expressions)]
        for expression in expressions:
            if (expression.kind == "absolute" and expression.date.precision == "day"
                    and any(0 <= expression.start - end <= 20 for _, end in today_spans)):
                return PublishedDate(expression.date.iso(), "today-phrase")
        return None

    def _this_spans(self, folded, lang: str | None) -> list[tuple[int, int]]:
        """Where the words for "this" stand ("ce", "nesta"), in original offsets."""
        matcher = self._this.get(lang or "")
        return [folded.span(hit.start, hit.end) for hit in matcher.find(folded.text)] if matcher else []

    def _from_yearless_dateline(self, raw_text: str, lang: str | None) -> PublishedDate | None:
        """A dateline without its year ("LONDRES, 10 Jul. (Agency) -"), and weekdays in the text
        that fix the year: this weekday is the dateline's day ("este jueves"), a weekday named with
        its day and month falls on it ("el martes 8 de julio"). The latest year that fits them all,
        not after today and not before a year the text names, is taken. With no such weekday, a
        date the text gives in the latest year it names, within weeks of the dateline's day, fixes
        it (``_from_nearby_date``); else the year stays unknown."""
        top = "\n".join(raw_text.split("\n", TOP_LINES * 2)[:TOP_LINES * 2])  # most texts have no such dateline
        dateline = yearless_dateline(top, self._dates.find(top, lang))
        if dateline is None:
            return None
        head = raw_text[:TODAY_PHRASE_CHARS]
        folded = self._folder.fold(head)
        expressions = self._dates.find(head, lang, folded)
        day = dateline.date
        fixes = [(weekday.weekday, day) for _, weekday in _this_weekdays(self._this_spans(folded, lang), expressions)]
        fixes += [(weekday.weekday, date.date) for weekday, date in zip(expressions, expressions[1:])
                  if named_day(weekday, date, head) and date.date.year is None and date.date.month]
        named_years = [int(y) for y in YEAR_IN_TEXT.findall(raw_text) if int(y) <= self._now.year]
        if not fixes:
            return self._from_nearby_date(day, expressions, named_years)
        for year in range(self._now.year, max(named_years, default=EARLIEST_YEAR) - 1, -1):
            if not dateline_in(year, day, self._now):
                continue
            if all(_falls_on(weekday, date, PartialDate(year, day.month, day.day)) for weekday, date in fixes):
                return PublishedDate(PartialDate(year, day.month, day.day).iso(), "dateline-weekday")
        return None

    def _from_nearby_date(self, day: PartialDate, expressions: list[DateExpression],
                          named_years: list[int]) -> PublishedDate | None:
        """No weekday fixes the dateline's year, but the text dates its story in the latest year it
        names, within weeks of the dateline's day ("ДУШАНБЕ, 10 октября. ... 9 октября 2025 года"):
        that year. A background year ("the 2010 treaties") names no month near the day."""
        if not named_years:
            return None
        year = max(named_years)
        if not dateline_in(year, day, self._now):
            return None
        dateline = dt.date(year, day.month, day.day)
        near = any(e.kind == "absolute" and e.date.year == year and e.date.month
                   and valid_day(year, e.date.month, e.date.day or MID_MONTH)
                   and abs((dateline - dt.date(year, e.date.month, e.date.day or MID_MONTH)).days) <= NEARBY_DAYS
                   for e in expressions)
        return PublishedDate(dateline.isoformat(), "dateline-nearby-date") if near else None


MID_MONTH = 15  # the day a month named without one is counted from ("в ноябре 2025 года")
NEARBY_DAYS = 45  # days between a year-less dateline's day and a date the text gives with its year
THIS_GAP = 2  # characters between "this" and its weekday (the weekday may include it: "nesta quinta")


def _this_weekdays(this: list[tuple[int, int]], expressions: list[DateExpression]) -> list[tuple[int, DateExpression]]:
    """"ce samedi", "nesta quinta-feira": this weekday is today. Each with where its "this" starts."""
    weekdays = [e for e in expressions if e.kind == "weekday"]
    return [(start, day) for start, end in this for day in weekdays if start <= day.start <= end + THIS_GAP and day.end > end]


def dateline_in(year: int, day: PartialDate, today: dt.date) -> bool:
    """Whether a dateline's day and month exist in ``year`` and that day is not after today."""
    return valid_day(year, day.month, day.day) and dt.date(year, day.month, day.day) <= today


def yearless_dateline(text: str, expressions: list[DateExpression]) -> DateExpression | None:
    """The day and month of a dateline that gives no year ("МОСКВА, 2 июля. /Агентство/."), among
    the date expressions of the text's first lines."""
    top = sum(len(line) + 1 for line in text.split("\n", TOP_LINES * 2)[:TOP_LINES * 2])
    for e in expressions:
        if e.start >= top or e.kind != "absolute" or e.date.year is not None or not (e.date.month and e.date.day):
            continue
        start, end = text.rfind("\n", 0, e.start) + 1, text.find("\n", e.start)
        end = len(text) if end < 0 else end
        if e.end <= end and is_dateline_date(text[start:end], e.start - start, e.end - start):
            return e
    return None


def _falls_on(weekday: int, date: PartialDate, dateline: PartialDate) -> bool:
    """Whether the day and month ``date`` falls on ``weekday`` in the year that puts it nearest the dateline."""
    year = nearest_year(date.month, dateline)
    return valid_day(year, date.month, date.day) and dt.date(year, date.month, date.day).weekday() == weekday


def is_dateline_date(line: str, start: int, end: int) -> bool:
    """A place (a few words, no sentence) before the date and a dash soon after it:
    "MOSCOW, June 12, 2025 (Agency) –"; or a place and a comma before it and the agency right
    after it, perhaps behind a word for "year": "МОСКВА, 17 мая 2025 года. /ТАСС/.", "لاہور، 5
    مارچ 2024 (اے پی پی)"; or the bracketed place and agency of Japanese wires, then the date in
    brackets: "【東京＝共同】（2025年12月11日）"."""
    before = line[:start]
    if _EQUIVALENT.search(before):  # "أبوظبي، الثلاثاء 4 جمادى الآخرة 1447 هـ الموافق 25 ..."
        before = before[:_FIRST_DIGIT.search(before).start()]
    if len(_PLACE_WORD.findall(before)) > DATELINE_PLACE_WORDS or any(c in before for c in ".!?"):
        return False
    tail = line[end:end + DATELINE_TAIL_CHARS]
    if _BRACKETED_PLACE.match(before) and tail.lstrip().startswith((")", "）")):
        return True
    dash = _DASH.search(tail)
    if dash and len(_PLACE_WORD.findall(_AGENCY_ANYWHERE.sub(" ", tail[:dash.start()]))) <= DATELINE_TAIL_WORDS:
        return True  # not "Tydzień później, 26 stycznia, Polska wraz z trzynastoma państwami – ..."
    return before.rstrip().endswith((",", "،")) and bool(_AGENCY.match(tail))
