"""Every public page in each language: status, content, interface text, fallback note, hreflang, drafts."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from articles.models import Article, ArticleStatus
from blocs.models import Bloc, Country, Event, EventCitation, MembershipCitation
from tests.factories import ArticleFactory, BlocFactory, EventFactory, MembershipFactory, SourceFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["es", "th", "en"]
# One interface string per language that each page's navigation shows.
NAV_TIMELINE = {"es": "Cronología", "th": "ลำดับเหตุการณ์", "en": "Timeline"}


def url(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def pacific():
    return Article.objects.get(demo_key="pacific-integration")


def page_urls(language):
    article = pacific()
    return {
        "home": url(language, "home"),
        "bloc list": url(language, "blocs:bloc-list"),
        "bloc": url(language, "blocs:bloc-detail", slug="mercosur"),
        "country list": url(language, "blocs:country-list"),
        "country": url(language, "blocs:country-detail", slug="peru"),
        "article list": url(language, "articles:article-list"),
        "article": url(language, "articles:article-detail", slug=getattr(article, f"slug_{language}")),
        "timeline": url(language, "blocs:timeline"),
    }


PAGES = ["home", "bloc list", "bloc", "country list", "country", "article list", "article", "timeline"]


@pytest.fixture
def draft():
    bloc = Bloc.objects.get(slug="mercosur")
    article = ArticleFactory(
        title_es="Borrador secreto",
        title_th="ร่างลับ",
        title_en="Secret draft",
        slug_es="borrador-secreto",
        status=ArticleStatus.DRAFT,
        published_at=None,
    )
    article.blocs.add(bloc)
    article.countries.add(*bloc.memberships.values_list("country", flat=True)[:1])
    return article


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_page_renders_in_its_language_with_alternates(client, language, page, draft):
    response = client.get(page_urls(language)[page])
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert NAV_TIMELINE[language] in html
    for other in LANGUAGES:
        alternate = page_urls(other)[page]
        assert f'hreflang="{other}" href="http://testserver{alternate}"' in html
        assert f'href="{alternate}" lang="{other}"' in html  # the language switcher
    assert 'hreflang="x-default" href="http://testserver' + page_urls("es")[page] in html
    for secret in ("Borrador secreto", "ร่างลับ", "Secret draft", "borrador-secreto"):
        assert secret not in html


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("es", ["Mercado Común del Sur", "26 de marzo de 1991", "Tratado de Asunción", "Montevideo"]),
        ("th", ["ตลาดร่วมอเมริกาใต้ตอนล่าง", "26 มีนาคม 2534", "สนธิสัญญาอาซุนซิออน", "มอนเตวิเดโอ"]),
        ("en", ["Southern Common Market", "26 March 1991", "Treaty of Asunción", "Montevideo"]),
    ],
)
def test_bloc_page_content(client, language, texts):
    html = client.get(url(language, "blocs:bloc-detail", slug="mercosur")).content.decode()
    for text in texts:
        assert text in html


def test_bloc_page_shows_predecessor_successor_chart_timeline_and_articles(client):
    html = client.get(url("en", "blocs:bloc-detail", slug="unasur")).content.decode()
    assert "Community of South American Nations" in html  # predecessor
    assert 'href="/en/countries/venezuela/"' in html  # a chart row
    assert 'href="#event-' in html  # a timeline mark
    assert "South–South Cooperation and Integration in South America" in html  # related analysis
    csn = client.get(url("en", "blocs:bloc-detail", slug="csn")).content.decode()
    assert 'href="/en/blocs/unasur/"' in csn  # successor


@pytest.mark.parametrize(
    ("language", "year_only", "month_only"),
    [("es", "1995", "julio de 2024"), ("th", "พ.ศ. 2538", "กรกฎาคม 2567"), ("en", "1995", "July 2024")],
)
def test_partial_dates_on_pages(client, language, year_only, month_only):
    caricom = client.get(url(language, "blocs:bloc-detail", slug="caricom")).content.decode()
    assert year_only in caricom  # Suriname joined in 1995: the year only
    bolivia = client.get(url(language, "blocs:country-detail", slug="bolivia")).content.decode()
    assert month_only in bolivia  # full Mercosur member from July 2024


def test_year_only_event_never_shows_a_day(client):
    html = client.get(url("th", "blocs:timeline"), {"year_from": 1989, "year_to": 1989}).content.decode()
    assert "พ.ศ. 2532" in html
    assert "1 มกราคม 2532" not in html


def test_fallback_note_when_a_translation_is_missing(client):
    bloc = BlocFactory(slug="solo-es", name_es="Bloque sin traducir", summary_es="Solo en español.", name_th="")
    html = client.get(url("th", "blocs:bloc-detail", slug=bloc.slug)).content.decode()
    assert "Bloque sin traducir" in html
    assert "ยังไม่มีฉบับภาษาไทย จึงแสดงฉบับภาษาสเปน" in html
    english = client.get(url("en", "blocs:bloc-detail", slug=bloc.slug)).content.decode()
    assert "Not yet available in English; shown in Spanish." in english
    spanish = client.get(url("es", "blocs:bloc-detail", slug=bloc.slug)).content.decode()
    assert "fallback-note" not in spanish


def test_thai_article_falls_back_to_thai_not_spanish(client):
    article = ArticleFactory(
        original_language="th",
        title_es="",
        slug_es="",
        summary_es="",
        body_es="",
        title_th="บทวิเคราะห์ภาษาไทยเท่านั้น",
        slug_th="บทวิเคราะห์-ไทย",
        summary_th="สรุป",
        body_th="เนื้อหา",
    )
    html = client.get(url("es", "articles:article-detail", slug=article.slug_th)).content.decode()
    assert "บทวิเคราะห์ภาษาไทยเท่านั้น" in html
    assert "Aún no disponible en español; se muestra en tailandés." in html
    assert '<h1 lang="th">' in html


def test_language_switcher_uses_each_languages_slug(client):
    article = pacific()
    html = client.get(url("th", "articles:article-detail", slug=article.slug_th)).content.decode()
    assert f'href="/es/articles/{article.slug_es}/" lang="es"' in html
    assert f'href="/en/articles/{article.slug_en}/" lang="en"' in html


def test_a_slug_from_another_language_still_finds_the_article(client):
    article = pacific()
    response = client.get(url("en", "articles:article-detail", slug=article.slug_es))
    assert response.status_code == 200
    assert article.title_en in response.content.decode()


def test_switcher_keeps_the_filters(client):
    html = client.get(url("es", "blocs:timeline"), {"bloc": "mercosur", "kind": "summit"}).content.decode()
    assert 'href="/th/timeline/?bloc=mercosur&amp;kind=summit" lang="th"' in html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "name", ["blocs:bloc-detail", "blocs:country-detail", "articles:article-detail"], ids=["bloc", "country", "article"]
)
def test_unknown_slug_is_a_404_in_the_pages_language(client, language, name):
    response = client.get(url(language, name, slug="no-such-thing"))
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert {"es": "Página no encontrada", "th": "ไม่พบหน้านี้", "en": "Page not found"}[language] in html


def test_drafts_reviews_and_scheduled_articles_are_not_public(client):
    hidden = [
        ArticleFactory(slug_es="borrador", status=ArticleStatus.DRAFT, published_at=None),
        ArticleFactory(slug_es="en-revision", status=ArticleStatus.IN_REVIEW, published_at=None),
    ]
    for article in hidden:
        assert client.get(url("es", "articles:article-detail", slug=article.slug_es)).status_code == 404
    listing = client.get(url("es", "articles:article-list"))
    assert listing.context["page"].paginator.count == 2
    html = client.get(url("es", "blocs:bloc-detail", slug="mercosur")).content.decode()
    assert "borrador" not in html and "en-revision" not in html


def test_root_redirects_by_accept_language(client):
    assert client.get("/", headers={"accept-language": "th"})["Location"] == "/th/"
    assert client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})["Location"] == "/en/"
    assert client.get("/", headers={"accept-language": "de"})["Location"] == "/es/"


@pytest.mark.parametrize(
    ("page", "limit"),
    [
        # Each count includes the one query that opens a page-cache generation (the next scheduled publication).
        ("home", 8),
        ("bloc list", 4),
        # Citations and their sources: two queries for each kind of fact a page cites (founding, memberships, events).
        # The map on a date: the day's standings and the countries to draw (bloc); the day's standings (country).
        # The event list and its chart (blocs/event_pages.py): the list's count and page, the chart's events, the
        # blocs and their links to both lists' events, the counts per year and bloc: six, at any size.
        ("bloc", 22),
        ("country list", 4),
        # Its event list a page at a time: the count, the page, the blocs and their links to the page's events.
        ("country", 16),
        ("article list", 7),
        # The analysis with its seven relations in its own row, then the analyses related to it.
        ("article", 3),
        # The eras shaded behind the chart, with their citations and sources: three more.
        ("timeline", 16),
    ],
)
def test_query_count_does_not_grow_with_content(client, django_assert_max_num_queries, page, limit):
    target = page_urls("es")[page]
    with django_assert_max_num_queries(limit):
        client.get(target)
    # Twice the events, articles and memberships, each citing a source of its own: the same number of queries.
    mercosur = Bloc.objects.get(slug="mercosur")
    peru, china = Country.objects.get(alpha2="PE"), Country.objects.get(alpha2="CN")
    for index in range(30):
        event = EventFactory(title_es=f"Evento extra {index}")
        event.blocs.add(mercosur)
        event.countries.add(peru)
        EventCitation.objects.create(event=event, source=SourceFactory(), pinpoint=f"Art. {index}")
        ArticleFactory(title_es=f"Análisis extra {index}").blocs.add(mercosur)
        period = MembershipFactory(
            bloc=mercosur,
            country=china,
            status="observer",
            start=datetime.date(1992 + index, 1, 1),
            end=datetime.date(1993 + index, 1, 1),
        )
        MembershipCitation.objects.create(membership=period, source=SourceFactory())
    with django_assert_max_num_queries(limit):
        client.get(target)
    assert Event.objects.count() > 100


@pytest.mark.parametrize("page", ["bloc", "timeline"])
def test_a_chart_summarised_past_its_limit_costs_the_queries_of_one_drawn_event_by_event(client, monkeypatch, page):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    target = page_urls("es")[page]
    with CaptureQueriesContext(connection) as drawn:
        response = client.get(target)
    assert not response.context["timeline"].summarised
    cache.clear()
    monkeypatch.setattr("blocs.event_pages.CHART_EVENT_LIMIT", 10)  # the demo's events, as if they were thousands
    with CaptureQueriesContext(connection) as summarised:
        response = client.get(target)
    chart = response.context["timeline"]
    assert chart.summarised and all(row.density for row in chart.rows)
    assert len(summarised.captured_queries) == len(drawn.captured_queries)


@pytest.mark.parametrize(
    ("language", "written_in"),
    [("th", "เขียนเป็นภาษาไทย"), ("es", "escrito en tailandés"), ("en", "written in Thai")],
)
def test_article_meta_names_the_original_language_and_uses_the_readers_calendar(client, language, written_in):
    article = pacific()
    html = client.get(url(language, "articles:article-detail", slug=article.slug_th)).content.decode()
    assert written_in in html
    year = article.published_at.year + (543 if language == "th" else 0)
    assert f" {year}" in html
    if language == "th":
        assert f" {article.published_at.year}</p>" not in html


def test_a_slug_shared_by_two_articles_in_different_languages_opens_the_pages_own_language(client):
    spanish = ArticleFactory(title_es="Uno", slug_es="integracion")
    thai = ArticleFactory(title_es="Dos", slug_es="dos", title_th="สอง", slug_th="integracion")
    assert client.get("/es/articles/integracion/").context["article"] == spanish
    assert client.get("/th/articles/integracion/").context["article"] == thai
