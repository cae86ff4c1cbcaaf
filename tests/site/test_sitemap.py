"""/sitemap.xml lists every public page in three languages with hreflang alternates; /robots.txt points to it."""

import urllib.parse

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article, Author
from blocs.models import Bloc, Country
from tests.factories import ArticleFactory
from tests.site.conftest import secrets_of
from tests.site.helpers import LANGUAGES, SITEMAP_NS, XHTML_NS, absolute, article_url, parse_xml, url

pytestmark = pytest.mark.django_db


def sitemap_entries(client) -> dict[str, dict]:
    """loc → {"lastmod": text or None, "alternates": {hreflang: href}}, checking no loc appears twice."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = parse_xml(response)
    assert root.tag == f"{SITEMAP_NS}urlset"
    entries = {}
    for node in root.findall(f"{SITEMAP_NS}url"):
        loc = node.findtext(f"{SITEMAP_NS}loc")
        assert loc not in entries, f"{loc} listed twice"
        alternates = {}
        for link in node.findall(f"{XHTML_NS}link"):
            assert link.get("rel") == "alternate"
            assert link.get("hreflang") not in alternates
            alternates[link.get("hreflang")] = link.get("href")
        entries[loc] = {"lastmod": node.findtext(f"{SITEMAP_NS}lastmod"), "alternates": alternates}
    return entries


def public_pages() -> list[dict[str, str]]:
    """Each public page as {language: absolute URL}."""
    names = ["home", "blocs:bloc-list", "blocs:country-list", "blocs:timeline", "articles:article-list"]
    pages = [{code: absolute(url(code, name)) for code in LANGUAGES} for name in names]
    for bloc in Bloc.objects.all():
        pages.append({code: absolute(url(code, "blocs:bloc-detail", slug=bloc.slug)) for code in LANGUAGES})
    for country in Country.objects.all():
        pages.append({code: absolute(url(code, "blocs:country-detail", slug=country.slug)) for code in LANGUAGES})
    for article in Article.objects.published():
        pages.append({code: absolute(article_url(article, code)) for code in LANGUAGES})
    return pages


def test_sitemap_lists_every_public_page_in_each_language_with_alternates(client, published, unpublished):
    entries = sitemap_entries(client)
    pages = public_pages()
    assert len(pages) > 20  # the demo's blocs, countries and articles are there
    assert len(entries) == 3 * len(pages)
    for page in pages:
        for code in LANGUAGES:
            entry = entries[page[code]]
            assert entry["alternates"] == {**page, "x-default": page["es"]}, page[code]
    assert not any("/search/" in loc for loc in entries)


def test_each_article_is_listed_with_the_slug_of_each_language(client, published):
    entries = sitemap_entries(client)
    expected = {
        "es": "http://testserver/es/articles/analisis-publicado-prueba/",
        "th": "http://testserver/th/articles/" + urllib.parse.quote("บทวิเคราะห์-เผยแพร่") + "/",
        "en": "http://testserver/en/articles/published-test-analysis/",
    }
    for loc in expected.values():
        assert entries[loc]["alternates"] == {**expected, "x-default": expected["es"]}
        # The day of the last change (or of publication, if later), in the portal's time zone.
        changed = max(published.published_at, published.updated_at)
        assert entries[loc]["lastmod"] == timezone.localtime(changed).date().isoformat()


def test_an_article_missing_a_translation_is_listed_with_its_fallback_slug(client):
    article = ArticleFactory(slug_es="solo-en-espanol", title_es="Solo en español")
    entries = sitemap_entries(client)
    for code in LANGUAGES:
        assert f"http://testserver/{code}/articles/solo-en-espanol/" in entries
    assert client.get(article_url(article, "th")).status_code == 200


def test_drafts_articles_in_review_and_scheduled_articles_are_not_listed(client, unpublished):
    html = client.get("/sitemap.xml").content.decode()
    for secret in secrets_of(unpublished):
        assert urllib.parse.quote(secret) not in html and secret not in html


def test_sitemap_queries_do_not_grow_with_the_number_of_articles(client, django_assert_max_num_queries, mercosur):
    with CaptureQueriesContext(connection) as before:
        client.get("/sitemap.xml")
    author = Author.objects.create(name="Autora", slug="autora")
    for number in range(25):
        article = ArticleFactory(slug_th=f"บท-{number}", slug_en=f"piece-{number}")
        article.blocs.add(mercosur)
        article.authors.add(author)
    cache.clear()
    with django_assert_max_num_queries(len(before)):
        response = client.get("/sitemap.xml")
    assert response.content.decode().count("<loc>http://testserver/en/articles/piece-") == 25


def test_sitemap_is_served_from_the_page_cache_until_content_changes(client, django_assert_num_queries):
    client.get("/sitemap.xml")
    with django_assert_num_queries(0):
        assert client.get("/sitemap.xml").status_code == 200
    ArticleFactory(slug_es="recien-publicado")
    assert "/es/articles/recien-publicado/" in client.get("/sitemap.xml").content.decode()


def test_robots_txt_allows_all_but_the_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Allow: /" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert not any(line.startswith("Disallow: /") and line != "Disallow: /admin/" for line in lines)


def test_robots_txt_names_the_sitemap_on_the_host_it_was_asked_for(client, settings):
    settings.ALLOWED_HOSTS = ["portal.example"]
    response = client.get("/robots.txt", HTTP_HOST="portal.example", secure=True)
    assert "Sitemap: https://portal.example/sitemap.xml" in response.content.decode().splitlines()
