"""The query string of a download or citation address: the page's own filter and the languages asked for."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext as _

from integration_portal.core.languages import CODES, current_language

# A download is built in one request and held in memory: past this, the reader is asked to narrow the filter.
MAX_EXPORT_ROWS = 5000
# Real filters are far shorter; a longer query string is junk.
MAX_QUERY_LENGTH = 2000
LANGUAGES_PARAMETER = "languages"
EVERY_LANGUAGE = "all"
# PostgreSQL refuses NUL in a text literal (a 500 if it reached a query); no filter value needs a control character.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


class BadQuery(Exception):
    """A query string the export cannot answer: a 400 with ``{"error": message, "fields": {name: [messages]}}``."""

    def __init__(self, message, fields: dict | None = None):
        super().__init__(str(message))
        self.message = str(message)
        self.fields = {name: [str(text) for text in _as_list(texts)] for name, texts in (fields or {}).items()}

    @classmethod
    def from_form(cls, form) -> "BadQuery":
        """A filter form's errors, field by field (non-field errors under "__all__")."""
        return cls(_("The filter is not valid."), {name: list(errors) for name, errors in form.errors.items()})


class TooManyRows(BadQuery):
    def __init__(self):
        super().__init__(
            _("The filter selects more than %(limit)s rows: narrow the filter to download it.")
            % {"limit": MAX_EXPORT_ROWS}
        )


def _as_list(texts) -> list:
    return list(texts) if isinstance(texts, list | tuple) else [texts]


DOWNLOAD, CITATION = "download", "citation"


@dataclass
class ExportQuery:
    request: HttpRequest
    params: QueryDict  # the page's filter parameters, "languages" taken out: feed them to the page's filter set
    languages: list[str]  # the languages whose text the table gives: the page's, or several (?languages=all)
    language: str  # the page's language
    purpose: str = DOWNLOAD

    @property
    def every_language(self) -> bool:
        return len(self.languages) > 1

    def text_columns(self, field: str) -> list[str]:
        """["title_es"] on a Spanish page, ["title_es", "title_th", "title_en"] for ?languages=all."""
        return [f"{field}_{code}" for code in self.languages]

    def texts(self, obj, field: str) -> dict[str, str]:
        """An object's own text in each language asked for, empty where it has none (no fallback)."""
        return {f"{field}_{code}": getattr(obj, f"{field}_{code}", "") or "" for code in self.languages}

    def bounded(self, rows: Iterable) -> list:
        """The rows, at most MAX_EXPORT_ROWS of them, else TooManyRows. A queryset is fetched with a LIMIT.

        A citation needs the page's title and address, not its rows: for one this gives [] and runs no query.
        """
        if self.purpose == CITATION:
            return []
        head = rows[: MAX_EXPORT_ROWS + 1] if hasattr(rows, "__getitem__") else islice(rows, MAX_EXPORT_ROWS + 1)
        fetched = list(head)
        if len(fetched) > MAX_EXPORT_ROWS:
            raise TooManyRows()
        return fetched

    def filtered(self, filterset_class, queryset) -> list:
        """The rows a page's filter set (a web.filters.StrictFilterSet) shows for these parameters, bounded."""
        filterset = filterset_class(self.params or None, queryset=queryset)
        if filterset.is_bound and not filterset.is_valid():
            raise BadQuery.from_form(filterset.form)
        return self.bounded(filterset.results)

    def permalink(self, path: str) -> str:
        """The absolute address of the page at ``path`` with this filter (no languages, which are the file's)."""
        query = self.params.urlencode()
        return self.request.build_absolute_uri(f"{path}?{query}" if query else path)

    @classmethod
    def from_request(cls, request: HttpRequest, allowed: Iterable[str], purpose: str = DOWNLOAD) -> "ExportQuery":
        if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
            raise BadQuery(_("The query string is too long."))
        try:
            params = request.GET.copy()
        except SuspiciousOperation as error:  # too many fields
            raise BadQuery(_("The query string is not valid.")) from error
        check_names(params, allowed)
        check_values(params)
        language = current_language()
        languages = parse_languages(params.pop(LANGUAGES_PARAMETER, []), language)
        frozen = QueryDict(params.urlencode())  # immutable, as request.GET is
        return cls(request=request, params=frozen, languages=languages, language=language, purpose=purpose)


def check_names(params: QueryDict, allowed: Iterable[str]) -> None:
    accepted = [*allowed, LANGUAGES_PARAMETER]
    unknown = [name for name in params if name not in accepted]
    if unknown:
        raise BadQuery(
            _("Unknown query parameters: %(unknown)s. This address accepts: %(accepted)s.")
            % {"unknown": ", ".join(unknown), "accepted": ", ".join(accepted)},
            {name: [_("Unknown parameter.")] for name in unknown},
        )


def check_values(params: QueryDict) -> None:
    invalid = [name for name, values in params.lists() if any(CONTROL_CHARACTERS.search(value) for value in values)]
    if invalid:
        raise BadQuery(
            _("The query string holds characters that are not allowed."),
            {name: [_("Control characters are not allowed.")] for name in invalid},
        )


def parse_languages(values: list[str], page_language: str) -> list[str]:
    """?languages=all, or codes (es,th,en; repeated or comma-separated), into codes in the portal's order."""
    asked = {code.strip() for value in values for code in value.split(",") if code.strip()}
    if not asked:
        return [page_language]
    if EVERY_LANGUAGE in asked:
        asked = (asked - {EVERY_LANGUAGE}) | set(CODES)
    unknown = sorted(asked - set(CODES))
    if unknown:
        raise BadQuery(
            _("Unknown languages: %(unknown)s. Ask for %(all)s or some of %(codes)s.")
            % {"unknown": ", ".join(unknown), "all": EVERY_LANGUAGE, "codes": ", ".join(CODES)},
            {LANGUAGES_PARAMETER: [_("Unknown language.")]},
        )
    return [code for code in CODES if code in asked]
