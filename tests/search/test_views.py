"""The search page, the lists' q filter, and what any query string gets."""

import pytest
from django.urls import reverse
from django.utils import translation

from articles.models import Article, ArticleStatus
from blocs.models import Event

pytestmark = pytest.mark.django_db


def get(client, language="es", name="search", **params):
    with translation.override(language):
        return client.get(reverse(name), params)


def test_results_have_title_link_kind_date_and_highlighted_snippet(client):
    response = get(client, "es", q="cooperacion")
    assert response.status_code == 200
    first = response.context["results"][0]
    article = Article.objects.get(demo_key="cooperacion-integracion-sur")
    assert first.url == article.get_absolute_url() or first.url.endswith(article.slug_es + "/")
    assert first.type_label == "análisis"
    assert "<mark>Cooperación</mark>" in first.title
    assert "<mark>cooperación</mark>" in first.snippet.lower()
    assert first.date
    html = response.content.decode()
    assert 'class="snippet"' in html and "<mark>" in html


def test_thai_snippet_reads_as_written(client):
    response = get(client, "th", q="ไฟฟ้า")
    result = next(r for r in response.context["results"] if r.result_type == "article")
    article = Article.objects.get(demo_key="pacific-integration")
    shown = str(result.snippet).replace("<mark>", "").replace("</mark>", "").strip("… ")
    # Cut from the original text at word boundaries: no spaces added between Thai words.
    assert shown.split(" ")[0] in article.body_th + article.summary_th
    assert "<mark>ไฟฟ้า</mark>" in result.snippet


def test_hostile_text_is_escaped_in_titles_and_snippets(client):
    event = Event.objects.get(demo_key="treaty-of-asuncion")
    event.title_es = 'Asunción <script>alert("x")</script>'
    event.summary_es = 'Asunción <img src=x onerror=alert(1)> "quoted"'
    event.save()
    html = get(client, "es", q="asuncion").content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "<mark>Asunción</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "q",
    [
        "",
        " ",
        "x" * 10_000,
        "!!!...???",
        '"mercosur',
        "mercosur\x00",
        "'; DROP TABLE search_searchentry; --",
        "mercosur ประชาคมแอนเดียน Венесуэла 中文",
        "🙂🌎🤝",
        "-venezuela",
        "or",
        "a:* & !b | (c",
        "\\",
    ],
)
def test_any_query_gives_a_page(client, q):
    response = get(client, "th", q=q)
    assert response.status_code == 200
    html = response.content.decode()
    assert "results" in response.context or 'class="search-form"' in html


def test_long_query_is_shortened_and_said(client):
    response = get(client, "en", q="mercosur " * 1000)
    assert response.status_code == 200
    assert response.context["parsed"].truncated
    assert "shortened" in response.content.decode()


def test_exclusion_only_query_explains_itself(client):
    response = get(client, "en", q="-venezuela")
    assert response.context["outcome"].total == 0
    assert "add a word to find" in response.content.decode()


def test_no_result_offers_all_languages(client):
    response = get(client, "en", q="ไฟฟ้า")
    assert response.context["outcome"].total == 0
    assert response.context["all_languages_url"] == "?q=%E0%B9%84%E0%B8%9F%E0%B8%9F%E0%B9%89%E0%B8%B2&scope=all"


@pytest.mark.parametrize(
    "params",
    [{"bloc": "atlantis"}, {"year_from": "2020", "year_to": "1990"}, {"type": "treaty"}, {"kind": "x" * 500}],
)
def test_invalid_filters_say_what_is_wrong(client, params):
    response = get(client, "en", q="mercosur", **params)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert "outcome" not in response.context


def test_facet_links_keep_the_query_and_set_the_filter(client):
    response = get(client, "en", q="mercosur")
    facets = response.context["type_facets"]
    event_link = next(link for link in facets if link["url"].endswith("type=event"))
    assert event_link["url"] == "?q=mercosur&type=event"
    narrowed = get(client, "en", q="mercosur", type="event")
    assert narrowed.context["outcome"].total == event_link["count"]
    assert {result.result_type for result in narrowed.context["results"]} == {"event"}


def test_drafts_never_show_in_results_or_facets(client):
    article = Article.objects.get(demo_key="cooperacion-integracion-sur")
    article.status = ArticleStatus.IN_REVIEW
    article.save()
    response = get(client, "es", q="cooperacion", scope="all")
    assert all(result.url != article.get_absolute_url() for result in response.context["results"])
    assert response.context["outcome"].facets.types.get("article") == 1
    assert article.title_es not in response.content.decode()


def test_query_count_is_fixed(client, django_assert_max_num_queries):
    # The bloc filter, counts per type, bloc and country counts, ranked results, one query per result type shown,
    # stems, facet names and the topic choices: never one per result. Plus four statements around the index-only
    # plan (SAVEPOINT, SET LOCAL, RESET, RELEASE). And the best bets: the blocs and the countries, one query each.
    with django_assert_max_num_queries(17) as queries:  # 16, and the page cache's generation query
        response = get(client, "es", q="mercosur", bloc="mercosur", scope="all")
    assert len(response.context["results"]) == 10
    # Two kinds of result on this page (the bloc, then its events): one query each, not one per hit.
    assert {result.result_type for result in response.context["results"]} == {"bloc", "event"}
    assert len(queries) == 17


def test_article_list_and_timeline_accept_q(client):
    articles = get(client, "th", "articles:article-list", q="ไฟฟ้า")
    assert [a.demo_key for a in articles.context["page"].object_list] == ["pacific-integration"]
    events = {e.demo_key for e in get(client, "es", "blocs:timeline", q="venezuela suspendida").context["events"]}
    assert "venezuela-suspended-mercosur" in events
    assert "treaty-of-asuncion" not in events and len(events) < Event.objects.count()


def test_header_search_box_on_every_page(client):
    html = get(client, "th", "home").content.decode()
    assert 'class="header-search"' in html and 'action="/th/search/"' in html


def test_estimated_facet_counts_say_so(client, monkeypatch):
    from integration_portal.search import engine

    exact = get(client, "en", q="mercosur").content.decode()
    assert "≈" not in exact and "estimated from a sample" not in exact
    monkeypatch.setattr(engine, "FACET_SAMPLE", 5)  # "mercosur" finds dozens of entries
    html = get(client, "en", q="mercosur", type="event").content.decode()
    assert 'aria-hidden="true">≈</span><span class="visually-hidden">about</span>' in html
    assert "Counts by bloc and country are estimated from a sample of the results." in html
