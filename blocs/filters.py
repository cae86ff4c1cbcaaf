import django_filters
from django.utils.translation import gettext_lazy as _

from integration_portal.web.filters import (
    CollatedMultipleChoiceFilter,
    SearchFilter,
    StrictFilterSet,
    YearRangeForm,
    year_filter,
)
from integration_portal.web.widgets import PythonCheckboxSelectMultiple

from .models import Bloc, Country, Event, EventKind


class EventFilter(StrictFilterSet):
    """The timeline's filters; every value is a GET parameter, so a filtered timeline is a shareable URL."""

    q = SearchFilter("event")
    bloc = CollatedMultipleChoiceFilter(
        field_name="blocs__slug",
        to_field_name="slug",
        queryset=Bloc.objects.all(),
        label=_("Blocs"),
        widget=PythonCheckboxSelectMultiple,
        distinct=True,
    )
    country = CollatedMultipleChoiceFilter(
        field_name="countries__slug",
        to_field_name="slug",
        queryset=Country.objects.all(),
        label=_("Countries"),
        widget=PythonCheckboxSelectMultiple,
        distinct=True,
    )
    kind = django_filters.MultipleChoiceFilter(
        choices=EventKind.choices, label=_("Kind of event"), widget=PythonCheckboxSelectMultiple
    )
    year_from = year_filter("date__year", "gte", _("From year"))
    year_to = year_filter("date__year", "lte", _("To year"))

    class Meta:
        model = Event
        fields = []
        form = YearRangeForm
