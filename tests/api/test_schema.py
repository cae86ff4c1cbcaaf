"""The OpenAPI schema documents what the views validate; the documentation page shows it in each language."""

import json

import pytest
from django.test import Client

from articles.filters import ArticleFilter
from blocs.filters import EventFilter
from integration_portal.core.languages import language_codes

pytestmark = pytest.mark.django_db

PAGED = {"page", "page_size", "lang"}


@pytest.fixture
def schema():
    response = Client().get("/api/v1/schema/")
    assert response.status_code == 200
    return json.loads(response.content)


def query_parameters(schema, path) -> set[str]:
    return {p["name"] for p in schema["paths"][path]["get"]["parameters"] if p["in"] == "query"}


def test_every_endpoint_is_in_the_schema_with_its_answers(schema):
    assert set(schema["paths"]) == {
        f"/api/v1/{path}"
        for path in [
            "blocs/", "blocs/{key}/", "countries/", "countries/{key}/", "memberships/", "events/",
            "articles/", "articles/{key}/", "sources/", "sources/{key}/", "search/",
        ]
    }  # fmt: skip
    for path, operations in schema["paths"].items():
        assert set(operations) == {"get"}, path
        responses = operations["get"]["responses"]
        assert {"200", "304", "400", "404", "429"} <= set(responses), path
        assert "Retry-After" in responses["429"]["headers"]
        assert {"ETag", "Last-Modified"} <= set(responses["200"]["headers"])


def test_the_events_and_articles_take_exactly_the_pages_filters(schema):
    assert query_parameters(schema, "/api/v1/events/") == {*EventFilter.base_filters, *PAGED}
    assert query_parameters(schema, "/api/v1/articles/") == {*ArticleFilter.base_filters, *PAGED}
    assert query_parameters(schema, "/api/v1/memberships/") == {"bloc", "country", "status", "on", *PAGED}
    assert query_parameters(schema, "/api/v1/blocs/{key}/") == {"lang"}


def test_the_schema_lists_the_values_the_api_takes(schema):
    (country,) = [p for p in schema["paths"]["/api/v1/events/"]["get"]["parameters"] if p["name"] == "country"]
    assert {"pe", "PE", "peru"} <= set(country["schema"]["items"]["enum"])
    (year,) = [p for p in schema["paths"]["/api/v1/events/"]["get"]["parameters"] if p["name"] == "year_from"]
    assert (year["schema"]["minimum"], year["schema"]["maximum"]) == (1800, 2100)


@pytest.mark.parametrize("language", language_codes())
def test_the_documentation_page_shows_every_endpoint_with_a_live_example(schema, language):
    response = Client().get(f"/{language}/api/")
    assert response.status_code == 200
    html = response.content.decode()
    for path in schema["paths"]:
        assert f"GET {path}" in html
    assert "curl -s &#x27;http://testserver/api/v1/memberships/?bloc=mercosur&amp;on=2013-01-01" in html
    assert f"lang={language}" in html
    # The examples are the API's real answers: none is an error.
    assert "Answer (200)" in html or "(200)" in html
    assert "(400)" not in html and "(404)" not in html
    assert "style=" not in html and "<script" not in html
