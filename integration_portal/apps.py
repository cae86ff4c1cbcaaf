from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntegrationPortalConfig(AppConfig):
    name = "integration_portal"
    verbose_name = _("Integration Portal")
