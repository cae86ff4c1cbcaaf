"""One calendar throughout the Thai admin: the Buddhist Era (CE + 543), as the public Thai pages write years.

Date inputs show ``11/07/2556`` for a date stored as 2013-07-11 and take BE or CE years, day first or ISO
(``11/07/2556``, ``2556-07-11``, ``11/07/2013``): the BE years of the recorded dates (2343–2643) and the CE
ones (1800–2100) do not overlap, so a year can only mean one date. CE input stays accepted because the admin's
calendar pop-up and its "Today" link write CE years.
"""

import datetime
import re

from django import forms
from django.contrib.admin.widgets import AdminDateWidget, AdminSplitDateTime, AdminTimeWidget
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from integration_portal.core.dates import BUDDHIST_ERA_OFFSET, read_day, uses_buddhist_era
from integration_portal.editorial.admin.typing import ModelAdminMixin

# A four-digit year in a text Django formatted (a date hierarchy link, a publication time): 1800–2199.
CE_YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|2[01][0-9]{2})(?![0-9])")


def thai_admin() -> bool:
    return uses_buddhist_era(get_language())


def in_buddhist_era(text: str) -> str:
    """``text`` with its Common-Era years written in the Buddhist Era when the admin speaks Thai."""
    if not thai_admin():
        return text
    return CE_YEAR.sub(lambda match: str(int(match[1]) + BUDDHIST_ERA_OFFSET), str(text))


class BuddhistEraDateWidget(AdminDateWidget):
    """Django's date input with its calendar, showing BE years in Thai."""

    def format_value(self, value):
        if thai_admin() and isinstance(value, datetime.date):
            return f"{value.day:02d}/{value.month:02d}/{value.year + BUDDHIST_ERA_OFFSET}"
        return super().format_value(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if thai_admin():
            context["widget"]["attrs"].setdefault("placeholder", str(_("dd/mm/yyyy (Buddhist Era)")))
        return context


class BuddhistEraDateField(forms.DateField):
    """Reads BE years in the Thai admin (CE still understood); everywhere else Django's own parsing."""

    def to_python(self, value):
        if thai_admin() and isinstance(value, str):
            try:
                return read_day(value, "th")
            except ValueError:
                pass  # not a day in these forms: Django's own parsing, and its message
        return super().to_python(value)


class BuddhistEraSplitDateTime(AdminSplitDateTime):
    """Django's date-and-time inputs (a publication time), the date part as BuddhistEraDateWidget shows it."""

    def __init__(self, attrs=None):
        forms.MultiWidget.__init__(self, [BuddhistEraDateWidget, AdminTimeWidget], attrs)


class BuddhistEraSplitDateTimeField(forms.SplitDateTimeField):
    """Django's date-and-time field whose date part reads BE years in the Thai admin."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        common_era = self.fields[0]
        assert isinstance(common_era, forms.DateField)  # Django's SplitDateTimeField: (DateField, TimeField)
        era = BuddhistEraDateField(input_formats=common_era.input_formats, error_messages=common_era.error_messages)
        era.required = common_era.required
        self.fields = (era, self.fields[1])


class BuddhistEraDates(ModelAdminMixin):
    """The model's dates and times get the BE-aware inputs, in an admin or an inline. Read-only ones are written
    in BE by the admin's templates (|readonly_in_era)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if type(db_field) is models.DateField:
            kwargs = {"form_class": BuddhistEraDateField, "widget": BuddhistEraDateWidget, **kwargs}
        elif type(db_field) is models.DateTimeField:
            kwargs = {"form_class": BuddhistEraSplitDateTimeField, "widget": BuddhistEraSplitDateTime, **kwargs}
        return super().formfield_for_dbfield(db_field, request, **kwargs)
