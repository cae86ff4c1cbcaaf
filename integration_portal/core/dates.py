"""Dates known to a precision: a day, a month or only a year.

A partial date is stored as a DateField holding the first day of its period (1969 is stored as
1969-01-01) next to a precision field, so it sorts and compares like any date while the precision
says how much of it is known.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import TruncMonth, TruncYear
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


def parse_partial_date(text: str) -> tuple[datetime.date, str]:
    """Parse "1969", "2024-07" or "1991-03-26" into (first day of the period, precision)."""
    parts = text.split("-")
    if len(parts) == 1:
        return datetime.date(int(parts[0]), 1, 1), DatePrecision.YEAR
    if len(parts) == 2:
        return datetime.date(int(parts[0]), int(parts[1]), 1), DatePrecision.MONTH
    return datetime.date.fromisoformat(text), DatePrecision.DAY


def precision_matches(date: datetime.date | None, precision: str) -> bool:
    if date is None:
        return True
    if precision == DatePrecision.MONTH:
        return date.day == 1
    if precision == DatePrecision.YEAR:
        return date.day == 1 and date.month == 1
    return True


def check_precision(date: datetime.date | None, precision: str, field: str) -> None:
    """Raise a field error if the date holds more detail than its precision admits."""
    if not precision_matches(date, precision):
        message = {
            DatePrecision.MONTH: _("A date known only to the month must be the first day of that month."),
            DatePrecision.YEAR: _("A date known only to the year must be 1 January of that year."),
        }[DatePrecision(precision)]
        raise ValidationError({field: message})


def precision_constraint(date_field: str, precision_field: str, name: str) -> models.CheckConstraint:
    """The database's copy of check_precision: month dates fall on day 1, year dates on 1 January."""
    return models.CheckConstraint(
        condition=Q(**{f"{date_field}__isnull": True})
        | Q(**{precision_field: DatePrecision.DAY})
        | Q(**{precision_field: DatePrecision.MONTH, f"{date_field}__day": 1})
        | Q(**{precision_field: DatePrecision.YEAR, f"{date_field}__day": 1, f"{date_field}__month": 1}),
        name=name,
        violation_error_message=_("The date does not match its precision."),
    )


# Dates the portal records: from the independence era to the end of the century. Anything outside is a typing
# slip (9999 for "unknown"), and a year past 9998 would break every chart that draws the year after it.
FIRST_DATE = datetime.date(1800, 1, 1)
LAST_DATE = datetime.date(2100, 12, 31)


def date_bounds() -> list:
    """Validators for a recorded date: Django's own message on the field ("… greater than or equal to
    1800-01-01"), in the admin's language, when it falls outside FIRST_DATE–LAST_DATE."""
    return [MinValueValidator(FIRST_DATE), MaxValueValidator(LAST_DATE)]


def date_bounds_constraint(date_field: str, name: str) -> models.CheckConstraint:
    """The database's copy of date_bounds."""
    return models.CheckConstraint(
        condition=Q(**{f"{date_field}__isnull": True}) | Q(**{f"{date_field}__range": (FIRST_DATE, LAST_DATE)}),
        name=name,
        violation_error_message=_("The date is outside the years the portal records."),
    )


def clamp_year(year: int) -> int:
    """A year a chart can draw, whatever was stored before the bounds existed."""
    return min(max(year, FIRST_DATE.year), LAST_DATE.year)


def period_is_ordered(start: datetime.date | None, end: datetime.date | None, end_precision: str) -> bool:
    """An end known only to its month or year may fall in the same month or year as the start.

    Colombia suspended its UNASUR participation on 2018-04-20 and withdrew "in 2018": stored as
    2018-01-01 with year precision, that end is in order although it is earlier as a plain date.
    """
    if start is None or end is None:
        return True
    if end_precision == DatePrecision.YEAR:
        return end.year >= start.year
    if end_precision == DatePrecision.MONTH:
        return (end.year, end.month) >= (start.year, start.month)
    return end >= start


