"""An event list a page at a time, and what its timeline draws, in queries whose number and cost do not grow with
the record: the list is counted and sliced in the database, the chart gets per-year counts and at most
CHART_EVENT_LIMIT events (past it, the landmark events only)."""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Case, Count, Prefetch, Q, When, prefetch_related_objects

from .charts import CHART_EVENT_LIMIT, LANDMARK_KINDS, LANDMARK_LIMIT
from .models import Bloc, Event

WITH_SOURCES = "citations__source"
EVENTS_PER_PAGE = 50


def events_with_blocs(queryset=None):
    """Published events only, with their blocs in founding order and their sources."""
    return (
        (queryset if queryset is not None else Event.objects.all())
        .published()
        .prefetch_related(Prefetch("blocs", queryset=Bloc.objects.order_by("founded")), WITH_SOURCES)
    )


def _ascii_number(text: str) -> int | None:
    # "²" is a digit to str.isdigit() and int() refuses it.
    return int(text) if text.isascii() and text.isdigit() and len(text) < 12 else None


class EventPages:
    """A page of an event list (``events``, a queryset in the list's order); only the shown events' sources are
    fetched. ``?event=<pk>`` (an event's own address) opens the page that holds it."""

    def __init__(self, events, query, *, parameter: str = "page"):
        self.query, self.parameter = query.copy(), parameter
        self.query.pop("event", None)
        self.number_of: dict[int, int] | None = None  # each event's page, once the chart has fetched them all
        number = self._page_holding(events, _ascii_number(query.get("event", "")))
        self.page = Paginator(events, EVENTS_PER_PAGE).get_page(number or query.get(parameter))
        self.shown = list(self.page.object_list)
        prefetch_related_objects(self.shown, WITH_SOURCES)

    @staticmethod
    def _page_holding(events, pk: int | None) -> int | None:
        if pk is None:
            return None
        day = events.filter(pk=pk).prefetch_related(None).values_list("date", flat=True).first()
        if day is None:
            return None
        return events.filter(Q(date__lt=day) | Q(date=day, pk__lt=pk)).count() // EVENTS_PER_PAGE + 1

    @property
    def total(self) -> int:
        return self.page.paginator.count

    def know_all(self, events: list) -> None:
        """The whole list, in order (what the chart drew): each mark's page is then known without a query."""
        self.number_of = {event.pk: index // EVENTS_PER_PAGE + 1 for index, event in enumerate(events)}

    def url(self, event) -> str:
        """Where a chart mark leads: the event on this page, or the page that holds it."""
        number = self.number_of.get(event.pk) if self.number_of is not None else None
        if number == self.page.number or (number is None and event in self.shown):
            return f"#event-{event.pk}"
        params = self.query.copy()
        if number is None:  # found by the database when the reader follows it
            params.pop(self.parameter, None)
            params["event"] = str(event.pk)
        else:
            params[self.parameter] = str(number)
        return f"?{params.urlencode()}#event-{event.pk}"

    def link(self, number: int) -> str:
        """The list's page ``number``, the other parameters kept (the first page without a number)."""
        params = self.query.copy()
        params.pop(self.parameter, None)
        if number > 1:
            params[self.parameter] = str(number)
        return f"?{params.urlencode()}#events-heading"

    @property
    def previous_url(self) -> str | None:
        return self.link(self.page.previous_page_number()) if self.page.has_previous() else None

    @property
    def next_url(self) -> str | None:
        return self.link(self.page.next_page_number()) if self.page.has_next() else None


def year_counts(events, blocs: dict[int, Bloc]) -> list[tuple]:
    """(bloc or None, year, events) for every event of the list, in each of its blocs: the chart's shading."""
    rows = (
        Event.objects.filter(pk__in=events.order_by().values("pk"))
        .order_by()
        .values_list("blocs", "date__year")
        .annotate(number=Count("pk"))
    )
    return [(blocs[bloc] if bloc is not None else None, year, number) for bloc, year, number in rows]


def all_blocs() -> dict[int, Bloc]:
    """Every bloc by id, in founding order: a few dozen rows, read once for a page's lists and chart."""
    return {bloc.pk: bloc for bloc in Bloc.objects.order_by("founded")}


def attach_blocs(events: list, blocs: dict[int, Bloc]) -> None:
    """Each event's blocs in founding order, as ``prefetch_related("blocs")`` leaves them, from one query of the
    links. Django's prefetch filters a queryset for each event, which was most of a long list's cost."""
    links: dict[int, list[int]] = {}
    for event_id, bloc_id in Event.blocs.through.objects.filter(event_id__in={e.pk for e in events}).values_list(
        "event_id", "bloc_id"
    ):
        links.setdefault(event_id, []).append(bloc_id)
    order = {pk: index for index, pk in enumerate(blocs)}
    shared: dict[tuple[int, ...], object] = {}  # one read-only result per set of blocs
    for event in events:
        ids = tuple(sorted(links.get(event.pk, ()), key=order.__getitem__))
        if ids not in shared:
            result = Bloc.objects.all()
            result._result_cache, result._prefetch_done = [blocs[pk] for pk in ids], True
            shared[ids] = result
        event._prefetched_objects_cache = {**getattr(event, "_prefetched_objects_cache", {}), "blocs": shared[ids]}


def chart_events(events, pages: EventPages) -> tuple[list, bool]:
    """(the events the chart draws, whether they are only the landmarks): the whole list up to
    CHART_EVENT_LIMIT, then the first LANDMARK_LIMIT landmark events, founding ones first."""
    if pages.total <= CHART_EVENT_LIMIT:
        drawn = list(events)
        pages.know_all(drawn)
        return drawn, False
    rank = Case(*(When(kind=kind, then=index) for index, kind in enumerate(LANDMARK_KINDS)))
    landmarks = events.filter(kind__in=LANDMARK_KINDS, end_date__isnull=True).annotate(landmark_rank=rank)
    return list(landmarks.order_by("landmark_rank", "date", "pk")[:LANDMARK_LIMIT]), True


@dataclass
class EventListing:
    """What a page with an event list and its timeline shows: the list's page, and the chart's events and counts."""

    pages: EventPages
    drawn: list  # the events the chart draws one by one
    summarised: bool  # the list is too long to draw each: the chart is its counts and the landmark events
    counts: list  # (bloc or None, year, events), see year_counts


def event_listing(events, query, *, chart: bool = True) -> EventListing:
    """``events``: the list's published events, in order. The same queries at any size of the record."""
    pages = EventPages(events, query)
    blocs = all_blocs()
    drawn, summarised = chart_events(events, pages) if chart else ([], False)
    attach_blocs([*pages.shown, *drawn], blocs)
    return EventListing(pages, drawn, summarised, year_counts(events, blocs) if chart else [])
