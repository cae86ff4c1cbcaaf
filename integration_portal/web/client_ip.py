"""The client's address, as far as it can be trusted.

Without a proxy, X-Forwarded-For is whatever the client typed: only the connection's address counts.
Behind TRUSTED_PROXY_COUNT proxies (TRUST_PROXY_HEADERS=true), each appends the address it saw, so the
entry that many places from the end is the one our own first proxy recorded; anything before it is the
client's to forge.
"""

from django.conf import settings


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    if not settings.TRUST_PROXY_HEADERS:
        return remote
    hops = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    count = settings.TRUSTED_PROXY_COUNT
    return hops[-count] if len(hops) >= count else remote
