"""Date expressions read from text and placed against a reference day."""
import pytest

from entente.detect.dates import PartialDate, resolve


@pytest.mark.parametrize("lang, text, reference, expected", [
    # a Solar Hijri day without its year is the last one on or before the reference, across Nowruz
    ("fa", "روز ۲۰ فروردین", PartialDate(2025, 4, 10), "2025-04-09"),
    ("fa", "روز ۲۸ اسفند", PartialDate(2025, 4, 10), "2025-03-18"),
    ("fa", "روز ۲۰ فروردین", PartialDate(2025, 4, 5), "2024-04-08"),
    # numeric dates with slashes, dots or dashes
    ("ko", "2025/11/18 15:42", PartialDate(2025, 11, 20), "2025-11-18"),
    ("ja", "2025.11.18", PartialDate(2025, 11, 20), "2025-11-18"),
    ("en", "on 2025-11-18", PartialDate(2025, 11, 20), "2025-11-18"),
    # a count of days is no day of the month: only the 18th here
    ("ko", "지난 18일부터 11일 일정으로 훈련을 하고 있다", PartialDate(2025, 8, 26), "2025-08-18"),
    ("ko", "지난 18일부터 3일 동안 훈련했다", PartialDate(2025, 8, 26), "2025-08-18"),
    # "last Wednesday" written on a Thursday is a week before (yesterday would be "yesterday");
    # "this past" is the nearest; "last week's" days are those of the calendar week before
    ("tr", "geçen çarşamba", PartialDate(2025, 4, 10), "2025-04-02"),
    ("en", "last Wednesday", PartialDate(2025, 4, 10), "2025-04-02"),
    ("en", "last Monday", PartialDate(2025, 4, 10), "2025-04-07"),
    ("en", "this past Wednesday", PartialDate(2025, 4, 10), "2025-04-09"),
    ("zh", "上周五", PartialDate(2025, 4, 14), "2025-04-11"),
    ("zh", "上周一", PartialDate(2025, 4, 10), "2025-03-31"),
    ("ja", "先週の水曜日", PartialDate(2025, 4, 10), "2025-04-02"),
    # a day of last month ("上月5日", "先月5日", "지난달 5일"), even when it is not after the reference's day
    ("zh", "上月5日", PartialDate(2025, 11, 10), "2025-10-05"),
    ("ja", "先月5日", PartialDate(2025, 1, 10), "2024-12-05"),
    ("ko", "지난달 5일", PartialDate(2025, 11, 10), "2025-10-05"),
    # last month, last week, last year: the period before, at its own precision
    ("en", "talks last month", PartialDate(2025, 1, 10), "2024-12"),
    ("fr", "la semaine dernière", PartialDate(2025, 11, 3), "2025-10"),
    ("ru", "в прошлом году", PartialDate(2025, 11, 3), "2024"),
    ("tr", "geçen ay", PartialDate(2025, 11, 3), "2025-10"),
    ("zh", "去年", PartialDate(2025, 11, 3), "2024"),
    # a month written with digits is that month, not the first of January ("11월" is no "1" + "1월")
    ("ko", "11월 경주 회담", PartialDate(2026, 1, 8), "2025-11"),
    ("ko", "11월", PartialDate(2026, 1, 8), "2025-11"),
    ("ko", "10월에 열린 회의", PartialDate(2026, 1, 8), "2025-10"),
    ("de", "am 11. Mai", PartialDate(2026, 1, 8), "2025-05-11"),
    # a month beside "last year" is that month of the year before, not the nearest such month
    ("zh", "去年11月在釜山", PartialDate(2025, 12, 8), "2024-11"),
    ("ko", "작년 11월 5일", PartialDate(2025, 12, 8), "2024-11-05"),
    ("en", "in November last year", PartialDate(2025, 12, 8), "2024-11"),
    # a participle before "on Friday" ("the talks held on Friday") is no "last"
    ("ru", "переговоров, прошедших в пятницу", PartialDate(2025, 5, 17), "2025-05-16"),
])
def test_dates_resolve(system, lang, text, reference, expected):
    found = system.dates.find(text, lang)
    assert [resolve(e, reference).iso() for e in found] == [expected]


def test_a_solar_hijri_day_without_a_reference_day_has_no_date(system):
    found = system.dates.find("روز ۲۰ فروردین", "fa")
    assert [resolve(e, PartialDate(2025)) for e in found] == [None]


@pytest.mark.parametrize("lang, text, expected", [
    # a weekday whose date follows in brackets says no more than that date
    ("he", "המשלחת נפגשה ביום רביעי (9 באפריל 2025) בבאקו", [("absolute", "2025-04-09")]),
    ("he", "חיל האוויר תקף ביום רביעי בערב (2 באפריל 2025) בסוריה", [("absolute", "2025-04-02")]),
    # a date in brackets right after another restates it for another time zone
    ("ja", "17日（日本時間18日）", [("absolute", None)]),
])
def test_restatements(system, lang, text, expected):
    from entente.detect.dates import without_restatements
    found = without_restatements(system.dates.find(text, lang), text)
    assert [(e.kind, e.date.iso()) for e in found] == expected


@pytest.mark.parametrize("hijri, gregorian", [((1446, 9, 1), "2025-03-01"), ((1447, 9, 1), "2026-02-18"),
                                              ((1445, 10, 1), "2024-04-10"), ((1447, 6, 4), "2025-11-25")])
def test_lunar_hijri_dates_convert(hijri, gregorian):
    """1 Ramadan 1446 and 1447, 1 Shawwal 1445 (Eid al-Fitr), a dateline's 4 Jumada al-Akhirah 1447."""
    from entente.detect.calendars import hijri_to_gregorian
    assert hijri_to_gregorian(*hijri).isoformat() == gregorian
