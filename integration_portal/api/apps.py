from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The read-only JSON API under /api/v1/ and its documentation page."""

    name = "integration_portal.api"
    label = "api"
    verbose_name = _("API")
