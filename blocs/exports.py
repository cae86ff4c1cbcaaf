"""The blocs pages' lists as downloadable tables: the same querysets and filters as the pages, every row with its
dates' precision and its sources."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from integration_portal.core.dates import parse_reader_date
from integration_portal.exports.requests import CITATION, BadQuery, ExportQuery
from integration_portal.exports.tables import Table

from .compare import shared_periods
from .event_pages import events_with_blocs
from .filters import EventFilter
from .forms import CompareForm
from .models import Bloc, Country, Membership
from .on_date import standings_on

SOURCE_FIELDS = "citations__source"


def cited(fact) -> list[str]:
    """A fact's sources as the import files write them: "key (pinpoint)"."""
    return [f"{c.source.slug} ({c.pinpoint})" if c.pinpoint else c.source.slug for c in fact.citations.all()]


def sources_of(facts) -> list[dict]:
    """The sources the facts cite, each once, in first-cited order."""
    seen: dict[int, dict] = {}
    for fact in facts:
        for citation in fact.citations.all():
            source = citation.source
            seen.setdefault(
                source.pk,
                {
                    "key": source.slug,
                    "title": source.title,
                    "kind": source.kind,
                    "date": source.date,
                    "date_precision": source.date_precision if source.date else None,
                    "identifier": source.identifier,
                    "url": source.url,
                    "archive_url": source.archive_url,
                    "issuer": source.issuer,
                },
            )
    return list(seen.values())


def period_columns(query: ExportQuery) -> list[str]:
    return [
        "bloc",
        "country",
        *query.text_columns("country_name"),
        "status",
        "start",
        "start_precision",
        "end",
        "end_precision",
        *query.text_columns("note"),
        "sources",
    ]


def period_row(m: Membership, query: ExportQuery) -> dict:
    names = {f"country_{key}": value for key, value in query.texts(m.country, "name").items()}
    return {
        "bloc": m.bloc.slug,
        "country": m.country.alpha2.lower(),
        **names,
        "status": m.status,
        "start": m.start,
        "start_precision": m.start_precision,
        "end": m.end,
        "end_precision": m.end_precision if m.end else None,
        **query.texts(m, "note"),
        "sources": cited(m),
    }


def memberships_table(query: ExportQuery, memberships, *, name: str, title: str, path: str) -> Table:
    rows = query.bounded(memberships.select_related("country", "bloc").prefetch_related(SOURCE_FIELDS))
    return Table(
        name=name,
        title=title,
        permalink=query.permalink(path),
        columns=period_columns(query),
        rows=[period_row(m, query) for m in rows],
        sources=sources_of(rows),
    )


def bloc_memberships_table(request, query: ExportQuery, *, slug: str) -> Table:
    bloc = get_object_or_404(Bloc, slug=slug)
    return memberships_table(
        query,
        bloc.memberships.order_by("country__slug", "start"),
        name=f"{bloc.slug}-memberships",
        title=_("%(bloc)s: memberships") % {"bloc": bloc.name},
        path=bloc.get_absolute_url(),
    )


def country_memberships_table(request, query: ExportQuery, *, slug: str) -> Table:
    country = get_object_or_404(Country, slug=slug)
    return memberships_table(
        query,
        Membership.objects.filter(country=country).order_by("bloc__founded", "start"),
        name=f"{country.slug}-memberships",
        title=_("%(country)s: memberships") % {"country": country.name},
        path=country.get_absolute_url(),
    )


def timeline_table(request, query: ExportQuery) -> Table:
    events = query.filtered(EventFilter, events_with_blocs().prefetch_related("countries"))
    columns = [
        "id",
        "date",
        "date_precision",
        "end_date",
        "end_date_precision",
        "kind",
        *query.text_columns("title"),
        *query.text_columns("summary"),
        "blocs",
        "countries",
        "sources",
    ]
    rows = [
        {
            "id": e.pk,
            "date": e.date,
            "date_precision": e.date_precision,
            "end_date": e.end_date,
            "end_date_precision": e.end_date_precision if e.end_date else None,
            "kind": e.kind,
            **query.texts(e, "title"),
            **query.texts(e, "summary"),
            "blocs": [b.slug for b in e.blocs.all()],
            "countries": [c.alpha2.lower() for c in e.countries.all()],
            "sources": cited(e),
        }
        for e in events
    ]
    return Table(
        name="timeline",
        title=_("Timeline of regional integration"),
        permalink=query.permalink(reverse("blocs:timeline")),
        columns=columns,
        rows=rows,
        sources=sources_of(events),
    )


