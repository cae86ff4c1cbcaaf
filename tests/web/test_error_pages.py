"""Errors with DEBUG off: the portal's own pages, translated, with nothing internal shown."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_a_server_error_shows_the_portals_page_and_no_internals(monkeypatch, settings):
    settings.DEBUG = False

    def broken(*_args, **_kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr("integration_portal.web.health.connection.cursor", broken)
    response = Client(raise_request_exception=False).get("/healthz")
    page = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong" in page or "Algo salió mal" in page
    assert "secret internal detail" not in page and "Traceback" not in page and "RuntimeError" not in page


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "Página no encontrada"), ("th", "ไม่พบหน้านี้"), ("en", "Page not found")],
)
def test_not_found_pages_are_in_the_pages_language(client, language, text):
    response = client.get(f"/{language}/blocs/no-such-bloc/")
    assert response.status_code == 404
    assert text in response.content.decode()
    assert f'<html lang="{language}">' in response.content.decode()


def test_health_check_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_an_unreachable_database_answers_503_with_retry_after(monkeypatch, settings):
    from django.db import OperationalError

    settings.DEBUG = False

    def down(*_args, **_kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("blocs.views.Bloc.objects.with_current_members", down)
    response = Client(raise_request_exception=False).get("/en/blocs/")
    assert response.status_code == 503 and response["Retry-After"] == "5"
    assert "Back in a moment" in response.content.decode() and "connection refused" not in response.content.decode()
