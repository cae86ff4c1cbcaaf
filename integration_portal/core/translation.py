"""Translated content: which language a text is shown in, and which translations are complete.

modeltranslation falls back through one global list of languages. Content written first in Thai
should fall back to Thai, not to an empty Spanish field, so every translated model falls back to
the current language, then its own original language, then the others.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Q, Value
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThan
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.fields import TranslationFieldDescriptor
from modeltranslation.translator import translator
from modeltranslation.utils import fallbacks_enabled

from .languages import LANGUAGES, language_codes

# The languages as model choices (original_language, filters), members ES, TH, EN.
Language = models.TextChoices(  # type: ignore[call-overload]  # the stubs know only the class syntax
    "Language", [(code.upper(), (code, name)) for code, name in LANGUAGES]
)


@dataclass(frozen=True)
class Translated:
    value: str
    language: str  # the language the value is written in
    requested: str  # the language that was asked for

    @property
    def is_fallback(self) -> bool:
        return bool(self.value) and self.language != self.requested


class TranslationState(models.TextChoices):
    MISSING = "missing", _("missing")
    OUTDATED = "outdated", _("outdated")
    COMPLETE = "complete", _("complete")


def now_stamp() -> str:
    # Fixed width, UTC: stamps compare correctly as text, in Python and in SQL.
    return timezone.now().astimezone(datetime.UTC).isoformat(timespec="microseconds")


def fallback_chain(first: str, source: str) -> tuple[str, ...]:
    """The languages a text is looked for in: the reader's, the original's, then the site's fallbacks."""
    chain = [first, source, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES]
    return tuple(dict.fromkeys(code for code in chain if code in language_codes()))


class TranslatedContent:
    """Reading translated text: fallbacks and completeness.

    A plain mixin (early migrations name it as a base); models inherit it through TranslatedModel.
    ``translation_required`` names the fields a translation needs before it counts as complete.
    """

    translation_required: tuple[str, ...] = ()

    @property
    def source_language(self) -> str:
        return getattr(self, "original_language", "") or settings.LANGUAGE_CODE

    def language_chain(self, language: str | None = None) -> list[str]:
        return list(fallback_chain((language or get_language() or settings.LANGUAGE_CODE)[:2], self.source_language))

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


class TranslatedModel(TranslatedContent, models.Model):
    """A model with translated text that records when each language's text last changed.

    ``translations_changed`` holds a time stamp per language, so a translation saved before its
    original was edited shows as outdated.
    """

    translations_changed = models.JSONField(_("translations last changed"), default=dict, blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.note_changed_translations() and kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "translations_changed"}
        super().save(*args, **kwargs)
        self._saved_texts = self.texts_by_language()

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # The row as read, for saved_texts(): kept as it came, since most loaded rows are only shown, never saved.
        instance._loaded_row = (field_names, values)  # type: ignore[attr-defined]
        return instance

    @classmethod
    def text_fields(cls) -> tuple[str, ...]:
        return tuple(translator.get_options_for_model(cls).fields)  # type: ignore[attr-defined]  # set per model

    @classmethod
    def text_columns(cls) -> list[str]:
        return [f"{field}_{code}" for field in cls.text_fields() for code in language_codes()]

    def texts_by_language(self) -> dict[str, tuple]:
        return {
            code: tuple(self.__dict__.get(f"{field}_{code}") or "" for field in self.text_fields())
            for code in language_codes()
        }

    def saved_texts(self) -> dict[str, tuple]:
        if getattr(self, "_saved_texts", None) is not None:
            return self._saved_texts
        loaded_row = getattr(self, "_loaded_row", None)
        if loaded_row is not None:
            loaded = dict(zip(*loaded_row, strict=True))
            if all(name in loaded for name in self.text_columns()):
                return {
                    code: tuple(loaded[f"{field}_{code}"] or "" for field in self.text_fields())
                    for code in language_codes()
                }
        saved = None
        if not self._state.adding and self.pk is not None:
            saved = type(self)._base_manager.filter(pk=self.pk).only(*self.text_columns()).first()
        if saved is None:
            return {code: tuple("" for _field in self.text_fields()) for code in language_codes()}
        return saved.texts_by_language()

    def note_changed_translations(self) -> list[str]:
        """Stamps the languages whose text differs from what was last saved; returns them."""
        saved, current = self.saved_texts(), self.texts_by_language()
        changed = [code for code in language_codes() if saved.get(code) != current[code]]
        if changed:
            stamp = now_stamp()
            self.translations_changed = {**(self.translations_changed or {}), **dict.fromkeys(changed, stamp)}
        return changed

    def mark_translation_current(self, language: str) -> None:
        """A translator checked the translation against the edited original and found nothing to change."""
        self.translations_changed = {**(self.translations_changed or {}), language: now_stamp()}
        type(self)._base_manager.filter(pk=self.pk).update(translations_changed=self.translations_changed)

    def translation_state(self, language: str) -> str:
        if not self.is_translation_complete(language):
            return TranslationState.MISSING
        source = self.source_language
        stamps = self.translations_changed or {}
        if language != source and stamps.get(source, "") > stamps.get(language, ""):
            return TranslationState.OUTDATED
        return TranslationState.COMPLETE


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


def missing_translation_q(model, language: str) -> Q:
    """Objects whose translation into ``language`` lacks one of the model's required fields."""
    query = Q()
    for field in model.translation_required:
        name = f"{field}_{language}"
        query |= Q(**{name: ""}) | Q(**{f"{name}__isnull": True})
    return query


def source_language_q(model, language: str) -> Q:
    if any(field.name == "original_language" for field in model._meta.fields):
        return Q(original_language=language)
    return Q() if language == settings.LANGUAGE_CODE else Q(pk__in=[])


def outdated_translation_q(model, language: str) -> Q:
    """Complete translations into ``language`` last changed before their original's text was."""
    # A missing stamp reads as "" on both sides, as translation_state() reads it: a NULL here would leave the row
    # in no state at all (neither outdated nor, negated, complete).
    stamp = Coalesce(KT(f"translations_changed__{language}"), Value(""))
    query = Q(pk__in=[])
    for source in language_codes():
        if source != language:
            source_stamp = Coalesce(KT(f"translations_changed__{source}"), Value(""), output_field=models.TextField())
            newer: GreaterThan = GreaterThan(source_stamp, stamp)
            query |= source_language_q(model, source) & Q(newer)
    return query & ~missing_translation_q(model, language)


def translation_state_q(model, language: str, state: str) -> Q:
    missing = missing_translation_q(model, language)
    if state == TranslationState.MISSING:
        return missing
    if state == TranslationState.OUTDATED:
        return outdated_translation_q(model, language)
    return ~missing & ~outdated_translation_q(model, language)
