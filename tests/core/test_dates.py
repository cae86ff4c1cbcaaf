import datetime

import pytest

from integration_portal.core.dates import DatePrecision, format_partial_date, parse_partial_date, period_is_ordered


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
