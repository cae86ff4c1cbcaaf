"""A table written as an Excel workbook: the rows, the sources they cite, and how to cite the page."""

import io
from decimal import Decimal

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from .cells import neutralised
from .citing import PageReference, apa, chicago
from .tables import SOURCE_COLUMNS, Table

MAX_COLUMN_WIDTH = 50


def table_xlsx(table: Table, ref: PageReference) -> bytes:
    workbook = Workbook()
    data = workbook.active
    data.title = "data"
    # Dates go in as ISO text, not as Excel dates: 1969 known only to its year is stored as 1969-01-01, which
    # Excel would show as 1 January; the text keeps what the precision column says is known.
    write_sheet(data, table.columns, table.cells())
    write_sheet(workbook.create_sheet("sources"), SOURCE_COLUMNS, table.source_cells())
    about = workbook.create_sheet("about")
    for label, value in (
        (_("Title"), str(table.title)),
        (_("Permalink"), table.permalink),
        (_("Accessed"), ref.accessed.isoformat()),
        (_("Cite as (APA)"), apa(ref)),
        (_("Cite as (Chicago)"), chicago(ref)),
    ):
        about.append([text_cell(label), text_cell(value)])
    about.column_dimensions["A"].width = 20
    about.column_dimensions["B"].width = 100
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_sheet(sheet: Worksheet, columns: list[str], cells: list[list]) -> None:
    sheet.append([text_cell(column) for column in columns])
    for header in sheet[1]:
        header.font = Font(bold=True)
        sheet.column_dimensions[header.column_letter].width = min(max(len(header.value) + 2, 12), MAX_COLUMN_WIDTH)
    sheet.freeze_panes = "A2"
    for row in cells:
        sheet.append([xlsx_value(value) for value in row])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                # openpyxl makes any text starting with "=" a formula; neutralised text never does, and the
                # type is set anyway so no cell of downloaded data can ever be evaluated.
                cell.data_type = "s"


def xlsx_value(value):
    if value is None or isinstance(value, bool | int | float | Decimal):
        return value
    return text_cell(value)


def text_cell(text: str) -> str:
    # Control characters are not allowed in the workbook's XML; openpyxl refuses the whole file over one.
    return neutralised(ILLEGAL_CHARACTERS_RE.sub("", str(text)))
