from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo content and its commands (load_demo, ensure_demo_admin)."""

    name = "integration_portal.demo"
    label = "demo"
    verbose_name = _("Demo content")
