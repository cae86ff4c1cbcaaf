"""Timeline and article filters: valid values filter, invalid values say what is wrong, nothing answers 500."""

import pytest
from django.http import QueryDict
from django.urls import reverse
from django.utils import translation

from articles.models import Article
from blocs.event_pages import EventPages
from blocs.models import Event
from tests.factories import BlocFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def timeline(client, **params):
    with translation.override("en"):
        return client.get(reverse("blocs:timeline"), params)


def articles(client, **params):
    with translation.override("en"):
        return client.get(reverse("articles:article-list"), params)


def listed_events(response):
    return list(response.context["events"])


def test_timeline_without_filters_lists_every_event_fifty_to_a_page(client):
    total = Event.objects.count()  # the demo's 181 published events: pages of 50, 50, 50 and 31
    assert total > 150
    first = timeline(client)
    assert len(listed_events(first)) == 50
    assert f">{total} events<" in first.content.decode()  # the count is of them all
    seen = []
    for number in range(1, (total + 49) // 50 + 1):
        seen += [event.pk for event in listed_events(timeline(client, page=number))]
    assert len(seen) == len(set(seen)) == total
    # Page 0, "abc" or 10**9 are the first or last page, never an error.
    assert listed_events(timeline(client, page="abc")) == listed_events(first)
    assert [e.pk for e in listed_events(timeline(client, page=10**9))] == seen[-(total - 50 * ((total - 1) // 50)) :]


def test_an_event_on_another_page_is_linked_to_that_page_with_the_filters_kept():
    first_120 = list(Event.objects.published().order_by("date", "pk").values_list("pk", flat=True)[:120])
    queryset = Event.objects.filter(pk__in=first_120).order_by("date", "pk")  # pages 1–50, 51–100, 101–120
    events = list(queryset)
    pages = EventPages(queryset, QueryDict("bloc=mercosur&page=2"))
    assert [event.pk for event in pages.shown] == [event.pk for event in events[50:100]]
    assert pages.total == 120
    # Before the chart has fetched the whole list, an event off this page is found by the database when followed.
    assert pages.url(events[0]) == f"?bloc=mercosur&event={events[0].pk}#event-{events[0].pk}"
    pages.know_all(events)
    assert pages.url(events[50]) == f"#event-{events[50].pk}"  # on this page
    assert pages.url(events[0]) == f"?bloc=mercosur&page=1#event-{events[0].pk}"
    assert pages.url(events[119]) == f"?bloc=mercosur&page=3#event-{events[119].pk}"
    assert pages.previous_url == "?bloc=mercosur#events-heading"  # the first page has no number
    assert pages.next_url == "?bloc=mercosur&page=3#events-heading"
    # ?event= opens the page that holds it: the 101st event is on page 3, the 100th on page 2.
    assert EventPages(queryset, QueryDict(f"event={events[100].pk}")).page.number == 3
    assert EventPages(queryset, QueryDict(f"event={events[99].pk}&page=1")).page.number == 2


@pytest.mark.parametrize("value", ["²", "١٢", "-1", "9" * 40, "abc", "", "12.5", "\x00"])
def test_an_event_address_that_is_no_event_opens_the_first_page(client, value):
    response = timeline(client, event=value)
    assert response.status_code == 200
    assert response.context["event_pages"].page.number == 1


def test_an_event_address_opens_the_page_that_holds_the_event(client):
    last = Event.objects.published().order_by("date", "pk").last()
    response = timeline(client, event=last.pk)
    assert f'id="event-{last.pk}"' in response.content.decode()
    assert response.context["event_pages"].page.number == response.context["event_pages"].page.paginator.num_pages


def test_a_chart_mark_leads_to_the_page_of_the_list_that_holds_its_event(client):
    first_event = Event.objects.published().order_by("date", "pk").first()
    html = timeline(client, page=3, year_from=1800).content.decode()
    # On page 3, the earliest event (page 1) is reached through its page: the chart starts with it.
    assert f'href="?year_from=1800&amp;page=1#event-{first_event.pk}"' in html


def test_timeline_by_bloc(client):
    bloc, other = BlocFactory(slug="ozotepec"), BlocFactory(slug="otro")
    mine = [EventFactory(title_es=f"Cumbre {n}") for n in range(2)]
    for event in mine:
        event.blocs.add(bloc)
    EventFactory(title_es="Ajena").blocs.add(other)
    events = listed_events(timeline(client, bloc="ozotepec"))
    assert {event.pk for event in events} == {event.pk for event in mine}


def test_timeline_by_several_blocs_is_a_union(client):
    both = listed_events(timeline(client, bloc=["pacific-alliance", "prosur"]))
    assert {event.demo_key for event in both} >= {"lima-declaration", "santiago-declaration-prosur"}
    assert len(both) == len({event.pk for event in both})  # no duplicates from the join


def test_timeline_by_country_kind_and_years(client):
    events = listed_events(timeline(client, country="peru", kind="conflict", year_from=2000, year_to=2020))
    assert [event.demo_key for event in events] == ["peru-v-chile-icj-application", "icj-judgment-peru-v-chile"]


def test_timeline_by_several_kinds(client):
    events = listed_events(timeline(client, kind=["summit", "suspension"]))
    assert {event.kind for event in events} == {"summit", "suspension"}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"bloc": "atlantis"}, "Select a valid choice. atlantis is not one of the available choices."),
        ({"country": "narnia"}, "Select a valid choice. narnia is not one of the available choices."),
        ({"kind": "coronation"}, "Select a valid choice. coronation is not one of the available choices."),
        ({"year_from": "abc"}, "Enter a whole number."),
        ({"year_from": "2020", "year_to": "2010"}, "The first year is after the last year."),
        ({"year_to": "99999999999999999999"}, "Enter a year from 1800 to 2100."),
    ],
)
def test_invalid_timeline_filters_say_what_is_wrong(client, params, message):
    response = timeline(client, **params)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert listed_events(response) == []


