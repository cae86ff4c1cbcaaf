"""The public pages this foundation serves: home, bloc, country and article pages in each language."""

import pytest
from django.urls import reverse
from django.utils import translation

from articles.models import Article, ArticleStatus
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["es", "th", "en"]


def url(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def test_root_redirects_to_a_language(client):
    response = client.get("/", headers={"accept-language": "th"})
    assert response.status_code == 302 and response["Location"] == "/th/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_lists_blocs_and_published_articles(client, language):
    ArticleFactory(title_es="Borrador secreto", status=ArticleStatus.DRAFT, published_at=None)
    response = client.get(url(language, "home"))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    pacific = Article.objects.get(demo_key="pacific-integration")
    assert pacific.translated("title", language).value in html
    assert "Borrador secreto" not in html


@pytest.mark.parametrize(
    ("language", "name", "founded"),
    [
        ("es", "Mercado Común del Sur", "26 de marzo de 1991"),
        ("th", "ตลาดร่วมอเมริกาใต้ตอนล่าง", "26 มีนาคม 2534"),
        ("en", "Southern Common Market", "26 March 1991"),
    ],
)
def test_bloc_page(client, language, name, founded):
    html = client.get(url(language, "blocs:bloc-detail", slug="mercosur")).content.decode()
    assert name in html and founded in html


def test_country_page_shows_memberships_with_partial_dates(client):
    html = client.get(url("th", "blocs:country-detail", slug="bolivia")).content.decode()
    assert "โบลิเวีย" in html
    assert "กรกฎาคม 2567" in html  # full Mercosur member from July 2024
    assert "พ.ศ. 2539" in html  # Mercosur associate from 1996


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_page_by_its_slug_in_each_language(client, language):
    article = Article.objects.get(demo_key="pacific-integration")
    slug = getattr(article, f"slug_{language}")
    response = client.get(url(language, "articles:article-detail", slug=slug))
    assert response.status_code == 200
    assert getattr(article, f"title_{language}") in response.content.decode()


def test_drafts_are_not_public(client):
    draft = ArticleFactory(slug_es="borrador", status=ArticleStatus.DRAFT, published_at=None)
    assert client.get(url("es", "articles:article-detail", slug=draft.slug_es)).status_code == 404


@pytest.mark.parametrize("name", ["blocs:bloc-detail", "blocs:country-detail", "articles:article-detail"])
def test_unknown_slugs_give_404(client, name):
    assert client.get(url("en", name, slug="no-such-thing")).status_code == 404


def test_page_queries_do_not_grow_with_memberships(client, django_assert_max_num_queries):
    # CELAC has 33 members; the page must not query once per row.
    with django_assert_max_num_queries(4):
        client.get(url("es", "blocs:bloc-detail", slug="celac"))
