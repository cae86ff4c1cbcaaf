from django.urls import path

from integration_portal.exports.urls import download_patterns

from . import exports, views, views_research
from .filters import EventFilter

app_name = "blocs"
urlpatterns = [
    path("blocs/", views.bloc_list, name="bloc-list"),
    *download_patterns("blocs/", exports.bloc_list_table, name="bloc-list", allowed=()),
    path("blocs/<slug:slug>/", views.bloc_detail, name="bloc-detail"),
    *download_patterns("blocs/<slug:slug>/", exports.bloc_memberships_table, name="bloc", allowed=("on",)),
    path("countries/", views.country_list, name="country-list"),
    *download_patterns("countries/", exports.country_list_table, name="country-list", allowed=()),
    path("countries/<slug:slug>/", views.country_detail, name="country-detail"),
    *download_patterns("countries/<slug:slug>/", exports.country_memberships_table, name="country", allowed=("on",)),
    path("timeline/", views.timeline, name="timeline"),
    *download_patterns("timeline/", exports.timeline_table, name="timeline", allowed=tuple(EventFilter.base_filters)),
    path("on/", views_research.on_date_form, name="on-date-form"),
    path("on/<str:day>/", views_research.on_date, name="on-date"),
    *download_patterns("on/<str:day>/", exports.on_date_table, name="on-date", allowed=()),
    path("compare/", views_research.compare, name="compare"),
    *download_patterns("compare/", exports.compare_table, name="compare", allowed=("country",)),
]
