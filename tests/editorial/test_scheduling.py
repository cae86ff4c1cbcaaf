"""Scheduled publication: content becomes public at its time, with nothing running at that moment."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article, ArticleStatus
from blocs.models import Event
from tests.factories import ArticleFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

SECOND = datetime.timedelta(seconds=1)


@pytest.fixture
def clock(monkeypatch):
    """The portal's notion of now, moved by the test (timezone.now is what every public query reads)."""
    moment = {"now": timezone.now()}
    monkeypatch.setattr(timezone, "now", lambda: moment["now"])
    return moment


def visible_on_site(client, obj) -> dict[str, bool]:
    if isinstance(obj, Article):
        return {
            "list": obj.title_es in client.get("/es/articles/").content.decode(),
            "page": client.get(f"/es/articles/{obj.slug_es}/").status_code == 200,
            "search": f'href="/es/articles/{obj.slug_es}/"'
            in client.get("/es/search/", {"q": obj.title_es}).content.decode(),
        }
    return {
        # The event's own address: the page of the timeline's list that holds it.
        "timeline": f'id="event-{obj.pk}"' in client.get("/es/timeline/", {"event": obj.pk}).content.decode(),
        "home": obj.title_es in client.get("/es/").content.decode(),
        "search": f"#event-{obj.pk}" in client.get("/es/search/", {"q": obj.title_es}).content.decode(),
    }


@pytest.mark.parametrize("kind", ["article", "event"])
def test_scheduled_content_is_hidden_one_second_before_and_public_one_second_after(client, clock, kind):
    at = clock["now"] + datetime.timedelta(hours=2)
    if kind == "article":
        obj = ArticleFactory(title_es="Integración programada Zeta", status=ArticleStatus.PUBLISHED, published_at=at)
    else:
        obj = EventFactory(
            title_es="Cumbre programada Zeta", date=datetime.date(2030, 1, 1), status="published", published_at=at
        )

    clock["now"] = at - SECOND
    assert not any(visible_on_site(client, obj).values())
    assert not type(obj).objects.published().filter(pk=obj.pk).exists()

    clock["now"] = at + SECOND
    assert all(visible_on_site(client, obj).values())
    assert type(obj).objects.published().filter(pk=obj.pk).exists()


@pytest.mark.parametrize("status", ["draft", "in_review"])
def test_unpublished_events_stay_off_every_public_page(client, status):
    event = EventFactory(
        title_es="Cumbre secreta Omega", date=datetime.date(2030, 1, 1), status=status, published_at=None
    )
    assert not any(visible_on_site(client, event).values())


def test_an_article_page_lists_only_published_events(client):
    article = Article.objects.get(demo_key="cooperacion-integracion-sur")
    hidden = article.events.first()
    Event.objects.filter(pk=hidden.pk).update(status="draft")
    page = client.get(article.get_absolute_url()).content.decode()
    assert f"#event-{hidden.pk}" not in page
    assert f"#event-{article.events.exclude(pk=hidden.pk).first().pk}" in page
