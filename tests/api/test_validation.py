"""Any query string on any API address gives a JSON answer, a clear 400 when it is wrong, and never a 500."""

from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse

from tests.api.conftest import rate_limit

pytestmark = pytest.mark.django_db

LISTS = ["blocs/", "countries/", "memberships/", "events/", "articles/", "sources/", "search/?q=mercosur"]
DETAILS = ["blocs/mercosur/", "countries/pe/", "sources/sice-treaty-of-asuncion/"]
HOSTILE = [
    "bogus=1",
    "page_size=abc",
    "page_size=1e3",
    "page=0",
    "page=-1",
    "page=" + "9" * 5000,
    "page=%00",
    "year_from=99999",
    "year_from=1e309",
    "year_to=NaN",
    "on=2024-13-45",
    "on=2023-02-29",
    "on=1991-03-26%00",
    "on=yesterday",
    "on=",
    "bloc=does-not-exist",
    "bloc=%00",
    "bloc=mercosur&bloc=" + "x" * 10_000,
    "country=PER",
    "country=Pe",
    "status=member%00",
    "kind=__class__",
    "lang=xx",
    "lang=es&lang=th",
    "q=" + "a" * 201,
    "q=" + quote("ก" * 50_000),
    "format=json",
    "pk__in=1,2",
    "_connector=OR",
    "%00=%00",
    "=",
    "page[size]=2",
    "&".join(f"k{number}=v" for number in range(1001)),
    "&".join(["bloc=mercosur"] * 11),
]


def answer(path: str, query: str):
    response = Client(raise_request_exception=False).get(f"/api/v1/{path}{'&' if '?' in path else '?'}{query}")
    assert response.status_code < 500, (path, query[:200])
    assert response["Content-Type"] == "application/json", (path, query[:200])
    return response


@rate_limit("100000/min")
@pytest.mark.parametrize("path", LISTS + DETAILS)
def test_hostile_query_strings_get_a_json_400(path):
    for query in HOSTILE:
        response = answer(path, query)
        body = response.json()
        assert response.status_code in (400, 404), (path, query[:200], response.status_code)
        assert set(body) == {"error", "fields"} and body["error"], body
    # Separators alone are no parameter at all; bytes that are not UTF-8 are read as U+FFFD.
    assert answer(path, "&&&").status_code == 200
    assert answer(path, "q=%ED%A0%80%zz").status_code == (200 if path in ("events/", "articles/") else 400)


@pytest.mark.parametrize(
    ("path", "query", "field"),
    [
        ("blocs/", "bogus=1", "bogus"),
        ("blocs/", "page_size=abc", "page_size"),
        ("events/", "year_from=99999", "year_from"),
        ("events/", "bloc=does-not-exist", "bloc"),
        ("memberships/", "on=2013-02-30", "on"),
        ("memberships/", "status=member&status=", "status"),
        ("articles/", "country=peru&country=chile", "country"),
        ("search/", "q=x&type=nothing", "type"),
    ],
)
def test_the_400_names_the_parameter(path, query, field):
    response = answer(path, query)
    assert response.status_code == 400
    assert list(response.json()["fields"]) == [field]


def test_unknown_addresses_under_the_api_are_json_404s():
    for path in ["nothing/", "blocs/mercosur/extra/", "blocs/a%0Ab/", "countries/%00/", "articles/%00x/"]:
        response = answer(path, "")
        assert response.status_code == 404 and response.json()["error"]


def test_the_api_urls_reverse():
    assert reverse("api:bloc-detail", kwargs={"key": "mercosur"}) == "/api/v1/blocs/mercosur/"
    assert reverse("api:schema") == "/api/v1/schema/"
