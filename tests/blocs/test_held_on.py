"""Who held a status on a day, when a date is known only to its month or year (issue 14's precision rule).

A start known as "2013" may be any day of 2013: on 2013-06-01 the period may or may not have begun, so it is
neither counted as held nor silently left out, but reported as uncertain. The same goes for an end.
"""

import datetime

import pytest

from blocs.models import Bloc, Membership
from tests.factories import BlocFactory, MembershipFactory

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def periods():
    bloc = BlocFactory(founded=D(1990, 1, 1))
    return {
        "year-start": MembershipFactory(bloc=bloc, start=D(2013, 1, 1), start_precision="year"),
        "month-start": MembershipFactory(bloc=bloc, start=D(2024, 7, 1), start_precision="month"),
        "year-end": MembershipFactory(bloc=bloc, start=D(2008, 5, 23), end=D(2018, 1, 1), end_precision="year"),
        "day": MembershipFactory(bloc=bloc, start=D(1991, 3, 26), end=D(2012, 6, 29)),
    }


def named(periods, queryset) -> set[str]:
    ids = set(queryset.values_list("pk", flat=True))
    return {name for name, period in periods.items() if period.pk in ids}


@pytest.mark.parametrize(
    ("on", "held", "uncertain"),
    [
        (D(2012, 12, 31), {"year-end"}, set()),
        (D(2013, 6, 1), {"year-end"}, {"year-start"}),  # "2013" may not have begun yet
        (D(2014, 1, 1), {"year-start", "year-end"}, set()),
        (D(2018, 3, 1), {"year-start"}, {"year-end"}),  # ended some day in 2018
        (D(2018, 12, 31), {"year-start"}, set()),  # by its last day 2018 is surely over... but for that day
        (D(2024, 7, 20), {"year-start"}, {"month-start"}),
        (D(2024, 8, 1), {"year-start", "month-start"}, set()),
        (D(2012, 6, 28), {"year-end", "day"}, set()),
        (D(2012, 6, 29), {"year-end"}, set()),  # a day-precision end: the first day it no longer held
    ],
)
def test_held_and_uncertain_on_a_day(periods, on, held, uncertain):
    mine = Membership.objects.filter(pk__in=[p.pk for p in periods.values()])
    assert named(periods, mine.held_on(on)) == held
    assert named(periods, mine.maybe_held_on(on)) == uncertain


def test_a_member_since_a_month_not_yet_over_is_not_counted_as_a_member_today():
    today = datetime.date.today()
    bloc = BlocFactory(founded=D(1990, 1, 1))
    MembershipFactory(bloc=bloc, start=D(2000, 1, 1))
    MembershipFactory(bloc=bloc, start=today.replace(day=1), start_precision="month")
    assert Bloc.objects.with_current_members().get(pk=bloc.pk).current_members == 1