def on_date_table(request, query: ExportQuery, *, day: str) -> Table:
    try:
        parsed = parse_reader_date(day, query.language)
    except ValueError:
        raise BadQuery(_("Not a day: use YYYY-MM-DD."), {"day": [_("Not a day.")]}) from None
    standings = [] if query.purpose == CITATION else query.bounded(standings_on(parsed))
    columns = ["on", *period_columns(query)]
    columns.insert(columns.index("end_precision") + 1, "certain")
    rows = [{"on": parsed, **period_row(m, query), "certain": m.sure} for m in standings]
    return Table(
        name=f"americas-{parsed.isoformat()}",
        title=_("The Americas on %(day)s") % {"day": parsed.isoformat()},
        permalink=query.permalink(reverse("blocs:on-date", kwargs={"day": parsed.isoformat()})),
        columns=columns,
        rows=rows,
        sources=sources_of(standings),
    )


def compare_table(request, query: ExportQuery) -> Table:
    form = CompareForm(query.params)
    if not form.is_valid():
        raise BadQuery.from_form(form)
    countries = form.cleaned_data["country"]
    memberships = query.bounded(Membership.objects.filter(country__in=countries).select_related("bloc", "country"))
    rows = [
        {
            "countries": [c.alpha2.lower() for c in period.countries],
            "bloc": period.bloc.slug,
            "start": period.start.date,
            "start_precision": period.start.precision,
            "end": period.end.date,
            "end_precision": period.end.precision if period.end.date else None,
        }
        for period in shared_periods(countries, memberships)
    ]
    return Table(
        name="compare-" + "-".join(c.slug for c in countries),
        title=_("Comparison: %(countries)s") % {"countries": ", ".join(c.name for c in countries)},
        permalink=query.permalink(reverse("blocs:compare")),
        columns=["countries", "bloc", "start", "start_precision", "end", "end_precision"],
        rows=rows,
    )


def bloc_list_table(request, query: ExportQuery) -> Table:
    blocs = query.bounded(
        Bloc.objects.with_current_members().select_related("predecessor").prefetch_related(SOURCE_FIELDS)
    )
    columns = [
        "slug",
        *query.text_columns("name"),
        "acronym",
        "kind",
        "founded",
        "founded_precision",
        "ended",
        "ended_precision",
        "predecessor",
        "current_members",
        "sources",
    ]
    rows = [
        {
            "slug": bloc.slug,
            **query.texts(bloc, "name"),
            "acronym": bloc.acronym,
            "kind": bloc.kind,
            "founded": bloc.founded,
            "founded_precision": bloc.founded_precision if bloc.founded else None,
            "ended": bloc.ended,
            "ended_precision": bloc.ended_precision if bloc.ended else None,
            "predecessor": bloc.predecessor.slug if bloc.predecessor else None,
            "current_members": bloc.current_members,
            "sources": cited(bloc),
        }
        for bloc in blocs
    ]
    return Table(
        name="blocs",
        title=_("Blocs and organisations"),
        permalink=query.permalink(reverse("blocs:bloc-list")),
        columns=columns,
        rows=rows,
        sources=sources_of(blocs),
    )


def country_list_table(request, query: ExportQuery) -> Table:
    countries = query.bounded(Country.objects.with_current_blocs().order_by("subregion", "slug"))
    columns = [
        "alpha2",
        "alpha3",
        "slug",
        *query.text_columns("name"),
        "subregion",
        "in_latin_america",
        "current_blocs",
    ]
    rows = [
        {
            "alpha2": country.alpha2.lower(),
            "alpha3": country.alpha3,
            "slug": country.slug,
            **query.texts(country, "name"),
            "subregion": country.subregion,
            "in_latin_america": country.in_latin_america,
            "current_blocs": country.current_blocs,
        }
        for country in countries
    ]
    return Table(
        name="countries",
        title=_("Countries"),
        permalink=query.permalink(reverse("blocs:country-list")),
        columns=columns,
        rows=rows,
    )
