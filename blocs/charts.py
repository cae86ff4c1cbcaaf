"""Layout of the server-rendered charts: memberships over time and the visual timeline.

The geometry is computed here rather than in templates or scripts so pages need no JavaScript
(a strict Content-Security-Policy is coming) and the layout can be unit-tested. Horizontal
positions are in units of a track 1000 wide; templates write them as percentages (``x_pct``), so
the SVG is never stretched and its text, ticks and hatching keep their shape at any width.
Vertical geometry is in CSS pixels and does not scale.

Nothing here queries the database: memberships come with ``country`` and ``bloc`` selected and
events with ``blocs`` prefetched.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from integration_portal.core.dates import BUDDHIST_ERA_OFFSET, clamp_year, drawn_at, format_partial_date

from .models import MembershipStatus

WIDTH = 1000
MIN_BAR_WIDTH = 4  # a one-day period would otherwise be invisible
LANE_HEIGHT = 24
MAX_TICKS = 8
TICK_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500)
EDGE = 25  # a tick label this close to an end is anchored inwards, so it does not spill past the track
# Height differs by status so colour is not the only cue.
BAR_HEIGHTS = {"member": 16, "associate": 12, "candidate": 12, "observer": 6}
MARK_TEXT_UNITS_PER_CHAR = 9  # rough width of the small mark label on a desktop-width track


def _pct(units: float) -> str:
    # A string, so template localisation cannot turn 12.5 into "12,5" inside an SVG attribute.
    return f"{units / WIDTH * 100:.3f}"


class _Placed:
    x: float

    @property
    def x_pct(self) -> str:
        return _pct(self.x)


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


@dataclass(frozen=True)
class Row:
    label: str
    url: str | None
    bars: tuple[Bar, ...]
    marks: tuple[Mark, ...]
    overlays: tuple[Bar, ...] = ()  # drawn over the bars: suspensions
    title: str = ""  # full name behind an acronym label
    lanes: int = 1  # overlapping periods (associate, then candidate) get a lane each

    @property
    def height(self) -> int:
        return self.lanes * LANE_HEIGHT


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
class TimelineChart:
    axis: Axis
    rows: tuple[Row, ...]


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


def _period_text(start: str, end: str | None) -> str:
    return f"{start} – {end}" if end else start


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
        start = format_partial_date(m.start, m.start_precision, language)
        if m.end:
            end = format_partial_date(m.end, m.end_precision, language)
        else:
            end = None if m.status == MembershipStatus.WITHDRAWN else _("present")
        values = {"name": label, "status": m.get_status_display(), "period": _period_text(start, end)}
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


def timeline_chart(events: Iterable, *, language: str, today: datetime.date) -> TimelineChart:
    """One row per bloc and a last row for events tied to none; an event shows in each of its blocs' rows.

    ``today`` only sets the axis of an empty chart.
    """
    events = list(events)
    groups: dict[str, tuple] = {}
    others = []
    for event in events:
        blocs = list(event.blocs.all())
        for bloc in blocs:
            groups.setdefault(bloc.slug, (bloc, []))[1].append(event)
        if not blocs:
            others.append(event)
    first_year = min((e.date.year for e in events), default=today.year)
    last_year = max((max(e.date, e.end_date or e.date).year for e in events), default=today.year)
    axis = make_axis(first_year, last_year, language)
    rows = []
    for bloc, items in groups.values():
        label = bloc.acronym or bloc.name
        title = bloc.name if bloc.name != label else ""
        rows.append(_timeline_row(items, label, bloc.get_absolute_url(), title, axis, language))
    rows.sort(key=lambda pair: (pair[0], pair[1].label))
    if others:
        rows.append(_timeline_row(others, _("Other"), None, "", axis, language))
    return TimelineChart(axis, tuple(row for _start, row in rows))


def _timeline_row(events, label, url, title, axis, language) -> tuple[datetime.date, Row]:
    """Dates as dots on a first lane, periods as bars on lanes below, so neither hides the other."""
    events = sorted(events, key=lambda e: (e.date, e.pk or 0))

    def describe(event) -> str:
        start = format_partial_date(event.date, event.date_precision, language)
        end = format_partial_date(event.end_date, event.end_date_precision, language) if event.end_date else None
        return _("%(title)s — %(date)s") % {"title": event.title, "date": _period_text(start, end)}

    points = [e for e in events if not e.end_date]
    periods = [e for e in events if e.end_date]
    marks = tuple(
        Mark(axis.x(drawn_at(e.date, e.date_precision)), f"event-point event-{e.kind}", describe(e), f"#event-{e.pk}")
        for e in points
    )
    spans = [
        _span(axis, drawn_at(e.date, e.date_precision), drawn_at(e.end_date, e.end_date_precision)) for e in periods
    ]
    lanes, lane_count = _lanes(spans)
    first_lane = 1 if marks else 0
    bars = []
    for e, (x, width), lane in zip(periods, spans, lanes, strict=True):
        y = (first_lane + lane) * LANE_HEIGHT + 6
        bars.append(Bar(x, width, f"event-span event-{e.kind}", describe(e), f"#event-{e.pk}", y, height=12))
    lane_total = first_lane + (lane_count if periods else 0)
    return events[0].date, Row(label, url, tuple(bars), marks, (), title, max(lane_total, 1))
