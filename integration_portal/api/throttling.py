"""Requests per client address per window, counted in the shared cache so that every worker sees one count.

A fixed window: ``cache.incr`` is atomic in Redis; with the database cache two workers may now and then count one
request between them, which lets a client a little over the limit, never under it.
"""

import math
import re
import time

from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from rest_framework.settings import api_settings
from rest_framework.throttling import BaseThrottle

from integration_portal.web.client_ip import client_ip

SCOPE = "address"
PERIODS = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60, "h": 3600, "hour": 3600, "d": 86400}
PERIODS["day"] = 86400
RATE = re.compile(r"(\d+)/(" + "|".join(PERIODS) + r")")


def parse_rate(rate: str) -> tuple[int, int]:
    """ "120/min" → (120 requests, 60 seconds)."""
    match = RATE.fullmatch(rate.strip())
    if not match:
        raise ImproperlyConfigured(f"API_RATE_LIMIT must look like 120/min or 5000/day, not {rate!r}.")
    return int(match.group(1)), PERIODS[match.group(2)]


def current_rate() -> tuple[int, int]:
    # Read at each request (not when the class is defined, as DRF's own throttles do), so tests can change it.
    return parse_rate(api_settings.DEFAULT_THROTTLE_RATES[SCOPE])


class AddressRateThrottle(BaseThrottle):
    retry_after: int | None = None

    def allow_request(self, request, view):
        limit, period = current_rate()
        now = time.time()
        window = int(now // period)
        key = f"api-rate:{client_ip(request)}:{period}:{window}"
        self.retry_after = max(1, math.ceil((window + 1) * period - now))
        cache.add(key, 0, period + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # gone between add and incr (culled): this request opens the count again
            cache.set(key, 1, period + 1)
            count = 1
        # A cache that is down answers nothing: let the request through rather than refuse everyone.
        return count is None or count <= limit

    def wait(self):
        return self.retry_after
