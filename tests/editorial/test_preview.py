"""Preview: staff see a draft exactly as the public page will show it, in each language; nobody else does."""

import pytest
from django.contrib.auth.models import Group

from articles.models import Article
from blocs.models import Event
from tests.admin.helpers import url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


@pytest.fixture
def draft_article():
    article = Article.objects.get(demo_key="pacific-integration")
    Article.objects.filter(pk=article.pk).update(status="draft", published_at=None)
    article.refresh_from_db()
    return article


@pytest.mark.parametrize("language", ["es", "th", "en"])
def test_staff_preview_a_draft_in_each_language(analyst_client, client, draft_article, language):
    assert client.get(f"/{language}/articles/{draft_article.translated('slug', language).value}/").status_code == 404
    response = analyst_client.get(url(Article, "preview", draft_article.pk, language))
    page = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in page
    assert draft_article.translated("title", language).value in page
    assert 'class="preview-banner"' in page and 'name="robots" content="noindex"' in page
    assert response["X-Robots-Tag"] == "noindex" and "no-store" in response["Cache-Control"]
    # The language links move between previews, not to the (missing) public page.
    for code in ("es", "th", "en"):
        assert url(Article, "preview", draft_article.pk, code) in page


@pytest.mark.parametrize("language", ["es", "th", "en"])
def test_event_preview_shows_the_draft_event_with_its_sources(analyst_client, language):
    from blocs.models import EventCitation
    from tests.factories import EventFactory, SourceFactory

    event = EventFactory(status="in_review", published_at=None, title_th="การประชุมทดสอบ", title_en="Test summit")
    first, second = SourceFactory(), SourceFactory()
    EventCitation.objects.create(event=event, source=second, pinpoint="Art. 2", position=0)
    EventCitation.objects.create(event=event, source=first, position=1)
    page = analyst_client.get(url(Event, "preview", event.pk, language)).content.decode()
    assert event.translated("title", language).value in page and 'class="preview-banner"' in page
    # Numbered in the event's own order: the second source first.
    assert '<a href="#source-1"><span class="visually-hidden">' in page and "[1, Art. 2]" in page and "[2]" in page
    listed = page.split('id="sources-heading"', 1)[1]
    assert listed.index(second.translated("title", language).value) < listed.index(
        first.translated("title", language).value
    )


def test_change_form_links_to_each_languages_preview(analyst_client, draft_article):
    page = analyst_client.get(url(Article, "change", draft_article.pk)).content.decode()
    for code in ("es", "th", "en"):
        assert url(Article, "preview", draft_article.pk, code) in page


def test_anonymous_visitors_are_sent_to_the_login_page(client, draft_article):
    response = client.get(url(Article, "preview", draft_article.pk, "es"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_non_staff_users_cannot_preview(client, django_user_model, draft_article):
    reader = django_user_model.objects.create_user("reader")
    reader.groups.add(Group.objects.get(name="Analyst"))  # permissions without staff status are not enough
    client.force_login(reader)
    response = client.get(url(Article, "preview", draft_article.pk, "es"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_staff_without_permission_on_articles_get_403(client, django_user_model, draft_article):
    client.force_login(django_user_model.objects.create_user("stranger", is_staff=True))
    assert client.get(url(Article, "preview", draft_article.pk, "es")).status_code == 403


def test_unknown_language_or_object_is_404(analyst_client, draft_article):
    base = url(Article, "preview", draft_article.pk, "es").removesuffix("es/")
    assert analyst_client.get(f"{base}xx/").status_code == 404
    assert analyst_client.get(url(Article, "preview", 999999, "es")).status_code == 404
