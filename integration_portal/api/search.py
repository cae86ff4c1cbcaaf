"""/api/v1/search/: the search page's own calls (SearchForm, parse, engine.search, present), as JSON."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from blocs.models import Bloc, Country, EventKind
from integration_portal.core.languages import language_codes
from integration_portal.search.engine import Facets, SearchOutcome, search
from integration_portal.search.forms import ALL_LANGUAGES, SearchForm
from integration_portal.search.models import ResultType
from integration_portal.search.query import MAX_QUERY_LENGTH, parse
from integration_portal.search.results import MODELS, present

from . import serializers
from .base import ApiView
from .pagination import DEFAULT_PAGE_SIZE
from .params import Param
from .schema import documented
from .views import SLUG, bloc_param, country_param, filter_data, reversed_years, year_params
from .vocabulary import topic_slugs


def existing(hits) -> set[tuple[str, int]]:
    """The hits whose object still exists, as present() keeps them (it drops the others)."""
    by_type: dict[str, list[int]] = {}
    for hit in hits:
        by_type.setdefault(hit.result_type, []).append(hit.object_id)
    return {
        (result_type, pk)
        for result_type, ids in by_type.items()
        for pk in MODELS[result_type].objects.filter(pk__in=ids).values_list("pk", flat=True)
    }


@documented(
    _("Full-text search, as the search page does it"), serializers.SearchPageSerializer, responses=None, many=False
)
class SearchView(ApiView):
    paged = True
    serializer_class = serializers.SearchPageSerializer
    params = (
        Param(
            "q",
            {"type": "string", "minLength": 1, "maxLength": MAX_QUERY_LENGTH},
            _("What to look for: words, “quoted phrases”, or, -exclusions."),
            required=True,
        ),
        Param(
            "scope",
            {"type": "string", "enum": [ALL_LANGUAGES]},
            _("“all”: search the text in every language, not only in ``lang`` (Spanish without it)."),
        ),
        Param("type", {"type": "string", "enum": ResultType.values}, _("Only results of this type.")),
        bloc_param(_("Results about this bloc."), many=False),
        country_param(_("Results about this country (ISO code or slug)."), many=False),
        Param("topic", SLUG, _("Analyses on this topic."), choices=topic_slugs),
        Param("kind", {"type": "string", "enum": EventKind.values}, _("Events of this kind.")),
        *year_params(_("Dated")),
    )

    def get(self, request, *args, **kwargs):
        number, size = int(self.one("page", "1")), int(self.one("page_size", str(DEFAULT_PAGE_SIZE)))
        if reversed_years(self.query):
            return Response(self.page(request, number, SearchOutcome([], 0, Facets()), []))
        form = SearchForm(filter_data(self.query, SearchForm.base_fields))
        if not form.is_valid():
            raise ValidationError(form.errors)
        language = get_language()
        parsed = parse(form.cleaned_data["q"])
        languages = language_codes() if form.cleaned_data["scope"] == ALL_LANGUAGES else [language]
        outcome = search(parsed, languages, form.filters(), page=number, per_page=size)
        if outcome.page != number:
            raise NotFound(
                _("There is no page %(number)s: the last page is %(last)s.")
                % {"number": number, "last": outcome.num_pages}
            )
        found = existing(outcome.hits)
        hits = [hit for hit in outcome.hits if (hit.result_type, hit.object_id) in found]
        results = [
            {
                "result_type": result.result_type,
                "id": hit.object_id,
                "title": str(result.title),
                "snippet": str(result.snippet),
                "date": result.date,
                "language": result.language,
                "url": request.build_absolute_uri(result.url),
                "has_all_words": result.has_all_words,
            }
            for hit, result in zip(hits, present(outcome.hits, parsed, language), strict=False)
        ]
        return Response(self.page(request, number, outcome, results))

    def page(self, request, number: int, outcome: SearchOutcome, results: list[dict]) -> dict:
        here = request.build_absolute_uri()
        previous = None
        if number > 1:
            previous = replace_query_param(here, "page", number - 1) if number > 2 else remove_query_param(here, "page")
        return {
            "count": outcome.total,
            "next": replace_query_param(here, "page", number + 1) if number < outcome.num_pages else None,
            "previous": previous,
            "results": serializers.SearchResultSerializer(results, many=True).data,
            "facets": self.facets(outcome.facets),
        }

    @staticmethod
    def facets(facets) -> dict:
        blocs = dict(Bloc.objects.filter(pk__in=list(facets.blocs)[:200]).values_list("pk", "slug"))
        countries = dict(Country.objects.filter(pk__in=list(facets.countries)[:200]).values_list("pk", "alpha2"))
        return {
            "type": facets.types,
            "bloc": {blocs[pk]: count for pk, count in facets.blocs.items() if pk in blocs},
            "country": {countries[pk]: count for pk, count in facets.countries.items() if pk in countries},
            "approximate": facets.approximate,
        }
