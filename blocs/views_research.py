"""The researchers' pages: the Americas on a date and the comparison of countries."""

import datetime

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from integration_portal.core.collation import collated
from integration_portal.core.dates import FIRST_DATE, LAST_DATE, format_partial_date, parse_reader_date
from integration_portal.exports.links import page_downloads
from integration_portal.web.page_cache import cached_public_page

from .charts import membership_chart, membership_years
from .compare import shared_events, shared_periods
from .event_pages import events_with_blocs
from .forms import CompareForm, DayForm, reader_date_text
from .models import Country, Membership
from .on_date import americas_on
from .shading import count_map
from .views import memberships_with_sources, number_sources


def on_date_url(day: datetime.date) -> str:
    return reverse("blocs:on-date", kwargs={"day": day.isoformat()})


def on_date_form(request):
    """The date box's target: sends the reader to the day's own address (today's without a date)."""
    form = DayForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return render(request, "blocs/on_date.html", {"form": form}, status=400)
    return HttpResponseRedirect(on_date_url(form.day or timezone.localdate()))


@cached_public_page
def on_date(request, day):
    try:
        parsed = parse_reader_date(day, get_language())
    except ValueError:
        form = DayForm({"date": day})
        form.is_valid()
        return render(request, "blocs/on_date.html", {"form": form}, status=400)
    if parsed.isoformat() != day:
        # A Buddhist-Era year or a day-first date: one address per day, in the Common Era like every other URL.
        return HttpResponseRedirect(on_date_url(parsed))
    americas = americas_on(parsed)
    day_text = format_partial_date(parsed, "day", get_language())
    sources = number_sources(memberships=americas.standings)
    return render(
        request,
        "blocs/on_date.html",
        {
            "americas": americas,
            "form": DayForm(initial={"date": reader_date_text(parsed, get_language())}),
            "day_text": day_text,
            "map": count_map(americas, Country.objects.all()),
            "sources": sources,
            "downloads": page_downloads(
                request, "blocs:on-date", title=_("The Americas on %(day)s") % {"day": day_text}, day=day
            ),
            "previous_year": on_date_url(_year_step(parsed, -1)),
            "next_year": on_date_url(_year_step(parsed, 1)),
        },
    )


def _year_step(day: datetime.date, years: int) -> datetime.date:
    year = min(max(day.year + years, FIRST_DATE.year), LAST_DATE.year)
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


@cached_public_page(reads=("country",))
def compare(request):
    form = CompareForm(request.GET if "country" in request.GET else None)
    chosen = [key.strip().lower() for key in request.GET.getlist("country")[:4]]
    context = {
        "form": form,
        "all_countries": collated(Country.objects.all(), key=lambda country: country.name),
        "slots": chosen + [""] * (4 - len(chosen)),
    }
    if not form.is_bound or not form.is_valid():
        return render(request, "blocs/compare.html", context, status=400 if form.is_bound else 200)
    countries = form.cleaned_data["country"]
    memberships = memberships_with_sources(
        Membership.objects.filter(country__in=countries).order_by("bloc__founded", "start")
    )
    today, language = timezone.localdate(), get_language()
    years = membership_years(memberships, today)
    events = list(events_with_blocs(shared_events(countries)).prefetch_related("countries"))
    sources = number_sources(memberships=memberships, events=events)
    charts = [
        (
            country,
            membership_chart(
                [m for m in memberships if m.country_id == country.pk],
                rows_by="bloc",
                language=language,
                today=today,
                years=years,
                key=country.slug,
            ),
        )
        for country in countries
    ]
    context.update(
        countries=countries,
        charts=charts,
        shared=shared_periods(countries, memberships),
        events=events,
        sources=sources,
        downloads=page_downloads(
            request,
            "blocs:compare",
            title=_("Comparison: %(countries)s") % {"countries": ", ".join(c.name for c in countries)},
        ),
    )
    return render(request, "blocs/compare.html", context)
