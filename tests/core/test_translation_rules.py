"""Reading and stamping translated text at its edges: nothing written anywhere, a region in the language code,
a save of chosen fields, a translator who checks a translation and changes nothing."""

import pytest
from django.utils import translation

from articles.models import Article
from integration_portal.core.translation import TranslationState
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_a_text_written_in_no_language_reads_empty_in_the_readers_language():
    article = ArticleFactory(summary_es="", summary_th="", summary_en="")
    shown = article.translated("summary", "th")
    assert (shown.value, shown.language, shown.requested, shown.is_fallback) == ("", "th", "th", False)


def test_a_language_with_a_region_reads_as_its_language():
    article = ArticleFactory(title_es="Análisis", title_en="Analysis")
    shown = article.translated("title", "en-gb")
    assert (shown.value, shown.language, shown.requested) == ("Analysis", "en", "en")
    with translation.override("en-gb"):
        assert article.title == "Analysis"


def test_an_empty_column_reads_as_empty_text():
    article = ArticleFactory(summary_th="")
    article.summary_th = None
    assert article.raw_translation("summary", "th") == ""


def test_a_translation_is_complete_only_with_every_required_field():
    article = ArticleFactory(title_th="บทความ", summary_th="", body_th="เนื้อหา")
    assert not article.is_translation_complete("th")
    assert article.translation_state("th") == TranslationState.MISSING
    article.summary_th = "สรุป"
    assert article.is_translation_complete("th")
    assert article.complete_languages() == ["es", "th"]


def test_saving_chosen_fields_stamps_the_changed_language():
    article = ArticleFactory(title_th="บทความ", summary_th="สรุป", body_th="เนื้อหา")
    before = article.translations_changed["th"]
    Article.objects.filter(pk=article.pk).update(translations_changed={**article.translations_changed, "es": "9"})
    article = Article.objects.get(pk=article.pk)
    article.title_th = "บทความใหม่"
    article.save(update_fields=["title_th"])
    saved = Article.objects.get(pk=article.pk).translations_changed
    assert saved["th"] > before and saved["es"] == "9"


def test_a_translator_marks_an_outdated_translation_current():
    article = ArticleFactory(title_th="บทความ", summary_th="สรุป", body_th="เนื้อหา")
    article.summary_es = "Un resumen nuevo."
    article.save()
    assert article.translation_state("th") == TranslationState.OUTDATED
    article.mark_translation_current("th")
    assert Article.objects.get(pk=article.pk).translation_state("th") == TranslationState.COMPLETE
    assert Article.objects.get(pk=article.pk).translation_state("en") == TranslationState.MISSING
