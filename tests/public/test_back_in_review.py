"""An article or event that was published, then sent back to review, is public nowhere.

Unpublishing keeps ``published_at`` (the time stays for when it is published again), so a filter that looked at the
time alone, or took "in review" for public, would show it. The fixture goes the way an editor does: publish, then
send it back to review through the service the admin's actions call.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from integration_portal.core.publishing import PublicationStatus
from integration_portal.editorial.services import set_publication_status
from tests.factories import ArticleFactory, EventFactory

pytestmark = pytest.mark.django_db

WORD = "zorzalreviso"


def url(name, **kwargs):
    with translation.override("es"):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def sent_back(django_user_model):
    """An article and an event, each published and seen, then sent back to review by an editor."""
    editor = django_user_model.objects.create_superuser("editora", password="editor-password-1")
    article = ArticleFactory(slug_es=f"{WORD}-articulo", title_es=f"Análisis {WORD}", summary_es=WORD, status="draft")
    event = EventFactory(title_es=f"Cumbre {WORD}", summary_es=WORD, status="draft", published_at=None)
    for status in (PublicationStatus.PUBLISHED, PublicationStatus.IN_REVIEW):
        moved = set_publication_status(objects=[article, event], status=status, user=editor, comment=status)
        assert moved == 2
    for obj in (article, event):
        obj.refresh_from_db()
        # What the editor's two steps leave: in review, with the time it was published.
        assert obj.status == PublicationStatus.IN_REVIEW and obj.published_at is not None
    return article, event


def test_the_published_filter_refuses_an_article_and_event_sent_back_to_review(sent_back):
    article, event = sent_back
    assert not article.is_public and not event.is_public
    assert not type(article).objects.published().filter(pk=article.pk).exists()
    assert not type(event).objects.published().filter(pk=event.pk).exists()


def test_an_article_sent_back_to_review_is_on_no_public_page(client, sent_back):
    article, event = sent_back
    assert client.get(url("articles:article-detail", slug=article.slug_es)).status_code == 404
    pages = [
        event.get_absolute_url(),  # the timeline, opened at the event
        url("articles:article-list"),
        url("articles-feed-rss"),
        url("articles-feed-atom"),
        url("home"),
        "/sitemap.xml",
    ]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        assert WORD not in response.content.decode(), page
    # The search page repeats the query: what must be missing is a link to either.
    found = client.get(url("search"), {"q": WORD}).content.decode()
    assert article.slug_es not in found and f"event={event.pk}" not in found


def test_an_article_sent_back_to_review_is_in_no_api_response(client, sent_back):
    article, event = sent_back
    assert client.get(f"/api/v1/articles/{article.slug_es}/").status_code == 404
    assert client.get(f"/api/v1/events/{event.pk}/").status_code == 404
    for path, query in [("articles/", {}), ("events/", {}), ("search/", {"scope": "all"})]:
        body = client.get(f"/api/v1/{path}", {"q": WORD, **query}).json()
        assert body["count"] == 0, path


def test_published_again_it_is_public_again(client, sent_back, django_user_model):
    """The other side: the same article, published once more, is found, so the checks above can fail."""
    article, event = sent_back
    editor = django_user_model.objects.get(username="editora")
    set_publication_status(objects=[article, event], status=PublicationStatus.PUBLISHED, user=editor, comment="again")
    assert client.get(url("articles:article-detail", slug=article.slug_es)).status_code == 200
    assert WORD in client.get(event.get_absolute_url()).content.decode()
    assert WORD in client.get(url("articles:article-list")).content.decode()
    assert WORD in client.get(url("articles-feed-rss")).content.decode()
    found = client.get(url("search"), {"q": WORD}).content.decode()
    assert article.slug_es in found and f"event={event.pk}" in found
    assert client.get("/api/v1/articles/", {"q": WORD}).json()["count"] == 1
    assert client.get("/api/v1/events/", {"q": WORD}).json()["count"] == 1
    assert client.get("/api/v1/search/", {"q": WORD, "scope": "all"}).json()["count"] == 2
