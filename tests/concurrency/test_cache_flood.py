"""A stranger cannot fill the page cache: parameters a page does not read file no new copy (issue 27, item 1).

The replayed copies (web/page_replay.py) were filed by the address as sent, before the view dropped the parameters
it does not read, so 500 requests with a random utm_source made 516 keys in Redis and, on the PostgreSQL cache,
a cull that took the rate counters and the content generation with it. Both layers now file a page by the address
the view reads. Counted here in the production configuration: three gunicorn workers, each cache backend.
"""

import gzip
import secrets
import urllib.request

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("concurrency")]

PAGE = "/es/blocs/mercosur/"
FLOOD = 120

COUNT_DATABASE_ENTRIES = """
from django.db import connection
with connection.cursor() as cursor:
    for kind in ("replay", "page"):
        cursor.execute("SELECT count(*) FROM portal_cache WHERE cache_key LIKE %s", [f"%:{kind}:%"])
        print(kind, cursor.fetchone()[0])
"""


def entries(site, backend: str) -> dict[str, int]:
    """How many replayed copies and view-cache pages the shared cache holds."""
    if backend == "redis":
        import redis

        from .conftest import REDIS

        keys = redis.Redis.from_url(REDIS).keys("*")
        return {kind: sum(f":{kind}:".encode() in key for key in keys) for kind in ("replay", "page")}
    counted = dict(line.split() for line in site.shell(COUNT_DATABASE_ENTRIES).split("\n") if line.strip())
    return {kind: int(count) for kind, count in counted.items()}


def fetch(site, path: str, *, gzipped: bool) -> bytes:
    headers = {"Accept-Encoding": "gzip"} if gzipped else {}
    with urllib.request.urlopen(urllib.request.Request(site.base + path, headers=headers), timeout=30) as response:
        body = response.read()
        return gzip.decompress(body) if response.headers.get("Content-Encoding") == "gzip" else body


@pytest.mark.parametrize("backend", ["database", "redis"])
def test_random_tracking_parameters_add_no_copies_of_a_page(request, backend):
    site = request.getfixturevalue("site" if backend == "database" else "redis_site")
    plain, zipped = fetch(site, PAGE, gzipped=False), fetch(site, PAGE, gzipped=True)
    assert plain == zipped and b"Mercosur" in plain
    before = entries(site, backend)
    for n in range(FLOOD):
        tracking = f"?utm_source={secrets.token_hex(8)}&fbclid={n}"
        assert fetch(site, PAGE + tracking, gzipped=n % 2 == 0) == plain
    after = entries(site, backend)
    # No content changed, so the generation, the page and its two copies (gzip and plain) are the ones filed above.
    assert after == before, (before, after)
    assert before["replay"] >= 2 and before["page"] >= 1  # the copies are there to be found


def test_parameters_a_page_reads_are_put_in_one_order_for_every_layer(redis_site):
    """The timeline reads `on` and `page`: two spellings of one query are one copy, and another value is another."""
    before = entries(redis_site, "redis")
    first = fetch(redis_site, "/en/timeline/?page=2&on=2010-06-30", gzipped=False)
    assert fetch(redis_site, "/en/timeline/?on=2010-06-30&utm_medium=x&page=2", gzipped=False) == first
    middle = entries(redis_site, "redis")
    assert middle["replay"] - before["replay"] == 1
    fetch(redis_site, "/en/timeline/?page=3&on=2010-06-30", gzipped=False)
    assert entries(redis_site, "redis")["replay"] - middle["replay"] == 1
