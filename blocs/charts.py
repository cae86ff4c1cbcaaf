"""Layout of the server-rendered charts: memberships over time and the visual timeline.

The geometry is computed here rather than in templates or scripts so pages need no JavaScript
(a strict Content-Security-Policy is coming) and the layout can be unit-tested. Horizontal
positions are in units of a track 1000 wide; templates write them as percentages (``x_pct``), so
the SVG is never stretched and its text, ticks and hatching keep their shape at any width.
Vertical geometry is in CSS pixels and does not scale.

Nothing here queries the database: memberships come with ``country`` and ``bloc`` selected and
events with ``blocs`` prefetched.

Timeline marks closer than MARK_GAP are drawn as one mark with a count, so marks never overlap at any width;
the grouping loosens as the reader narrows the years. Every timeline row is also shaded by its events per year,
from counts the database gives; past CHART_EVENT_LIMIT events the chart is that shading and the landmark events
only, so its cost and size stay bounded whatever the record holds.
"""

import datetime
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from integration_portal.core.dates import (
    BUDDHIST_ERA_OFFSET,
    DatePrecision,
    clamp_year,
    drawn_at,
    format_partial_date,
    format_period,
)

from .models import MembershipStatus

WIDTH = 1000
MIN_BAR_WIDTH = 4  # a one-day period would otherwise be invisible
LANE_HEIGHT = 24
MAX_TICKS = 8
TICK_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500)
EDGE = 25  # a tick label this close to an end is anchored inwards, so it does not spill past the track
# Height differs by status so colour is not the only cue.
BAR_HEIGHTS = {"member": 16, "associate": 12, "candidate": 12, "observer": 6}
MARK_TEXT_UNITS_PER_CHAR = 9  # rough width of the small mark label on the narrowest track that shows it
MARK_RADIUS = 6
GROUP_RADIUS = 9  # room for a two-digit count
# Positions are percentages, so the gap must hold on the narrowest track: a 390 px phone leaves about 360 px,
# where 50 units are 18 px, a group's diameter.
MARK_GAP = 50
LABEL_HEIGHT = 16  # the lane of landmark labels under a timeline row's dots
LABEL_CHARS = 26  # a landmark label is the event's title cut to this many characters
LANDMARK_KINDS = ("founding", "treaty_in_force", "treaty_signed")  # in the order their labels claim room
OUTLIER_GAP_YEARS = 20
OUTLIER_SHARE = 0.1
# Up to this many events the timeline draws each; past it, the per-year shading and at most LANDMARK_LIMIT
# landmark events (the demo's whole record, 178 events, is drawn event by event).
CHART_EVENT_LIMIT = 200
LANDMARK_LIMIT = 40
DENSITY_LEVELS = 4


def _pct(units: float) -> str:
    # A string, so template localisation cannot turn 12.5 into "12,5" inside an SVG attribute.
    return f"{units / WIDTH * 100:.3f}"


class _Placed:
    x: float

    @property
    def x_pct(self) -> str:
        return _pct(self.x)

    @property
    def focus_anchor(self) -> str:
        """The focus text runs into the track from whichever third the shape is in."""
        return "start" if self.x < WIDTH / 3 else "end" if self.x > WIDTH * 2 / 3 else "middle"


@dataclass(frozen=True)
class Tick(_Placed):
    x: float
    label: str
    anchor: str  # SVG text-anchor


@dataclass(frozen=True)
class Axis:
    start: datetime.date  # 1 January of the first year
    end: datetime.date  # 1 January after the last year
    ticks: tuple[Tick, ...]

    def x(self, day: datetime.date) -> float:
        fraction = (day - self.start).days / (self.end - self.start).days
        return min(max(fraction, 0.0), 1.0) * WIDTH


@dataclass(frozen=True)
class Bar(_Placed):
    x: float
    width: float
    css_class: str
    label: str
    url: str | None
    y: int = 0
    height: int = LANE_HEIGHT
    focus_text: str = ""  # the event's name, shown while the bar has keyboard focus

    @property
    def width_pct(self) -> str:
        return _pct(self.width)


@dataclass(frozen=True)
class Mark(_Placed):
    x: float
    css_class: str
    label: str
    url: str | None
    y: int = LANE_HEIGHT // 2  # centre of a timeline dot
    text: str = ""  # short visible label, left empty where it would run into the next bar
    text_anchor: str = "start"
    count: int = 1  # events drawn as this one mark
    radius: int = MARK_RADIUS
    focus_text: str = ""  # the event's name, shown while the mark has keyboard focus


