from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from integration_portal import views
from integration_portal.search import views as search_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("", include("blocs.urls")),
    path("articles/", include("articles.urls")),
    path("search/", search_views.search_page, name="search"),
    prefix_default_language=True,
)
