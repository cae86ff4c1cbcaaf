"""Drafts, articles in review, scheduled and unpublished content are in no response, whatever is asked."""

import datetime

import pytest
from django.utils import timezone

from articles.models import ArticleStatus
from blocs.models import EventCitation
from integration_portal.core.publishing import PublicationStatus
from tests.factories import ArticleFactory, EventFactory, SourceFactory

pytestmark = pytest.mark.django_db

LATER = timezone.now() + datetime.timedelta(days=3)
HIDDEN = {
    "draft": {"status": PublicationStatus.DRAFT, "published_at": None},
    "in-review": {"status": PublicationStatus.IN_REVIEW, "published_at": None},
    "scheduled": {"status": PublicationStatus.PUBLISHED, "published_at": LATER},
    # Published once, then sent back to draft: it keeps its publication time.
    "unpublished": {"status": PublicationStatus.DRAFT, "published_at": timezone.now()},
}


def every_page(api, path, query):
    results, page = [], 1
    while True:
        status, body, _ = api(path, {**query, "page": page, "page_size": 100})
        assert status == 200
        results += body["results"]
        if not body["next"]:
            return results
        page += 1


@pytest.mark.parametrize("state", HIDDEN)
def test_hidden_articles_are_in_no_list_detail_or_search(api, state):
    word = f"zorzalito{state.replace('-', '')}"
    article = ArticleFactory(title_es=f"Análisis {word}", slug_es=f"oculto-{state}", summary_es=word, **HIDDEN[state])
    shown = ArticleFactory(title_es=f"Análisis visible {word}", slug_es=f"visible-{state}", summary_es=word)
    assert article.status in ArticleStatus.values
    listed = [item["slug"]["es"]["text"] for item in every_page(api, "articles/", {})]
    assert f"visible-{state}" in listed and f"oculto-{state}" not in listed
    assert api(f"articles/oculto-{state}/")[0] == 404
    assert api(f"articles/visible-{state}/")[1]["title"]["es"]["text"] == shown.title_es
    _, found, _ = api("articles/", {"q": word})
    assert [item["slug"]["es"]["text"] for item in found["results"]] == [f"visible-{state}"]
    _, found, _ = api("search/", {"q": word, "scope": "all"})
    assert [(hit["type"], hit["id"]) for hit in found["results"]] == [("article", shown.pk)]


@pytest.mark.parametrize("state", HIDDEN)
def test_hidden_events_and_the_sources_only_they_cite_are_in_no_response(api, state):
    word = f"chajacito{state.replace('-', '')}"
    event = EventFactory(title_es=f"Evento {word}", **HIDDEN[state])
    source = SourceFactory(slug=f"only-for-{state}")
    EventCitation.objects.create(event=event, source=source)
    listed = [item["id"] for item in every_page(api, "events/", {})]
    assert event.pk not in listed
    assert api("events/", {"q": word})[1]["count"] == 0
    assert api("search/", {"q": word, "scope": "all"})[1]["count"] == 0
    keys = [item["key"] for item in every_page(api, "sources/", {})]
    assert f"only-for-{state}" not in keys
    assert api(f"sources/only-for-{state}/")[0] == 404
    # Once published, the event and its source are public.
    event.status, event.published_at = PublicationStatus.PUBLISHED, timezone.now()
    event.save()
    assert api(f"sources/only-for-{state}/")[0] == 200
    assert event.pk in [item["id"] for item in every_page(api, "events/", {})]


def test_an_articles_related_events_are_published_ones_only(api):
    article = ArticleFactory(slug_es="con-eventos")
    public, draft = EventFactory(), EventFactory(status=PublicationStatus.DRAFT, published_at=None)
    article.events.add(public, draft)
    assert api("articles/con-eventos/")[1]["events"] == [public.pk]
    listed = {item["slug"]["es"]["text"]: item["events"] for item in every_page(api, "articles/", {})}
    assert listed["con-eventos"] == [public.pk]
