"""A table written as CSV or JSON (XLSX: workbook.py)."""

import csv
import io
import json

from django.core.serializers.json import DjangoJSONEncoder

from .cells import csv_cell
from .citing import PageReference, apa, chicago
from .tables import SOURCE_COLUMNS, Table

# Excel opens a CSV file as UTF-8 only when it starts with a byte order mark; without it Thai text is garbled.
BOM = "\ufeff"


def csv_text(columns: list[str], cells: list[list]) -> str:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([csv_cell(value) for value in row] for row in cells)
    return buffer.getvalue()


def table_csv(table: Table, ref: PageReference) -> str:
    return csv_text(table.columns, table.cells())


def sources_csv(table: Table, ref: PageReference) -> str:
    return csv_text(SOURCE_COLUMNS, table.source_cells())


def table_json(table: Table, ref: PageReference) -> str:
    document = {
        "title": str(table.title),
        "permalink": table.permalink,
        "accessed": ref.accessed.isoformat(),
        "citation": {"apa": apa(ref), "chicago": chicago(ref)},
        "columns": table.columns,
        "rows": [{column: row.get(column) for column in table.columns} for row in table.rows],
        "sources": [{column: source.get(column) for column in SOURCE_COLUMNS} for source in table.sources],
    }
    return json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
