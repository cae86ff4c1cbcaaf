"""The endpoints: the same querysets as the pages, so what a page does not show no response holds."""

import datetime

from django.db.models import Case, Exists, OuterRef, Prefetch, Q, When
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError

from articles.filters import ArticleFilter
from articles.models import Article
from articles.views import with_page_relations
from blocs.event_pages import events_with_blocs
from blocs.filters import EventFilter
from blocs.models import Bloc, Country, Event, EventKind, Membership, MembershipStatus
from integration_portal.core.translation import Language
from integration_portal.search.query import MAX_QUERY_LENGTH
from integration_portal.web.filters import FIRST_YEAR, LAST_YEAR

from . import serializers
from .base import DetailView, ListView
from .params import Param
from .querysets import cited_sources
from .schema import documented
from .vocabulary import bloc_slugs, country_keys, country_slugs_by_key, topic_slugs

CITATIONS = "citations__source"
SLUG = {"type": "string"}
YEAR = {"type": "integer", "minimum": FIRST_YEAR, "maximum": LAST_YEAR}


def bloc_param(description, *, many: bool) -> Param:
    return Param("bloc", SLUG, description, many=many, choices=bloc_slugs)


def country_param(description, *, many: bool) -> Param:
    return Param("country", SLUG, description, many=many, choices=country_keys)


def year_params(what) -> tuple[Param, Param]:
    return (
        Param(
            "year_from",
            YEAR,
            _("%(what)s in this year or later; after ``year_to``, nothing matches.") % {"what": what},
        ),
        Param("year_to", YEAR, _("%(what)s in this year or earlier.") % {"what": what}),
    )


def q_param() -> Param:
    return Param(
        "q",
        {"type": "string", "minLength": 1, "maxLength": MAX_QUERY_LENGTH},
        _("Words that must all appear in the text, in the language ``lang`` names (Spanish without it)."),
    )


def filter_data(query: dict[str, list[str]], names) -> QueryDict:
    """The validated values a page's filter set takes, with countries named by their slug as the pages do."""
    data = QueryDict(mutable=True)
    slugs = country_slugs_by_key() if "country" in query else {}
    for name in names:
        if name in query:
            values = query[name]
            data.setlist(name, [slugs[value] for value in values] if name == "country" else values)
    return data


def reversed_years(query) -> bool:
    """A first year after the last: the page says so above an empty list; the API answers the empty list."""
    return "year_from" in query and "year_to" in query and int(query["year_from"][0]) > int(query["year_to"][0])


def apply_filterset(filterset_class, query, queryset):
    if reversed_years(query):
        return queryset.none()
    filterset = filterset_class(filter_data(query, filterset_class.base_filters), queryset=queryset)
    if not filterset.is_valid():
        raise ValidationError(filterset.errors)
    return filterset.qs


@documented(_("Blocs and organisations"), serializers.BlocSerializer, many=True)
class BlocList(ListView):
    serializer_class = serializers.BlocSerializer

    def get_queryset(self):
        return Bloc.objects.with_current_members().select_related("predecessor").prefetch_related(CITATIONS)


@documented(
    _("One bloc, by its slug"),
    serializers.BlocSerializer,
    key=_("The bloc's slug, such as mercosur."),
    example_key="mercosur",
)
class BlocDetail(DetailView):
    serializer_class = serializers.BlocSerializer
    missing = _("No bloc has this slug.")

    def get_queryset(self):
        return BlocList.get_queryset(self)


@documented(_("Countries"), serializers.CountrySerializer, many=True)
class CountryList(ListView):
    serializer_class = serializers.CountrySerializer

    def get_queryset(self):
        return Country.objects.with_current_blocs()


@documented(
    _("One country, by its ISO code or slug"),
    serializers.CountrySerializer,
    key=_("An ISO 3166-1 alpha-2 code in either case, or the slug: pe, PE or peru."),
    example_key="pe",
)
class CountryDetail(DetailView):
    serializer_class = serializers.CountrySerializer
    missing = _("No country has this code or slug.")

    def get_queryset(self):
        return CountryList.get_queryset(self)

    def find(self, queryset, key):
        return queryset.filter(Q(slug=key) | Q(alpha2=key.upper()) if len(key) == 2 else Q(slug=key)).first()