@dataclass(frozen=True)
class Density(_Placed):
    """A year of a timeline row, shaded by how many of its events fall in it (level 1 to DENSITY_LEVELS)."""

    x: float
    width: float
    level: int
    label: str

    @property
    def width_pct(self) -> str:
        return _pct(self.width)


@dataclass(frozen=True)
class Row:
    label: str
    url: str | None
    bars: tuple[Bar, ...]
    marks: tuple[Mark, ...]
    overlays: tuple[Bar, ...] = ()  # drawn over the bars: suspensions
    title: str = ""  # full name behind an acronym label
    lanes: int = 1  # overlapping periods (associate, then candidate) get a lane each
    label_height: int = 0  # a timeline row with landmark labels has a lane for them under its dots
    density: tuple[Density, ...] = ()  # a timeline row's events per year

    @property
    def height(self) -> int:
        return self.lanes * LANE_HEIGHT + self.label_height

    @property
    def label_y(self) -> int:
        return LANE_HEIGHT + LABEL_HEIGHT - 5

    @property
    def density_svg(self) -> str:
        """The row's shaded years as SVG, written here rather than by a template loop: a long record has a
        thousand of them, and the template's lookups were most of the chart's cost."""
        return mark_safe(  # the labels are escaped; the rest are numbers
            "".join(
                f'<rect class="density density-{cell.level}" x="{cell.x_pct}%" y="2" width="{cell.width_pct}%" '
                f'height="20"><title>{escape(cell.label)}</title></rect>'
                for cell in self.density
            )
        )


@dataclass(frozen=True)
class MembershipChart:
    axis: Axis
    rows: tuple[Row, ...]
    rows_by: str
    statuses: tuple[str, ...]  # statuses present, so the legend explains only what is drawn
    key: str = ""  # tells apart several charts on one page (a comparison)

    @property
    def dom_id(self) -> str:
        return f"membership-chart-{self.key or self.rows_by}"


@dataclass(frozen=True)
class Earlier:
    """Events left off a fitted timeline, before its first year."""

    count: int
    years: str
    url: str

    @property
    def label(self) -> str:
        return ngettext("Earlier: %(count)d event, %(years)s", "Earlier: %(count)d events, %(years)s", self.count) % {
            "count": self.count,
            "years": self.years,
        }


@dataclass(frozen=True)
class EraBand(_Placed):
    """An era's decades as a shaded band across the timeline, named where the name fits."""

    x: float
    width: float
    era: object  # the Era, with its page citation marks
    shade: int  # bands alternate between two shades and two lanes of names, so that neighbours stay apart
    text: str = ""

    @property
    def text_y(self) -> int:
        return 13 + self.shade * 16

    @property
    def width_pct(self) -> str:
        return _pct(self.width)

    @property
    def text_x_pct(self) -> str:
        return _pct(self.x + 6)


@dataclass(frozen=True)
class TimelineChart:
    axis: Axis
    rows: tuple[Row, ...]
    earlier: Earlier | None = None
    eras: tuple[EraBand, ...] = ()
    zoomable: bool = False  # on the timeline page, which takes years: the chart can be dragged across to zoom
    summarised: bool = False  # too many events to draw each: the shading and the landmark events only


def make_axis(first_year: int, last_year: int, language: str) -> Axis:
    """Whole years from first_year to the end of last_year, with at most MAX_TICKS round years."""
    first_year, last_year = clamp_year(first_year), clamp_year(last_year)
    last_year = max(first_year, last_year)
    axis = Axis(datetime.date(first_year, 1, 1), datetime.date(last_year + 1, 1, 1), ())
    # Round numbers in the era the reader sees: 2520, 2530 B.E. rather than 2523 for 1980.
    offset = BUDDHIST_ERA_OFFSET if (language or "")[:2] == "th" else 0
    years = range(first_year, last_year + 2)
    step = next((s for s in TICK_STEPS if sum(1 for y in years if (y + offset) % s == 0) <= MAX_TICKS), TICK_STEPS[-1])
    ticks = []
    for year in (y for y in years if (y + offset) % step == 0):
        x = axis.x(datetime.date(year, 1, 1))
        anchor = "start" if x < EDGE else "end" if x > WIDTH - EDGE else "middle"
        ticks.append(Tick(x, str(year + offset), anchor))
    return Axis(axis.start, axis.end, tuple(ticks))


