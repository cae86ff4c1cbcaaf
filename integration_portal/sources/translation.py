from modeltranslation.translator import TranslationOptions

from integration_portal.core.translation import register_translated

from .models import Source


class SourceTranslationOptions(TranslationOptions):
    fields = ("title", "issuer")


register_translated(Source, SourceTranslationOptions)
