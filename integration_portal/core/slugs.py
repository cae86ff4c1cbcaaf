"""Slugs that may be written in Thai script.

Django's unicode slugs keep only "word" characters, and Python does not count Thai vowel and tone
marks (Unicode category Mn) as word characters: slugify("ความร่วมมือ", allow_unicode=True) drops
them and leaves a misspelt word. These helpers keep combining marks.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_MARKS = {"Mn", "Mc"}


def _is_slug_char(char: str) -> bool:
    return char == "-" or char == "_" or char.isalnum() or unicodedata.category(char) in _MARKS


def slugify_unicode(value: str) -> str:
    """Lower-case, turn spaces into hyphens, drop other punctuation; keep letters in any script."""
    value = unicodedata.normalize("NFC", str(value)).lower().strip()
    value = "".join(char if _is_slug_char(char) or char.isspace() else " " for char in value)
    return re.sub(r"[-\s]+", "-", value).strip("-_")


def validate_unicode_slug(value: str) -> None:
    if not value or not all(_is_slug_char(char) for char in value):
        raise ValidationError(
            _("Enter a valid slug: letters in any script, numbers, hyphens or underscores."),
            code="invalid",
        )
