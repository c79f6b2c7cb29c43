"""Calendar conversions needed by the press: the Solar Hijri (Jalali) calendar of Iran and Afghanistan."""
from __future__ import annotations

import datetime as dt

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
