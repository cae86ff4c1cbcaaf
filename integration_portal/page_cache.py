"""Whole public pages in the cache, dropped the moment content changes.

Every cached page is filed under the current *content generation*. Saving or deleting anything in the
content apps (admin, import, shell, restore) starts a new generation, so no reader gets a page older than
the last change. A generation also ends when the next scheduled publication comes due, so a page cached
before it never hides what has just gone public. If the cache is down, pages are built from the database.
"""

import hashlib
import uuid
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

GENERATION_KEY = "content-generation"
# Real addresses, filters included, are far shorter; longer ones are junk that would only fill the cache.
MAX_CACHED_ADDRESS = 1000
CONTENT_APPS = {"blocs", "articles"}
# The earliest publication time still to come, over every publishable table, in one query.
NEXT_SCHEDULED_SQL = """
    SELECT extract(epoch FROM least(
        (SELECT min(published_at) FROM articles_article WHERE status = 'published' AND published_at > %(now)s),
        (SELECT min(published_at) FROM blocs_event WHERE status = 'published' AND published_at > %(now)s)
    ))
"""


def next_scheduled_publication() -> float | None:
    with connection.cursor() as cursor:
        cursor.execute(NEXT_SCHEDULED_SQL, {"now": timezone.now()})
        (moment,) = cursor.fetchone()
    return float(moment) if moment is not None else None


def content_generation() -> str:
    state = cache.get(GENERATION_KEY)
    # timezone.now(), the clock every public query reads (and tests move).
    if state is None or (state["until"] is not None and timezone.now().timestamp() >= state["until"]):
        state = {"id": uuid.uuid4().hex, "until": next_scheduled_publication()}
        cache.set(GENERATION_KEY, state, None)
    return state["id"]


def new_generation(**_kwargs) -> None:
    cache.delete(GENERATION_KEY)


def on_content_change(sender, **_kwargs) -> None:
    # For relations, the sender is the through table, which belongs to the app of the model that declares it.
    if sender._meta.app_label in CONTENT_APPS:
        new_generation()


def connect() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(on_content_change, dispatch_uid=f"page-cache-{signal}")


def cached_public_page(view):
    """Serves a public GET from the cache when it can, and files successful answers there."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        too_long = len(request.get_full_path()) > MAX_CACHED_ADDRESS
        if request.method not in ("GET", "HEAD") or not settings.PUBLIC_PAGE_CACHE_SECONDS or too_long:
            return view(request, *args, **kwargs)
        # Pages carry absolute links (hreflang, canonical), so the scheme and host are part of the address.
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        key = f"page:{content_generation()}:{hashlib.sha256(address.encode()).hexdigest()}"
        response = cache.get(key)
        if response is not None:
            return response
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            if hasattr(response, "render") and callable(response.render):
                response.render()
            cache.set(key, response, settings.PUBLIC_PAGE_CACHE_SECONDS)
        return response

    return wrapper
