"""The download and citation addresses of a page: its table as a file, its reference for a reference manager.

Whatever the query string, the answer is the file or a 400 with a JSON error, never a 500.
"""

import json
from collections.abc import Callable, Iterable

from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .citing import PageReference, bibtex, csl_json, ris
from .files import sources_csv, table_csv, table_json
from .requests import CITATION, DOWNLOAD, MAX_EXPORT_ROWS, BadQuery, ExportQuery, TooManyRows
from .tables import Table
from .workbook import table_xlsx

# fmt: (write(table, reference), content type, file extension)
DOWNLOADS = {
    "csv": (table_csv, "text/csv; charset=utf-8", "csv"),
    "sources.csv": (sources_csv, "text/csv; charset=utf-8", "sources.csv"),
    "json": (table_json, "application/json; charset=utf-8", "json"),
    "xlsx": (table_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}
CITATIONS = {
    "bib": (lambda table, ref: bibtex(ref, table.name), "application/x-bibtex; charset=utf-8", "bib"),
    "ris": (lambda table, ref: ris(ref), "application/x-research-info-systems; charset=utf-8", "ris"),
    "csl.json": (
        lambda table, ref: json.dumps([csl_json(ref, table.name)], ensure_ascii=False, indent=1),
        "application/vnd.citationstyles.csl+json; charset=utf-8",
        "csl.json",
    ),
}

TableBuilder = Callable[..., Table]


def download_view(build: TableBuilder, *, allowed: Iterable[str]):
    """``build(request, query: ExportQuery, **url_kwargs) -> Table``; the URL's ``fmt`` picks the file."""
    return _file_view(build, allowed, DOWNLOADS, DOWNLOAD)


def citation_view(build: TableBuilder, *, allowed: Iterable[str]):
    """The same builder, asked only for the title and permalink (ExportQuery.bounded gives no rows)."""
    return _file_view(build, allowed, CITATIONS, CITATION)


def _file_view(build: TableBuilder, allowed: Iterable[str], formats: dict, purpose: str):
    allowed = tuple(allowed)

    @require_safe
    def view(request, fmt: str, **url_kwargs):
        if fmt not in formats:
            return error_response(
                _("Unknown format “%(format)s”. Choose one of: %(formats)s.")
                % {"format": fmt, "formats": ", ".join(formats)},
                {"format": [_("Unknown format.")]},
            )
        write, content_type, extension = formats[fmt]
        try:
            query = ExportQuery.from_request(request, allowed, purpose)
            table = build(request, query, **url_kwargs)
            if purpose == DOWNLOAD and len(table.rows) > MAX_EXPORT_ROWS:
                raise TooManyRows()
        except BadQuery as error:
            return error_response(error.message, error.fields)
        except ValidationError as error:
            fields = error.message_dict if hasattr(error, "error_dict") else {}
            return error_response(" ".join(error.messages), fields)
        reference = PageReference(
            title=str(table.title),
            url=table.permalink,
            accessed=timezone.localdate(),
            language=query.language,
            **table.reference,
        )
        response = HttpResponse(write(table, reference), content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{table.file_name(extension)}"'
        # Crawlers following every filter's download links would only load the database.
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return view


def error_response(message: str, fields: dict | None = None) -> JsonResponse:
    response = JsonResponse(
        {"error": str(message), "fields": fields or {}}, status=400, json_dumps_params={"ensure_ascii": False}
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
