"""Whole public pages in the cache, dropped the moment content changes.

Every cached page is filed under the current *content generation*. Saving or deleting anything in the
content apps (admin, import, shell, restore) starts a new generation, so no reader gets a page older than
the last change. A generation also ends when the next scheduled publication comes due, so a page cached
before it never hides what has just gone public. If the cache is down, pages are built from the database.
"""

import hashlib
import secrets
import uuid
from contextvars import ContextVar
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import QueryDict
from django.utils import timezone
from django.utils.encoding import escape_uri_path

from integration_portal.core.publishing import PublicationStatus, Publishable

from .release import release_id

# Every change to the content adds one to this counter (never expires). A generation is open only while the counter
# still holds the value it was opened with, so a change that commits while a generation is being opened (after its
# next scheduled publication was read) ends it too: that deadline could be stale.
CHANGES_KEY = "content-changes"
# Real addresses, filters included, are far shorter; longer ones are junk that would only fill the cache.
MAX_CACHED_ADDRESS = 1000
# Set on a request whose answer this cache files, to the generation it is filed under, so that the whole response
# may be kept too (web/page_replay.py).
FILED_ATTRIBUTE = "_public_page_generation"
# Set on a cached public view: the query parameters it reads (web/page_replay.py files copies by the same address).
READS_ATTRIBUTE = "public_page_reads"


def generation_key() -> str:
    """Where the open generation is kept: one per release, so that a deploy or a rollback opens its own, and two
    releases serving at once during a rolling deploy do not close each other's."""
    return f"content-generation:{release_id()}"


def publishable_tables() -> list[str]:
    """The tables of every installed model with a publication workflow (core.publishing.Publishable)."""
    return sorted(
        model._meta.db_table
        for model in apps.get_models()
        if issubclass(model, Publishable) and not model._meta.proxy and model._meta.managed
    )


def next_scheduled_sql(tables: list[str]) -> str:
    """The earliest publication time still to come, over every publishable table, in one query."""
    quote = connection.ops.quote_name
    earliest = ", ".join(
        f"(SELECT min(published_at) FROM {quote(table)} WHERE status = %(published)s AND published_at > %(now)s)"
        for table in tables
    )
    return f"SELECT extract(epoch FROM least({earliest}))"


def next_scheduled_publication() -> float | None:
    tables = publishable_tables()
    if not tables:
        return None
    with connection.cursor() as cursor:
        cursor.execute(next_scheduled_sql(tables), {"now": timezone.now(), "published": PublicationStatus.PUBLISHED})
        (moment,) = cursor.fetchone()
    return float(moment) if moment is not None else None


def generation_keys() -> list[str]:
    """What content_generation and page_replay read to know the open generation, in one round trip (page_replay adds
    its copy's key)."""
    return [generation_key(), CHANGES_KEY]


def generation_in(found: dict) -> str | None:
    """The generation named in ``found`` (what ``cache.get_many(generation_keys())`` gave), if still open."""
    state = found.get(generation_key())
    if state is None or state.get("changes") is None or state["changes"] != found.get(CHANGES_KEY):
        return None
    # timezone.now(), the clock every public query reads (and tests move).
    if state["until"] is not None and timezone.now().timestamp() >= state["until"]:
        return None
    return state["id"]


def content_generation() -> str:
    """The current generation, opened if need be (which asks the database for the next scheduled publication)."""
    found = cache.get_many(generation_keys())
    generation = generation_in(found)
    if generation is None:
        # The counter is read before the deadline: a change committed after this point moves the counter on, so the
        # generation opened here with a deadline that may miss it is never served.
        changes = found.get(CHANGES_KEY)
        if changes is None:
            changes = start_counting_changes()
        generation = uuid.uuid4().hex
        state = {"id": generation, "until": next_scheduled_publication(), "changes": changes}
        cache.set(generation_key(), state, None)
    return generation


