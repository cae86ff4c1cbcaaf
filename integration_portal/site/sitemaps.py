"""``/sitemap.xml``: every public page in every language, each with its hreflang alternates.

Django's sitemap framework makes one ``<url>`` per (item, language) pair and calls ``location()`` with that
language active, so an article's address uses the slug of each language. ``x-default`` is the Spanish
address itself: Django's own ``x_default`` would strip the language prefix, and ``/`` only redirects.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.urls import reverse
from django.utils.translation import get_language

from blocs.models import Bloc, Country
from integration_portal.core.languages import language_codes
from integration_portal.site.feeds import linkable_articles
from integration_portal.web.page_cache import cached_public_page


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            default = next(
                (alt["location"] for alt in url["alternates"] if alt["lang_code"] == settings.LANGUAGE_CODE), None
            )
            if default:
                url["alternates"].append({"location": default, "lang_code": "x-default"})
        return urls


class StaticPagesSitemap(PortalSitemap):
    changefreq = "daily"

    def items(self):
        return ["home", "blocs:bloc-list", "blocs:country-list", "blocs:timeline", "articles:article-list"]

    def location(self, item):
        return reverse(item)


class BlocSitemap(PortalSitemap):
    def items(self):
        return Bloc.objects.order_by("slug").only("pk", "slug")


class CountrySitemap(PortalSitemap):
    def items(self):
        return Country.objects.order_by("slug").only("pk", "slug")


class ArticleSitemap(PortalSitemap):
    """Published articles only: drafts, articles in review and those scheduled for later never appear."""

    def items(self):
        slugs = [f"slug_{code}" for code in language_codes()]
        return (
            linkable_articles()
            .order_by("-published_at", "-pk")
            .only("pk", "original_language", "published_at", "updated_at", *slugs)
        )

    def location(self, item):
        # Called with each language active in turn.
        return reverse("articles:article-detail", kwargs={"slug": item.translated("slug", get_language()).value})

    def lastmod(self, item):
        return max(filter(None, (item.published_at, item.updated_at)))


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "blocs": BlocSitemap,
    "countries": CountrySitemap,
    "articles": ArticleSitemap,
}


@cached_public_page(reads=("p",))  # the sitemap's page number
def sitemap_view(request):
    return sitemap(request, sitemaps=SITEMAPS)
