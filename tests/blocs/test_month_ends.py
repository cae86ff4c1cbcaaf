"""A date known only to its month stands for any day of it, up to the month's last day (31 July, 29 February in a
leap year, 28 in another, 31 December), and no further.

A start known as "2012-07" surely began by 31 July 2012, and may not have begun on the 30th. An end is the first day the
status no longer held: known as "2012-07", it is 31 July at the latest, so the period may still hold on 30 July and
surely holds no more on the 31st. Expected values are read off the calendar, by hand.
"""

import datetime

import pytest
from django.utils import timezone

from blocs.models import Bloc, Country, Membership
from blocs.on_date import americas_on
from integration_portal.core.dates import last_day
from tests.factories import BlocFactory, CountryFactory, EventFactory, MembershipFactory

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.mark.parametrize(
    ("first", "precision", "expected"),
    [
        (D(2012, 7, 1), "month", D(2012, 7, 31)),
        (D(2012, 2, 1), "month", D(2012, 2, 29)),  # 2012 is a leap year
        (D(2013, 2, 1), "month", D(2013, 2, 28)),
        (D(1900, 2, 1), "month", D(1900, 2, 28)),  # divisible by 100, not by 400: not a leap year
        (D(2000, 2, 1), "month", D(2000, 2, 29)),  # divisible by 400: a leap year
        (D(2012, 4, 1), "month", D(2012, 4, 30)),
        (D(2012, 12, 1), "month", D(2012, 12, 31)),
        (D(2012, 1, 1), "year", D(2012, 12, 31)),
        (D(2012, 7, 14), "day", D(2012, 7, 14)),
    ],
)
def test_last_day_of_a_partial_date(first, precision, expected):
    assert last_day(first, precision) == expected


# (start or end known to the month or year, its precision, the period's last day, the day after it)
MONTHS = [
    (D(2012, 7, 1), "month", D(2012, 7, 31), D(2012, 8, 1)),
    (D(2012, 2, 1), "month", D(2012, 2, 29), D(2012, 3, 1)),
    (D(2013, 2, 1), "month", D(2013, 2, 28), D(2013, 3, 1)),
    (D(2012, 12, 1), "month", D(2012, 12, 31), D(2013, 1, 1)),
    (D(2012, 1, 1), "year", D(2012, 12, 31), D(2013, 1, 1)),
]


def mine(*periods):
    return Membership.objects.filter(pk__in=[period.pk for period in periods])


@pytest.mark.parametrize(("month", "precision", "last", "after"), MONTHS)
def test_a_start_known_to_the_month_or_year_surely_holds_on_its_last_day(month, precision, last, after):
    period = MembershipFactory(start=month, start_precision=precision)
    day_before_last = last - datetime.timedelta(days=1)
    assert not mine(period).held_on(day_before_last).exists()
    assert mine(period).maybe_held_on(day_before_last).exists()
    assert mine(period).held_on(last).exists()
    assert not mine(period).maybe_held_on(last).exists()
    assert not mine(period).standing_on(month - datetime.timedelta(days=1)).exists()


@pytest.mark.parametrize(("month", "precision", "last", "after"), MONTHS)
def test_an_end_known_to_the_month_or_year_may_hold_until_the_day_before_its_last(month, precision, last, after):
    period = MembershipFactory(start=D(2000, 1, 1), end=month, end_precision=precision)
    assert mine(period).held_on(month - datetime.timedelta(days=1)).exists()
    assert mine(period).maybe_held_on(month).exists()
    assert mine(period).maybe_held_on(last - datetime.timedelta(days=1)).exists()
    assert not mine(period).held_on(last - datetime.timedelta(days=1)).exists()
    assert not mine(period).standing_on(last).exists()
    assert not mine(period).standing_on(after).exists()


@pytest.mark.parametrize(("month", "precision", "last", "after"), MONTHS)
def test_the_americas_on_the_last_day_of_a_month_or_year(month, precision, last, after):
    """The on-date page's matrix: a country surely belongs from the start month's last day; one whose end is in
    that month may still belong the day before it, and no longer on it."""
    Membership.objects.all().delete()  # the demo's periods; this record is read by hand
    bloc = BlocFactory(slug="alfa")
    joining, leaving = CountryFactory(slug="joining"), CountryFactory(slug="leaving")
    MembershipFactory(country=joining, bloc=bloc, start=month, start_precision=precision)
    MembershipFactory(country=leaving, bloc=bloc, start=D(2000, 1, 1), end=month, end_precision=precision)
    on_last = {row.country.slug: (row.belongs_to, row.may_belong_to) for row in americas_on(last).rows}
    assert on_last == {"joining": ([bloc], [])}
    on_the_day_before = americas_on(last - datetime.timedelta(days=1)).rows
    assert {row.country.slug: row.may_belong_to for row in on_the_day_before} == {
        "joining": [bloc],
        "leaving": [bloc],
    }
    assert [row.country.slug for row in americas_on(after).rows] == ["joining"]


@pytest.mark.parametrize(("month", "precision", "last", "after"), MONTHS)
def test_current_members_counted_from_the_last_day_of_the_start(monkeypatch, month, precision, last, after):
    """A bloc's and a country's count of current members: a member since "that month" counts from its last day."""
    bloc = BlocFactory(founded=D(1990, 1, 1))
    country = CountryFactory()
    MembershipFactory(country=country, bloc=bloc, start=month, start_precision=precision)
    for today, expected in [(last - datetime.timedelta(days=1), 0), (last, 1), (after, 1)]:
        monkeypatch.setattr(timezone, "localdate", lambda today=today: today)
        assert Bloc.objects.with_current_members().get(pk=bloc.pk).current_members == expected, today
        assert Country.objects.with_current_blocs().get(pk=country.pk).current_blocs == expected, today


def test_current_members_are_members_whose_period_still_runs_counted_once(monkeypatch):
    """Only "member" periods count; one that ended today no longer does, one that ends tomorrow still does; and a
    query that also joins the bloc's events (each member × each event) still counts each member once."""
    today = D(2020, 5, 10)
    monkeypatch.setattr(timezone, "localdate", lambda: today)
    bloc = BlocFactory(founded=D(1990, 1, 1))
    start = D(2000, 1, 1)
    MembershipFactory(bloc=bloc, start=start)
    MembershipFactory(bloc=bloc, start=start, end=today + datetime.timedelta(days=1))
    MembershipFactory(bloc=bloc, start=start, end=today)  # the first day it no longer held
    MembershipFactory(bloc=bloc, start=start, status="associate")
    MembershipFactory(bloc=bloc, start=start, status="observer")
    assert Bloc.objects.with_current_members().get(pk=bloc.pk).current_members == 2
    events = [EventFactory(), EventFactory(), EventFactory()]
    bloc.events.add(*events)
    joined = Bloc.objects.filter(events__in=events).with_current_members().distinct()
    assert [found.current_members for found in joined] == [2]
