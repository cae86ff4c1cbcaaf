"""Comparing countries: the periods they shared a bloc, the events that concern both, and the address's vocabulary.

Expected periods are read by hand off the record the fixture makes.
"""

import datetime

import pytest

from blocs.compare import shared_periods
from blocs.models import Membership, MembershipStatus
from integration_portal.core.publishing import PublicationStatus
from tests.factories import BlocFactory, CountryFactory, EventFactory, MembershipFactory

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def two():
    p = CountryFactory(slug="p-land", alpha2="XP", name_es="Pelandia")
    q = CountryFactory(slug="q-land", alpha2="XQ", name_es="Quelandia")
    can, un, mer = (BlocFactory(slug=slug, founded=D(1960, 1, 1)) for slug in ("can-x", "un-x", "mer-x"))
    MembershipFactory(country=p, bloc=can, start=D(1969, 5, 26))
    MembershipFactory(country=q, bloc=can, start=D(1969, 5, 26), end=D(2006, 4, 22))
    MembershipFactory(country=p, bloc=un, start=D(2008, 5, 23), end=D(2019, 3, 1), end_precision="month")
    MembershipFactory(country=q, bloc=un, start=D(2011, 3, 11))
    MembershipFactory(country=p, bloc=mer, start=D(1991, 3, 26), end=D(2012, 6, 29))
    MembershipFactory(country=p, bloc=mer, status=MembershipStatus.SUSPENDED, start=D(2012, 6, 29), end=D(2013, 8, 15))
    MembershipFactory(country=p, bloc=mer, start=D(2013, 8, 15))
    MembershipFactory(country=q, bloc=mer, start=D(2000, 1, 1))
    both = EventFactory(title_es="Cumbre de los dos", date=D(2010, 1, 1))
    both.countries.add(p, q)
    only_p = EventFactory(title_es="Solo Pelandia", date=D(2010, 2, 1))
    only_p.countries.add(p)
    draft = EventFactory(title_es="Borrador de los dos", status=PublicationStatus.DRAFT, published_at=None)
    draft.countries.add(p, q)
    return p, q


def periods(p, q) -> list[tuple]:
    memberships = list(Membership.objects.filter(country__in=[p, q]).select_related("bloc"))
    return [
        (s.bloc.slug, s.start.date, s.start.precision, s.end.date, s.end.precision)
        for s in shared_periods([p, q], memberships)
    ]


def test_shared_periods_are_the_overlaps_with_a_suspension_joined_to_its_membership(two):
    assert periods(*two) == [
        ("can-x", D(1969, 5, 26), "day", D(2006, 4, 22), "day"),
        ("mer-x", D(2000, 1, 1), "day", None, "day"),
        ("un-x", D(2011, 3, 11), "day", D(2019, 3, 1), "month"),
    ]


def test_the_page_shows_both_charts_the_shared_periods_and_only_shared_published_events(client, two):
    response = client.get("/es/compare/", {"country": ["xp", "q-land"]})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="membership-chart-p-land"' in html and 'id="membership-chart-q-land"' in html
    assert "Cumbre de los dos" in html
    assert "Solo Pelandia" not in html and "Borrador de los dos" not in html
    assert "marzo de 2019" in html  # the shared UN-X period ends in a month known only to its month
    charts = response.context["charts"]
    assert charts[0][1].axis == charts[1][1].axis  # one time axis for both


@pytest.mark.parametrize(
    "countries, message",
    [
        (["xp"], "two to four"),
        (["xp", "p-land"], "two to four"),  # the same country twice, by code and by slug
        (["xp", "q-land", "nowhere"], "Unknown country: nowhere"),
        (["xp", "xq", "ar", "br", "cl"], "two to four"),
        (["xp", "x\x00q"], "two to four"),
    ],
)
def test_bad_choices_get_a_clear_400(client, two, countries, message):
    response = client.get("/en/compare/", {"country": countries})
    assert response.status_code == 400
    assert message.lower() in response.content.decode().lower()


def test_without_countries_the_page_offers_the_form(client):
    response = client.get("/th/compare/")
    assert response.status_code == 200 and response.content.decode().count('name="country"') == 4


def queries_for(client, url: str, params) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_record(client, two):
    p, q = two
    small = queries_for(client, "/es/compare/", {"country": ["xp", "xq"]})
    for year in range(1970, 1990):
        bloc = BlocFactory()
        MembershipFactory(country=p, bloc=bloc, start=D(year, 1, 1))
        MembershipFactory(country=q, bloc=bloc, start=D(year, 6, 1))
        EventFactory(date=D(year, 2, 2)).countries.add(p, q)
    assert queries_for(client, "/es/compare/", {"country": ["xp", "xq"]}) == small
