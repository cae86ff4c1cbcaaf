from modeltranslation.translator import TranslationOptions

from integration_portal.core.translation import register_translated

from .models import Bloc, Country, Era, Event, Membership


class BlocTranslationOptions(TranslationOptions):
    fields = ("name", "acronym", "founding_treaty", "seat", "summary", "description")


class CountryTranslationOptions(TranslationOptions):
    fields = ("name", "capital")


class EventTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")


register_translated(Bloc, BlocTranslationOptions)
register_translated(Country, CountryTranslationOptions)
register_translated(Event, EventTranslationOptions)


class MembershipTranslationOptions(TranslationOptions):
    fields = ("note",)


register_translated(Membership, MembershipTranslationOptions)


class EraTranslationOptions(TranslationOptions):
    fields = ("name", "summary")


register_translated(Era, EraTranslationOptions)