def test_articles_by_original_language(client):
    response = articles(client, original_language="th")
    assert [article.demo_key for article in response.context["page"].object_list] == ["pacific-integration"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"bloc": "ftaa"}, {"pacific-integration"}),
        ({"bloc": "mercosur"}, {"pacific-integration", "cooperacion-integracion-sur"}),
        ({"country": "china"}, {"pacific-integration"}),
        ({"topic": "health"}, {"cooperacion-integracion-sur"}),
        ({"year_from": "1990", "year_to": "2100"}, {"pacific-integration", "cooperacion-integracion-sur"}),
        ({"year_to": "1999"}, set()),
    ],
)
def test_article_filters(client, params, expected):
    page = articles(client, **params).context["page"]
    assert {article.demo_key for article in page.object_list} == expected


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"bloc": "atlantis"}, "Select a valid choice."),
        ({"original_language": "fr"}, "Select a valid choice. fr is not one of the available choices."),
        ({"year_from": "2030", "year_to": "2020"}, "The first year is after the last year."),
    ],
)
def test_invalid_article_filters_say_what_is_wrong(client, params, message):
    response = articles(client, **params)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["page"].paginator.count == 0


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999999999999999999", "2.5", ""])
def test_any_page_number_gives_a_page(client, page):
    response = articles(client, page=page)
    assert response.status_code == 200
    assert response.context["page"].number == 1


def test_pagination_keeps_filters(client):
    from tests.factories import ArticleFactory

    bloc_articles = [ArticleFactory() for _ in range(12)]
    for article in bloc_articles:
        article.blocs.add(*Article.objects.get(demo_key="pacific-integration").blocs.filter(slug="can"))
    first = articles(client, bloc="can")
    assert first.context["page"].paginator.num_pages == 2
    assert 'href="?bloc=can&amp;page=2"' in first.content.decode()
    second = articles(client, bloc="can", page="2")
    assert len(second.context["page"].object_list) == 3


