from django.urls import path, re_path, register_converter
from drf_spectacular.views import SpectacularJSONAPIView

from . import errors, search, views


class AnyKey:
    """A slug, code or key as typed: anything but a slash (newlines too), so that the view answers with a JSON 404."""

    regex = "[^/]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(AnyKey, "anykey")

app_name = "api"
urlpatterns = [
    path("blocs/", views.BlocList.as_view(), name="bloc-list"),
    path("blocs/<anykey:key>/", views.BlocDetail.as_view(), name="bloc-detail"),
    path("countries/", views.CountryList.as_view(), name="country-list"),
    path("countries/<anykey:key>/", views.CountryDetail.as_view(), name="country-detail"),
    path("memberships/", views.MembershipList.as_view(), name="membership-list"),
    path("events/", views.EventList.as_view(), name="event-list"),
    path("articles/", views.ArticleList.as_view(), name="article-list"),
    path("articles/<anykey:key>/", views.ArticleDetail.as_view(), name="article-detail"),
    path("sources/", views.SourceList.as_view(), name="source-list"),
    path("sources/<anykey:key>/", views.SourceDetail.as_view(), name="source-detail"),
    path("search/", search.SearchView.as_view(), name="search"),
    path("schema/", SpectacularJSONAPIView.as_view(), name="schema"),
    # A JSON 404 for any other address under /api/v1/, where Django's would be an HTML page.
    re_path(r"^[\s\S]*$", errors.not_found, name="not-found"),
]
