"""Search results as a downloadable table: every result of the query, in the page's order."""

from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from integration_portal.core.languages import language_codes
from integration_portal.exports.requests import MAX_EXPORT_ROWS, BadQuery, ExportQuery, TooManyRows
from integration_portal.exports.tables import Table

from .engine import search
from .forms import ALL_LANGUAGES, SearchForm
from .query import parse
from .results import present


def search_table(request, query: ExportQuery) -> Table:
    form = SearchForm(query.params)
    if not form.is_valid():
        raise BadQuery.from_form(form)
    if not form.cleaned_data["q"].strip():
        raise BadQuery(_("Give the words to search for."), {"q": [_("This field is required.")]})
    data = form.cleaned_data
    parsed = parse(data["q"])
    languages = language_codes() if data["scope"] == ALL_LANGUAGES else [query.language]
    results = []
    if query.purpose != "citation":
        outcome = search(parsed, languages, form.filters(), per_page=MAX_EXPORT_ROWS)
        if outcome.total > MAX_EXPORT_ROWS:
            raise TooManyRows()
        results = present(outcome.hits, parsed, query.language)
    return Table(
        name="search",
        title=_("Search: %(query)s") % {"query": data["q"]},
        permalink=query.permalink(reverse("search")),
        columns=["position", "type", "title", "language", "date", "has_all_words", "url"],
        rows=[
            {
                "position": position,
                "type": result.result_type,
                "title": strip_tags(result.title),
                "language": result.language,
                "date": result.date,
                "has_all_words": result.has_all_words,
                "url": request.build_absolute_uri(result.url),
            }
            for position, result in enumerate(results, start=1)
        ],
    )
