import pytest
from django.core.exceptions import ValidationError

from integration_portal.core.slugs import slugify_unicode, validate_unicode_slug


def test_thai_slug_keeps_vowel_and_tone_marks():
    # Django's slugify drops the marks and leaves "ความรวมมอใต".
    assert slugify_unicode("ความร่วมมือใต้-ใต้ และการรวมกลุ่ม") == "ความร่วมมือใต้-ใต้-และการรวมกลุ่ม"


def test_spanish_slug_keeps_letters_and_drops_punctuation():
    assert slugify_unicode("¿Integración? Sur–Sur: 2024") == "integración-sur-sur-2024"


@pytest.mark.parametrize("slug", ["ความร่วมมือ-ใต้", "south-south", "integración_2024"])
def test_valid_slugs(slug):
    validate_unicode_slug(slug)


@pytest.mark.parametrize("slug", ["", "with space", "a/b", "ความ ร่วม", "x?y"])
def test_invalid_slugs(slug):
    with pytest.raises(ValidationError):
        validate_unicode_slug(slug)
