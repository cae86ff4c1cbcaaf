"""A long list is counted up to 10,000 rows and stated as "more than" beyond, in one query at any size."""

import pytest

from articles.models import Article
from integration_portal.web import paginators
from integration_portal.web.paginators import CappedCountPaginator

pytestmark = pytest.mark.django_db


def test_a_short_list_is_counted_exactly():
    paginator = CappedCountPaginator(Article.objects.published(), 10)
    assert paginator.count == Article.objects.published().count() == 2 and not paginator.capped


def test_past_the_cap_the_page_says_more_than_and_gives_no_last_page(client, monkeypatch):
    monkeypatch.setattr(paginators, "COUNT_CAP", 1)  # the demo's two analyses, as if they were 100,000
    paginator = CappedCountPaginator(Article.objects.published(), 1)
    assert paginator.capped is False  # nothing is counted until asked
    assert paginator.count == 2 and paginator.capped and paginator.shown_count == 1
    html = client.get("/en/articles/").content.decode()
    assert "More than 1 analysis" in html  # the page states the cap, not a total it never counted


def test_counting_past_the_cap_reads_no_more_than_the_cap(django_assert_num_queries, monkeypatch):
    monkeypatch.setattr(paginators, "COUNT_CAP", 1)
    with django_assert_num_queries(1) as captured:
        CappedCountPaginator(Article.objects.published(), 10).count  # noqa: B018
    assert "LIMIT 2" in captured.captured_queries[0]["sql"]


def test_an_empty_list_counts_nothing():
    assert CappedCountPaginator(Article.objects.none(), 10).count == 0
