"""Reader input on the blocs pages: a day (the date view and the ?on= picker) and the countries to compare."""

import datetime

from django import forms
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from integration_portal.core.dates import BUDDHIST_ERA_OFFSET, parse_reader_date, uses_buddhist_era

from .models import Country


def reader_date_text(day: datetime.date, language: str) -> str:
    """A day as the date box shows it: ISO, with the Buddhist-Era year on Thai pages."""
    if uses_buddhist_era(language):
        return f"{day.year + BUDDHIST_ERA_OFFSET:04d}-{day.month:02d}-{day.day:02d}"
    return day.isoformat()


class DayField(forms.Field):
    default_error_messages = {
        "invalid": _("Enter a day between 1800 and 2100 as YYYY-MM-DD (on Thai pages, a Buddhist-Era year works too).")
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.TextInput(attrs={"placeholder": "YYYY-MM-DD", "size": 11, "maxlength": 20}))
        super().__init__(**kwargs)

    def to_python(self, value):
        text = str(value or "").strip()
        if not text:
            return None
        try:
            return parse_reader_date(text, get_language())
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None


class DayForm(forms.Form):
    def __init__(self, data=None, *, name: str = "date", **kwargs):
        super().__init__(data, **kwargs)
        self.name = name
        self.fields[name] = DayField(label=_("Date"), required=False)

    @property
    def day(self) -> datetime.date | None:
        return self.cleaned_data.get(self.name) if self.is_valid() else None


class CountriesField(forms.Field):
    """Two to four countries, each by ISO code or slug (pe, PE, peru), in the order given."""

    default_error_messages = {
        "unknown": _("Unknown country: %(keys)s. Use an ISO code such as pe or a slug such as peru."),
        "count": _("Choose two to four different countries."),
    }

    def to_python(self, value):
        keys = [key.strip().lower() for key in (value or []) if key and key.strip()]
        if not 2 <= len(set(keys)) <= 4 or len(keys) > 4:
            raise forms.ValidationError(self.error_messages["count"], code="count")
        if any("\x00" in key for key in keys):
            raise forms.ValidationError(self.error_messages["count"], code="count")
        found = Country.objects.filter(Q(alpha2__in=[key.upper() for key in keys]) | Q(slug__in=keys))
        by_key = {key: country for country in found for key in (country.alpha2.lower(), country.slug)}
        unknown = [key for key in keys if key not in by_key]
        if unknown:
            raise forms.ValidationError(
                self.error_messages["unknown"], code="unknown", params={"keys": ", ".join(unknown)}
            )
        countries = list(dict.fromkeys(by_key[key] for key in keys))
        if len(countries) < 2:
            raise forms.ValidationError(self.error_messages["count"], code="count")
        return countries


class CompareForm(forms.Form):
    country = CountriesField(label=_("Countries"))

    def __init__(self, data=None, **kwargs):
        if data is not None and hasattr(data, "getlist"):
            data = {"country": data.getlist("country")}
        super().__init__(data, **kwargs)
