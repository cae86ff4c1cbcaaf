"""A downloaded cell a spreadsheet would run as a formula is written as text; numbers and flags stay values.

Expected values from OWASP's CSV-injection advice: a leading =, +, -, @, tab or carriage return makes a formula,
and a leading apostrophe makes the cell text.
"""

from decimal import Decimal

import pytest

from integration_portal.exports.cells import csv_cell, neutralised


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_text_starting_a_formula_is_kept_as_text(start):
    assert neutralised(f"{start}HYPERLINK(1)") == f"'{start}HYPERLINK(1)"
    assert csv_cell(f"{start}1+1") == f"'{start}1+1"


@pytest.mark.parametrize("text", ["Mercosur", "a=b", " =1", "", "'=1", "1-2"])
def test_other_text_is_left_alone(text):
    assert neutralised(text) == text
    assert csv_cell(text) == text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),  # an unknown value is an empty cell
        (True, "true"),
        (False, "false"),
        (-3, -3),  # a negative number is a number, not a formula
        (0, 0),
        (2.5, 2.5),
        (Decimal("-0.10"), Decimal("-0.10")),
    ],
)
def test_plain_values(value, expected):
    cell = csv_cell(value)
    assert cell == expected and type(cell) is type(expected)
