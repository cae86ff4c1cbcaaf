"""The Americas on one day: who stood where in each bloc, the countries × blocs matrix, and the overlaps.

A period whose start or end is known only to its month or year may or may not hold on a day inside that month or
year: it is kept, marked uncertain (``sure`` false), never silently counted in or left out.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from integration_portal.core.collation import collation_key

from .models import Bloc, Country, Membership, MembershipStatus

# What a reader asks "who was where" about; a withdrawal is the absence of a status, shown on the bloc's own page.
STATUSES_SHOWN = (
    MembershipStatus.MEMBER,
    MembershipStatus.SUSPENDED,
    MembershipStatus.ASSOCIATE,
    MembershipStatus.CANDIDATE,
    MembershipStatus.OBSERVER,
)
# A suspended state is still a party to its bloc (suspension withholds rights, not membership), so it counts as
# belonging in the overlaps and on the map.
BELONGING = (MembershipStatus.MEMBER, MembershipStatus.SUSPENDED)


def standings_on(day: datetime.date, memberships=None, *, with_sources: bool = True) -> list[Membership]:
    """The periods that held or may have held on ``day``, each with ``sure``, its country and bloc (and sources)."""
    queryset = (Membership.objects.all() if memberships is None else memberships).standing_on(day)
    queryset = queryset.filter(status__in=STATUSES_SHOWN).select_related("country", "bloc")
    if with_sources:
        queryset = queryset.prefetch_related("citations__source")
    return list(queryset.order_by("bloc__founded", "bloc__slug", "country__slug", "start"))


@dataclass
class StatusGroup:
    status: str
    label: str
    standings: list[Membership]


@dataclass
class BlocOnDate:
    bloc: Bloc
    groups: list[StatusGroup]


@dataclass
class CountryRow:
    country: Country
    cells: list[list[Membership]]  # one list per matrix column: a country may be associate and candidate at once
    belongs_to: list[Bloc] = field(default_factory=list)
    may_belong_to: list[Bloc] = field(default_factory=list)


@dataclass
class SharedMembers:
    first: Bloc
    second: Bloc
    countries: list[Country]


@dataclass
class AmericasOnDate:
    day: datetime.date
    standings: list[Membership]
    blocs: list[BlocOnDate]
    rows: list[CountryRow]

    @property
    def columns(self) -> list[Bloc]:
        return [entry.bloc for entry in self.blocs]

    @property
    def overlaps(self) -> list[CountryRow]:
        """Countries that surely belonged to two or more blocs that day, most blocs first."""
        return sorted(
            (row for row in self.rows if len(row.belongs_to) >= 2),
            key=lambda row: (-len(row.belongs_to), collation_key(row.country.name)),
        )

    @property
    def shared_members(self) -> list[SharedMembers]:
        """Pairs of blocs with members in common that day, most shared first."""
        members: dict[int, list[Country]] = defaultdict(list)
        for row in self.rows:
            for bloc in row.belongs_to:
                members[bloc.pk].append(row.country)
        pairs = []
        for first, second in combinations(self.columns, 2):
            common = [country for country in members[first.pk] if country in members[second.pk]]
            if common:
                pairs.append(SharedMembers(first, second, common))
        return sorted(pairs, key=lambda pair: -len(pair.countries))


def americas_on(day: datetime.date) -> AmericasOnDate:
    standings = standings_on(day)
    by_bloc: dict[int, tuple[Bloc, list[Membership]]] = {}
    by_country: dict[int, tuple[Country, list[Membership]]] = {}
    for membership in standings:
        by_bloc.setdefault(membership.bloc_id, (membership.bloc, []))[1].append(membership)
        by_country.setdefault(membership.country_id, (membership.country, []))[1].append(membership)
    labels = dict(MembershipStatus.choices)
    blocs = [
        BlocOnDate(
            bloc,
            [
                StatusGroup(status, labels[status], [m for m in items if m.status == status])
                for status in STATUSES_SHOWN
                if any(m.status == status for m in items)
            ],
        )
        for bloc, items in by_bloc.values()
    ]
    columns = [entry.bloc for entry in blocs]
    rows = []
    for country, items in sorted(by_country.values(), key=lambda pair: collation_key(pair[0].name)):
        row = CountryRow(country, [[m for m in items if m.bloc_id == bloc.pk] for bloc in columns])
        for bloc in columns:
            belonging = [m for m in items if m.bloc_id == bloc.pk and m.status in BELONGING]
            if any(m.sure for m in belonging):
                row.belongs_to.append(bloc)
            elif belonging:
                row.may_belong_to.append(bloc)
        rows.append(row)
    return AmericasOnDate(day, standings, blocs, rows)
