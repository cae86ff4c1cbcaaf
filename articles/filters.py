import django_filters
from django.utils.translation import gettext_lazy as _

from blocs.models import Bloc, Country
from integration_portal.core.translation import Language
from integration_portal.web.filters import SearchFilter, StrictFilterSet, YearRangeForm, year_filter

from .models import Article, Topic


class ArticleFilter(StrictFilterSet):
    q = SearchFilter("article")
    bloc = django_filters.ModelChoiceFilter(
        field_name="blocs", to_field_name="slug", queryset=Bloc.objects.all(), label=_("Bloc")
    )
    country = django_filters.ModelChoiceFilter(
        field_name="countries", to_field_name="slug", queryset=Country.objects.all(), label=_("Country")
    )
    topic = django_filters.ModelChoiceFilter(
        field_name="topics", to_field_name="slug", queryset=Topic.objects.all(), label=_("Topic")
    )
    year_from = year_filter("published_at__year", "gte", _("Published from year"))
    year_to = year_filter("published_at__year", "lte", _("Published up to year"))
    original_language = django_filters.ChoiceFilter(choices=Language.choices, label=_("Written in"))

    class Meta:
        model = Article
        fields = []
        form = YearRangeForm
