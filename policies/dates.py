"""Dates known to a day, a month or a year: "June 2019" is not "1 June 2019"."""

import datetime

from django.db import models


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


# How finely each precision dates: a higher rank says more ("day" over "month" over "year").
PRECISION_RANK = {DatePrecision.YEAR: 0, DatePrecision.MONTH: 1, DatePrecision.DAY: 2}


def truncate_to_precision(value: datetime.date, precision: str) -> datetime.date:
    """Store a partial date as the first day of its month or year."""
    if precision == DatePrecision.YEAR:
        return value.replace(month=1, day=1)
    if precision == DatePrecision.MONTH:
        return value.replace(day=1)
    return value


def format_partial_date(value: datetime.date | None, precision: str) -> str:
    """Render a date at the precision it is known to: "17 February 2021", "June 2019", "2019"."""
    if value is None:
        return "Date unknown"
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision == DatePrecision.MONTH:
        return f"{value:%B} {value.year}"
    return f"{value.day} {value:%B} {value.year}"


def iso_partial_date(value: datetime.date | None, precision: str) -> str:
    """ISO 8601 reduced precision: 2021-02-17, 2019-06, 2019."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


class PartiallyDated:
    """`display_date` and `iso_date` of anything with a `date` known to a `date_precision`: an
    action, and the plain rows pages read of one (`compact_lists.ActionLine`)."""

    __slots__ = ()

    @property
    def display_date(self):
        return format_partial_date(self.date, self.date_precision)

    @property
    def iso_date(self):
        """ "2019-06" for June 2019: valid in a <time datetime> and in exports."""
        return iso_partial_date(self.date, self.date_precision)
