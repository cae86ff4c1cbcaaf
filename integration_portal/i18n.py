"""Translated content: which language a text is shown in, and which translations are complete.

modeltranslation falls back through one global list of languages. Content written first in Thai
should fall back to Thai, not to an empty Spanish field, so every translated model falls back to
the current language, then its own original language, then the others.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language, pgettext_lazy
from modeltranslation.fields import TranslationFieldDescriptor
from modeltranslation.translator import translator
from modeltranslation.utils import fallbacks_enabled


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


# Language names as they read inside a sentence ("shown in Spanish"); Spanish writes them in lower case.
LANGUAGE_NAMES_IN_SENTENCE = {
    "es": pgettext_lazy("language name inside a sentence", "Spanish"),
    "th": pgettext_lazy("language name inside a sentence", "Thai"),
    "en": pgettext_lazy("language name inside a sentence", "English"),
}


@dataclass(frozen=True)
class Translated:
    value: str
    language: str  # the language the value is written in
    requested: str  # the language that was asked for

    @property
    def is_fallback(self) -> bool:
        return bool(self.value) and self.language != self.requested


class TranslatedContent:
    """Mixin for models whose text fields are registered with modeltranslation.

    ``translation_required`` names the fields a translation needs before it counts as complete.
    """

    translation_required: tuple[str, ...] = ()

    @property
    def source_language(self) -> str:
        return getattr(self, "original_language", "") or settings.LANGUAGE_CODE

    def language_chain(self, language: str | None = None) -> list[str]:
        first = (language or get_language() or settings.LANGUAGE_CODE)[:2]
        chain = [first, self.source_language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES]
        return list(dict.fromkeys(code for code in chain if code in language_codes()))

    def raw_translation(self, field: str, language: str) -> str:
        return getattr(self, f"{field}_{language}", "") or ""

    def translated(self, field: str, language: str | None = None) -> Translated:
        chain = self.language_chain(language)
        for code in chain:
            value = self.raw_translation(field, code)
            if value:
                return Translated(value, code, chain[0])
        return Translated("", chain[0], chain[0])

    def is_translation_complete(self, language: str) -> bool:
        return all(self.raw_translation(field, language) for field in self.translation_required)

    def complete_languages(self) -> list[str]:
        return [code for code in language_codes() if self.is_translation_complete(code)]


class OriginalLanguageFallback(TranslationFieldDescriptor):
    """Reads ``obj.title`` through TranslatedContent.translated, so fallbacks follow the object."""

    def __get__(self, instance, owner):
        if instance is None:
            return self
        if not fallbacks_enabled() or not isinstance(instance, TranslatedContent):
            return super().__get__(instance, owner)
        return instance.translated(self.field.name).value or super().__get__(instance, owner)


def register_translated(model, options) -> None:
    """Register ``model`` with modeltranslation and make its fields fall back to its original language."""
    translator.register(model, options)
    for name in options.fields:
        current = model.__dict__[name]
        setattr(
            model,
            name,
            OriginalLanguageFallback(
                current.field,
                fallback_languages=current.fallback_languages,
                fallback_value=current.fallback_value,
                fallback_undefined=current.fallback_undefined,
            ),
        )
