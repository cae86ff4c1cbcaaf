"""Response headers beyond Django's own (cross-origin isolation, the admin's import map), and a 503 while the
database is unreachable."""

import base64
import hashlib
import re

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.gzip import GZipMiddleware
from django.template.loader import render_to_string

from integration_portal.core.rich_text import EDITOR_STYLE_HASHES
from integration_portal.web.object_storage import media_origin

IMPORT_MAP = re.compile(rb'<script type="importmap"[^>]*>(.*?)</script>', re.DOTALL)


COMPRESSIBLE = ("text/", "application/json", "application/xml", "application/rss+xml", "application/atom+xml",
                "application/manifest+json", "image/svg+xml", "application/vnd.oai.openapi")  # fmt: skip


class TextGZipMiddleware(GZipMiddleware):
    """Django's gzip (which pads each response against BREACH), for text only: fonts, images and spreadsheets
    are compressed already, and WhiteNoise serves its own precompressed CSS and JavaScript."""

    def process_response(self, request, response):
        if not response.get("Content-Type", "").startswith(COMPRESSIBLE):
            return response
        return super().process_response(request, response)


class SecurityHeadersMiddleware:
    """Sits inside django-csp's middleware, so what it adds to the policy is applied there."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
        if "text/html" in response.get("Content-Type", "") and not getattr(response, "streaming", False):
            self.allow_import_maps(response)
            self.allow_media_origin(response)
        return response

    @staticmethod
    def allow_media_origin(response):
        """Images in object storage or behind a CDN come from another origin, which img-src must name."""
        if origin := media_origin():
            update = getattr(response, "_csp_update", None) or {}
            update["img-src"] = [*update.get("img-src", []), origin]
            response._csp_update = update

    @staticmethod
    def allow_import_maps(response):
        """The rich-text editor's modules are found through an inline import map, which a strict policy
        blocks; its exact text is allowed by hash, so no other inline script runs. Its one style element too."""
        hashes = [
            f"'sha256-{base64.b64encode(hashlib.sha256(body).digest()).decode()}'"
            for body in IMPORT_MAP.findall(response.content)
        ]
        if hashes:
            update = getattr(response, "_csp_update", None) or {}
            update["script-src"] = [*update.get("script-src", []), *hashes]
            update["style-src"] = [*update.get("style-src", []), *EDITOR_STYLE_HASHES]
            response._csp_update = update


def is_outage(exception: BaseException) -> bool:
    """The database cannot be reached, as opposed to refusing one statement.

    psycopg files "string is too long for tsvector" (SQLSTATE 54000) under OperationalError too; answering that
    with "database unavailable" would hide a bug and lose the editor's text. Errors of a lost or refused
    connection carry no SQLSTATE, or one of class 08 (connection) or 57P (the server shutting down).
    """
    if isinstance(exception, InterfaceError):
        return True
    if not isinstance(exception, OperationalError):
        return False
    sqlstate = getattr(exception.__cause__, "sqlstate", None)
    return sqlstate is None or sqlstate.startswith(("08", "57P"))


class DatabaseUnavailableMiddleware:
    """While PostgreSQL is unreachable (a restart, a failover), answer 503 with Retry-After instead of a 500:
    load balancers and crawlers retry, and nothing is logged as a bug. Connections recover by themselves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_outage(exception):
            return None
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "5"
        return response
