"""The queries of each list do not grow with the content: the same count for the demo and with 30 more of each."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blocs.models import Bloc, BlocCitation, Country, EventCitation, MembershipCitation
from tests.factories import ArticleFactory, BlocFactory, EventFactory, MembershipFactory, SourceFactory

pytestmark = pytest.mark.django_db

# page_size=100: every row added below is on the page. Counts include the page's COUNT query.
LISTS = {
    # count, page (predecessor joined), citations, their sources
    "blocs/?page_size=100": 4,
    "countries/?page_size=100": 2,
    # + the blocs' slugs that ``bloc`` is checked against; surely/maybe held are subqueries of the page
    "memberships/?bloc=mercosur&on=2013-01-01&page_size=100": 5,
    # + the countries' keys, to check the value and to find its slug
    "memberships/?country=pe&status=member&page_size=100": 6,
    # count, page, blocs, countries, citations, sources
    "events/?page_size=100": 6,
    # + the blocs' slugs, and the timeline's filter set checking its own choice
    "events/?bloc=mercosur&page_size=100": 8,
    # count, page, topics, authors, blocs, countries, published events
    "articles/?page_size=100": 7,
    "articles/?bloc=mercosur&page_size=100": 9,
    "sources/?page_size=100": 2,
    # the search page's own: savepoint and index-scan setting around the counts (per type, then per bloc and
    # country) and ranking, one load per result
    # type (twice: to know which still exist, then present()), and the facets' blocs and countries
    "search/?q=mercosur&page_size=100": 16,
}


def more_content():
    mercosur = Bloc.objects.get(slug="mercosur")
    peru = Country.objects.get(alpha2="PE")
    countries = list(Country.objects.order_by("slug"))
    for index in range(30):
        source = SourceFactory()
        bloc = BlocFactory(name_es=f"Mercosur extra {index}")
        BlocCitation.objects.create(bloc=bloc, source=source)
        period = MembershipFactory(
            bloc=mercosur,
            country=countries[index % len(countries)],
            start=datetime.date(1900 + index, 1, 1),
            end=datetime.date(1901 + index, 1, 1),
        )
        MembershipCitation.objects.create(membership=period, source=source)
        MembershipFactory(bloc=bloc, country=peru, start=datetime.date(1990 + index % 20, 1, 1))
        event = EventFactory(title_es=f"Mercosur evento extra {index}")
        event.blocs.add(mercosur)
        event.countries.add(peru)
        EventCitation.objects.create(event=event, source=source, pinpoint=f"Art. {index}")
        article = ArticleFactory(title_es=f"Mercosur análisis extra {index}")
        article.blocs.add(mercosur)
        article.countries.add(peru)
        article.events.add(event)


def queries(client, path) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"/api/v1/{path}")
    assert response.status_code == 200, response.content[:500]
    return len(captured)


def test_list_queries_are_bounded_at_two_sizes(client):
    before = {path: queries(client, path) for path in LISTS}
    more_content()
    after = {path: queries(client, path) for path in LISTS}
    assert before == after == LISTS
