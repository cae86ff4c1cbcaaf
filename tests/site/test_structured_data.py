"""schema.org JSON-LD: an Article on analysis pages, an Event for each event on timeline and bloc pages."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Author
from blocs.models import Country, Event
from integration_portal.core.dates import DatePrecision
from integration_portal.core.publishing import PublicationStatus
from integration_portal.site.structured_data import json_ld_script, partial_iso_date
from tests.factories import ArticleFactory, EventFactory
from tests.site.helpers import HOSTILE, LANGUAGES, absolute, article_url, events_in, pacific, parse_page, url

pytestmark = pytest.mark.django_db


def get_page(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode(), parse_page(response.content.decode())


def only_data_blocks(page):
    """Every inline script is a JSON-LD data block (the strict CSP forbids any other)."""
    for attrs, _text in page.scripts:
        assert "src" in attrs or attrs.get("type") == "application/ld+json", attrs


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_page_describes_the_article(client, language, published, mercosur):
    published.authors.add(
        Author.objects.create(name="Ana Autora", slug="ana-autora"),
        Author.objects.create(name="Bruno Autor", slug="bruno-autor"),
    )
    _html, page = get_page(client, article_url(published, language))
    only_data_blocks(page)
    (data,) = page.json_ld
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["headline"] == published.translated("title", language).value
    assert data["description"] == published.translated("summary", language).value
    assert datetime.datetime.fromisoformat(data["datePublished"]) == published.published_at
    published.refresh_from_db()
    assert datetime.datetime.fromisoformat(data["dateModified"]) == published.updated_at.replace(microsecond=0)
    assert data["inLanguage"] == language
    assert sorted(author["name"] for author in data["author"]) == ["Ana Autora", "Bruno Autor"]
    assert all(author["@type"] == "Person" for author in data["author"])
    assert data["publisher"]["@type"] == "Organization" and data["publisher"]["url"] == absolute(url(language, "home"))
    assert data["url"] == absolute(article_url(published, language)) == page.canonical
    assert data["about"] == [
        {
            "@type": "Organization",
            "name": mercosur.translated("name", language).value,
            "alternateName": mercosur.acronym,
            "url": absolute(url(language, "blocs:bloc-detail", slug="mercosur")),
        }
    ]


def test_article_in_its_original_language_only_says_so(client):
    article = ArticleFactory(slug_es="solo-espanol")
    _html, page = get_page(client, article_url(article, "th"))
    assert page.json_ld[0]["inLanguage"] == "es"


def test_hostile_title_cannot_leave_the_data_block(client):
    article = ArticleFactory(title_es=HOSTILE, summary_es=f"Resumen {HOSTILE} & más", slug_es="titulo-hostil")
    html, page = get_page(client, article_url(article, "es"))
    assert "</script><script>" not in html
    assert "alert(1)</script>" not in html.replace("\\u003C/script\\u003E", "")
    only_data_blocks(page)
    (data,) = page.json_ld
    assert data["headline"] == HOSTILE
    assert data["description"] == f"Resumen {HOSTILE} & más"
    assert "\\u003C/script\\u003E\\u003Cscript\\u003E" in html
    assert page.one("og:title") == HOSTILE  # escaped in the attribute, read back whole


def test_json_ld_script_escapes_markup_characters():
    script = str(json_ld_script({"name": "</script><!-- & -->", "note": "\u2028ok"}))
    assert script.startswith('<script type="application/ld+json">') and script.endswith("</script>")
    inner = script.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert json.loads(inner) == {"name": "</script><!-- & -->", "note": "\u2028ok"}


def test_unpublished_articles_have_no_json_ld(analyst_client, unpublished):
    for article in unpublished:
        preview = reverse("admin:articles_article_preview", args=(article.pk, "es"))
        response = analyst_client.get(preview)
        assert response.status_code == 200
        page = parse_page(response.content.decode())
        assert page.json_ld == []
        assert page.one("robots") == "noindex"


def test_unpublished_articles_are_absent_from_related_json_ld(client, published, unpublished):
    _html, page = get_page(client, article_url(published, "es"))
    text = json.dumps(page.json_ld, ensure_ascii=False)
    for article in unpublished:
        assert article.title_es not in text and article.slug_es not in text


def test_partial_dates_say_no_more_than_is_known():
    assert partial_iso_date(datetime.date(1969, 1, 1), DatePrecision.YEAR) == "1969"
    assert partial_iso_date(datetime.date(2024, 7, 1), DatePrecision.MONTH) == "2024-07"
    assert partial_iso_date(datetime.date(1991, 3, 26), DatePrecision.DAY) == "1991-03-26"
    assert partial_iso_date(None, DatePrecision.DAY) is None


@pytest.fixture
def dated_events(mercosur):
    peru, chile = Country.objects.get(slug="peru"), Country.objects.get(slug="chile")
    year = EventFactory(
        title_es="Evento de un año",
        title_en="A year's event",
        summary_es="Solo se sabe el año.",
        date=datetime.date(1975, 1, 1),
        date_precision=DatePrecision.YEAR,
        end_date=datetime.date(1977, 1, 1),
        end_date_precision=DatePrecision.YEAR,
    )
    month = EventFactory(
        title_es="Evento de un mes", date=datetime.date(1976, 7, 1), date_precision=DatePrecision.MONTH
    )
    day = EventFactory(title_es="Evento de un día", date=datetime.date(1976, 3, 26))
    for event in (year, month, day):
        event.blocs.add(mercosur)
    year.countries.add(peru, chile)
    hidden = [
        EventFactory(title_es="Evento borrador", status=PublicationStatus.DRAFT, published_at=None),
        EventFactory(title_es="Evento en revisión", status=PublicationStatus.IN_REVIEW, published_at=None),
        EventFactory(title_es="Evento programado", published_at=timezone.now() + datetime.timedelta(days=1)),
    ]
    for event in hidden:
        event.blocs.add(mercosur)
        event.countries.add(peru)
    return {"year": year, "month": month, "day": day, "hidden": hidden}


@pytest.mark.parametrize("language", LANGUAGES)
def test_timeline_describes_each_event_shown(client, language, dated_events):
    html, page = get_page(client, url(language, "blocs:timeline"))
    only_data_blocks(page)
    events = {item["@id"]: item for item in events_in(page)}
    shown = Event.objects.published().order_by("date", "pk")[:50]  # the first page of the list
    timeline = absolute(url(language, "blocs:timeline"))

    def ident(event):  # an event's own address: ?event= opens the page of the list that holds it
        return f"{timeline}?event={event.pk}#event-{event.pk}"

    assert set(events) == {ident(event) for event in shown}
    assert all(item["@type"] == "Event" and item["url"] == item["@id"] for item in events.values())
    year = events[ident(dated_events["year"])]
    assert year["name"] == dated_events["year"].translated("title", language).value
    assert year["description"] == "Solo se sabe el año."
    assert (year["startDate"], year["endDate"]) == ("1975", "1977")
    assert year["location"] == [
        {"@type": "Country", "name": Country.objects.get(slug=slug).translated("name", language).value}
        for slug in ("chile", "peru")
    ]
    assert year["about"][0]["url"] == absolute(url(language, "blocs:bloc-detail", slug="mercosur"))
    assert events[ident(dated_events["month"])]["startDate"] == "1976-07"
    day = events[ident(dated_events["day"])]
    assert day["startDate"] == "1976-03-26" and "endDate" not in day and "location" not in day
    for event in dated_events["hidden"]:
        assert event.title_es not in html and f"#event-{event.pk}" not in html


def test_filtered_timeline_describes_only_the_events_it_shows(client, dated_events):
    _html, page = get_page(client, url("es", "blocs:timeline") + "?year_from=1976&year_to=1976")
    names = sorted(item["name"] for item in events_in(page))
    expected = sorted(Event.objects.published().filter(date__year=1976).values_list("title_es", flat=True))
    assert names == expected and "Evento de un mes" in names and "Evento de un año" not in names


def test_bloc_page_describes_the_blocs_events_only(client, mercosur, dated_events):
    html, page = get_page(client, url("en", "blocs:bloc-detail", slug="mercosur"))
    only_data_blocks(page)
    ids = {item["@id"] for item in events_in(page)}
    timeline = absolute(url("en", "blocs:timeline"))
    # Mercosur's events fit on one page of its list; each is named by its own address on the timeline.
    assert ids == {f"{timeline}?event={event.pk}#event-{event.pk}" for event in mercosur.events.published()}
    assert f"{timeline}?event={dated_events['day'].pk}#event-{dated_events['day'].pk}" in ids
    for event in dated_events["hidden"]:
        assert f"#event-{event.pk}" not in html


def test_event_json_ld_costs_one_query_whatever_the_number_of_events(client, django_assert_max_num_queries, mercosur):
    path = url("es", "blocs:bloc-detail", slug="mercosur")
    with CaptureQueriesContext(connection) as before:
        client.get(path)
    for number in range(15):
        event = EventFactory(title_es=f"Cumbre {number}")
        event.blocs.add(mercosur)
        event.countries.add(Country.objects.get(slug="peru"))
    with django_assert_max_num_queries(len(before)):
        _html, page = get_page(client, path)
    assert sum(item["name"].startswith("Cumbre ") for item in events_in(page)) == 15


def test_pages_without_events_or_articles_have_no_json_ld(client):
    for name in ("home", "blocs:bloc-list", "blocs:country-list", "articles:article-list"):
        _html, page = get_page(client, url("es", name))
        assert page.json_ld == []


def test_article_json_ld_is_the_canonical_article(client):
    article = pacific()
    _html, page = get_page(client, url("en", "articles:article-detail", slug=article.slug_es))
    assert page.json_ld[0]["url"] == absolute(article_url(article, "en"))


def test_hostile_event_bloc_and_country_names_cannot_leave_the_data_block(client, mercosur):
    event = EventFactory(title_es=HOSTILE, summary_es=HOSTILE)
    event.blocs.add(mercosur)
    event.countries.add(Country.objects.get(slug="peru"))
    type(mercosur).objects.filter(pk=mercosur.pk).update(name_es=HOSTILE)
    Country.objects.filter(slug="peru").update(name_es=HOSTILE)
    # The timeline at the page of its list that holds the event.
    for path in (url("es", "blocs:timeline") + f"?event={event.pk}", url("es", "blocs:bloc-detail", slug="mercosur")):
        html, page = get_page(client, path)
        assert "</script><script>" not in html
        only_data_blocks(page)
        item = next(item for item in events_in(page) if item["@id"].endswith(f"#event-{event.pk}"))
        assert item["name"] == item["description"] == HOSTILE
        assert item["location"] == [{"@type": "Country", "name": HOSTILE}]
        assert item["about"][0]["name"] == HOSTILE
