"""Cached public pages answered before the rest of the middleware: the bytes a page's first reader got (headers
set, gzip done, an ETag added) are stored once and sent again as they are, so a cache hit costs about what a
hello-world view costs, and a client that has the page gets a 304.

Only what a cached public view (page_cache.cached_public_page) answered is stored, with the content generation it
was built in, and replayed only while that generation is open: a change drops these copies with the pages. A copy
is filed by the address the view's own cache files the page by (page_cache.page_address: only the parameters the
view reads, in one order), so ``?utm_source=N`` finds the one copy and stores no other; gzip and plain copies are
stored apart. Compressed once means one BREACH padding per copy, which is harmless here:
these pages carry no secret (no CSRF token, no session), the reason Django pads.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.http.response import ResponseHeaders
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import get_conditional_response

from integration_portal.core.languages import language_codes

from .page_cache import (
    FILED_ATTRIBUTE,
    MAX_CACHED_ADDRESS,
    READS_ATTRIBUTE,
    address_digest,
    generation_in,
    generation_keys,
    page_address,
    query_the_view_reads,
)

ACCEPTS_GZIP = re.compile(r"\bgzip\b")  # as django.middleware.gzip reads Accept-Encoding
LANGUAGE_PREFIXES = frozenset(f"/{code}/" for code in language_codes())


def replay_address(request) -> str | None:
    """What a kept copy is filed by: the page's address as its cached view files it, and whether the reader takes
    gzip. None for what cannot be a cached public page: those live under a language (/es/, /th/, /en/) and are
    answered by a view that page_cache.cached_public_page wraps."""
    if request.method not in ("GET", "HEAD") or "HTTP_ORIGIN" in request.META:  # CORS headers depend on Origin
        return None
    if request.path_info[:4] not in LANGUAGE_PREFIXES:
        return None
    reads = view_reads(request.path_info)
    if reads is None:
        return None
    try:
        address = page_address(request, query_the_view_reads(request.GET, reads))
    except DisallowedHost:
        return None  # the stack below answers it (400)
    if len(address) > MAX_CACHED_ADDRESS:
        return None
    encoding = "gzip" if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "plain"
    return f"{encoding}:{address_digest(address)}"


def view_reads(path: str) -> tuple[str, ...] | None:
    """The query parameters the cached public view at ``path`` reads; None when no such view answers there."""
    # The language prefix matches only in its own language, as LocaleMiddleware will activate it below.
    with translation.override(path[1:3]):
        try:
            match = resolve(path)
        except Resolver404:
            return None
    return getattr(match.func, READS_ATTRIBUTE, None)


def replay_key(address: str) -> str:
    return f"replay:{address}"


def storable(request, response) -> bool:
    vary = response.get("Vary", "").lower()
    return (
        getattr(request, FILED_ATTRIBUTE, None) is not None
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "cookie" not in vary  # the answer depended on who asked
    )


class PageReplayMiddleware:
    """First in MIDDLEWARE: a hit skips everything below it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        address = replay_address(request) if settings.PUBLIC_PAGE_CACHE_SECONDS else None
        if address is None:
            return self.get_response(request)
        # The generation and the copy in one round trip: a copy is good only if it was filed under the generation
        # still open (opening one is the cached view's work: a query).
        key = replay_key(address)
        found = cache.get_many([*generation_keys(), key])
        generation, stored = generation_in(found), found.get(key)
        if generation is not None and stored is not None and stored[0] == generation:
            _filed_under, headers, body = stored
            response = HttpResponse(body)
            response.headers = ResponseHeaders(headers)
            return get_conditional_response(request, etag=headers["ETag"], response=response)
        response = self.get_response(request)
        if not storable(request, response):
            return response
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        # With the generation the page was built in: if content changed meanwhile, no one replays this copy.
        copy = (getattr(request, FILED_ATTRIBUTE), dict(response.items()), response.content)
        cache.set(key, copy, settings.PUBLIC_PAGE_CACHE_SECONDS)
        return get_conditional_response(request, etag=response["ETag"], response=response)
