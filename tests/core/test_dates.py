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
