"""ETag and Last-Modified on every 200, and the 304 that answers a conditional GET.

The ETag is a hash of the body, so every worker computes the same one. Most of the content has no modification
time, and a list changes with no row changing when a scheduled publication comes due; so Last-Modified is the
time any worker first served this URL's current body, kept with its ETag in the shared cache. When the body
changes, the time moves forward (by at least a second, the header's resolution); if the entry is lost, the next
answer is dated now, which can only cost a client a full response, never give it a stale one.
"""

import hashlib
import time

from django.core.cache import cache
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

FIRST_SERVED_SECONDS = 30 * 24 * 3600


def body_etag(content: bytes) -> str:
    return f'"{hashlib.sha256(content).hexdigest()[:40]}"'


def first_served(path: str, etag: str) -> int:
    key = f"api-first-served:{hashlib.sha256(path.encode()).hexdigest()}"
    state = cache.get(key)
    if state and state["etag"] == etag:
        return state["since"]
    since = max(int(time.time()), state["since"] + 1 if state else 0)
    cache.set(key, {"etag": etag, "since": since}, FIRST_SERVED_SECONDS)
    return since


def with_validators(request, response):
    """``response`` (rendered) with its validators, or a 304 when the client's copy is current."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return response
    etag = body_etag(response.content)
    last_modified = first_served(request.get_full_path(), etag)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    # Stored, but checked with the server each time: the ETag makes that cheap.
    response["Cache-Control"] = "no-cache"
    return get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)
