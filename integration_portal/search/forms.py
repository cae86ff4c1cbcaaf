from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from articles.models import Topic
from blocs.models import Bloc, Country, EventKind
from integration_portal.web.filters import ReaderYearField, YearRangeForm
from integration_portal.web.widgets import PythonSelect

from .engine import Filters
from .models import ResultType
from .query import CONTROL

ALL_LANGUAGES = "all"


def year_field(label) -> forms.IntegerField:
    return ReaderYearField(label=label, required=False)


class QueryField(forms.CharField):
    """Control characters (a NUL byte among them) are dropped rather than refused: the rest is still searched."""

    def to_python(self, value):
        return CONTROL.sub(" ", super().to_python(value))


class SearchForm(YearRangeForm):
    """The search box and its filters. Type, bloc and country are set by the facet links."""

    q = QueryField(
        label=_("Search"),
        required=False,
        widget=forms.SearchInput(attrs={"autocomplete": "off", "enterkeyhint": "search"}),
    )
    scope = forms.ChoiceField(
        label=_("Languages"),
        required=False,
        choices=[("", _("This language")), (ALL_LANGUAGES, _("All three languages"))],
        widget=forms.RadioSelect,
    )
    type = forms.ChoiceField(
        label=pgettext_lazy("kind of search result", "Type"),
        required=False,
        choices=[("", "—"), *ResultType.choices],
        widget=forms.HiddenInput,
    )
    bloc = forms.ModelChoiceField(
        label=_("Bloc"), required=False, queryset=Bloc.objects.all(), to_field_name="slug", widget=forms.HiddenInput
    )
    country = forms.ModelChoiceField(
        label=_("Country"),
        required=False,
        queryset=Country.objects.all(),
        to_field_name="slug",
        widget=forms.HiddenInput,
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        required=False,
        queryset=Topic.objects.all(),
        to_field_name="slug",
        empty_label=_("Any topic"),
        widget=PythonSelect,
    )
    kind = forms.ChoiceField(
        label=_("Kind of event"), required=False, choices=[("", _("Any kind")), *EventKind.choices], widget=PythonSelect
    )
    year_from = year_field(_("From year"))
    year_to = year_field(_("To year"))

    def filters(self) -> Filters:
        data = self.cleaned_data
        return Filters(
            result_type=data.get("type") or "",
            bloc_id=data["bloc"].pk if data.get("bloc") else None,
            country_id=data["country"].pk if data.get("country") else None,
            topic_id=data["topic"].pk if data.get("topic") else None,
            event_kind=data.get("kind") or "",
            year_from=data.get("year_from"),
            year_to=data.get("year_to"),
        )
