"""RSS 2.0 and Atom feeds of published analyses, for the whole portal and for each bloc, in each language."""

import datetime
import email.utils
import urllib.parse

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape

from articles.models import Article, Author
from blocs.models import Bloc
from tests.factories import ArticleFactory
from tests.site.conftest import secrets_of
from tests.site.helpers import ATOM_NS, HOSTILE, LANGUAGES, absolute, article_url, parse_page, parse_xml, url

pytestmark = pytest.mark.django_db

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CONTENT_TYPES = {"rss": "application/rss+xml; charset=utf-8", "atom": "application/atom+xml; charset=utf-8"}


def read_feed(client, path, kind) -> dict:
    """The feed's language, link and items [{title, link, description, published}], checking its form."""
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == CONTENT_TYPES[kind]
    root = parse_xml(response)
    if kind == "rss":
        assert root.tag == "rss" and root.get("version") == "2.0"
        channel = root.find("channel")
        items = [
            {
                "title": item.findtext("title"),
                "link": item.findtext("link"),
                "description": item.findtext("description"),
                "published": email.utils.parsedate_to_datetime(item.findtext("pubDate")),
            }
            for item in channel.findall("item")
        ]
        return {
            "language": channel.findtext("language"),
            "title": channel.findtext("title"),
            "link": channel.findtext("link"),
            "items": items,
        }
    assert root.tag == f"{ATOM_NS}feed"
    entries = []
    for entry in root.findall(f"{ATOM_NS}entry"):
        summary = entry.find(f"{ATOM_NS}summary")
        assert summary is None or summary.get("type") == "html"
        entries.append(
            {
                "title": entry.findtext(f"{ATOM_NS}title"),
                "link": entry.find(f"{ATOM_NS}link").get("href"),
                "description": entry.findtext(f"{ATOM_NS}summary"),
                "published": datetime.datetime.fromisoformat(entry.findtext(f"{ATOM_NS}published")),
                "updated": datetime.datetime.fromisoformat(entry.findtext(f"{ATOM_NS}updated")),
            }
        )
    link = next(node.get("href") for node in root.findall(f"{ATOM_NS}link") if node.get("rel") == "alternate")
    return {"language": root.get(XML_LANG), "title": root.findtext(f"{ATOM_NS}title"), "link": link, "items": entries}


def expected_items(articles, language):
    return [
        (article.translated("title", language).value, absolute(article_url(article, language))) for article in articles
    ]


