"""What the search finds over the demo content, in each language with its own configuration."""

import pytest
from django.db import connection

from articles.models import Article, ArticleStatus
from integration_portal.search.engine import Filters, search
from integration_portal.search.models import SearchEntry
from integration_portal.search.query import parse

pytestmark = pytest.mark.django_db

COOPERATION = "article:cooperacion-integracion-sur"
PACIFIC = "article:pacific-integration"


@pytest.mark.parametrize("query", ["cooperacion", "COOPERACIÓN", "cooperación", "Cooperacion"])
def test_spanish_ignores_accents_and_case(find, query):
    assert find(query, "es")[0] == COOPERATION


def test_spanish_stemming_finds_other_forms(find):
    # "integraciones" and "integración" share the Spanish stem; English stemming would not make them meet.
    assert COOPERATION in find("integraciones", "es")


def test_thai_word_inside_a_compound_is_found(find):
    # ไฟฟ้า occurs only glued inside longer Thai text (…ระบบส่งจ่ายไฟฟ้าจากเม็กซิโก…) in the Thai analysis.
    assert PACIFIC in find("ไฟฟ้า", "th")


def test_thai_bloc_name_is_found_as_a_whole_word(find):
    assert "bloc:can" in find("ประชาคมแอนเดียน", "th")[:3]
    # Split by the plain dictionary, the name would be แอน|เดียน: "แอน" (a name, Ann) must not find it.
    assert "bloc:can" not in find("แอน", "th")


def test_thai_transliteration_finds_the_latin_acronym(find):
    assert "bloc:mercosur" in find("เมร์โกซูร์", "th")


def test_english_stemming_over_translated_text(find):
    # The English translation of the Spanish analysis says "cooperation"; "cooperating" shares the stem.
    assert COOPERATION in find("cooperating", "en")


def test_each_language_is_searched_with_its_own_configuration(find):
    # "the" is an English stop word but an ordinary (unknown) word to the Spanish configuration.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT numnode(websearch_to_tsquery('english', 'the')), numnode(websearch_to_tsquery('spanish', 'the'))"
        )
        assert cursor.fetchone() == (0, 1)
    # Spanish stems "integraciones" to the stem of "integración"; English does not.
    assert COOPERATION in find("integraciones", "es")
    assert COOPERATION not in find("integraciones", "en")
    # Thai text is only in the Thai vector.
    assert find("ไฟฟ้า", "es") == [] and find("ไฟฟ้า", "en") == []


def test_search_all_languages(find):
    assert PACIFIC in find("ไฟฟ้า", "es", "th", "en")


def test_quoted_phrase_requires_the_words_together(find):
    together = find('"tratado de asuncion"', "es")
    assert "event:treaty-of-asuncion" in together
    assert find('"asuncion tratado"', "es") == []


def test_or_takes_either_word(find):
    either = set(find("humala or santos", "es"))
    assert {"event:humala-presidency", "event:santos-presidency"} <= either


def test_exclusion_leaves_results_out(find):
    with_venezuela = set(find("mercosur", "es"))
    without = set(find("mercosur -venezuela", "es"))
    assert without < with_venezuela
    assert "event:venezuela-suspended-mercosur" in with_venezuela - without


def test_results_with_every_word_come_first(find):
    outcome = search(parse("cooperacion integracion"), ["es"], Filters(), per_page=50)
    flags = [hit.has_all_words for hit in outcome.hits]
    assert flags[0] and not flags[-1]
    assert flags == sorted(flags, reverse=True)
    assert outcome.facets.all_words == flags.count(True)


def test_drafts_and_articles_in_review_are_never_found(find):
    article = Article.objects.get(demo_key="cooperacion-integracion-sur")
    for status in (ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW):
        article.status = status
        article.save()
        outcome = search(parse("cooperacion"), ["es", "th", "en"], Filters())
        assert COOPERATION not in find("cooperacion", "es", "th", "en")
        assert outcome.facets.types.get("article", 0) == 1  # only the other analysis
        assert SearchEntry.objects.filter(result_type="article", object_id=article.pk, listed=False).exists()


def test_scheduled_article_appears_when_its_time_comes(find, settings):
    import datetime

    from django.utils import timezone

    article = Article.objects.get(demo_key="cooperacion-integracion-sur")
    article.published_at = timezone.now() + datetime.timedelta(seconds=30)
    article.save()
    assert COOPERATION not in find("cooperacion", "es")
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - datetime.timedelta(seconds=1))
    SearchEntry.objects.filter(result_type="article", object_id=article.pk).update(
        public_from=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert COOPERATION in find("cooperacion", "es")


def test_filters_and_facets(find):
    from blocs.models import Bloc, Country

    mercosur = Bloc.objects.get(slug="mercosur")
    venezuela = Country.objects.get(alpha2="VE")
    outcome = search(parse("mercosur"), ["en"], Filters(result_type="event"))
    assert outcome.total == outcome.facets.types["event"] and set(outcome.facets.types) >= {"event", "bloc"}
    # Most events that name Mercosur are Mercosur's; a few are another bloc's (the CAN's Mercosur associates).
    assert outcome.total / 2 < outcome.facets.blocs[mercosur.pk] <= outcome.total
    narrowed = find("mercosur", "en", result_type="event", country_id=venezuela.pk, year_from=2012, year_to=2017)
    assert narrowed and all(key.startswith("event:") for key in narrowed)
    assert "event:venezuela-suspended-mercosur" in narrowed
    assert find("mercosur", "en", event_kind="founding") == ["event:treaty-of-asuncion"]


def test_pages_past_the_end_give_the_last_page():
    outcome = search(parse("mercosur"), ["es"], Filters(), page=999, per_page=5)
    assert outcome.page == outcome.num_pages > 1
    assert 1 <= len(outcome.hits) <= 5