def _span(axis: Axis, start: datetime.date, end: datetime.date) -> tuple[float, float]:
    """x and width; an end known only to its year may precede the start as a plain date."""
    x, right = axis.x(start), axis.x(max(end, start))
    width = max(right - x, MIN_BAR_WIDTH)
    return min(x, WIDTH - width), width


def _drawn_end(membership, today: datetime.date) -> datetime.date:
    return drawn_at(membership.end, membership.end_precision) if membership.end else today


def _lanes(spans: list[tuple[float, float]]) -> tuple[list[int], int]:
    """Give each (x, width) span, in start order, the first lane where it overlaps nothing."""
    lane_ends: list[float] = []
    lanes = []
    for x, width in spans:
        lane = next((i for i, end in enumerate(lane_ends) if end <= x), len(lane_ends))
        lane_ends[lane : lane + 1] = [x + width]
        lanes.append(lane)
    return lanes, max(len(lane_ends), 1)


def membership_chart(
    memberships: Iterable,
    *,
    rows_by: str,
    language: str,
    today: datetime.date,
    years: tuple[int, int] | None = None,
    key: str = "",
) -> MembershipChart:
    """One row per country (a bloc's page) or per bloc (a country's page); ``years`` fixes the axis (a comparison)."""
    if rows_by not in ("country", "bloc"):
        raise ValueError(f"rows_by must be 'country' or 'bloc', not {rows_by!r}")
    memberships = list(memberships)
    groups: dict[str, tuple] = {}
    for membership in memberships:
        other = getattr(membership, rows_by)
        groups.setdefault(other.slug, (other, []))[1].append(membership)
    first_year, last_year = years or membership_years(memberships, today)
    axis = make_axis(first_year, last_year, language)
    rows = [_membership_row(other, items, rows_by, axis, language, today) for other, items in groups.values()]
    rows.sort(key=lambda pair: (pair[0], pair[1].label))
    statuses = {m.status for m in memberships}
    return MembershipChart(
        axis,
        tuple(row for _start, row in rows),
        rows_by,
        tuple(s for s in MembershipStatus.values if s in statuses),
        key,
    )


def membership_years(memberships: list, today: datetime.date) -> tuple[int, int]:
    first_year = min((m.start.year for m in memberships), default=today.year)
    return first_year, max([today.year, *(m.start.year for m in memberships)])


def _membership_row(other, memberships, rows_by, axis, language, today) -> tuple[datetime.date, Row]:
    memberships = sorted(memberships, key=lambda m: m.start)
    if rows_by == "bloc" and other.acronym:
        label, title = other.acronym, other.name if other.name != other.acronym else ""
    else:
        label, title = other.name, ""
    url = other.get_absolute_url()

    def describe(m) -> str:
        if m.end:
            period = format_period(m.start, m.start_precision, m.end, m.end_precision, language)
        else:
            start = format_partial_date(m.start, m.start_precision, language)
            period = start if m.status == MembershipStatus.WITHDRAWN else f"{start} – {_('present')}"
        values = {"name": label, "status": m.get_status_display(), "period": period}
        return _("%(name)s — %(status)s: %(period)s") % values

    periods = [m for m in memberships if m.status in BAR_HEIGHTS]
    spans = [_span(axis, drawn_at(m.start, m.start_precision), _drawn_end(m, today)) for m in periods]
    lanes, lane_count = _lanes(spans)
    bars = []
    for m, (x, width), lane in zip(periods, spans, lanes, strict=True):
        height = BAR_HEIGHTS[m.status]
        y = lane * LANE_HEIGHT + (LANE_HEIGHT - height) // 2
        bars.append(Bar(x, width, f"bar-{m.status}", describe(m), url, y, height))
    overlays = [
        Bar(
            *_span(axis, drawn_at(m.start, m.start_precision), _drawn_end(m, today)),
            "bar-suspended",
            describe(m),
            url,
            1,
            lane_count * LANE_HEIGHT - 2,
        )
        for m in memberships
        if m.status == MembershipStatus.SUSPENDED
    ]
    marks = []
    for m in (m for m in memberships if m.status == MembershipStatus.WITHDRAWN):
        x, text = axis.x(drawn_at(m.start, m.start_precision)), m.get_status_display()
        room = min([shape.x for shape in [*bars, *overlays] if shape.x > x] + [WIDTH]) - x
        fits = room >= MARK_TEXT_UNITS_PER_CHAR * len(text) + 12
        marks.append(Mark(x, "mark-withdrawn", describe(m), url, text=text if fits else ""))
    row = Row(label, url, tuple(bars), tuple(marks), tuple(overlays), title, lane_count)
    return memberships[0].start, row


