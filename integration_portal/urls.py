from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from integration_portal import admin_views, health, views
from integration_portal.search import views as search_views

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("admin/translations/", admin_views.translation_status, name="translation_status"),
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

if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]
