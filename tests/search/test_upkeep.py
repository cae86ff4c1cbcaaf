"""Index upkeep does only the work a change calls for, in the background where it can wait (issue 13, failure 10).

In these tests tasks run at once (TASKS_IMMEDIATE); tests/concurrency/test_search_upkeep.py runs the queue with a
worker process against gunicorn.
"""

import pytest
from django_tasks.signals import task_enqueued

from articles.models import Author
from blocs.models import Bloc
from integration_portal.search import index, text
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def enqueued():
    names = []

    def note(sender, task_result, **kwargs):
        names.append((task_result.task.name, task_result.kwargs))

    task_enqueued.connect(note, weak=False, dispatch_uid="test-enqueued")
    yield names
    task_enqueued.disconnect(dispatch_uid="test-enqueued")


@pytest.fixture
def reindexed(monkeypatch):
    """(result type, number of entries) of every re-index, in this process."""
    calls = []
    original = index.reindex

    def spy(result_type, ids):
        ids = list(ids)
        calls.append((result_type, len(ids)))
        return original(result_type, ids)

    monkeypatch.setattr(index, "reindex", spy)
    return calls


def test_a_renamed_author_is_found_by_the_new_name_only(find):
    author = Author.objects.create(name="Ximena Quispe-Arriagada")
    article = ArticleFactory(title_es="Sobre aranceles")
    article.authors.add(author)
    assert f"article:{article.pk}" in find("arriagada", "es")
    author.name = "Ximena Quispe-Villanueva"
    author.save()
    assert f"article:{article.pk}" not in find("arriagada", "es")
    assert f"article:{article.pk}" in find("villanueva", "es")


def test_editing_a_blocs_summary_re_indexes_only_the_bloc(enqueued, reindexed, django_assert_max_num_queries):
    celac = Bloc.objects.get(slug="celac")
    celac.summary_en = celac.summary_en + " Edited."
    with django_assert_max_num_queries(40):  # it was 500, most of them re-indexing what names CELAC
        celac.save()
    assert enqueued == []
    assert reindexed == [("bloc", 1)]


def test_renaming_a_bloc_re_indexes_what_names_it_in_the_background_and_not_its_members(enqueued, reindexed):
    celac = Bloc.objects.get(slug="celac")
    celac.name_en = "Community of Latin American and Caribbean States (renamed)"
    celac.save()
    assert enqueued == [("reindex_mentions", {"model": "blocs.Bloc", "pk": celac.pk})]
    kinds = {result_type for result_type, _count in reindexed}
    assert "country" not in kinds  # a country's entry holds no bloc's text
    assert ("bloc", 1) in reindexed


def test_another_process_learning_a_thai_name_reaches_this_one(monkeypatch):
    monkeypatch.setattr(text, "DICTIONARY_CHECK_SECONDS", 0)
    before = text.segmenter()
    assert text.segmenter() is before  # nothing new: no rebuild
    # Another process saved a bloc with a new Thai name and published the new dictionary's version.
    text.cache.set(text.DICTIONARY_VERSION_KEY, "another-version", None)
    try:
        rebuilt = text.segmenter()
        assert rebuilt is not before
        assert text.segmenter() is rebuilt  # once per published version, not at every check
    finally:
        text.cache.delete(text.DICTIONARY_VERSION_KEY)
