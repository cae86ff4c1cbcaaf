"""A cached public page is sent again as its first reader got it: no query, the same bytes and headers, gzip
done once, and a 304 for a client that has it."""

import gzip

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from blocs.models import Bloc
from integration_portal.web import page_cache
from integration_portal.web.page_replay import storable

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

PAGE = "/es/blocs/mercosur/"


def test_a_second_visit_gets_the_same_bytes_and_headers_without_a_query(client, django_assert_num_queries):
    first = client.get(PAGE, HTTP_ACCEPT_ENCODING="gzip")
    assert first["Content-Encoding"] == "gzip" and first["ETag"].startswith('"')
    with django_assert_num_queries(0):
        second = client.get(PAGE, HTTP_ACCEPT_ENCODING="gzip")
    assert second.content == first.content
    assert dict(second.items()) == dict(first.items())  # CSP, HSTS and the rest, as the stack set them
    assert "Mercosur" in gzip.decompress(second.content).decode()


def test_gzip_and_plain_copies_are_kept_apart(client):
    zipped = client.get(PAGE, HTTP_ACCEPT_ENCODING="gzip, br")
    plain = client.get(PAGE)
    assert zipped["Content-Encoding"] == "gzip" and not plain.has_header("Content-Encoding")
    assert client.get(PAGE).content == plain.content
    assert client.get(PAGE, HTTP_ACCEPT_ENCODING="gzip").content == zipped.content
    assert zipped["ETag"] != plain["ETag"]  # two representations, two tags
    assert gzip.decompress(zipped.content) == plain.content


def test_a_client_that_has_the_page_gets_a_304(client, django_assert_num_queries):
    etag = client.get(PAGE)["ETag"]
    with django_assert_num_queries(0):
        again = client.get(PAGE, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert client.get(PAGE, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_the_first_answer_already_honours_if_none_match(client):
    etag = client.get(PAGE)["ETag"]
    cache.clear()  # the page is built again, with the same bytes
    assert client.get(PAGE, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_change_to_the_content_is_seen_at_once(client):
    assert "Mercado Común" in client.get(PAGE).content.decode()
    Bloc.objects.filter(slug="mercosur").update(name_es="Mercado Común del Sur, renombrado")
    page_cache.new_generation()  # what a save through the ORM's signals does
    assert "renombrado" in client.get(PAGE).content.decode()


def test_a_copy_from_a_generation_since_closed_is_not_replayed_once_another_opens(client):
    assert "Mercado Común" in client.get(PAGE).content.decode()
    Bloc.objects.filter(slug="mercosur").update(name_es="Mercado Común del Sur, renombrado")
    page_cache.new_generation()
    page_cache.content_generation()  # another page opened the next generation; this page's old copy is still kept
    assert "renombrado" in client.get(PAGE).content.decode()


def test_an_address_is_taken_as_sent(client):
    plain = client.get(PAGE + "?utm_source=x").content
    assert plain == client.get(PAGE).content  # the view drops the parameter it does not read
    assert client.get(PAGE + "?utm_source=x")["ETag"] == client.get(PAGE)["ETag"]


def test_views_outside_the_page_cache_are_never_replayed(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/api/v1/blocs/")
    with CaptureQueriesContext(connection) as again:
        assert client.get("/api/v1/blocs/").status_code == 200
    assert len(again.captured_queries) > 0  # built again: the API is not a cached public page


def test_an_unknown_host_is_still_refused_with_400(client):
    assert client.get(PAGE, HTTP_HOST="evil.example").status_code == 400


def test_a_cross_origin_request_is_not_replayed(client):
    client.get(PAGE)
    assert not client.get(PAGE, HTTP_ORIGIN="https://elsewhere.example").has_header("ETag")


@pytest.mark.parametrize(
    ("change", "kept"),
    [
        (lambda response: None, True),
        (lambda response: response.set_cookie("sessionid", "x"), False),
        (lambda response: response.__setitem__("Vary", "Accept-Encoding, Cookie"), False),
        (lambda response: setattr(response, "status_code", 404), False),
    ],
    ids=["plain", "a-cookie", "vary-cookie", "not-found"],
)
def test_what_is_kept(change, kept):
    request = RequestFactory().get(PAGE)
    setattr(request, page_cache.FILED_ATTRIBUTE, "a-generation")
    response = HttpResponse("page")
    change(response)
    assert storable(request, response) is kept
    assert storable(RequestFactory().get(PAGE), HttpResponse("page")) is False  # not a cached public view
