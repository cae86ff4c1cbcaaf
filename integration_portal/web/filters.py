"""Pieces shared by the public filters: year ranges, choices in the reader's order, and a strict filter set that
says what is wrong."""

import django_filters
from django import forms
from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from integration_portal.core.collation import collation_key
from integration_portal.core.dates import (
    BUDDHIST_ERA_OFFSET,
    FIRST_DATE,
    LAST_DATE,
    common_era_year,
    uses_buddhist_era,
)
from integration_portal.core.languages import current_language

from .kept_lists import kept_list
from .widgets import PythonFormRenderer, PythonSelect


class YearRangeForm(forms.Form):
    """Refuses a reversed year range with a message on the first year."""

    default_renderer = PythonFormRenderer()

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


def in_buddhist_era() -> bool:
    return uses_buddhist_era(current_language())


class ReaderYearInput(forms.NumberInput):
    """Shows a year as the reader counts it: 1990 is 2533 on Thai pages."""

    def format_value(self, value):
        try:
            year = int(value)
        except (TypeError, ValueError):
            return super().format_value(value)
        if in_buddhist_era() and year <= LAST_YEAR:
            year += BUDDHIST_ERA_OFFSET
        return str(year)


class ReaderYearField(forms.IntegerField):
    """A year typed as the reader counts: on Thai pages a Buddhist-Era year (2533) means 1990.

    The recorded years (1800–2100) and their Buddhist-Era years (2343–2643) do not overlap, so a Thai page takes
    both; the bounds are checked on the Common-Era year.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", year_input())
        super().__init__(**kwargs)

    def to_python(self, value):
        year = super().to_python(value)
        return None if year is None else common_era_year(year, current_language())

    def validate(self, value):
        # Here rather than as min/max validators: the message names the reader's era, known only per request.
        super().validate(value)
        if value is not None and not FIRST_YEAR <= value <= LAST_YEAR:
            if in_buddhist_era():
                first, last = FIRST_YEAR + BUDDHIST_ERA_OFFSET, LAST_YEAR + BUDDHIST_ERA_OFFSET
                message = _("Enter a year from %(first)s to %(last)s (Buddhist Era).")
            else:
                first, last, message = FIRST_YEAR, LAST_YEAR, _("Enter a year from %(first)s to %(last)s.")
            raise forms.ValidationError(message, code="year_range", params={"first": first, "last": last})


def year_input() -> forms.NumberInput:
    return ReaderYearInput(attrs={"inputmode": "numeric", "size": 5})


class YearFilter(django_filters.NumberFilter):
    field_class = ReaderYearField


def year_filter(field_name: str, lookup: str, label) -> django_filters.NumberFilter:
    return YearFilter(field_name=field_name, lookup_expr=lookup, label=label)


def list_name(queryset) -> str:
    """What a choice list holds: a whole table by its name, anything narrower by its SQL (compiling it took
    0.4 ms per list, issue 17; ordering does not count, the list is sorted again)."""
    query = queryset.query
    if query.is_empty():  # none(): no SQL to name it by
        return f"{queryset.model._meta.label}: none"
    if not query.where and not query.is_sliced and not query.combinator:
        return queryset.model._meta.label
    return str(query)


class CollatedChoiceIterator(django_filters.fields.ModelChoiceIterator):
    """The choices in the order of their labels in the page's language, not of the table's ordering."""

    def __iter__(self):
        # Once per form: the widget reads its choices more than once.
        cached = getattr(self.field, "_collated_choices", None)
        if cached is None:
            cached = self.field._collated_choices = self.kept_choices()
        return iter(cached)

    def kept_choices(self) -> list:
        """Kept by the process for the content generation (kept_lists.py): a renamed bloc is in the next form."""
        key = ("choices", list_name(self.queryset), get_language(), self.field.empty_label, self.field.to_field_name)
        return kept_list(key, self.collated_choices)

    def collated_choices(self) -> list:
        choices = list(super().__iter__())
        empty = [choice for choice in choices if choice[0] == ""]
        rest = [choice for choice in choices if choice[0] != ""]
        return [*empty, *sorted(rest, key=lambda c: collation_key(c[1]))]


class CollatedMultipleChoiceField(django_filters.fields.ModelMultipleChoiceField):
    iterator = CollatedChoiceIterator


class CollatedChoiceField(django_filters.fields.ModelChoiceField):
    iterator = CollatedChoiceIterator
    widget = PythonSelect


class CollatedMultipleChoiceFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = CollatedMultipleChoiceField


class CollatedChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = CollatedChoiceField


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