def era_bands(eras: Iterable, axis: Axis) -> tuple[EraBand, ...]:
    """The eras that reach into the axis, clipped to it; an era's band runs from its first decade's first day
    to its last decade's end.

    Names go on two lanes of the strip, neighbours on different lanes, so a name may run on past its own band
    (a decade is too short for "Regionalismo abierto") up to the next band on its lane; it is left out where
    even that is too short, and the list under the chart names every era.
    """
    placed = []
    for era in eras:
        x = axis.x(era.start)
        width = axis.x(era.end + datetime.timedelta(days=1)) - x
        if width > 0:
            placed.append((x, width, era))
    bands = []
    for index, (x, width, era) in enumerate(placed):
        room = placed[index + 2][0] - x if index + 2 < len(placed) else WIDTH - x
        text = era.name if MARK_TEXT_UNITS_PER_CHAR * len(era.name) + 12 <= room else ""
        bands.append(EraBand(x, width, era, index % 2, text))
    return tuple(bands)


def timeline_chart(
    events: Iterable,
    *,
    language: str,
    today: datetime.date,
    query=None,
    eras: Iterable = (),
    event_url=None,
    counts: Iterable = (),
    summarised: bool = False,
) -> TimelineChart:
    """One row per bloc and a last row for events tied to none; an event shows in each of its blocs' rows.

    ``counts`` are (bloc or None, year, events) for the whole list, drawn as each row's shading. With
    ``summarised``, ``events`` are only landmark events (see timeline_events) and the rows and the axis come from
    the counts; otherwise ``events`` are the whole list and, without a chosen year, the range is fitted (see
    fitted_events). ``query``, the timeline page's GET parameters, makes group marks and the "earlier" marker zoom
    links that keep the other filters; without it (a bloc's page) they link to the first of their events in the
    list below. ``today`` only sets the axis of an empty chart.
    """
    events = sorted(events, key=lambda e: (e.date, e.pk or 0))
    counts = list(counts)
    chosen_years = query is not None and bool(query.get("year_from") or query.get("year_to"))
    earlier, events = ([], events) if chosen_years or summarised else fitted_events(events)
    rows_of: dict[str | None, tuple] = {}  # bloc slug (None: no bloc) -> (bloc, events, {year: events})
    for event in events:
        blocs = list(event.blocs.all())
        for bloc in blocs or [None]:
            rows_of.setdefault(bloc and bloc.slug, (bloc, [], {}))[1].append(event)
    for bloc, year, number in counts:
        if summarised or (bloc and bloc.slug) in rows_of:  # an outlier alone in its row is left off with it
            rows_of.setdefault(bloc and bloc.slug, (bloc, [], {}))[2][year] = number
    earlier_years = None
    if summarised:
        events = [e for e in events if not e.end_date]  # landmarks are dates; periods are in the shading
        years = fitted_years(counts) if not chosen_years else None
        first_year = min((year for _bloc, year, _n in counts), default=today.year)
        if years is not None:
            earlier_years, first_year = years
        last_year = max((year for _bloc, year, _n in counts), default=today.year)
    else:
        first_year = min((e.date.year for e in events), default=today.year)
        last_year = max((_last_year(e) for e in events), default=today.year)
    axis = make_axis(first_year, last_year, language)
    links = _Links(query, axis, event_url)
    top = max((n for _bloc, _year, n in counts), default=1)
    words = _CellWords(language)
    rows = []
    for bloc, items, per_year in rows_of.values():
        if bloc is None:
            label, url, title = _("Other"), None, ""
        else:
            label = bloc.acronym or bloc.name
            url, title = bloc.get_absolute_url(), bloc.name if bloc.name != label else ""
        density = _density(per_year, top, label, axis, words)
        first = items[0].date if items else datetime.date(min(per_year), 1, 1)
        # A summarised row marks landmark dates within the axis; its periods and early years are in the shading.
        drawn = [e for e in items if not (summarised and (e.end_date or e.date < axis.start))]
        row = _timeline_row(drawn, label, url, title, axis, language, links, density)
        rows.append((bloc is None, first, row))
    rows.sort(key=lambda item: (item[0], item[1], item[2].label))
    return TimelineChart(
        axis,
        tuple(row for _other, _first, row in rows),
        _earlier_span(*earlier_years, language, links) if earlier_years else _earlier(earlier, language, links),
        era_bands(eras, axis),
        zoomable=query is not None,
        summarised=summarised,
    )


