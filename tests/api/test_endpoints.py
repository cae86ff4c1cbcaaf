"""Filters, languages, keys and pagination, on data built here and on the demo content."""

import datetime

import pytest

from blocs.models import Bloc, Country, MembershipCitation
from tests.factories import BlocFactory, CountryFactory, EventFactory, MembershipFactory, SourceFactory

pytestmark = pytest.mark.django_db


def keys(body, key="id"):
    return [item[key] for item in body["results"]]


@pytest.fixture
def periods():
    """A bloc of its own with periods whose dates are known to the day, the month and the year."""
    bloc = BlocFactory(slug="test-union")
    day, month, year, ended = CountryFactory.create_batch(4)
    return {
        "bloc": bloc,
        # From 2010-03-15: surely held on 2013-01-01.
        "day": MembershipFactory(bloc=bloc, country=day, start=datetime.date(2010, 3, 15)),
        # From some day of January 2013: maybe held on 2013-01-01, surely on 2013-02-01.
        "month": MembershipFactory(bloc=bloc, country=month, start=datetime.date(2013, 1, 1), start_precision="month"),
        # From some day of 2013.
        "year": MembershipFactory(bloc=bloc, country=year, start=datetime.date(2013, 1, 1), start_precision="year"),
        # Observer 2000 – 2012-12-31 (ends on the first day it no longer held: 2013-01-01).
        "ended": MembershipFactory(
            bloc=bloc, country=ended, status="observer", start=datetime.date(2000, 1, 1), end=datetime.date(2013, 1, 1)
        ),
    }


def test_memberships_on_a_day_mark_the_periods_a_partial_date_leaves_open(api, periods):
    status, body, _ = api("memberships/", {"bloc": "test-union", "on": "2013-01-01"})
    assert status == 200
    certainty = {item["id"]: item["certainty"] for item in body["results"]}
    assert certainty == {
        periods["day"].pk: "certain",
        periods["month"].pk: "uncertain",
        periods["year"].pk: "uncertain",
    }
    # A month later the January start is past; the year start is still open until 2014.
    _, body, _ = api("memberships/", {"bloc": "test-union", "on": "2013-02-01"})
    assert {item["id"]: item["certainty"] for item in body["results"]} == {
        periods["day"].pk: "certain",
        periods["month"].pk: "certain",
        periods["year"].pk: "uncertain",
    }
    # On the day before its end the observer period held.
    _, body, _ = api("memberships/", {"bloc": "test-union", "on": "2012-12-31"})
    assert {item["id"] for item in body["results"]} == {periods["day"].pk, periods["ended"].pk}


def test_memberships_without_on_have_no_certainty_and_filter_by_status_and_country(api, periods):
    _, body, _ = api("memberships/", {"bloc": "test-union"})
    assert body["count"] == 4 and {item["certainty"] for item in body["results"]} == {None}
    _, body, _ = api("memberships/", {"bloc": "test-union", "status": "observer"})
    assert keys(body) == [periods["ended"].pk]
    code = periods["month"].country.alpha2
    for key in (code, code.lower(), periods["month"].country.slug):
        _, body, _ = api("memberships/", {"bloc": "test-union", "country": key})
        assert keys(body) == [periods["month"].pk], key
    # "ZZ" is no country: the factories' codes are X? and Q? (one of them is "XX", which made this test depend on
    # how many countries earlier tests in the worker had made).
    _, body, _ = api("memberships/", {"bloc": "test-union", "status": ["observer", "member"], "country": [code, "ZZ"]})
    assert body == {"error": body["error"], "fields": {"country": [body["fields"]["country"][0]]}}


def test_the_mercosur_example_from_the_issue(api):
    status, body, _ = api("memberships/", {"bloc": "mercosur", "on": "2013-01-01", "page_size": 100})
    assert status == 200
    members = {item["country"] for item in body["results"] if item["status"] == "member"}
    # Paraguay was suspended from mid-2012 to 2013; Venezuela joined in July 2012.
    assert {"AR", "BR", "UY", "VE"} <= members
    first = body["results"][0]
    assert first["start"].keys() == {"date", "precision"} and first["sources"][0].keys() == {"source", "pinpoint"}


def test_memberships_carry_their_sources(api, periods):
    source = SourceFactory(slug="test-accession-protocol")
    MembershipCitation.objects.create(membership=periods["day"], source=source, pinpoint="Art. 3")
    _, body, _ = api("memberships/", {"bloc": "test-union", "country": periods["day"].country.alpha2})
    assert body["results"][0]["sources"] == [{"source": "test-accession-protocol", "pinpoint": "Art. 3"}]
    status, detail, _ = api("sources/test-accession-protocol/")
    assert status == 200 and detail["title"]["en"] == {"text": detail["title"]["en"]["text"], "fallback": None}


