"""Reading and stamping translated text at its edges: nothing written anywhere, a region in the language code,
a save of chosen fields, a translator who checks a translation and changes nothing."""

import pytest
from django.utils import translation

from articles.models import Article
from integration_portal.core.translation import TranslationState, translation_state_q
from tests.factories import ArticleFactory, BlocFactory

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


def listed_state(obj, language: str) -> list[str]:
    """The states the admin's filter (translation_state_q) lists the object under, in ``language``."""
    model = type(obj)
    return [
        state
        for state in TranslationState.values
        if model.objects.filter(translation_state_q(model, language, state), pk=obj.pk).exists()
    ]


def assert_filter_agrees(obj, expected: dict[str, str]) -> None:
    obj = type(obj).objects.get(pk=obj.pk)
    assert {code: obj.translation_state(code) for code in expected} == expected
    assert {code: listed_state(obj, code) for code in expected} == {code: [state] for code, state in expected.items()}


def test_a_translation_lacking_one_of_several_required_fields_is_listed_missing():
    # Title and body in Thai, the summary not yet: missing, whichever field it is.
    article = ArticleFactory(title_th="บทความ", summary_th="", body_th="เนื้อหา", title_en="T", summary_en="S")
    assert_filter_agrees(article, {"es": "complete", "th": "missing", "en": "missing"})


def test_a_thai_original_edited_after_its_spanish_translation_is_listed_outdated_in_spanish():
    article = ArticleFactory(original_language="th", title_th="บทความ", summary_th="สรุป", body_th="เนื้อหา")
    article.body_th = "เนื้อหาใหม่"
    article.save()
    assert_filter_agrees(article, {"es": "outdated", "th": "complete", "en": "missing"})


def test_a_translation_never_stamped_is_outdated_once_the_original_is():
    # Rows from before the stamps existed: the original has one, the translation none.
    article = ArticleFactory(title_th="บทความ", summary_th="สรุป", body_th="เนื้อหา")
    Article.objects.filter(pk=article.pk).update(translations_changed={"es": article.translations_changed["es"]})
    assert_filter_agrees(article, {"es": "complete", "th": "outdated"})


def test_a_spanish_bloc_is_outdated_only_against_its_spanish_text():
    bloc = BlocFactory(name_th="กลุ่ม", summary_es="Resumen.", summary_th="สรุป", summary_en="Summary.")
    bloc.summary_th = "สรุปใหม่"  # a translation edited after the others: no other becomes outdated
    bloc.save()
    assert_filter_agrees(bloc, {"es": "complete", "th": "complete", "en": "complete"})
    bloc.summary_es = "Resumen nuevo."
    bloc.save()
    assert_filter_agrees(bloc, {"es": "complete", "th": "outdated", "en": "outdated"})


def test_a_translation_stamped_when_its_original_was_not_is_complete():
    # Rows from before the stamps existed: the translation was saved since, the original not.
    article = ArticleFactory(title_th="บทความ", summary_th="สรุป", body_th="เนื้อหา")
    Article.objects.filter(pk=article.pk).update(translations_changed={"th": article.translations_changed["th"]})
    assert_filter_agrees(article, {"es": "complete", "th": "complete"})
