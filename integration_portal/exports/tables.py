"""A list as the site shows it, ready to be written out: its columns, its rows and the sources they cite."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.text import slugify

# The fields of a source, in the order the downloads give them; a row names its sources by "key".
SOURCE_COLUMNS = ["key", "title", "kind", "date", "date_precision", "identifier", "url", "archive_url", "issuer"]
LIST_SEPARATOR = "; "
MAX_NAME_LENGTH = 80

Value = str | int | float | bool | None | datetime.date | list[str]


@dataclass
class Table:
    name: str  # the file name without its extension; made a safe ASCII slug by file_name()
    title: str  # in the page's language
    permalink: str  # the absolute address of the page, filter included
    columns: list[str]
    rows: list[dict]
    sources: list[dict] = field(default_factory=list)
    reference: dict = field(default_factory=dict)  # more for its citation: PageReference's authors and issued

    def file_name(self, extension: str) -> str:
        stem = slugify(self.name)[:MAX_NAME_LENGTH].strip("-") or "export"
        return f"{stem}.{extension}"

    def cells(self) -> list[list]:
        """The rows as lists in column order; a column a row lacks is empty."""
        return [[plain(row.get(column)) for column in self.columns] for row in self.rows]

    def source_cells(self) -> list[list]:
        return [[plain(source.get(column)) for column in SOURCE_COLUMNS] for source in self.sources]


def plain(value):
    """A value as every format holds it: dates as ISO text, lists joined, numbers, booleans and None kept."""
    if value is None or isinstance(value, bool | int | float | Decimal):
        return value
    if isinstance(value, datetime.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(plain(item)) for item in value)
    return str(value)
