"""The product's settings, for the page benchmark's throwaway release (manage.py perf): the same middleware and
views, plus a hello-world view to measure against and a header that counts each response's queries."""

from integration_portal.settings import *  # noqa: F403 (the product's settings, unchanged but for the below)
from integration_portal.settings import INSTALLED_APPS, MIDDLEWARE

if "ops" not in INSTALLED_APPS:
    INSTALLED_APPS = [*INSTALLED_APPS, "ops"]
ROOT_URLCONF = "ops.perf_urls"
MIDDLEWARE = ["ops.perf.QueryCountMiddleware", *MIDDLEWARE]
