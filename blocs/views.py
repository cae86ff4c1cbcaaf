"""Public pages for blocs, countries and the timeline."""

import datetime

from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from integration_portal.core.collation import collated
from integration_portal.core.dates import DatePrecision, format_partial_date
from integration_portal.exports.links import page_downloads
from integration_portal.sources.numbering import PageSources
from integration_portal.web.page_cache import cached_public_page

from .charts import membership_chart, timeline_chart
from .event_pages import WITH_SOURCES, event_listing
from .filters import EventFilter
from .forms import DayForm, reader_date_text
from .models import Bloc, BlocFact, Country, Era, Event, Membership, Subregion
from .on_date import standings_on
from .shading import status_map


def eras_with_sources() -> list:
    return list(Era.objects.prefetch_related(WITH_SOURCES))


def memberships_with_sources(queryset):
    return list(queryset.select_related("country", "bloc").prefetch_related(WITH_SOURCES))


def number_sources(*, bloc=None, memberships=(), eras=(), events=()) -> list:
    """Numbers the page's sources in reading order (the bloc's facts, the memberships table, the timeline's
    eras, the events)."""
    page = PageSources()
    if bloc is not None:
        citations = list(bloc.citations.all())
        bloc.founding_marks = page.cite(c for c in citations if c.fact == BlocFact.FOUNDING)
        bloc.ending_marks = page.cite(c for c in citations if c.fact == BlocFact.ENDING)
    page.mark_all(memberships)
    page.mark_all(eras)
    page.mark_all(events)
    return page.listing()


def related_articles(subject):
    """The latest published analyses about a bloc or country, through the relation the articles app declares."""
    return subject.articles.cards()[:6]  # one row per article: a bloc or country is one side of the relation


@cached_public_page
def bloc_list(request):
    blocs = Bloc.objects.with_current_members().select_related("predecessor")
    downloads = page_downloads(request, "blocs:bloc-list", title=_("Blocs and organisations"))
    return render(request, "blocs/bloc_list.html", {"blocs": blocs, "downloads": downloads})


def day_picker(request, today: datetime.date) -> tuple[DayForm, datetime.date]:
    """``?on=YYYY-MM-DD`` (a Buddhist-Era year on /th/): the day a bloc's map or a country's standing is shown for."""
    form = DayForm(request.GET if "on" in request.GET else None, name="on")
    if form.is_bound and (form.errors or form.day):
        return form, form.day or today  # the reader's own text, or its error message
    return DayForm(name="on", initial={"on": reader_date_text(today, get_language())}), today


@cached_public_page(reads=("on", "page", "event"))
def bloc_detail(request, slug):
    bloc = get_object_or_404(Bloc.objects.select_related("predecessor").prefetch_related(WITH_SOURCES), slug=slug)
    memberships = memberships_with_sources(bloc.memberships.order_by("country__slug", "start"))
    today = timezone.localdate()
    day_form, day = day_picker(request, today)
    on_day = standings_on(day, bloc.memberships.all(), with_sources=False)
    caption = _("%(bloc)s on %(day)s") % {
        "bloc": bloc.acronym or bloc.name,
        "day": format_partial_date(day, "day", get_language()),
    }
    listing = event_listing(bloc.events.published(), request.GET)
    pages = listing.pages
    sources = number_sources(bloc=bloc, memberships=memberships, events=pages.shown)
    return render(
        request,
        "blocs/bloc_detail.html",
        {
            "bloc": bloc,
            "memberships": memberships,
            "successors": bloc.successors.all(),
            # A bloc that ended is drawn up to its end (FTAA 1994–2005), not to today.
            "chart": membership_chart(
                memberships, rows_by="country", language=get_language(), today=min(bloc.ended or today, today)
            ),
            "events": pages.shown,
            "event_pages": pages,
            "timeline": timeline_chart(
                listing.drawn,
                language=get_language(),
                today=today,
                event_url=pages.url,
                counts=listing.counts,
                summarised=listing.summarised,
            ),
            "articles": related_articles(bloc),
            "sources": sources,
            "day_form": day_form,
            "map": status_map(on_day, Country.objects.all(), caption=caption),
            "downloads": page_downloads(request, "blocs:bloc", title=bloc.name, slug=bloc.slug),
        },
    )


@cached_public_page
def country_list(request):
    countries = collated(Country.objects.with_current_blocs(), key=lambda country: country.name)
    groups = {}
    for country in countries:
        groups.setdefault(country.get_subregion_display(), []).append(country)
    order = [label for _value, label in Subregion.choices]
    return render(
        request,
        "blocs/country_list.html",
        {
            "groups": sorted(groups.items(), key=lambda item: order.index(item[0])),
            "downloads": page_downloads(request, "blocs:country-list", title=_("Countries")),
        },
    )


@cached_public_page(reads=("on", "page", "event"))
def country_detail(request, slug):
    country = get_object_or_404(Country, slug=slug)
    memberships = memberships_with_sources(
        Membership.objects.filter(country=country).order_by("bloc__founded", "start")
    )
    today = timezone.localdate()
    day_form, day = day_picker(request, today)
    pages = event_listing(country.events.published(), request.GET, chart=False).pages
    sources = number_sources(memberships=memberships, events=pages.shown)
    return render(
        request,
        "blocs/country_detail.html",
        {
            "country": country,
            "memberships": memberships,
            "chart": membership_chart(memberships, rows_by="bloc", language=get_language(), today=today),
            "events": pages.shown,
            "event_pages": pages,
            "articles": related_articles(country),
            "sources": sources,
            "day_form": day_form,
            "downloads": page_downloads(request, "blocs:country", title=country.name, slug=country.slug),
            "day": day,
            "day_text": format_partial_date(day, "day", get_language()),
            "on_day": standings_on(day, country.memberships.all(), with_sources=False),
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


@cached_public_page(reads=(*EventFilter.base_filters, "page", "event"))
def timeline(request):
    filterset = EventFilter(request.GET or None, queryset=Event.objects.published())
    listing = event_listing(filterset.results, request.GET)
    pages = listing.pages
    chart_query = request.GET.copy()
    for name in ("page", "event"):  # a zoom starts the list again
        chart_query.pop(name, None)
    chart = timeline_chart(
        listing.drawn,
        language=get_language(),
        today=timezone.localdate(),
        query=chart_query,
        eras=eras_with_sources(),
        event_url=pages.url,
        counts=listing.counts,
        summarised=listing.summarised,
    )
    sources = number_sources(eras=[band.era for band in chart.eras], events=pages.shown)
    return render(
        request,
        "blocs/timeline.html",
        {
            "sources": sources,
            "downloads": page_downloads(request, "blocs:timeline", title=_("Timeline of regional integration")),
            "filterset": filterset,
            "events": pages.shown,
            "event_pages": pages,
            "timeline": chart,
            "zoom_links": zoom_links(request.GET),
            # The year shortcuts alone leave the panel closed; chosen blocs, countries, kinds or errors open it.
            "filters_open": bool(filterset.form.errors)
            or any(request.GET.get(key) for key in ("q", "bloc", "country", "kind")),
        },
    )
