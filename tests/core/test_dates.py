import datetime

import pytest

from integration_portal.core.dates import (
    FIRST_DATE,
    LAST_DATE,
    DatePrecision,
    format_decades,
    format_partial_date,
    parse_partial_date,
    parse_reader_date,
    period_is_ordered,
    precision_matches,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1969", (datetime.date(1969, 1, 1), DatePrecision.YEAR)),
        ("2024-07", (datetime.date(2024, 7, 1), DatePrecision.MONTH)),
        ("1991-03-26", (datetime.date(1991, 3, 26), DatePrecision.DAY)),
    ],
)
def test_parse_partial_date(text, expected):
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize(
    ("date", "precision", "language", "expected"),
    [
        (datetime.date(1991, 3, 26), "day", "es", "26 de marzo de 1991"),
        (datetime.date(1991, 3, 26), "day", "en", "26 March 1991"),
        (datetime.date(1991, 3, 26), "day", "th", "26 มีนาคม 2534"),
        (datetime.date(2024, 7, 1), "month", "es", "julio de 2024"),
        (datetime.date(2024, 7, 1), "month", "en", "July 2024"),
        (datetime.date(2024, 7, 1), "month", "th", "กรกฎาคม 2567"),
        (datetime.date(1969, 1, 1), "year", "es", "1969"),
        (datetime.date(1969, 1, 1), "year", "en", "1969"),
        (datetime.date(1969, 1, 1), "year", "th", "พ.ศ. 2512"),
    ],
)
def test_format_partial_date_shows_only_what_is_known(date, precision, language, expected):
    assert format_partial_date(date, precision, language) == expected


def test_period_order_respects_the_precision_of_the_end():
    start = datetime.date(2018, 4, 20)
    assert period_is_ordered(start, datetime.date(2018, 1, 1), DatePrecision.YEAR)
    assert period_is_ordered(start, datetime.date(2018, 4, 1), DatePrecision.MONTH)
    assert not period_is_ordered(start, datetime.date(2018, 3, 1), DatePrecision.MONTH)
    assert not period_is_ordered(start, datetime.date(2018, 4, 19), DatePrecision.DAY)
    assert period_is_ordered(start, None, DatePrecision.DAY)


def test_charts_draw_partial_dates_mid_period():
    from integration_portal.core.dates import drawn_at

    assert drawn_at(datetime.date(2018, 1, 1), DatePrecision.YEAR) == datetime.date(2018, 7, 1)
    assert drawn_at(datetime.date(2024, 7, 1), DatePrecision.MONTH) == datetime.date(2024, 7, 15)
    assert drawn_at(datetime.date(1991, 3, 26), DatePrecision.DAY) == datetime.date(1991, 3, 26)


D = datetime.date


