"""Translated text, dates with their precision and citations, as the API writes them."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from integration_portal.core.dates import DatePrecision
from integration_portal.core.languages import language_codes


class TextInLanguage(serializers.Serializer):
    text = serializers.CharField(help_text=_("Empty when no language has this text."))
    fallback = serializers.ChoiceField(
        choices=language_codes(),
        allow_null=True,
        help_text=_("The language the text is written in when it is not the one asked for; null when it is."),
    )


class Texts(serializers.Serializer):
    """One entry per language asked for (all three unless ``lang`` names one)."""

    es = TextInLanguage(required=False)
    th = TextInLanguage(required=False)
    en = TextInLanguage(required=False)


def texts(obj, field: str, languages: list[str]) -> dict:
    """The field in each language, through the object's own fallback chain (core.translation)."""
    shown = {}
    for code in languages:
        found = obj.translated(field, code)
        shown[code] = {"text": found.value, "fallback": found.language if found.is_fallback else None}
    return shown


@extend_schema_field(Texts)
class TextsField(serializers.Field):
    """A translated model field (``name`` for ``name_es``, ``name_th``, ``name_en``), in the languages asked for."""

    def __init__(self, field: str | None = None, **kwargs):
        self.field = field
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        return texts(obj, self.field or self.field_name, self.context["languages"])


class PartialDate(serializers.Serializer):
    date = serializers.DateField(help_text=_("The first day of the period when the precision is a month or a year."))
    precision = serializers.ChoiceField(choices=DatePrecision.values)


@extend_schema_field(PartialDate(allow_null=True))
class PartialDateField(serializers.Field):
    """A date stored with its precision (core.dates): ``{"date": "1991-01-01", "precision": "year"}``, or null."""

    def __init__(self, date: str, **kwargs):
        self.date = date
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        value = getattr(obj, self.date)
        if value is None:
            return None
        return {"date": value.isoformat(), "precision": getattr(obj, f"{self.date}_precision")}


class Citation(serializers.Serializer):
    source = serializers.SlugField(help_text=_("The source's key: /api/v1/sources/{key}/ gives its details."))
    pinpoint = serializers.CharField(help_text=_("Where in the source (“Art. 24”); may be empty."))


def citations(rows) -> list[dict]:
    return [{"source": row.source.slug, "pinpoint": row.pinpoint} for row in rows]


@extend_schema_field(Citation(many=True))
class CitationsField(serializers.Field):
    """The sources a fact cites, in the order the editors gave them; ``fact`` picks a bloc's founding or end."""

    def __init__(self, fact: str | None = None, **kwargs):
        self.fact = fact
        super().__init__(source="citations", read_only=True, **kwargs)

    def to_representation(self, rows):
        rows = list(rows.all())
        return citations(row for row in rows if self.fact is None or row.fact == self.fact)
