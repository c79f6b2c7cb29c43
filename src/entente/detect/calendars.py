"""Calendar conversions needed by the press: the Solar Hijri (Jalali) calendar of Iran and Afghanistan,
and the lunar Hijri calendar of Arab datelines."""
from __future__ import annotations

import datetime as dt
import math

# 1 Farvardin of year 1 AP is 22 March 622 (Julian), 19 March 622 in the proleptic Gregorian calendar;
# the arithmetic cycle below counts from the day before its reference point.
_EPOCH = dt.date(622, 3, 21).toordinal() - 1


def jalali_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Gregorian date of a Solar Hijri date, by the 33-year arithmetic cycle (checked against the
    Nowruz dates of 1395–1405 AP; the astronomical calendar can differ by a day far from today)."""
    days_before_year = 365 * (year - 1) + _leap_days_before(year)
    days_before_month = (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    return dt.date.fromordinal(_EPOCH + days_before_year + days_before_month + day)


def _leap_days_before(year: int) -> int:
    """Leap years before ``year``: years whose remainder in the 33-year cycle is 1, 5, 9, 13, 17, 22, 26 or 30."""
    cycles, rest = divmod(year - 1, 33)
    return 8 * cycles + sum(1 for r in (1, 5, 9, 13, 17, 22, 26, 30) if r <= rest)


# 1 Muharram of year 1 AH is 16 July 622 (Julian), 19 July 622 in the proleptic Gregorian calendar.
_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal() - 1


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Gregorian date of a lunar Hijri date, by the tabular calendar (30-year cycle of 11 leap
    years; checked against 1 Ramadan 1446 = 1 March 2025 and 1 Ramadan 1447 = 18 February 2026).
    Calendars set by sighting of the moon, such as Umm al-Qura, can differ from it by a day."""
    days = (year - 1) * 354 + (3 + 11 * year) // 30 + math.ceil(29.5 * (month - 1)) + day
    return dt.date.fromordinal(_HIJRI_EPOCH + days)