def as_plain_text(title, kind):
    """RSS titles are read as HTML, so they are escaped once more; Atom titles are text."""
    return escape(title) if kind == "rss" else title


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_portal_feed_has_the_published_articles_in_its_language(client, language, kind, published, unpublished):
    feed = read_feed(client, url(language, f"articles-feed-{kind}"), kind)
    assert feed["language"] == language
    assert feed["link"] == absolute(url(language, "articles:article-list"))
    articles = list(Article.objects.published().order_by("-published_at", "-pk"))
    assert len(articles) >= 3
    assert [(item["title"], item["link"]) for item in feed["items"]] == [
        (as_plain_text(title, kind), link) for title, link in expected_items(articles, language)
    ]
    for item, article in zip(feed["items"], articles, strict=True):
        assert item["link"].startswith(f"http://testserver/{language}/articles/")
        assert item["published"] == article.published_at
        assert item["description"] == escape(article.translated("summary", language).value)
    mine = feed["items"][[a.pk for a in articles].index(published.pk)]
    assert mine["title"] == {"es": "Análisis publicado de prueba", "th": "บทวิเคราะห์ที่เผยแพร่แล้ว"}.get(
        language, "Published test analysis"
    )
    text = client.get(url(language, f"articles-feed-{kind}")).content.decode()
    for secret in secrets_of(unpublished):
        assert secret not in text and urllib.parse.quote(secret) not in text


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_bloc_feed_has_only_that_blocs_published_articles(client, language, kind, mercosur, published, unpublished):
    elsewhere = ArticleFactory(title_es="Solo sobre la Alianza del Pacífico", slug_es="solo-alianza")
    elsewhere.blocs.add(Bloc.objects.get(slug="pacific-alliance"))
    feed = read_feed(client, url(language, f"bloc-feed-{kind}", slug="mercosur"), kind)
    assert feed["language"] == language
    assert feed["link"] == absolute(url(language, "blocs:bloc-detail", slug="mercosur"))
    assert mercosur.translated("name", language).value in feed["title"]
    articles = list(Article.objects.published().filter(blocs=mercosur).order_by("-published_at", "-pk"))
    assert published in articles and len(articles) >= 2  # the demo's analyses about Mercosur too
    assert [(item["title"], item["link"]) for item in feed["items"]] == [
        (as_plain_text(title, kind), link) for title, link in expected_items(articles, language)
    ]
    text = client.get(url(language, f"bloc-feed-{kind}", slug="mercosur")).content.decode()
    assert "solo-alianza" not in text
    for secret in secrets_of(unpublished):
        assert secret not in text and urllib.parse.quote(secret) not in text


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_of_an_unknown_bloc_is_not_found(client, kind):
    assert client.get(url("es", f"bloc-feed-{kind}", slug="no-such-bloc")).status_code == 404


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_has_the_newest_30_articles_newest_first(client, kind):
    start = timezone.now() - datetime.timedelta(days=10)
    for number in range(35):
        ArticleFactory(slug_es=f"serie-{number:02d}", published_at=start + datetime.timedelta(minutes=number))
    items = read_feed(client, url("es", f"articles-feed-{kind}"), kind)["items"]
    assert len(items) == 30
    published = [item["published"] for item in items]
    assert published == sorted(published, reverse=True)
    assert not any(item["link"].endswith(("/serie-00/", "/serie-04/")) for item in items)  # the oldest drop off


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_titles_and_summaries_stay_plain_text(client, kind):
    article = ArticleFactory(title_es=HOSTILE, summary_es="A <b>negrita</b> & B", slug_es="hostil")
    items = read_feed(client, url("es", f"articles-feed-{kind}"), kind)["items"]
    item = next(item for item in items if item["link"] == absolute(article_url(article, "es")))
    # Once the XML is read, what is left is escaped HTML that a reader shows as the original text.
    assert item["description"] == "A &lt;b&gt;negrita&lt;/b&gt; &amp; B"
    assert item["title"] == as_plain_text(HOSTILE, kind)
    raw = client.get(url("es", f"articles-feed-{kind}")).content.decode()
    assert "<script>" not in raw and "<b>" not in raw


def test_atom_updated_is_never_before_published(client):
    article = ArticleFactory(slug_es="programado-antes")
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - datetime.timedelta(seconds=1))
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() - datetime.timedelta(days=3))
    items = read_feed(client, url("es", "articles-feed-atom"), "atom")["items"]
    for item in items:
        assert item["updated"] >= item["published"]


def test_feed_names_the_authors(client, published):
    published.authors.add(Author.objects.create(name="Ana Autora", slug="ana-autora"))
    root = parse_xml(client.get(url("en", "articles-feed-atom")))
    names = [node.findtext(f"{ATOM_NS}author/{ATOM_NS}name") for node in root.findall(f"{ATOM_NS}entry")]
    assert "Ana Autora" in names


def test_feed_queries_do_not_grow_with_the_number_of_articles(client, django_assert_max_num_queries, mercosur):
    with CaptureQueriesContext(connection) as before:
        client.get(url("th", "bloc-feed-rss", slug="mercosur"))
    author = Author.objects.create(name="Autora", slug="autora")
    for number in range(25):
        article = ArticleFactory(slug_es=f"muchos-{number}")
        article.blocs.add(mercosur)
        article.authors.add(author)
    cache.clear()
    with django_assert_max_num_queries(len(before)):
        response = client.get(url("th", "bloc-feed-rss", slug="mercosur"))
    assert response.content.decode().count("<item>") >= 25


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_link_to_their_feeds(client, language):
    for name in ("home", "articles:article-list", "blocs:timeline"):
        page = parse_page(client.get(url(language, name)).content.decode())
        assert page.feeds("application/rss+xml") == [url(language, "articles-feed-rss")]
        assert page.feeds("application/atom+xml") == [url(language, "articles-feed-atom")]
    bloc = parse_page(client.get(url(language, "blocs:bloc-detail", slug="mercosur")).content.decode())
    assert url(language, "bloc-feed-rss", slug="mercosur") in bloc.feeds("application/rss+xml")
    assert url(language, "bloc-feed-atom", slug="mercosur") in bloc.feeds("application/atom+xml")
    for href in bloc.feeds("application/rss+xml") + bloc.feeds("application/atom+xml"):
        assert client.get(href).status_code == 200