def period_order_constraint(start: str, end: str, end_precision: str, name: str, message) -> models.CheckConstraint:
    """The database's copy of period_is_ordered."""
    return models.CheckConstraint(
        condition=Q(**{f"{end}__isnull": True})
        | Q(**{f"{start}__isnull": True})
        | Q(**{end_precision: DatePrecision.DAY, f"{end}__gte": F(start)})
        | Q(**{end_precision: DatePrecision.MONTH, f"{end}__gte": TruncMonth(start, output_field=models.DateField())})
        | Q(**{end_precision: DatePrecision.YEAR, f"{end}__gte": TruncYear(start, output_field=models.DateField())}),
        name=name,
        violation_error_message=message,
    )


def precision_field(verbose_name) -> models.CharField:
    return models.CharField(verbose_name, max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)


def last_day(date: datetime.date, precision: str) -> datetime.date:
    """The last day a partial date may stand for: 31 December for a year, the month's last day for a month."""
    if precision == DatePrecision.YEAR:
        return date.replace(month=12, day=31)
    if precision == DatePrecision.MONTH:
        following = (date.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        return following - datetime.timedelta(days=1)
    return date


class LastDay(models.Func):
    """``last_day()`` in SQL, for a date column and its precision column."""

    output_field = models.DateField()

    def __init__(self, date_field: str, precision_field: str):
        super().__init__(F(date_field), F(precision_field))

    def as_sql(self, compiler, connection, function=None, template=None, arg_joiner=None, **extra_context):
        (date_sql, date_params), (precision_sql, precision_params) = (
            compiler.compile(expression) for expression in self.source_expressions
        )
        sql = (
            f"(CASE {precision_sql} WHEN %s THEN (date_trunc('year', {date_sql}) + interval '1 year - 1 day')::date "
            f"WHEN %s THEN (date_trunc('month', {date_sql}) + interval '1 month - 1 day')::date ELSE {date_sql} END)"
        )
        params = [*precision_params, DatePrecision.YEAR, *date_params, DatePrecision.MONTH, *date_params, *date_params]
        return sql, params


def drawn_at(date: datetime.date, precision: str) -> datetime.date:
    """Where a chart puts a date known only to its month or year: the middle of that period.

    Colombia suspended its UNASUR participation on 2018-04-20 and withdrew "in 2018": drawn from the first
    day of 2018, the withdrawal would come before the suspension; from mid-2018 the order reads right.
    """
    if precision == DatePrecision.YEAR:
        return date.replace(month=7, day=1)
    if precision == DatePrecision.MONTH:
        return date.replace(day=15)
    return date


BUDDHIST_ERA_OFFSET = 543


def month_name(month: int, language: str) -> str:
    """A month's name in ``language``, from Django's catalogue."""
    from django.utils import translation
    from django.utils.dates import MONTHS

    with translation.override(language):
        return str(MONTHS[month])


def format_partial_date(date: datetime.date | None, precision: str, language: str) -> str:
    """A date written as readers of ``language`` write it, showing no more than is known.

    Thai readers count years in the Buddhist Era (CE + 543): 26 มีนาคม 2534, or พ.ศ. 2512 alone.
    """
    if date is None:
        return ""
    language = (language or "es")[:2]
    month = month_name(date.month, language)
    if language == "th":
        year = date.year + BUDDHIST_ERA_OFFSET
        if precision == DatePrecision.YEAR:
            return f"พ.ศ. {year}"
        return f"{month} {year}" if precision == DatePrecision.MONTH else f"{date.day} {month} {year}"
    if language == "es":
        month = month.lower()
        if precision == DatePrecision.YEAR:
            return str(date.year)
        return (
            f"{month} de {date.year}" if precision == DatePrecision.MONTH else f"{date.day} de {month} de {date.year}"
        )
    if precision == DatePrecision.YEAR:
        return str(date.year)
    return f"{month} {date.year}" if precision == DatePrecision.MONTH else f"{date.day} {month} {date.year}"


ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
DAY_FIRST = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")


def uses_buddhist_era(language: str | None) -> bool:
    """Thai readers count years in the Buddhist Era, in what they type as in what they read."""
    return (language or "")[:2] == "th"


def common_era_year(year: int, language: str | None) -> int:
    """A year as a reader typed it, in the Common Era: on Thai pages 2556 means 2013.

    The Buddhist-Era years of the recorded dates (2343–2643) and the Common-Era ones (1800–2100) do not overlap, so
    a Thai page takes both.
    """
    return year - BUDDHIST_ERA_OFFSET if uses_buddhist_era(language) and year > LAST_DATE.year else year


def read_day(text: str, language: str | None) -> datetime.date:
    """2013-01-01 or 1/1/2013 (day first); on Thai pages with a Buddhist-Era year too. ValueError for the rest."""
    text = (text or "").strip()
    if match := ISO_DAY.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := DAY_FIRST.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise ValueError("not a date")
    return datetime.date(common_era_year(year, language), month, day)


def parse_reader_date(text: str, language: str) -> datetime.date:
    """A day as a reader types it (``read_day``), within the years the portal records. ValueError otherwise."""
    parsed = read_day(text, language)
    if not FIRST_DATE <= parsed <= LAST_DATE:
        raise ValueError("outside the recorded years")
    return parsed


def format_decades(first: int, last: int, language: str) -> str:
    """Decades as the literature names periods ("the 1990s"), never read as exact years: "1950s–1970s",
    "décadas de 1950 a 1970"; Thai names the Common-Era decade, then its years in the Buddhist Era."""
    language = (language or "es")[:2]
    if language == "th":
        years = f"พ.ศ. {first + BUDDHIST_ERA_OFFSET}–{last + 9 + BUDDHIST_ERA_OFFSET}"
        return f"ทศวรรษ {first} ({years})" if first == last else f"ทศวรรษ {first}–{last} ({years})"
    if language == "es":
        return f"década de {first}" if first == last else f"décadas de {first} a {last}"
    return f"{first}s" if first == last else f"{first}s–{last}s"


def format_period(
    start: datetime.date, start_precision: str, end: datetime.date | None, end_precision: str, language: str
) -> str:
    """A period written once for what its two ends share: "2–3 de diciembre de 2011", "1991–1994".

    Ends of different precisions, or days in different years, are written in full on both sides.
    """
    full_end = format_partial_date(end, end_precision, language)
    full_start = format_partial_date(start, start_precision, language)
    if end is None or full_start == full_end:
        return full_start
    if start_precision != end_precision or (start.year != end.year and start_precision != DatePrecision.YEAR):
        return f"{full_start} – {full_end}"
    if start_precision == DatePrecision.YEAR:
        if (language or "es")[:2] == "th":
            return f"{full_start}–{end.year + BUDDHIST_ERA_OFFSET}"
        return f"{full_start}–{full_end}"
    # Same year: the shared tail (the year, and the month when both are in it) is written once, after the end.
    if start_precision == DatePrecision.DAY and start.month == end.month:
        return f"{start.day}–{full_end}"
    dash = "–" if start_precision == DatePrecision.MONTH else " – "  # "marzo–mayo", "26 de marzo – 15 de agosto"
    return f"{_without_year(start, start_precision, language)}{dash}{full_end}"


def _without_year(date: datetime.date, precision: str, language: str) -> str:
    """ "26 de marzo", "26 March", "26 มีนาคม", "marzo": the start of a period whose end gives the year."""
    text = format_partial_date(date, precision, language)
    suffix = {"es": f" de {date.year}", "th": f" {date.year + BUDDHIST_ERA_OFFSET}"}.get(
        (language or "es")[:2], f" {date.year}"
    )
    return text.removesuffix(suffix)
