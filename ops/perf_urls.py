"""The product's addresses and the benchmark's hello-world view (ops.perf_settings only)."""

from django.urls import path

from integration_portal.urls import urlpatterns as product_urlpatterns
from ops.perf import hello

urlpatterns = [path("_perf/hello/", hello), *product_urlpatterns]
