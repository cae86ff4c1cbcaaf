"""The portal's languages, written out once: settings, models, pages and tools all read this module.

Spanish comes first: it is the portal's first language and the last resort for a missing translation.
This module imports nothing but Django's lazy translation, so settings can read it.
"""

from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

DEFAULT_LANGUAGE = "es"
# (code, name) in the order the portal offers them; settings.LANGUAGES is this list.
LANGUAGES = [("es", _("Spanish")), ("th", _("Thai")), ("en", _("English"))]
CODES = tuple(code for code, _name in LANGUAGES)
# A missing translation falls back to these, after the object's own original language.
FALLBACK_ORDER = ("es", "en", "th")

# Language names as they read inside a sentence ("shown in Spanish"); Spanish writes them in lower case.
NAMES_IN_SENTENCE = {
    "es": pgettext_lazy("language name inside a sentence", "Spanish"),
    "th": pgettext_lazy("language name inside a sentence", "Thai"),
    "en": pgettext_lazy("language name inside a sentence", "English"),
}

# OpenGraph names a locale with a region; the Spanish is written for the whole of Latin America.
OPENGRAPH_LOCALES = {"es": "es_419", "th": "th_TH", "en": "en_US"}


def language_codes() -> list[str]:
    return list(CODES)


def current_language() -> str:
    """The two-letter code of the language being rendered, or the default outside a request."""
    return (get_language() or DEFAULT_LANGUAGE)[:2]