JUNK = [
    {"bloc": "\x00"},
    {"kind": "x" * 5000},
    {"year_from": "1e309"},
    {"year_from": "-0"},
    {"country": ["peru", "peru", "peru"]},
    {"_connector": "OR", "_negated": "1"},
    {"page": "NaN"},
    {"q": "ประชาคม\u200b แอนเดียน"},
    {"bloc": "'; DROP TABLE blocs_bloc; --"},
]


@pytest.mark.parametrize("params", JUNK, ids=range(len(JUNK)))
@pytest.mark.parametrize(
    "name", ["home", "blocs:bloc-list", "blocs:country-list", "blocs:timeline", "articles:article-list", "search"]
)
def test_junk_query_strings_never_break_a_page(client, name, params):
    with translation.override("th"):
        response = client.get(reverse(name), params)
    assert response.status_code in {200, 400}


def test_zoom_links_narrow_the_years_and_keep_other_filters(client):
    response = timeline(client, bloc="mercosur", kind="suspension")
    links = response.context["zoom_links"]
    assert [year for year, _label, _link, _current in links] == [1990, 1960, None]
    assert links[0][2] == "?bloc=mercosur&kind=suspension&year_from=1990"
    assert links[2] == (None, "", "?bloc=mercosur&kind=suspension", True)
    zoomed = timeline(client, year_from="1990")
    assert all(event.date.year >= 1990 for event in listed_events(zoomed))
    assert zoomed.context["zoom_links"][0][3] is True


def test_zoom_labels_use_the_buddhist_era_in_thai(client):
    with translation.override("th"):
        html = client.get(reverse("blocs:timeline")).content.decode()
    assert "พ.ศ. 2533" in html


def bloc_choices(response) -> str:
    return " | ".join(str(label) for value, label in response.context["filterset"].form.fields["bloc"].choices)


@pytest.mark.parametrize("page_cache_seconds", [0, 600])
def test_choice_lists_are_read_once_per_content_generation_and_a_rename_shows_at_once(
    client, settings, page_cache_seconds
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from blocs.models import Bloc

    settings.PUBLIC_PAGE_CACHE_SECONDS = page_cache_seconds
    with CaptureQueriesContext(connection) as first_queries:
        first = articles(client, year_from=1991)
    assert "(Mercosur)" in bloc_choices(first)
    # Another address, so not the page cache: the blocs, countries and topics come from the process's copy.
    with CaptureQueriesContext(connection) as queries:
        again = articles(client, year_from=1992)
    assert bloc_choices(again) == bloc_choices(first)
    # The three lists, the cards' topics, and opening the generation (its first page).
    assert len(queries) == len(first_queries) - 5
    assert not any('FROM "blocs_bloc"' in query["sql"] for query in queries.captured_queries)
    mercosur = Bloc.objects.get(slug="mercosur")
    mercosur.name_en = "Renamed Common Market"
    mercosur.save()  # a new content generation, as any save in the admin
    renamed = bloc_choices(articles(client, year_from=1993))
    assert "Renamed Common Market" in renamed and "Southern Common Market" not in renamed


def test_the_kept_choice_lists_are_bounded(client, monkeypatch):
    from integration_portal.web import kept_lists

    monkeypatch.setattr(kept_lists, "MOST_KEPT", 2)
    response = articles(client, year_from=1991)  # three lists: blocs, countries, topics, and the cards' topics
    assert 1 <= len(kept_lists._KEPT) <= 2
    assert "(Mercosur)" in bloc_choices(response)


def test_a_narrowed_choice_list_is_kept_apart_from_the_whole_tables():
    from blocs.models import Bloc
    from integration_portal.web.filters import list_name

    whole = list_name(Bloc.objects.all())
    assert list_name(Bloc.objects.order_by("-slug")) == whole  # the choices are sorted again: the same list
    assert list_name(Bloc.objects.filter(slug="mercosur")) not in {whole, list_name(Bloc.objects.filter(slug="can"))}
    assert list_name(Bloc.objects.all()[:3]) != whole
    assert list_name(Bloc.objects.none()) != whole
