"""Translation fields and fallback to the original language."""

import pytest
from django.utils import translation

from articles.models import Article
from blocs.models import Bloc
from tests.factories import ArticleFactory, BlocFactory

pytestmark = pytest.mark.django_db


def test_each_language_has_its_own_field():
    bloc = Bloc.objects.get(slug="mercosur")
    assert (bloc.name_es, bloc.name_th, bloc.name_en) == (
        "Mercado Común del Sur",
        "ตลาดร่วมอเมริกาใต้ตอนล่าง",
        "Southern Common Market",
    )
    for code, expected in [("es", bloc.name_es), ("th", bloc.name_th), ("en", bloc.name_en)]:
        with translation.override(code):
            assert bloc.name == expected


def test_missing_translation_falls_back_to_spanish_for_spanish_content():
    bloc = BlocFactory(name_es="Bloque de prueba", name_th="", name_en="")
    with translation.override("th"):
        assert bloc.name == "Bloque de prueba"
        assert bloc.translated("name").is_fallback
        assert bloc.translated("name").language == "es"


def test_missing_translation_falls_back_to_the_original_language():
    article = ArticleFactory(
        original_language="th",
        title_es="",
        title_th="การรวมกลุ่มทางเศรษฐกิจ",
        title_en="",
        slug_es="",
        slug_th="การรวมกลุ่ม",
        summary_th="สรุป",
        body_th="เนื้อหา",
    )
    for code in ("es", "en"):
        with translation.override(code):
            assert article.title == "การรวมกลุ่มทางเศรษฐกิจ"
            assert article.translated("title").language == "th"


def test_present_translation_is_not_a_fallback():
    article = Article.objects.get(demo_key="pacific-integration")
    with translation.override("es"):
        shown = article.translated("title")
    assert shown.language == "es" and not shown.is_fallback
    assert shown.value.startswith("La integración económica del Pacífico")


def test_complete_languages_lists_languages_with_every_required_field():
    article = ArticleFactory(title_en="Only a title in English")
    assert article.complete_languages() == ["es"]
    article.summary_en, article.body_en = "Summary.", "Body."
    assert article.complete_languages() == ["es", "en"]
