"""Security headers on public pages and in the admin, and a production configuration Django's checks accept."""

import base64
import hashlib
import os
import re
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

from tests.admin.helpers import url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

PUBLIC = ["/es/", "/th/blocs/", "/en/blocs/mercosur/", "/es/timeline/", "/th/articles/", "/en/search/?q=mercosur"]


def policy(response) -> dict[str, list[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize("path", [*PUBLIC, "/admin/login/"])
def test_every_page_sends_the_strict_header_set(client, path):
    response = client.get(path)
    assert response.status_code == 200
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in csp["script-src"] and "'unsafe-eval'" not in csp["script-src"]
    assert "'unsafe-inline'" not in csp["style-src"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_pages_carry_no_inline_script_or_style(client):
    for path in PUBLIC:
        page = client.get(path).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)[^>]*>", page), path
        assert " style=" not in page and "<style" not in page, path


def test_the_editors_import_map_is_allowed_by_its_hash_and_nothing_else_inline(admin_client):
    from articles.models import Article

    article = Article.objects.first()
    response = admin_client.get(url(Article, "change", article.pk))
    maps = re.findall(rb'<script type="importmap"[^>]*>(.*?)</script>', response.content, re.DOTALL)
    assert maps, "the rich-text editor's import map is on the page"
    digest = f"'sha256-{base64.b64encode(hashlib.sha256(maps[0]).digest()).decode()}'"
    assert policy(response)["script-src"] == ["'self'", digest]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_https_settings_send_hsts_for_a_year_and_redirect_plain_http(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = settings.SECURE_HSTS_PRELOAD = True
    assert client.get("/es/")["Location"] == "https://testserver/es/"
    response = client.get("/es/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_a_client_cannot_claim_https_without_a_trusted_proxy(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert not settings.TRUST_PROXY_HEADERS
    response = client.get("/es/", headers={"x-forwarded-proto": "https"})
    assert response.status_code == 301 and response["Location"].startswith("https://")


PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "portal.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://portal.example.org",
    "TRUST_PROXY_HEADERS": "true",
}


def run_manage(*args, **env):
    # Only the production variables: not the test run's own (DJANGO_ALLOW_ASYNC_UNSAFE, set for Playwright, is
    # rightly an error in deployment).
    test_only = {"HTTPS", "DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {key: value for key, value in os.environ.items() if key not in test_only}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_mode_passes_djangos_deployment_checks():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_mode_refuses_to_start_without_a_secret_key():
    result = run_manage("check", **{**PRODUCTION, "SECRET_KEY": ""})
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr


def test_debug_is_off_unless_asked():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.DEBUG, settings.HTTPS)",
        SECRET_KEY="x" * 50,
    )
    assert result.stdout.split() == ["False", "True"], result.stderr