class _CellWords:
    """A shaded year's label, its year and count phrases written once per chart rather than once per cell."""

    def __init__(self, language: str):
        self.language, self.years, self.phrases = language, {}, {}

    def label(self, row: str, year: int, number: int) -> str:
        if year not in self.years:
            self.years[year] = format_partial_date(datetime.date(year, 1, 1), DatePrecision.YEAR, self.language)
        if number not in self.phrases:
            self.phrases[number] = ngettext(
                "%(row)s, %(year)s: %(count)d event", "%(row)s, %(year)s: %(count)d events", number
            )
        return self.phrases[number] % {"row": row, "year": self.years[year], "count": number}


def _density(per_year: dict[int, int], top: int, label: str, axis: Axis, words: _CellWords) -> tuple[Density, ...]:
    """A row's years within the axis, shaded in DENSITY_LEVELS steps of the chart's busiest year."""
    cells = []
    for year, number in sorted(per_year.items()):
        start = datetime.date(year, 1, 1)
        if not axis.start <= start < axis.end:
            continue
        x = axis.x(start)
        level = max(1, math.ceil(DENSITY_LEVELS * number / top))
        cells.append(Density(x, axis.x(_next_year(start)) - x, level, words.label(label, year, number)))
    return tuple(cells)


def _next_year(day: datetime.date) -> datetime.date:
    return datetime.date(day.year + 1, 1, 1) if day.year < datetime.MAXYEAR else datetime.date.max


def fitted_events(events: list) -> tuple[list, list]:
    """(earlier outliers, the events the default range is fitted to), from events in date order.

    The earliest events are left off the chart when more than OUTLIER_GAP_YEARS separate them from every later
    event and they are at most OUTLIER_SHARE of all events: one war of 1879 before a record that starts in 1951
    would otherwise push seventy years of events into the right half. The chart names them in an "earlier"
    marker; the list below the chart still shows them, and choosing years shows them on the chart.
    """
    cut, reached = 0, None
    for i in range(1, int(len(events) * OUTLIER_SHARE) + 1):
        reached = max(reached or 0, _last_year(events[i - 1]))
        if events[i].date.year - reached > OUTLIER_GAP_YEARS:
            cut = i
    return events[:cut], events[cut:]


def fitted_years(counts: list) -> tuple[tuple[int, int, int], int] | None:
    """As fitted_events, for a summarised chart's counts: ((events, first year, last year) left off, the first
    year drawn), or None when no early years stand apart from the rest."""
    totals: dict[int, int] = {}
    for _bloc, year, number in counts:
        totals[year] = totals.get(year, 0) + number
    years, everything = sorted(totals), sum(totals.values())
    cut, before = 0, 0
    for index in range(1, len(years)):
        before += totals[years[index - 1]]
        if before > everything * OUTLIER_SHARE:
            break
        if years[index] - years[index - 1] > OUTLIER_GAP_YEARS:
            cut = index
    if not cut:
        return None
    return (sum(totals[year] for year in years[:cut]), years[0], years[cut - 1]), years[cut]


def _last_year(event) -> int:
    return max(event.date, event.end_date or event.date).year


class _Links:
    """Where a group mark or the "earlier" marker leads: a narrower year range, or the event list."""

    def __init__(self, query, axis: Axis, event_url=None):
        self.query, self.axis_years = query, axis.end.year - axis.start.year
        self.event = event_url or (lambda event: f"#event-{event.pk}")  # its page of the list, when there are pages

    def to_years(self, first_year: int, last_year: int, first_event) -> str:
        if self.query is None or last_year - first_year + 1 >= self.axis_years:
            return self.event(first_event)  # a narrower range would draw them no further apart
        params = self.query.copy()
        params["year_from"], params["year_to"] = str(first_year), str(last_year)
        return f"?{params.urlencode()}"


def _earlier(events: list, language: str, links: _Links) -> Earlier | None:
    if not events:
        return None
    return _earlier_span(len(events), events[0].date.year, events[-1].date.year, language, links, events[0])


