from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SourcesConfig(AppConfig):
    name = "integration_portal.sources"
    label = "sources"
    verbose_name = _("Sources")

    def ready(self):
        from integration_portal.editorial.versions import keep_history

        from .models import Source

        keep_history(Source)
