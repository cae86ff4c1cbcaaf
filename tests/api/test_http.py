"""Conditional GETs, CORS, the rate limit per address, and no cookies."""

import time

import pytest
from django.test import Client

from tests.api.conftest import rate_limit
from tests.factories import BlocFactory

pytestmark = pytest.mark.django_db


def test_an_unchanged_answer_is_a_304_by_etag_or_date(api):
    _, _, first = api("blocs/")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"') and first["Cache-Control"] == "no-cache"
    status, _, again = api("blocs/", If_None_Match=etag)
    assert (status, again.content, again["ETag"], again["Last-Modified"]) == (304, b"", etag, modified)
    assert api("blocs/", If_Modified_Since=modified)[0] == 304
    assert api("blocs/", If_None_Match='"something-else"')[0] == 200
    # A change anywhere in the list: a new ETag, a later date, and the old ETag no longer matches.
    time.sleep(0.01)
    BlocFactory(slug="aaa-new-bloc", founded=None)
    status, _, changed = api("blocs/", If_None_Match=etag)
    assert status == 200 and changed["ETag"] != etag
    assert changed["Last-Modified"] != modified
    assert api("blocs/", If_Modified_Since=modified)[0] == 200


def test_a_body_that_comes_back_is_not_dated_back(api):
    """A → B → A: a client holding B must not get a 304 for A because A was first seen long ago."""
    _, _, a = api("blocs/", {"page_size": 1})
    bloc = BlocFactory(slug="aaa-first", founded=None)
    _, _, b = api("blocs/", {"page_size": 1})
    bloc.delete()
    _, _, a_again = api("blocs/", {"page_size": 1})
    assert a_again["ETag"] == a["ETag"] != b["ETag"]
    assert api("blocs/", {"page_size": 1}, If_Modified_Since=b["Last-Modified"])[0] == 200


def test_cors_lets_any_site_read_the_api_and_nothing_else():
    client = Client()
    response = client.get("/api/v1/blocs/", headers={"Origin": "https://researcher.example"})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options(
        "/api/v1/blocs/",
        headers={
            "Origin": "https://researcher.example",
            "Access-Control-Request-Method": "DELETE",
            "Access-Control-Request-Headers": "if-none-match",
        },
    )
    assert preflight.status_code == 200
    assert {m.strip() for m in preflight["Access-Control-Allow-Methods"].split(",")} == {"GET", "HEAD", "OPTIONS"}
    assert "if-none-match" in preflight["Access-Control-Allow-Headers"]
    page = client.get("/es/blocs/", headers={"Origin": "https://researcher.example"})
    assert page.status_code == 200 and "Access-Control-Allow-Origin" not in page


def test_writes_are_refused(api):
    client = Client()
    for method in (client.post, client.put, client.patch, client.delete):
        response = method("/api/v1/blocs/")
        assert response.status_code == 405 and response.json()["error"]


def test_no_cookie_is_set_and_no_session_is_read(api):
    for path in ("blocs/", "search/?q=mercosur", "blocs/nope/", "blocs/?bogus=1"):
        response = Client().get(f"/api/v1/{path}")
        assert not response.cookies, path
        assert "Cookie" not in response.get("Vary", ""), path


def at_the_start_of_a_second():
    while time.time() % 1 > 0.3:
        time.sleep(0.05)


def test_the_rate_limit_answers_429_with_retry_after_and_resets():
    client = Client()
    with rate_limit("3/s"):
        at_the_start_of_a_second()
        statuses = [client.get("/api/v1/countries/", {"page": page}).status_code for page in (1, 2, 1)]
        refused = client.get("/api/v1/countries/")
        assert statuses == [200, 200, 200]
        assert refused.status_code == 429 and refused["Retry-After"] == "1"
        assert refused.json()["retry_after"] == 1 and refused.json()["error"]
        # Another address has its own count.
        assert client.get("/api/v1/countries/", REMOTE_ADDR="10.0.0.7").status_code == 200
        time.sleep(1.05 - time.time() % 1)
        assert client.get("/api/v1/countries/").status_code == 200


def test_the_limit_counts_the_address_the_trusted_proxy_saw(settings):
    settings.TRUST_PROXY_HEADERS = True
    client = Client()
    with rate_limit("2/min"):
        forwarded = {"HTTP_X_FORWARDED_FOR": "203.0.113.9", "REMOTE_ADDR": "10.0.0.1"}
        assert [client.get("/api/v1/blocs/", **forwarded).status_code for _ in range(3)] == [200, 200, 429]
        # Behind the same proxy, another client is not refused.
        other = {"HTTP_X_FORWARDED_FOR": "198.51.100.4", "REMOTE_ADDR": "10.0.0.1"}
        assert client.get("/api/v1/blocs/", **other).status_code == 200
        assert 1 <= int(client.get("/api/v1/blocs/", **forwarded)["Retry-After"]) <= 60
