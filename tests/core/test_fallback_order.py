"""The fallback order with two candidate languages filled: the reader's language, then the original's, then the
site's fallbacks (core/translation.py, core/languages.FALLBACK_ORDER: es, en, th).

With only one other language filled every order gives the same answer, so each case here fills two: an article
written in Thai, also translated into English, read in Spanish, must show the Thai original, not the English.
"""

import pytest
from django.utils import translation

from integration_portal.core.translation import fallback_chain
from tests.factories import ArticleFactory, EventFactory

pytestmark = pytest.mark.django_db

THAI_TITLE = "การรวมกลุ่มทางเศรษฐกิจของแปซิฟิก"
ENGLISH_TITLE = "Economic integration of the Pacific"
SPANISH_TITLE = "La integración económica del Pacífico"


@pytest.mark.parametrize(
    ("reader", "original", "expected"),
    [
        ("es", "th", ("es", "th", "en")),  # the original before the site's English
        ("en", "th", ("en", "th", "es")),  # the original before the site's Spanish
        ("th", "en", ("th", "en", "es")),
        ("es", "en", ("es", "en", "th")),
        ("th", "es", ("th", "es", "en")),
        ("es", "es", ("es", "en", "th")),  # each language once
    ],
)
def test_the_chain_is_reader_then_original_then_the_sites_order(reader, original, expected):
    assert fallback_chain(reader, original) == expected


def thai_article(**texts):
    return ArticleFactory(
        original_language="th",
        slug_th="การรวมกลุ่มแปซิฟิก",
        summary_th="สรุป",
        body_th="เนื้อหา",
        title_th=THAI_TITLE,
        **texts,
    )


def test_a_thai_article_with_english_too_reads_in_thai_for_a_spanish_reader():
    article = thai_article(title_es="", title_en=ENGLISH_TITLE, summary_es="", summary_en="Summary.")
    with translation.override("es"):
        assert article.title == THAI_TITLE
        shown = article.translated("title")
        assert (shown.value, shown.language, shown.is_fallback) == (THAI_TITLE, "th", True)
        assert article.translated("summary").value == "สรุป"


def test_a_thai_article_with_spanish_too_reads_in_thai_for_an_english_reader():
    article = thai_article(title_es=SPANISH_TITLE, title_en="", summary_es="Resumen.", summary_en="")
    with translation.override("en"):
        assert article.title == THAI_TITLE
        assert article.translated("title").language == "th"
        assert article.translated("summary").value == "สรุป"


def test_an_english_event_with_spanish_too_reads_in_english_for_a_thai_reader():
    event = EventFactory(original_language="en", title_es="Cumbre de Lima", title_en="Lima Summit", title_th="")
    with translation.override("th"):
        assert event.title == "Lima Summit"
        assert event.translated("title").language == "en"


def test_the_article_page_in_spanish_shows_the_thai_original(client):
    article = thai_article(slug_es="integracion-pacifico", title_es="", title_en=ENGLISH_TITLE)
    with translation.override("es"):
        page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert THAI_TITLE in html
    assert ENGLISH_TITLE not in html
