"""Hold the line on relevance: nDCG@10 per language over the judged queries must not fall below what we reached.

Raise a floor when the search gets better (`manage.py search_relevance` prints the figures); never lower one
to make a change pass.
"""

import pytest

from ops.relevance import load_queries, relevance_report

pytestmark = pytest.mark.django_db

# Reset with the sourced record (issue 14): 100 more events and 510 more judgements make a different test set, on
# which the engine measured 0.915, 0.948 and 0.921 (it was 0.94, 0.95 and 0.96 on the old one, and 0.79-0.84 on the
# new one before bloc and country pages were ranked first for their own names).
NDCG_FLOOR = {"es": 0.91, "th": 0.94, "en": 0.92}


@pytest.fixture(scope="module")
def reports(django_db_blocker):
    with django_db_blocker.unblock():
        return {report.language: report for report in relevance_report()}


@pytest.mark.parametrize("language", ["es", "th", "en"])
def test_judged_set_is_large_enough(language):
    queries = load_queries(language)
    assert len(queries) >= 30
    assert all(item["judgements"] and set(item["judgements"].values()) <= {1, 2} for item in queries)


@pytest.mark.parametrize("language", ["es", "th", "en"])
def test_ndcg_holds_the_line(reports, language):
    report = reports[language]
    assert report.engine["ndcg@10"] >= NDCG_FLOOR[language]
    # And the search is worth having: far better than a plain substring match.
    assert report.engine["ndcg@10"] > report.baseline["ndcg@10"] + 0.2
