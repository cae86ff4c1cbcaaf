"""What each resource looks like: text per language with its fallback, dates with their precision, and sources."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from blocs.models import BlocFact, BlocKind, EventKind, MembershipStatus, Subregion
from integration_portal.core.languages import language_codes
from integration_portal.search.engine import FACET_SAMPLE
from integration_portal.search.models import ResultType
from integration_portal.sources.models import SourceKind

from .texts import CitationsField, PartialDateField, TextsField


@extend_schema_field(serializers.URLField(help_text=_("The public page, in the language asked for.")))
class PageUrlField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        path = obj.get_absolute_url()
        return self.context["request"].build_absolute_uri(path) if path else None


class KeysField(serializers.ListField):
    """The related objects' keys (their slugs, codes or ids), read from the prefetched relation."""

    def __init__(self, key: str = "slug", child=None, **kwargs):
        self.key = key
        super().__init__(child=child or serializers.CharField(), read_only=True, **kwargs)

    def to_representation(self, related):
        return [getattr(obj, self.key) for obj in related.all()]


def slugs(**kwargs) -> KeysField:
    return KeysField("slug", **kwargs)


def country_codes(**kwargs) -> KeysField:
    return KeysField("alpha2", help_text=_("ISO 3166-1 alpha-2 codes."), **kwargs)


class BlocSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = TextsField()
    acronym = TextsField()
    kind = serializers.ChoiceField(choices=BlocKind.values)
    founded = PartialDateField("founded", allow_null=True)
    founded_sources = CitationsField(BlocFact.FOUNDING)
    ended = PartialDateField("ended", allow_null=True)
    ended_sources = CitationsField(BlocFact.ENDING)
    founding_treaty = TextsField()
    seat = TextsField()
    website = serializers.URLField(allow_blank=True)
    summary = TextsField()
    description = TextsField(help_text=_("HTML."))
    predecessor = serializers.CharField(source="predecessor.slug", allow_null=True, help_text=_("Its slug."))
    current_members = serializers.IntegerField(help_text=_("Countries surely members today."))
    url = PageUrlField()


class CountrySerializer(serializers.Serializer):
    code = serializers.CharField(source="alpha2", help_text=_("ISO 3166-1 alpha-2."))
    alpha3 = serializers.CharField()
    slug = serializers.SlugField()
    name = TextsField()
    capital = TextsField()
    subregion = serializers.ChoiceField(choices=Subregion.values)
    in_latin_america = serializers.BooleanField()
    current_blocs = serializers.IntegerField(help_text=_("Blocs the country is surely a member of today."))
    url = PageUrlField()


class MembershipSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    bloc = serializers.CharField(source="bloc.slug", help_text=_("The bloc's slug."))
    country = serializers.CharField(source="country.alpha2", help_text=_("The country's ISO 3166-1 alpha-2 code."))
    status = serializers.ChoiceField(choices=MembershipStatus.values)
    start = PartialDateField("start")
    end = PartialDateField(
        "end", allow_null=True, help_text=_("The first day the status no longer held; null while it holds.")
    )
    note = TextsField()
    sources = CitationsField()
    certainty = serializers.SerializerMethodField(
        help_text=_(
            "With ``on``: “certain” when the period surely held that day, “uncertain” when a start or end known "
            "only to its month or year leaves it open. Null without ``on``."
        )
    )

    @extend_schema_field(serializers.ChoiceField(choices=["certain", "uncertain"], allow_null=True))
    def get_certainty(self, membership):
        held = getattr(membership, "surely_held", None)
        return None if held is None else ("certain" if held else "uncertain")


class EventSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    date = PartialDateField("date")
    end_date = PartialDateField("end_date", allow_null=True)
    title = TextsField()
    summary = TextsField()
    body = TextsField(help_text=_("HTML."))
    kind = serializers.ChoiceField(choices=EventKind.values)
    original_language = serializers.ChoiceField(choices=language_codes())
    blocs = slugs()
    countries = country_codes()
    sources = CitationsField()
    published_at = serializers.DateTimeField()
    url = PageUrlField()


class AuthorSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    affiliation = TextsField()


class FootnoteSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    text = TextsField()
    source_url = serializers.URLField(allow_blank=True)


class ArticleSerializer(serializers.Serializer):
    slug = TextsField(help_text=_("The article's address in each language: /api/v1/articles/{slug}/ takes any."))
    title = TextsField()
    summary = TextsField()
    original_language = serializers.ChoiceField(choices=language_codes())
    published_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    authors = AuthorSerializer(many=True, read_only=True)
    topics = slugs()
    blocs = slugs()
    countries = country_codes()
    events = KeysField("pk", child=serializers.IntegerField(), help_text=_("Ids of published events only."))
    url = PageUrlField()


class ArticleDetailSerializer(ArticleSerializer):
    body = TextsField(help_text=_("HTML."))
    footnotes = FootnoteSerializer(many=True, read_only=True)


class SourceSerializer(serializers.Serializer):
    key = serializers.SlugField(source="slug")
    kind = serializers.ChoiceField(choices=SourceKind.values)
    title = TextsField()
    issuer = TextsField()
    date = PartialDateField("date", allow_null=True)
    identifier = serializers.CharField()
    url = serializers.URLField(allow_blank=True)
    archive_url = serializers.URLField(allow_blank=True)
    original_language = serializers.ChoiceField(choices=language_codes())


class SearchResultSerializer(serializers.Serializer):
    type = serializers.ChoiceField(source="result_type", choices=ResultType.values)
    id = serializers.IntegerField(help_text=_("The object's id among its type."))
    title = serializers.CharField(help_text=_("HTML: the words found are in <mark>."))
    snippet = serializers.CharField(help_text=_("HTML: the words found are in <mark>."))
    date = serializers.CharField(help_text=_("As the site shows it, in the language asked for; may be empty."))
    language = serializers.ChoiceField(choices=language_codes(), help_text=_("The language of title and snippet."))
    url = serializers.URLField()
    has_all_words = serializers.BooleanField()


class ErrorSerializer(serializers.Serializer):
    error = serializers.CharField()
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text=_("What is wrong with each query parameter; empty when the error is not about one."),
    )
    retry_after = serializers.IntegerField(required=False, help_text=_("With 429: seconds until the limit resets."))


class SearchFacets(serializers.Serializer):
    type = serializers.DictField(child=serializers.IntegerField(), help_text=_("Results per type, whatever ``type``."))
    bloc = serializers.DictField(child=serializers.IntegerField(), help_text=_("Results per bloc slug."))
    country = serializers.DictField(child=serializers.IntegerField(), help_text=_("Results per country code."))
    approximate = serializers.BooleanField(
        help_text=format_lazy(
            _(
                "True when the bloc and country counts are estimates from a sample of the results (more than "
                "{sample} results), rounded to two significant figures; the type counts and ``count`` are exact."
            ),
            sample=f"{FACET_SAMPLE:,}",
        )
    )


class SearchPageSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = SearchResultSerializer(many=True)
    facets = SearchFacets()
