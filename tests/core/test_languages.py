"""The portal's languages are written once (core/languages.py) and every consumer reads that list."""

from django.conf import settings

from integration_portal.core.languages import CODES, current_language
from integration_portal.core.translation import Language

# The design card: Spanish first (the fallback of last resort), then Thai and English.
EXPECTED = ["es", "th", "en"]


def test_settings_modeltranslation_and_choices_read_the_one_list():
    assert list(CODES) == EXPECTED
    assert [code for code, _name in settings.LANGUAGES] == EXPECTED
    assert list(settings.MODELTRANSLATION_LANGUAGES) == EXPECTED
    assert settings.LANGUAGE_CODE == settings.MODELTRANSLATION_DEFAULT_LANGUAGE == "es"
    assert list(Language.values) == EXPECTED
    assert set(settings.MODELTRANSLATION_FALLBACK_LANGUAGES) == set(EXPECTED)


def test_current_language_outside_a_request_is_the_default(settings):
    from django.utils import translation

    with translation.override(None):
        assert current_language() == "es"
    with translation.override("th"):
        assert current_language() == "th"


def test_current_language_with_a_region_is_its_two_letter_code():
    from django.utils import translation

    for code, expected in [("en-gb", "en"), ("es-419", "es"), ("th-th", "th")]:
        with translation.override(code):
            assert current_language() == expected
