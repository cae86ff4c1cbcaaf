"""What a page shows of its downloads: links to its files with its current filter, and its reference."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from integration_portal.core.languages import current_language

from .citing import PageReference, apa, chicago, long_date
from .requests import EVERY_LANGUAGE, LANGUAGES_PARAMETER

DOWNLOAD_LABELS = {"csv": "CSV", "json": "JSON", "xlsx": "XLSX", "sources.csv": _("Sources (CSV)")}
EVERY_LANGUAGE_FORMATS = ("csv", "json", "xlsx")
CITATION_LABELS = {"bib": "BibTeX", "ris": "RIS", "csl.json": "CSL-JSON"}
# Parameters of the page that are not part of its filter: a download holds every row the filter selects.
NOT_FILTER = ("page",)


@dataclass(frozen=True)
class DownloadLink:
    label: str
    url: str
    format: str  # the URL's fmt: "csv", "sources.csv", "json", "xlsx", "bib", "ris", "csl.json"
    every_language: bool = False


@dataclass(frozen=True)
class Downloads:
    files: list[DownloadLink]
    citation: PageReference
    citation_files: list[DownloadLink]

    @property
    def page_language_files(self) -> list[DownloadLink]:
        return [link for link in self.files if not link.every_language]

    @property
    def every_language_files(self) -> list[DownloadLink]:
        return [link for link in self.files if link.every_language]

    @property
    def apa(self) -> str:
        return apa(self.citation)

    @property
    def chicago(self) -> str:
        return chicago(self.citation)

    @property
    def accessed(self) -> str:
        return long_date(self.citation.accessed, self.citation.language)


def page_downloads(
    request, url_name: str, *, title: str, reference: dict | None = None, files: bool = True, **url_kwargs
) -> Downloads:
    """The downloads of the page ``url_name`` (its patterns from urls.download_patterns), for its current filter.

    ``title`` is the page's, in its language; ``reference`` adds to its citation (authors, issued); ``files`` false
    for a page with only citation files (urls.citation_patterns); ``url_kwargs`` are the page's URL arguments.
    """
    params = request.GET.copy()
    for name in (*NOT_FILTER, LANGUAGES_PARAMETER):
        params.pop(name, None)
    query = params.urlencode()
    every_language = params.copy()
    every_language[LANGUAGES_PARAMETER] = EVERY_LANGUAGE

    def address(kind: str, fmt: str, query: str) -> str:
        path = reverse(f"{url_name}-{kind}", kwargs={**url_kwargs, "fmt": fmt})
        return f"{path}?{query}" if query else path

    links = []
    if files:
        links = [DownloadLink(label, address("export", fmt, query), fmt) for fmt, label in DOWNLOAD_LABELS.items()]
        links += [
            DownloadLink(
                DOWNLOAD_LABELS[fmt], address("export", fmt, every_language.urlencode()), fmt, every_language=True
            )
            for fmt in EVERY_LANGUAGE_FORMATS
        ]
    citation = PageReference(
        title=str(title),
        url=request.build_absolute_uri(f"{request.path}?{query}" if query else request.path),
        accessed=timezone.localdate(),
        language=current_language(),
        **(reference or {}),
    )
    citation_files = [DownloadLink(label, address("cite", fmt, query), fmt) for fmt, label in CITATION_LABELS.items()]
    return Downloads(files=links, citation=citation, citation_files=citation_files)