def _earlier_span(count: int, first: int, last: int, language: str, links: _Links, first_event=None) -> Earlier:
    years = format_period(
        datetime.date(first, 1, 1), DatePrecision.YEAR, datetime.date(last, 1, 1), DatePrecision.YEAR, language
    )
    if links.query is None:
        url = links.event(first_event) if first_event is not None else "#events-heading"
    else:
        params = links.query.copy()
        params.pop("year_from", None)
        params["year_to"] = str(last)
        url = f"?{params.urlencode()}"
    return Earlier(count, years, url)


def _describe(event, language: str) -> str:
    period = format_period(event.date, event.date_precision, event.end_date, event.end_date_precision, language)
    return _("%(title)s — %(date)s") % {"title": event.title, "date": period}


def _short(title: str) -> str:
    if len(title) <= LABEL_CHARS:
        return title
    return title[: LABEL_CHARS - 1].rsplit(" ", 1)[0].rstrip(" :,;(") + "…"


def _grouped(points: list, axis: Axis) -> list[tuple[float, list]]:
    """Events whose dots would be nearer than MARK_GAP to a group's first dot join that group, drawn there."""
    groups: list[tuple[float, list]] = []
    for event in points:
        x = axis.x(drawn_at(event.date, event.date_precision))
        if groups and x - groups[-1][0] < MARK_GAP:
            groups[-1][1].append(event)
        else:
            groups.append((x, [event]))
    return groups


def _point_mark(x: float, events: list, language: str, links: _Links) -> Mark:
    first, last = events[0], events[-1]
    if len(events) == 1:
        return Mark(x, f"event-point event-{first.kind}", _describe(first, language), links.event(first),
                    focus_text=first.title)  # fmt: skip
    period = format_period(first.date, first.date_precision, last.date, last.date_precision, language)
    label = ngettext("%(count)d event, %(period)s", "%(count)d events, %(period)s", len(events)) % {
        "count": len(events),
        "period": period,
    }
    url = links.to_years(first.date.year, last.date.year, first)
    return Mark(x, "event-point event-group", label, url, count=len(events), radius=GROUP_RADIUS, focus_text=label)


def _labelled(marks: list[Mark], groups: list[tuple[float, list]]) -> list[Mark]:
    """Landmark labels under the dots, founding first, each only where it runs into no other label."""
    candidates = []
    for index, (_x, events) in enumerate(groups):
        landmarks = [e for e in events if e.kind in LANDMARK_KINDS]
        if landmarks:
            landmark = min(landmarks, key=lambda e: LANDMARK_KINDS.index(e.kind))
            candidates.append((LANDMARK_KINDS.index(landmark.kind), marks[index].x, index, _short(landmark.title)))
    taken: list[tuple[float, float]] = []
    for _priority, x, index, text in sorted(candidates):
        width = MARK_TEXT_UNITS_PER_CHAR * len(text) + 12
        left, anchor = (
            (x - MARK_RADIUS, "start") if x - MARK_RADIUS + width <= WIDTH else (x + MARK_RADIUS - width, "end")
        )
        if left >= 0 and all(left + width <= start or left >= end for start, end in taken):
            taken.append((left, left + width))
            marks[index] = replace(marks[index], text=text, text_anchor=anchor)
    return marks


def _timeline_row(events, label, url, title, axis, language, links, density=()) -> Row:
    """Dates as dots on a first lane (landmark labels under them, the shading behind them), periods as bars on
    lanes below."""
    points = [e for e in events if not e.end_date]
    periods = [e for e in events if e.end_date]
    groups = _grouped(points, axis)
    marks = _labelled([_point_mark(x, items, language, links) for x, items in groups], groups)
    label_height = LABEL_HEIGHT if any(mark.text for mark in marks) else 0
    spans = [
        _span(axis, drawn_at(e.date, e.date_precision), drawn_at(e.end_date, e.end_date_precision)) for e in periods
    ]
    lanes, lane_count = _lanes(spans)
    first_lane = 1 if marks or density else 0
    bars = []
    for e, (x, width), lane in zip(periods, spans, lanes, strict=True):
        y = (first_lane + lane) * LANE_HEIGHT + label_height + 6
        bars.append(Bar(x, width, f"event-span event-{e.kind}", _describe(e, language), links.event(e), y, 12, e.title))
    lane_total = first_lane + (lane_count if periods else 0)
    return Row(label, url, tuple(bars), tuple(marks), (), title, max(lane_total, 1), label_height, density)
