"""Public pages for blocs, countries and the timeline."""

import datetime

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import get_language

from integration_portal.core.dates import DatePrecision, format_partial_date
from integration_portal.sources.numbering import PageSources
from integration_portal.web.page_cache import cached_public_page

from .charts import membership_chart, timeline_chart
from .filters import EventFilter
from .models import Bloc, BlocFact, Country, Event, Membership, Subregion

WITH_SOURCES = "citations__source"


def events_with_blocs(queryset=None):
    """Published events only, with their blocs in founding order and their sources."""
    return (
        (queryset if queryset is not None else Event.objects.all())
        .published()
        .prefetch_related(Prefetch("blocs", queryset=Bloc.objects.order_by("founded")), WITH_SOURCES)
    )


def memberships_with_sources(queryset):
    return list(queryset.select_related("country", "bloc").prefetch_related(WITH_SOURCES))


def number_sources(*, bloc=None, memberships=(), events=()) -> list:
    """Numbers the page's sources in reading order (the bloc's facts, the memberships table, the events)."""
    page = PageSources()
    if bloc is not None:
        citations = list(bloc.citations.all())
        bloc.founding_marks = page.cite(c for c in citations if c.fact == BlocFact.FOUNDING)
        bloc.ending_marks = page.cite(c for c in citations if c.fact == BlocFact.ENDING)
    page.mark_all(memberships)
    page.mark_all(events)
    return page.listing()


def related_articles(subject):
    """The latest published analyses about a bloc or country, through the relation the articles app declares."""
    return subject.articles.published().prefetch_related("topics").distinct()[:6]


@cached_public_page
def bloc_list(request):
    blocs = Bloc.objects.with_current_members().select_related("predecessor")
    return render(request, "blocs/bloc_list.html", {"blocs": blocs})


@cached_public_page
def bloc_detail(request, slug):
    bloc = get_object_or_404(Bloc.objects.select_related("predecessor").prefetch_related(WITH_SOURCES), slug=slug)
    memberships = memberships_with_sources(bloc.memberships.order_by("country__slug", "start"))
    today = timezone.localdate()
    events = list(events_with_blocs(bloc.events.all()))
    sources = number_sources(bloc=bloc, memberships=memberships, events=events)
    return render(
        request,
        "blocs/bloc_detail.html",
        {
            "bloc": bloc,
            "memberships": memberships,
            "successors": bloc.successors.all(),
            "chart": membership_chart(memberships, rows_by="country", language=get_language(), today=today),
            "events": events,
            "timeline": timeline_chart(events, language=get_language(), today=today),
            "articles": related_articles(bloc),
            "sources": sources,
        },
    )


@cached_public_page
def country_list(request):
    countries = Country.objects.with_current_blocs().order_by("subregion", "slug")
    groups = {}
    for country in countries:
        groups.setdefault(country.get_subregion_display(), []).append(country)
    order = [label for _value, label in Subregion.choices]
    return render(
        request,
        "blocs/country_list.html",
        {"groups": sorted(groups.items(), key=lambda item: order.index(item[0]))},
    )


@cached_public_page
def country_detail(request, slug):
    country = get_object_or_404(Country, slug=slug)
    memberships = memberships_with_sources(
        Membership.objects.filter(country=country).order_by("bloc__founded", "start")
    )
    today = timezone.localdate()
    events = list(events_with_blocs(country.events.all()))
    sources = number_sources(memberships=memberships, events=events)
    return render(
        request,
        "blocs/country_detail.html",
        {
            "country": country,
            "memberships": memberships,
            "chart": membership_chart(memberships, rows_by="bloc", language=get_language(), today=today),
            "events": events,
            "articles": related_articles(country),
            "sources": sources,
        },
    )


ZOOM_FROM_YEARS = (1990, 1960)


def zoom_links(query) -> list[tuple[int | None, str, str, bool]]:
    """Shortcuts that narrow the years and keep the other filters: (first year or None, its label, URL, current)."""
    links = []
    for year in (*ZOOM_FROM_YEARS, None):
        params = query.copy()
        params.pop("year_from", None)
        params.pop("year_to", None)
        if year:
            params["year_from"] = year
        current = query.get("year_from", "") == (str(year) if year else "") and not query.get("year_to")
        label = format_partial_date(datetime.date(year, 1, 1), DatePrecision.YEAR, get_language()) if year else ""
        links.append((year, label, f"?{params.urlencode()}", current))
    return links


@cached_public_page(reads=tuple(EventFilter.base_filters))
def timeline(request):
    filterset = EventFilter(request.GET or None, queryset=events_with_blocs())
    events = list(filterset.results)
    sources = number_sources(events=events)
    return render(
        request,
        "blocs/timeline.html",
        {
            "sources": sources,
            "filterset": filterset,
            "events": events,
            "timeline": timeline_chart(events, language=get_language(), today=timezone.localdate()),
            "zoom_links": zoom_links(request.GET),
            # The year shortcuts alone leave the panel closed; chosen blocs, countries, kinds or errors open it.
            "filters_open": bool(filterset.form.errors)
            or any(request.GET.get(key) for key in ("q", "bloc", "country", "kind")),
        },
    )
