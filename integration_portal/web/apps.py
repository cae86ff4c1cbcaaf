from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    """Web plumbing: the page cache, security headers, health and the database check."""

    name = "integration_portal.web"
    label = "web"
    verbose_name = _("Web")

    def ready(self):
        from django.core.cache import caches
        from django.core.signals import setting_changed

        from . import page_cache

        page_cache.connect()

        def forget_per_process_fragments(**_kwargs):
            # Fragments hold addresses and labels: a test that swaps URLs, storages or languages needs them again.
            caches["per_process"].clear()

        setting_changed.connect(forget_per_process_fragments, weak=False, dispatch_uid="forget-per-process")
