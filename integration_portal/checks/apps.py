from django.apps import AppConfig


class ChecksConfig(AppConfig):
    name = "integration_portal.checks"
    label = "content_checks"
    verbose_name = "Content checks"
