"""The public search page."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from blocs.models import Bloc, Country
from integration_portal.core.languages import language_codes
from integration_portal.exports.links import page_downloads
from integration_portal.web.page_cache import cached_public_page

from .best_bets import best_bets
from .engine import Filters, search
from .forms import ALL_LANGUAGES, SearchForm
from .models import ResultType
from .query import CONTROL, MAX_QUERY_LENGTH, parse
from .results import present

PER_PAGE = 10
FACET_SIZE = 12


def page_number(value) -> int:
    try:
        return max(1, min(int(value), 10_000))
    except (TypeError, ValueError):
        return 1


def facet_links(query, name: str, counts: dict, objects: dict, current=None) -> list[dict]:
    """One link per facet value, most frequent first, that sets this filter and goes back to page 1."""
    links = []
    for key, count in sorted(counts.items(), key=lambda item: (-item[1], str(objects.get(item[0], item[0])))):
        if key not in objects:
            continue
        params = query.copy()
        params.pop("page", None)
        value = objects[key]
        params[name] = getattr(value, "slug", key)
        links.append({"label": value, "count": count, "url": f"?{params.urlencode()}", "current": key == current})
    return links


def removal_link(query, name: str) -> str:
    params = query.copy()
    params.pop(name, None)
    params.pop("page", None)
    return f"?{params.urlencode()}"


@cached_public_page(reads=(*SearchForm.base_fields, "page"))
def search_page(request):
    language = get_language()
    data = request.GET.copy()
    if "q" in data:
        # Shown again in the box: without the control characters the search dropped.
        data["q"] = CONTROL.sub(" ", data["q"])
    form = SearchForm(data or None)
    context = {"form": form, "max_length": MAX_QUERY_LENGTH}
    if not form.is_bound or not form.is_valid() or not form.cleaned_data["q"].strip():
        return render(request, "search/search.html", context)

    data = form.cleaned_data
    parsed = parse(data["q"])
    all_languages = data["scope"] == ALL_LANGUAGES
    languages = language_codes() if all_languages else [language]
    filters = form.filters()
    outcome = search(parsed, languages, filters, page=page_number(request.GET.get("page")), per_page=PER_PAGE)
    query = request.GET.copy()
    query.pop("page", None)
    types = {value: label for value, label in ResultType.choices}
    blocs = Bloc.objects.in_bulk(list(outcome.facets.blocs)[:200]) if outcome.facets.blocs else {}
    countries = Country.objects.in_bulk(list(outcome.facets.countries)[:200]) if outcome.facets.countries else {}
    context.update(
        downloads=page_downloads(request, "search", title=_("Search: %(query)s") % {"query": data["q"]}),
        parsed=parsed,
        outcome=outcome,
        results=present(outcome.hits, parsed, language),
        best_bets=best_bets(data["q"]) if outcome.page == 1 else [],
        first_number=(outcome.page - 1) * PER_PAGE + 1,
        query=query.urlencode(),
        all_languages=all_languages,
        type_facets=facet_links(query, "type", outcome.facets.types, types, filters.result_type),
        bloc_facets=facet_links(query, "bloc", outcome.facets.blocs, blocs, filters.bloc_id)[:FACET_SIZE],
        country_facets=facet_links(query, "country", outcome.facets.countries, countries, filters.country_id)[
            :FACET_SIZE
        ],
        active_filters=[
            (label, value, removal_link(query, name))
            for name, label, value in (
                ("type", form.fields["type"].label, types.get(filters.result_type)),
                ("bloc", form.fields["bloc"].label, data.get("bloc")),
                ("country", form.fields["country"].label, data.get("country")),
            )
            if value
        ],
        all_languages_url=None if all_languages or outcome.total else other_languages_url(query, parsed, filters),
    )
    return render(request, "search/search.html", context)


def other_languages_url(query, parsed, filters: Filters) -> str | None:
    """When nothing matched in this language, a link to the same search in all three, if it finds anything."""
    if not parsed.has_positive_terms or not search(parsed, language_codes(), filters, per_page=1).total:
        return None
    params = query.copy()
    params["scope"] = ALL_LANGUAGES
    return f"?{params.urlencode()}"
