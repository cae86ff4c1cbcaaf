"""Pieces shared by the public filters: year ranges and a strict filter set that says what is wrong."""

import django_filters
from django import forms
from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from integration_portal.core.dates import FIRST_DATE, LAST_DATE


class YearRangeForm(forms.Form):
    """Refuses a reversed year range with a message on the first year."""

    def clean(self):
        cleaned = super().clean()
        year_from, year_to = cleaned.get("year_from"), cleaned.get("year_to")
        if year_from is not None and year_to is not None and year_from > year_to:
            self.add_error("year_from", _("The first year is after the last year."))
        return cleaned


class StrictFilterSet(django_filters.FilterSet):
    """Invalid input gives an empty result and the form's messages, never a half-applied filter."""

    @property
    def results(self):
        if not self.is_bound:
            return self.queryset
        return self.qs if self.is_valid() else self.queryset.none()


# The years a reader may ask for, in every year box of the site (lists, timeline, search).
FIRST_YEAR, LAST_YEAR = FIRST_DATE.year, LAST_DATE.year


def year_input() -> forms.NumberInput:
    return forms.NumberInput(attrs={"inputmode": "numeric", "size": 5})


def year_filter(field_name: str, lookup: str, label) -> django_filters.NumberFilter:
    return django_filters.NumberFilter(
        field_name=field_name,
        lookup_expr=lookup,
        label=label,
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        widget=year_input(),
    )


class SearchFilter(django_filters.CharFilter):
    """``q``: narrows a list to the objects whose text in the page's language has every word of the query."""

    def __init__(self, result_type: str, **kwargs):
        self.result_type = result_type
        kwargs.setdefault("label", _("Words"))
        kwargs.setdefault("widget", forms.TextInput(attrs={"type": "search", "enterkeyhint": "search"}))
        super().__init__(**kwargs)

    def filter(self, qs, value):
        if not value or not value.strip():
            return qs
        # The search layer sits above the apps whose lists this filters, so it is named in settings rather
        # than imported: settings.TEXT_MATCHER(query, languages, result_type) gives the matching ids.
        matching_ids = import_string(settings.TEXT_MATCHER)
        return qs.filter(pk__in=matching_ids(value, [get_language()], self.result_type))
