from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path

from integration_portal.api import docs as api_docs
from integration_portal.editorial.admin import translation_status
from integration_portal.exports.urls import download_patterns
from integration_portal.search import exports as search_exports
from integration_portal.search import views as search_views
from integration_portal.search.forms import SearchForm
from integration_portal.site import feeds, icons, media, robots, sitemaps, views
from integration_portal.web import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("admin/translations/", translation_status.translation_status, name="translation_status"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemaps.sitemap_view, name="sitemap"),
    path("robots.txt", robots.robots_txt, name="robots"),
    *icons.urlpatterns,  # /favicon.ico, /apple-touch-icon.png
    path("api/v1/", include("integration_portal.api.urls")),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("", include("blocs.urls")),
    path("blocs/<slug:slug>/feed/rss/", feeds.bloc_rss, name="bloc-feed-rss"),
    path("blocs/<slug:slug>/feed/atom/", feeds.bloc_atom, name="bloc-feed-atom"),
    path("articles/feed/rss/", feeds.article_rss, name="articles-feed-rss"),
    path("articles/feed/atom/", feeds.article_atom, name="articles-feed-atom"),
    path("articles/", include("articles.urls")),
    path("search/", search_views.search_page, name="search"),
    *download_patterns("search/", search_exports.search_table, name="search", allowed=tuple(SearchForm.base_fields)),
    path("api/", api_docs.api_docs, name="api-docs"),
    prefix_default_language=True,
)

if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", media.media, name="media")]
