import django_filters
from django.utils.translation import gettext_lazy as _

from blocs.models import Bloc, Country
from integration_portal.core.translation import Language
from integration_portal.web.filters import (
    CollatedChoiceFilter,
    SearchFilter,
    StrictFilterSet,
    YearRangeForm,
    year_filter,
)
from integration_portal.web.widgets import PythonSelect

from .models import Article, Topic


class ArticleFilter(StrictFilterSet):
    q = SearchFilter("article")
    bloc = CollatedChoiceFilter(
        field_name="blocs",
        to_field_name="slug",
        queryset=Bloc.objects.all(),
        label=_("Bloc"),
        empty_label=_("Any bloc"),
    )
    country = CollatedChoiceFilter(
        field_name="countries",
        to_field_name="slug",
        queryset=Country.objects.all(),
        label=_("Country"),
        empty_label=_("Any country"),
    )
    topic = CollatedChoiceFilter(
        field_name="topics",
        to_field_name="slug",
        queryset=Topic.objects.all(),
        label=_("Topic"),
        empty_label=_("Any topic"),
    )
    year_from = year_filter("published_at__year", "gte", _("Published from year"))
    year_to = year_filter("published_at__year", "lte", _("Published up to year"))
    original_language = django_filters.ChoiceFilter(
        choices=Language.choices, label=_("Written in"), empty_label=_("Any language"), widget=PythonSelect
    )

    class Meta:
        model = Article
        fields = []
        form = YearRangeForm
