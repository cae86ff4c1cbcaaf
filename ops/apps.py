from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Development tooling: releases, load test, Observatory scan, search benchmarks, the writer of docs/measurements/.

    Installed only when DEV_TOOLS is on (the default with DEBUG, and in the test run); the product never
    imports it.
    """

    name = "ops"
    label = "ops"
    verbose_name = "Ops"
