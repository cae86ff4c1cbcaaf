from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    """Web plumbing: the page cache, security headers, health and the database check."""

    name = "integration_portal.web"
    label = "web"
    verbose_name = _("Web")

    def ready(self):
        from . import page_cache

        page_cache.connect()
