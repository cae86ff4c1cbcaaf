"""Canonical address and OpenGraph tags on every public page, in each language."""

import datetime

import pytest
from django.utils.text import Truncator

from blocs.models import Bloc, Country
from tests.factories import ArticleFactory, TopicFactory
from tests.site.helpers import LANGUAGES, OG_LOCALES, absolute, article_url, pacific, parse_page, url

pytestmark = pytest.mark.django_db

PAGES = ["home", "bloc list", "bloc", "country list", "country", "timeline", "article list", "article", "search"]


def page_url(language, page):
    return {
        "home": lambda: url(language, "home"),
        "bloc list": lambda: url(language, "blocs:bloc-list"),
        "bloc": lambda: url(language, "blocs:bloc-detail", slug="mercosur"),
        "country list": lambda: url(language, "blocs:country-list"),
        "country": lambda: url(language, "blocs:country-detail", slug="peru"),
        "timeline": lambda: url(language, "blocs:timeline"),
        "article list": lambda: url(language, "articles:article-list"),
        "article": lambda: article_url(pacific(), language),
        "search": lambda: url(language, "search"),
    }[page]()


def expected_title(language, page):
    """The og:title of detail pages: the object's name or title in the page's language."""
    if page == "bloc":
        return Bloc.objects.get(slug="mercosur").translated("name", language).value
    if page == "country":
        return Country.objects.get(slug="peru").translated("name", language).value
    if page == "article":
        return pacific().translated("title", language).value
    return None


def get_page(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return parse_page(response.content.decode())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_a_canonical_address_and_opengraph_tags(client, language, page):
    path = page_url(language, page)
    head = get_page(client, path)
    assert head.canonical == absolute(path)
    assert head.one("og:url") == head.canonical
    assert head.one("og:type") == ("article" if page == "article" else "website")
    assert head.one("og:site_name") == {"es": "Portal de Integración", "en": "Integration Portal"}.get(
        language, head.one("og:site_name")
    )
    assert head.one("og:title").strip()
    assert head.one("og:description").strip()
    assert head.one("description") == head.one("og:description")
    if expected_title(language, page):
        assert head.one("og:title") == expected_title(language, page)
    assert head.one("og:locale") == OG_LOCALES[language]
    assert head.meta["og:locale:alternate"] == [OG_LOCALES[code] for code in LANGUAGES if code != language]


def test_detail_pages_describe_their_subject(client):
    article = pacific()
    head = get_page(client, article_url(article, "en"))
    assert head.one("og:description") == Truncator(article.translated("summary", "en").value).chars(300)
    assert datetime.datetime.fromisoformat(head.one("article:published_time")) == article.published_at
    bloc = Bloc.objects.get(slug="mercosur")
    head = get_page(client, url("th", "blocs:bloc-detail", slug="mercosur"))
    assert head.one("og:description") == Truncator(bloc.translated("summary", "th").value).chars(300)
    head = get_page(client, url("en", "blocs:country-detail", slug="peru"))
    assert head.one("og:description").startswith("Peru ")


@pytest.mark.parametrize("language", LANGUAGES)
def test_canonical_of_an_article_reached_by_another_languages_slug_uses_this_languages_slug(client, language):
    article = ArticleFactory(
        title_th="บทความ", slug_es="canonico-es", slug_th="แคนนอนิคอล", slug_en="canonical-en", title_en="Canonical"
    )
    for other in LANGUAGES:
        path = url(language, "articles:article-detail", slug=article.translated("slug", other).value)
        head = get_page(client, path)
        assert head.canonical == absolute(article_url(article, language))
        assert head.one("og:url") == head.canonical


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("blocs:timeline", "?year_from=1990&bloc=mercosur"),
        ("articles:article-list", "?q=integración"),
        ("search", "?q=mercosur&type=event"),
        ("home", "?utm_source=newsletter"),
    ],
)
def test_canonical_drops_the_query_string(client, name, query):
    path = url("es", name)
    head = get_page(client, path + query)
    assert head.canonical == absolute(path)


def test_canonical_keeps_a_page_number_past_the_first(client):
    topic = TopicFactory()
    for number in range(12):
        ArticleFactory(slug_es=f"pagina-{number}").topics.add(topic)
    path = url("es", "articles:article-list")
    assert get_page(client, path + "?page=2").canonical == absolute(path + "?page=2")
    assert get_page(client, path + f"?topic={topic.slug}&page=2").canonical == absolute(path + "?page=2")
    assert get_page(client, path + "?page=1").canonical == absolute(path)
    assert get_page(client, path + "?page=abc").canonical == absolute(path)  # shown as the first page
    # Paginator.get_page() shows the last page for numbers out of range: the canonical names the page shown.
    assert get_page(client, path + "?page=0").canonical == absolute(path + "?page=2")
    assert get_page(client, path + "?page=999").canonical == absolute(path + "?page=2")


def test_canonical_uses_the_host_and_scheme_of_the_request(client, settings):
    settings.ALLOWED_HOSTS = ["portal.example"]
    head = get_page(client.__class__(HTTP_HOST="portal.example"), url("en", "blocs:bloc-list"))
    assert head.canonical == "http://portal.example/en/blocs/"
