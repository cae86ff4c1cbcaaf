"""Two to four countries side by side: the periods they belonged to a bloc together and the events they share."""

import datetime
from dataclasses import dataclass
from itertools import combinations

from django.db.models import Count, Q

from .models import Country, Event, Membership
from .on_date import BELONGING


@dataclass(frozen=True)
class Edge:
    """One end of a period: a date with its precision, or None for an open end."""

    date: datetime.date | None
    precision: str = "day"


@dataclass(frozen=True)
class SharedPeriod:
    countries: tuple[Country, Country]
    bloc: object
    start: Edge
    end: Edge


def belonging_spans(memberships: list[Membership]) -> list[tuple[Edge, Edge]]:
    """A country's periods of belonging to one bloc, with back-to-back periods (member, suspended, member) joined."""
    spans: list[tuple[Edge, Edge]] = []
    for m in sorted((m for m in memberships if m.status in BELONGING), key=lambda m: m.start):
        start, end = Edge(m.start, m.start_precision), Edge(m.end, m.end_precision)
        if spans and (spans[-1][1].date is None or spans[-1][1].date >= m.start):
            previous_start, previous_end = spans[-1]
            later = previous_end if previous_end.date is None or (end.date and previous_end.date >= end.date) else end
            spans[-1] = (previous_start, later)
        else:
            spans.append((start, end))
    return spans


def _intersection(first: tuple[Edge, Edge], second: tuple[Edge, Edge]) -> tuple[Edge, Edge] | None:
    start = max(first[0], second[0], key=lambda edge: edge.date)
    ends = [edge for edge in (first[1], second[1]) if edge.date is not None]
    end = min(ends, key=lambda edge: edge.date) if ends else Edge(None)
    if end.date is not None and end.date <= start.date:
        return None
    return start, end


def shared_periods(countries: list[Country], memberships: list[Membership]) -> list[SharedPeriod]:
    """For each pair of the countries, the spans during which both belonged to the same bloc, in time order."""
    spans: dict[tuple[int, int], list] = {}
    blocs = {}
    for m in memberships:
        spans.setdefault((m.country_id, m.bloc_id), []).append(m)
        blocs[m.bloc_id] = m.bloc
    shared = []
    for first, second in combinations(countries, 2):
        for bloc_id, bloc in blocs.items():
            for a in belonging_spans(spans.get((first.pk, bloc_id), [])):
                for b in belonging_spans(spans.get((second.pk, bloc_id), [])):
                    if overlap := _intersection(a, b):
                        shared.append(SharedPeriod((first, second), bloc, *overlap))
    return sorted(shared, key=lambda period: (period.start.date, period.bloc.slug))


def shared_events(countries: list[Country]):
    """Published events that concern at least two of the countries."""
    return (
        Event.objects.published()
        .alias(concerned=Count("countries", filter=Q(countries__in=countries), distinct=True))
        .filter(concerned__gte=2)
    )