@pytest.mark.parametrize(
    ("start", "start_precision", "end", "end_precision", "language", "expected"),
    [
        # Two days of one month: the month and the year are written once.
        (D(2011, 12, 2), "day", D(2011, 12, 3), "day", "es", "2–3 de diciembre de 2011"),
        (D(2011, 12, 2), "day", D(2011, 12, 3), "day", "en", "2–3 December 2011"),
        (D(2011, 12, 2), "day", D(2011, 12, 3), "day", "th", "2–3 ธันวาคม 2554"),  # 2011 + 543
        # Two months of one year.
        (D(1991, 3, 1), "month", D(1991, 5, 1), "month", "es", "marzo–mayo de 1991"),
        (D(1991, 3, 1), "month", D(1991, 5, 1), "month", "en", "March–May 1991"),
        (D(1991, 3, 1), "month", D(1991, 5, 1), "month", "th", "มีนาคม–พฤษภาคม 2534"),
        # Two years.
        (D(1991, 1, 1), "year", D(1994, 1, 1), "year", "es", "1991–1994"),
        (D(1991, 1, 1), "year", D(1994, 1, 1), "year", "en", "1991–1994"),
        (D(1991, 1, 1), "year", D(1994, 1, 1), "year", "th", "พ.ศ. 2534–2537"),
        # Days of two months in one year: only the year is shared.
        (D(2013, 3, 26), "day", D(2013, 8, 15), "day", "es", "26 de marzo – 15 de agosto de 2013"),
        (D(2013, 3, 26), "day", D(2013, 8, 15), "day", "th", "26 มีนาคม – 15 สิงหาคม 2556"),
        # Different years: both ends in full.
        (D(1991, 3, 26), "day", D(2013, 8, 15), "day", "es", "26 de marzo de 1991 – 15 de agosto de 2013"),
        (D(1991, 3, 26), "day", D(2013, 8, 15), "day", "en", "26 March 1991 – 15 August 2013"),
        (D(1990, 11, 1), "month", D(1991, 2, 1), "month", "en", "November 1990 – February 1991"),
        # Ends known to different precisions are not merged.
        (D(2018, 4, 20), "day", D(2018, 1, 1), "year", "en", "20 April 2018 – 2018"),
        # A period of one day or of one year is written once; no end is the start alone.
        (D(2011, 12, 2), "day", D(2011, 12, 2), "day", "es", "2 de diciembre de 2011"),
        (D(1991, 1, 1), "year", D(1991, 1, 1), "year", "th", "พ.ศ. 2534"),
        (D(1991, 3, 26), "day", None, "day", "en", "26 March 1991"),
    ],
)
def test_format_period_writes_what_both_ends_share_once(start, start_precision, end, end_precision, language, expected):
    from integration_portal.core.dates import format_period

    assert format_period(start, start_precision, end, end_precision, language) == expected


@pytest.mark.parametrize(
    ("first", "last", "language", "written"),
    [
        (1990, 1990, "en", "1990s"),
        (1950, 1970, "en", "1950s–1970s"),
        (1990, 1990, "es", "década de 1990"),
        (1950, 1970, "es", "décadas de 1950 a 1970"),
        # Thai: the Common-Era decade as Thai writers name it, then its years in the Buddhist Era (CE + 543).
        (1990, 1990, "th", "ทศวรรษ 1990 (พ.ศ. 2533–2542)"),
        (1950, 1970, "th", "ทศวรรษ 1950–1970 (พ.ศ. 2493–2522)"),
    ],
)
def test_decades_are_written_as_decades(first, last, language, written):
    assert format_decades(first, last, language) == written


@pytest.mark.parametrize(
    ("date", "precision", "matches"),
    [
        (datetime.date(2013, 1, 1), DatePrecision.YEAR, True),
        (datetime.date(2013, 6, 1), DatePrecision.YEAR, False),  # a first of the month is not a year's start
        (datetime.date(2013, 1, 2), DatePrecision.YEAR, False),
        (datetime.date(2013, 6, 1), DatePrecision.MONTH, True),
        (datetime.date(2013, 6, 30), DatePrecision.MONTH, False),
        (datetime.date(2013, 6, 30), DatePrecision.DAY, True),
        (None, DatePrecision.YEAR, True),
    ],
)
def test_a_date_matches_its_precision_only_on_the_first_day_of_what_it_names(date, precision, matches):
    assert precision_matches(date, precision) is matches


def test_a_date_with_no_language_is_written_in_the_portals_default_spanish():
    assert format_partial_date(datetime.date(1991, 3, 26), "day", None) == "26 de marzo de 1991"


@pytest.mark.parametrize(("text", "day"), [("1800-01-01", FIRST_DATE), ("2100-12-31", LAST_DATE)])
def test_a_reader_may_ask_for_the_first_and_last_recorded_days(text, day):
    assert parse_reader_date(text, "en") == day
    assert day.isoformat() == text  # the bounds docs/data.md gives: 1800 to 2100


@pytest.mark.parametrize("text", ["1799-12-31", "2101-01-01"])
def test_a_day_outside_the_recorded_years_is_refused(text):
    with pytest.raises(ValueError, match="outside the recorded years"):
        parse_reader_date(text, "en")
