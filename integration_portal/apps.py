from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntegrationPortalConfig(AppConfig):
    name = "integration_portal"
    verbose_name = _("Integration Portal")

    def ready(self):
        from integration_portal import page_cache

        page_cache.connect()