@documented(_("Membership periods"), serializers.MembershipSerializer, many=True)
class MembershipList(ListView):
    serializer_class = serializers.MembershipSerializer
    params = (
        bloc_param(_("Periods in this bloc; repeat for several."), many=True),
        country_param(_("Periods of this country (ISO code or slug); repeat for several."), many=True),
        Param(
            "status",
            {"type": "string", "enum": MembershipStatus.values},
            _("Periods with this status; repeat for several."),
            many=True,
        ),
        Param(
            "on",
            {"type": "string", "format": "date"},
            _(
                "Periods that held on this day (YYYY-MM-DD), and those a date known only to its month or year "
                "leaves uncertain, marked so in “certainty”."
            ),
        ),
    )

    def get_queryset(self):
        return Membership.objects.select_related("country", "bloc").prefetch_related(CITATIONS)

    def filtered(self, queryset):
        if "bloc" in self.query:
            queryset = queryset.filter(bloc__slug__in=self.query["bloc"])
        if "country" in self.query:
            slugs = country_slugs_by_key()
            queryset = queryset.filter(country__slug__in=[slugs[key] for key in self.query["country"]])
        if "status" in self.query:
            queryset = queryset.filter(status__in=self.query["status"])
        if "on" in self.query:
            day = datetime.date.fromisoformat(self.one("on"))
            surely = Membership.objects.held_on(day).filter(pk=OuterRef("pk"))
            maybe = Membership.objects.maybe_held_on(day).values("pk")
            queryset = queryset.annotate(surely_held=Exists(surely)).filter(Q(surely_held=True) | Q(pk__in=maybe))
        return queryset


@documented(_("Timeline events (published only), with the timeline's filters"), serializers.EventSerializer, many=True)
class EventList(ListView):
    serializer_class = serializers.EventSerializer
    params = (
        q_param(),
        bloc_param(_("Events of this bloc; repeat for several."), many=True),
        country_param(_("Events concerning this country (ISO code or slug); repeat for several."), many=True),
        Param(
            "kind",
            {"type": "string", "enum": EventKind.values},
            _("Events of this kind; repeat for several."),
            many=True,
        ),
        *year_params(_("Events")),
    )

    def get_queryset(self):
        return events_with_blocs().prefetch_related("countries")

    def filtered(self, queryset):
        return apply_filterset(EventFilter, self.query, queryset)


ARTICLE_PARAMS = (
    q_param(),
    bloc_param(_("Analyses about this bloc."), many=False),
    country_param(_("Analyses about this country (ISO code or slug)."), many=False),
    Param("topic", SLUG, _("Analyses on this topic."), choices=topic_slugs),
    *year_params(_("Published")),
    Param(
        "original_language",
        {"type": "string", "enum": Language.values},
        _("Analyses first written in this language."),
    ),
)


def listed_articles():
    """The article list's queryset, with what an entry of the API's list names."""
    published_events = Prefetch("events", queryset=Event.objects.published())
    return Article.objects.published().prefetch_related("topics", "authors", "blocs", "countries", published_events)


@documented(_("Published analyses, with the article list's filters"), serializers.ArticleSerializer, many=True)
class ArticleList(ListView):
    serializer_class = serializers.ArticleSerializer
    params = ARTICLE_PARAMS

    def get_queryset(self):
        return listed_articles()

    def filtered(self, queryset):
        return apply_filterset(ArticleFilter, self.query, queryset)


@documented(
    _("One published analysis, by its slug in any language"),
    serializers.ArticleDetailSerializer,
    key=_("The article's slug in any of its languages."),
    example_key="latin-american-pacific-economic-integration",
)
class ArticleDetail(DetailView):
    serializer_class = serializers.ArticleDetailSerializer
    missing = _("No published analysis has this slug.")

    def get_queryset(self):
        return with_page_relations(Article.objects.published())

    def find(self, queryset, key):
        # As the article page does: the slug in the language asked for wins over another language's same slug.
        any_language = Q()
        for code in Language.values:
            any_language |= Q(**{f"slug_{code}": key})
        own_language_first = Case(When(**{f"slug_{get_language()}": key}, then=0), default=1)
        return queryset.filter(any_language).order_by(own_language_first, "pk").first()


@documented(_("Sources cited by what the portal publishes"), serializers.SourceSerializer, many=True)
class SourceList(ListView):
    serializer_class = serializers.SourceSerializer

    def get_queryset(self):
        return cited_sources()


@documented(
    _("One source, by its key"),
    serializers.SourceSerializer,
    key=_("The source's key."),
    example_key="sice-treaty-of-asuncion",
)
class SourceDetail(DetailView):
    serializer_class = serializers.SourceSerializer
    missing = _("No cited source has this key.")

    def get_queryset(self):
        return cited_sources()
