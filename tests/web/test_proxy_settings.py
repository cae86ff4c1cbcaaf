"""Proxy settings are checked when the app starts, and gunicorn believes forwarded headers only when told to."""

import os
import runpy
import subprocess
import sys

import pytest
from django.conf import settings

from integration_portal.web.client_ip import client_ip

GUNICORN_CONF = settings.BASE_DIR / "gunicorn.conf.py"


def start_with(**env) -> subprocess.CompletedProcess:
    clean = {key: value for key, value in os.environ.items() if key != "TRUSTED_PROXY_COUNT"}
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=settings.BASE_DIR,
        env={**clean, "DEBUG": "true", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("count", ["0", "-1", "two", "1.5"])
def test_a_proxy_count_that_would_trust_the_client_or_is_not_a_number_stops_the_start(count):
    result = start_with(TRUST_PROXY_HEADERS="true", TRUSTED_PROXY_COUNT=count)
    assert result.returncode != 0
    assert "TRUSTED_PROXY_COUNT must be a whole number of 1 or more" in result.stderr


def test_a_valid_proxy_count_starts():
    assert start_with(TRUST_PROXY_HEADERS="true", TRUSTED_PROXY_COUNT="2").returncode == 0


def test_two_proxies_of_ours_mean_the_entry_two_from_the_end(rf, settings):
    settings.TRUST_PROXY_HEADERS = True
    settings.TRUSTED_PROXY_COUNT = 2
    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.4, 10.0.0.2", REMOTE_ADDR="10.0.0.3")
    assert client_ip(request) == "198.51.100.4"


def gunicorn_settings(monkeypatch, **env) -> dict:
    for name in ("TRUST_PROXY_HEADERS", "FORWARDED_ALLOW_IPS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(GUNICORN_CONF))


def test_gunicorn_ignores_forwarded_headers_unless_proxy_headers_are_trusted(monkeypatch):
    untrusted = gunicorn_settings(monkeypatch, TRUST_PROXY_HEADERS="false")
    # No address is allowed to set the scheme, and no header would set it anyway.
    assert untrusted["forwarded_allow_ips"] == "" and untrusted["secure_scheme_headers"] == {}
    assert gunicorn_settings(monkeypatch)["forwarded_allow_ips"] == ""


def test_gunicorn_believes_the_named_proxy_when_trusted(monkeypatch):
    trusted = gunicorn_settings(monkeypatch, TRUST_PROXY_HEADERS="true")
    assert trusted["forwarded_allow_ips"] == "127.0.0.1" and "secure_scheme_headers" not in trusted
    elsewhere = gunicorn_settings(monkeypatch, TRUST_PROXY_HEADERS="true", FORWARDED_ALLOW_IPS="10.0.0.5")
    assert elsewhere["forwarded_allow_ips"] == "10.0.0.5"