def start_counting_changes() -> int | None:
    """The counter's value, set to a random start if it is missing (first use, or evicted): a counter that came
    back from 1 could meet a value an old generation was opened with."""
    cache.add(CHANGES_KEY, secrets.randbits(62), None)
    return cache.get(CHANGES_KEY)


# The generation the page cache filed the page being built under, for what else the page keeps by generation.
_building_in: ContextVar[str | None] = ContextVar("page_cache_building_in", default=None)


def page_generation() -> str:
    """The generation the page being built belongs to: the one the page cache read for it, else the open one."""
    return _building_in.get() or content_generation()


def new_generation(**_kwargs) -> None:
    """Ends the open generation of every release, by moving the change counter on."""
    try:
        cache.incr(CHANGES_KEY)
    except ValueError:  # missing: a random start is a value no generation was opened with
        start_counting_changes()


def on_content_change(sender, **_kwargs) -> None:
    # For relations, the sender is the through table, which belongs to the app of the model that declares it.
    if sender._meta.app_label in settings.PAGE_CACHE_CONTENT_APPS:
        new_generation()
        # Dropped again once the change is committed: a reader between the save and the commit would
        # otherwise file the old page under the generation this save just started.
        transaction.on_commit(new_generation, robust=True)


def connect() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(on_content_change, dispatch_uid=f"page-cache-{signal}")


def query_the_view_reads(query: QueryDict, reads: tuple[str, ...]) -> str:
    """The query string with only the parameters the view reads, in the order ``reads`` names them.

    ``?utm_source=N`` and ``?a=1&b=2`` / ``?b=2&a=1`` are then one page and one cache entry, and the view cannot
    echo a parameter it ignores into its links. Repeated values of one parameter keep their order.
    """
    kept = QueryDict(mutable=True)
    for name in reads:
        if name in query:
            kept.setlist(name, query.getlist(name))
    return kept.urlencode()


def page_address(request, query: str) -> str:
    """What a page is filed by, in the view's cache and in the replayed copies alike: pages carry absolute links
    (hreflang, canonical), so the scheme and host are part of it. ``get_host`` may raise DisallowedHost."""
    return f"{request.scheme}://{request.get_host()}{escape_uri_path(request.path)}{'?' + query if query else ''}"


def address_digest(address: str) -> str:
    return hashlib.sha256(address.encode()).hexdigest()


def only_what_the_view_reads(request, reads: tuple[str, ...]) -> None:
    """Drops the query parameters the view never reads from the request itself (query_the_view_reads)."""
    query = query_the_view_reads(request.GET, reads)
    if query != request.META.get("QUERY_STRING", ""):
        request.META["QUERY_STRING"] = query
        request.GET = QueryDict(query)


def cached_public_page(view=None, *, reads: tuple[str, ...] = ()):
    """Serves a public GET from the cache when it can, and files successful answers there.

    ``reads`` names the query parameters the view uses; any other is dropped before the view or the cache sees it.
    """
    if view is None:
        return lambda view: cached_public_page(view, reads=reads)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method in ("GET", "HEAD"):
            only_what_the_view_reads(request, tuple(reads))
        too_long = len(request.get_full_path()) > MAX_CACHED_ADDRESS
        if request.method not in ("GET", "HEAD") or not settings.PUBLIC_PAGE_CACHE_SECONDS or too_long:
            return view(request, *args, **kwargs)
        address = page_address(request, request.META.get("QUERY_STRING", ""))
        generation = content_generation()
        key = f"page:{generation}:{address_digest(address)}"
        setattr(request, FILED_ATTRIBUTE, generation)
        response = cache.get(key)
        if response is not None:
            return response
        building = _building_in.set(generation)
        try:
            response = view(request, *args, **kwargs)
        finally:
            _building_in.reset(building)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            if hasattr(response, "render") and callable(response.render):
                response.render()
            cache.set(key, response, settings.PUBLIC_PAGE_CACHE_SECONDS)
        return response

    setattr(wrapper, READS_ATTRIBUTE, tuple(reads))
    return wrapper
