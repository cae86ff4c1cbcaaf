from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    """The site-wide pages (home, feeds, sitemap, robots.txt) and the template tags every page loads."""

    name = "integration_portal.site"
    label = "portal_site"
    verbose_name = _("Public site")
