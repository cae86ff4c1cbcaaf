"""gunicorn believes forwarded headers only with TRUST_PROXY_HEADERS (issue 13, failure 12).

gunicorn's own default trusts X-Forwarded-Proto, X-Forwarded-Ssl and X-Forwarded-Protocol from 127.0.0.1 and sets
the request's scheme from them, so one header skipped the HTTPS redirect of a server with HTTPS on and no proxy.
Tested on the checked-in gunicorn.conf.py, with a request from 127.0.0.1.
"""

import http.client

import pytest

from .conftest import start_site

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("concurrency")]

CLAIMS_OF_HTTPS = [
    {"X-Forwarded-Proto": "https"},
    {"X-Forwarded-Ssl": "on"},
    {"X-Forwarded-Protocol": "ssl"},
]


@pytest.fixture(scope="module")
def https_site(request, django_db_blocker):
    with django_db_blocker.unblock():
        return start_site(request, "concurrency_https", HTTPS="true", TRUST_PROXY_HEADERS="false")


def answer(site, headers: dict) -> tuple[int, str]:
    host, port = site.base.removeprefix("http://").rsplit(":", 1)
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        connection.request("GET", "/es/", headers={"Host": "127.0.0.1", **headers})
        response = connection.getresponse()
        return response.status, response.getheader("Location", "")
    finally:
        connection.close()


@pytest.mark.parametrize("claim", CLAIMS_OF_HTTPS, ids=lambda claim: next(iter(claim)))
def test_a_forwarded_header_from_a_client_does_not_skip_the_https_redirect(https_site, claim):
    assert answer(https_site, {}) == (301, "https://127.0.0.1/es/")
    assert answer(https_site, claim) == (301, "https://127.0.0.1/es/")