def test_countries_by_code_in_either_case_or_slug(api):
    for key in ("pe", "PE", "peru"):
        status, body, _ = api(f"countries/{key}/")
        assert (status, body["code"], body["slug"], body["alpha3"]) == (200, "PE", "peru", "PER")
    assert api("countries/pE-x/")[0] == 404
    assert api("countries/PER/")[0] == 404


def test_texts_per_language_mark_the_fallback(api):
    BlocFactory(slug="only-spanish", name_es="Bloque solo en español", name_th="", name_en="")
    _, body, _ = api("blocs/only-spanish/")
    assert body["name"] == {
        "es": {"text": "Bloque solo en español", "fallback": None},
        "th": {"text": "Bloque solo en español", "fallback": "es"},
        "en": {"text": "Bloque solo en español", "fallback": "es"},
    }
    _, body, response = api("blocs/only-spanish/", {"lang": "th"})
    assert response["Content-Language"] == "th"
    assert body["name"] == {"th": {"text": "Bloque solo en español", "fallback": "es"}}
    assert body["url"] == "http://testserver/th/blocs/only-spanish/"
    # No language has a seat: empty, and no fallback to mark.
    assert body["seat"] == {"th": {"text": "", "fallback": None}}


def test_a_bloc_gives_its_founding_date_with_precision_and_its_sources(api):
    _, body, _ = api("blocs/mercosur/", {"lang": "en"})
    assert body["founded"] == {"date": "1991-03-26", "precision": "day"}
    assert body["ended"] is None and body["founded_sources"]
    assert body["name"]["en"]["text"].startswith("Southern Common Market")


def test_events_take_the_timelines_filters(api):
    bloc, other = BlocFactory(slug="test-events-bloc"), BlocFactory()
    peru = Country.objects.get(alpha2="PE")
    summit = EventFactory(date=datetime.date(1995, 5, 1), kind="summit", title_es="Cumbre de prueba")
    summit.blocs.add(bloc)
    summit.countries.add(peru)
    accession = EventFactory(date=datetime.date(2005, 1, 1), date_precision="year", kind="accession")
    accession.blocs.add(bloc)
    EventFactory(kind="summit").blocs.add(other)
    _, body, _ = api("events/", {"bloc": "test-events-bloc"})
    assert keys(body) == [summit.pk, accession.pk]
    assert body["results"][1]["date"] == {"date": "2005-01-01", "precision": "year"}
    _, body, _ = api("events/", {"bloc": "test-events-bloc", "kind": "summit"})
    assert keys(body) == [summit.pk]
    _, body, _ = api("events/", {"bloc": "test-events-bloc", "country": "pe"})
    assert keys(body) == [summit.pk] and body["results"][0]["countries"] == ["PE"]
    _, body, _ = api("events/", {"bloc": "test-events-bloc", "year_from": 2000})
    assert keys(body) == [accession.pk]
    _, body, _ = api("events/", {"bloc": "test-events-bloc", "year_from": 2000, "year_to": 1999})
    assert (body["count"], body["results"]) == (0, [])


def test_pagination_counts_links_and_refuses_pages_past_the_end(api):
    total = Bloc.objects.count()
    status, body, _ = api("blocs/", {"page_size": 5, "page": 2})
    assert status == 200 and body["count"] == total and len(body["results"]) == 5
    assert body["next"] == "http://testserver/api/v1/blocs/?page=3&page_size=5"
    assert body["previous"] == "http://testserver/api/v1/blocs/?page_size=5"
    last = -(-total // 5)
    status, body, _ = api("blocs/", {"page_size": 5, "page": last + 1})
    assert status == 404 and str(last) in body["error"] and body["fields"] == {}
    assert api("blocs/", {"page_size": 101})[0] == 400
    assert api("blocs/", {"page_size": 0})[0] == 400


def test_search_uses_the_search_pages_engine(api):
    status, body, _ = api("search/", {"q": "mercosur", "type": "bloc", "lang": "en"})
    assert status == 200
    assert body["results"][0]["type"] == "bloc"
    assert body["results"][0]["url"] == "http://testserver/en/blocs/mercosur/"
    assert "<mark>" in body["results"][0]["title"]
    assert body["facets"]["type"]["bloc"] == 1
    assert api("search/")[0] == 400  # q is required
    _, body, _ = api("search/", {"q": "   "})
    assert body["count"] == 0
