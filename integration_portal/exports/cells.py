"""Cells of the spreadsheet formats (CSV, XLSX), which a spreadsheet program may read as formulas."""

from decimal import Decimal

# OWASP's list: a cell starting with one of these is taken for a formula by Excel, LibreOffice or Sheets, and a
# formula in downloaded data can run commands or send the sheet elsewhere (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: str) -> str:
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def csv_cell(value) -> str | int | float | Decimal:
    """A plain value (tables.plain) as a CSV field: numbers kept, so a negative number is not quoted away."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return value
    return neutralised(value)
