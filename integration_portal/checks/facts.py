"""Findings about the record itself: facts without a source, periods outside their bloc's life, contradictions.

Dates known only to a month or year are compared by what they may be: a period is found outside its bloc, or two
periods in conflict, only when that holds whatever the unknown part of the dates.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

from django.db.models import Count, Q

from blocs.models import Bloc, BlocFact, Event, Membership, MembershipStatus
from integration_portal.core.dates import last_day

FOREVER = datetime.date.max


@dataclass(frozen=True)
class Finding:
    check: str
    subject: str
    message: str

    def __str__(self):
        return f"[{self.check}] {self.subject}: {self.message}"


@dataclass(frozen=True)
class Span:
    """What a period's dates may be: its start between ``first_start`` and ``last_start``, its end likewise."""

    first_start: datetime.date
    last_start: datetime.date
    first_end: datetime.date
    last_end: datetime.date

    @classmethod
    def of(cls, membership: Membership) -> "Span":
        end = membership.end
        return cls(
            membership.start,
            last_day(membership.start, membership.start_precision),
            end or FOREVER,
            last_day(end, membership.end_precision) if end else FOREVER,
        )

    def surely_overlaps(self, other: "Span") -> bool:
        return max(self.last_start, other.last_start) < min(self.first_end, other.first_end)

    def may_meet(self, other: "Span") -> bool:
        """Whether the two may share a day or one may end on the day the other begins."""
        return max(self.first_start, other.first_start) <= min(self.last_end, other.last_end)


# Statuses one country may hold in one bloc at the same time; any other pair contradicts itself.
COMPATIBLE = {
    frozenset({MembershipStatus.MEMBER, MembershipStatus.SUSPENDED}),
    frozenset({MembershipStatus.ASSOCIATE, MembershipStatus.SUSPENDED}),
    frozenset({MembershipStatus.ASSOCIATE, MembershipStatus.CANDIDATE}),
    frozenset({MembershipStatus.OBSERVER, MembershipStatus.CANDIDATE}),
}
SUSPENDED_FROM = {MembershipStatus.MEMBER, MembershipStatus.ASSOCIATE}


def unsourced() -> Iterator[Finding]:
    for membership in Membership.objects.filter(citations__isnull=True).select_related("country", "bloc"):
        yield Finding("no-source", str(membership), "this membership period cites no source")
    for event in Event.objects.filter(citations__isnull=True):
        yield Finding("no-source", f"event {event.demo_key or event.pk}: {event.title}", "this event cites no source")
    for bloc in Bloc.objects.prefetch_related("citations"):
        facts = {citation.fact for citation in bloc.citations.all()}
        if bloc.founded and BlocFact.FOUNDING not in facts:
            yield Finding("no-source", str(bloc), "its founding date cites no source")
        if bloc.ended and BlocFact.ENDING not in facts:
            yield Finding("no-source", str(bloc), "its end date cites no source")


def outside_the_bloc() -> Iterator[Finding]:
    for membership in Membership.objects.select_related("country", "bloc"):
        bloc, span = membership.bloc, Span.of(membership)
        if bloc.founded and span.last_start < bloc.founded:
            yield Finding("before-founding", str(membership), f"starts before {bloc} was founded")
        if bloc.ended:
            bloc_end = last_day(bloc.ended, bloc.ended_precision)
            if span.first_end > bloc_end:
                why = "has no end" if membership.end is None else "ends after"
                yield Finding("after-end", str(membership), f"{why} although {bloc} ended")


def contradictions() -> Iterator[Finding]:
    periods = defaultdict(list)
    for membership in Membership.objects.select_related("country", "bloc").order_by("start"):
        periods[membership.country_id, membership.bloc_id].append(membership)
    for rows in periods.values():
        for a, b in combinations(rows, 2):
            pair = frozenset({a.status, b.status})
            if a.status != b.status and pair not in COMPATIBLE and Span.of(a).surely_overlaps(Span.of(b)):
                yield Finding("contradiction", str(a), f"overlaps “{b.get_status_display()}” from {b.start}")
        # A suspension either runs beside the membership it suspends or takes over from it on its first day.
        for suspension in (row for row in rows if row.status == MembershipStatus.SUSPENDED):
            # …or from an earlier suspension (Venezuela: for its accession terms in 2016, by the democratic clause
            # from 2017), which in turn must follow a membership.
            held = [
                row
                for row in rows
                if row.start <= suspension.start
                and row.pk != suspension.pk
                and (row.status in SUSPENDED_FROM or row.status == MembershipStatus.SUSPENDED)
            ]
            if not any(Span.of(row).may_meet(Span.of(suspension)) for row in held):
                yield Finding("contradiction", str(suspension), "a suspension with no membership to suspend")


def bloc_lives() -> Iterator[Finding]:
    blocs = Bloc.objects.select_related("predecessor").annotate(
        members=Count("memberships", filter=Q(memberships__status=MembershipStatus.MEMBER))
    )
    for bloc in blocs:
        if not bloc.members:
            yield Finding("no-members", str(bloc), "no country was ever a member")
        predecessor = bloc.predecessor
        if predecessor and predecessor.ended is None and bloc.ended is None:
            yield Finding("living-predecessor", str(bloc), f"its predecessor {predecessor} has no end")


def fact_findings() -> Iterator[Finding]:
    yield from unsourced()
    yield from outside_the_bloc()
    yield from contradictions()
    yield from bloc_lives()
