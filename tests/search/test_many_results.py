"""Searches that match more entries than are ranked or counted one by one: estimates, the window, every page."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from integration_portal.search import engine
from integration_portal.search.engine import Filters, approximate, search
from integration_portal.search.models import SearchEntry
from integration_portal.search.query import parse

pytestmark = pytest.mark.django_db

WORD = "quuxify"  # in no demo text
EVERYWHERE, NOWHERE, HALF = 7001, 7002, 9001


@pytest.fixture
def entries():
    """60 analyses with the word, the newest first by id: all in bloc EVERYWHERE, every second in country HALF."""
    now = timezone.now()
    made = SearchEntry.objects.bulk_create(
        SearchEntry(
            result_type="article",
            object_id=900_000 + number,
            public_from=now - datetime.timedelta(days=number + 1),
            bloc_ids=[EVERYWHERE],
            country_ids=[HALF] if number % 2 == 0 else [],
        )
        for number in range(60)
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE search_searchentry SET vector_en = to_tsvector('english', %s) WHERE id = ANY(%s)",
            [f"{WORD} analysis", [entry.pk for entry in made]],
        )
    return [entry.object_id for entry in made]


def test_up_to_the_sample_size_every_count_is_exact(entries):
    outcome = search(parse(WORD), ["en"], Filters())
    assert outcome.total == 60 and outcome.facets.types == {"article": 60}
    assert outcome.facets.approximate is False
    assert outcome.facets.blocs == {EVERYWHERE: 60}
    assert outcome.facets.countries == {HALF: 30}


def test_past_the_sample_size_blocs_and_countries_are_estimated_and_totals_stay_exact(entries, monkeypatch):
    monkeypatch.setattr(engine, "FACET_SAMPLE", 20)
    outcome = search(parse(WORD), ["en"], Filters())
    assert outcome.total == 60 and outcome.facets.types == {"article": 60}
    assert outcome.facets.approximate is True
    # Every sampled entry is in EVERYWHERE, so the estimate scales back to all 60; none is in NOWHERE.
    assert outcome.facets.blocs == {EVERYWHERE: 60}
    assert 0 < outcome.facets.countries.get(HALF, 0) < 60


@pytest.mark.parametrize(
    ("count", "shown"),
    [(0, 0), (42, 42), (99, 99), (100, 100), (4_137, 4_100), (12_345, 12_000), (1_960, 2_000), (98_765, 99_000)],
)
def test_estimates_keep_two_significant_figures(count, shown):
    assert approximate(count) == shown


def test_every_match_has_one_place_past_the_ranked_window(entries, monkeypatch):
    monkeypatch.setattr(engine, "RERANK_WINDOW", 5)
    pages = [search(parse(WORD), ["en"], Filters(), page=number, per_page=4) for number in range(1, 17)]
    assert pages[0].num_pages == 15 and pages[-1].page == 15  # 60 matches, 4 a page; past the end, the last
    shown = [hit.object_id for outcome in pages[:15] for hit in outcome.hits]
    assert sorted(shown) == sorted(entries)
    # The window is the 5 most recent (object ids 900000–900004); the rest follow from the most recent down.
    assert set(shown[:5]) == set(entries[:5])
    assert shown[5:] == entries[5:]


def analyses_with(texts: list[str]) -> list[int]:
    """One analysis per text, the first the newest; their object ids in that order."""
    now = timezone.now()
    made = SearchEntry.objects.bulk_create(
        SearchEntry(
            result_type="article", object_id=950_000 + number, public_from=now - datetime.timedelta(days=number + 1)
        )
        for number in range(len(texts))
    )
    with connection.cursor() as cursor:
        for entry, text in zip(made, texts, strict=True):
            cursor.execute(
                "UPDATE search_searchentry SET vector_en = to_tsvector('english', %s) WHERE id = %s", [text, entry.pk]
            )
    return [entry.object_id for entry in made]


OTHER = "frobnicate"  # in no demo text either


@pytest.mark.parametrize("with_both", [3, 8])
def test_with_two_words_the_window_takes_those_with_both_then_the_newest(monkeypatch, with_both):
    """12 analyses, the oldest ``with_both`` with both words: a window of 5 holds the newest 5 of those with both
    when there are at least 5, else all of them and then the newest of the rest; past it, the rest in that order."""
    monkeypatch.setattr(engine, "RERANK_WINDOW", 5)
    single = 12 - with_both
    ids = analyses_with([WORD if number % 2 else OTHER for number in range(single)] + [f"{WORD} {OTHER}"] * with_both)
    newest_with_both = ids[single:][:5]
    window = newest_with_both + ids[: 5 - len(newest_with_both)]
    rest = [object_id for object_id in ids if object_id not in window]
    rest.sort(key=lambda object_id: (object_id not in ids[single:], ids.index(object_id)))

    pages = [search(parse(f"{WORD} {OTHER}"), ["en"], Filters(), page=number, per_page=5) for number in (1, 2, 3)]
    assert pages[0].total == 12 and pages[0].facets.all_words == with_both
    shown = [hit.object_id for outcome in pages for hit in outcome.hits]
    assert set(shown[:5]) == set(window)
    assert shown[5:] == rest
    assert [hit.has_all_words for hit in pages[0].hits].count(True) == min(with_both, 5)
