"""The admin: login required everywhere, throttled per account and address, a fresh session on login."""

import pytest
from django.contrib import admin
from django.urls import reverse

from articles.models import Article
from blocs.models import Event, Membership
from tests.admin.helpers import url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

LOGIN = "/admin/login/"
PASSWORD = "a-long-correct-password-1"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editora", password=PASSWORD, is_staff=True)


def admin_urls() -> list[str]:
    urls = ["/admin/", "/admin/translations/", "/admin/password_change/"]
    for model in admin.site._registry:
        urls += [url(model, "changelist"), url(model, "add")]
        obj = model._default_manager.first()
        if obj is not None:
            urls += [url(model, "change", obj.pk), url(model, "history", obj.pk), url(model, "delete", obj.pk)]
        if hasattr(admin.site._registry[model], "recoverlist_view"):
            urls.append(url(model, "recoverlist"))
    for model in (Article, Event):
        urls.append(url(model, "preview", model.objects.first().pk, "th"))
    for model in (Event, Membership):
        urls += [reverse(f"admin:blocs_{model._meta.model_name}_{view}") for view in ("import", "export")]
    return urls


def test_every_admin_url_requires_login(client):
    paths = admin_urls()
    assert len(paths) > 50
    for path in paths:
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith(LOGIN), path


def attempt(client, username, password, **headers):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, headers=headers)


def test_repeated_failures_lock_the_account_from_that_address_with_429(client, editor):
    for _ in range(4):
        assert attempt(client, "editora", "wrong").status_code == 200
    assert attempt(client, "editora", "wrong").status_code == 429  # the fifth failure locks
    locked = attempt(client, "editora", PASSWORD)
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    # Forging the forwarding header changes nothing without a trusted proxy: the address is the connection's.
    for forged in ("203.0.113.7", "198.51.100.1, 203.0.113.8"):
        assert attempt(client, "editora", PASSWORD, x_forwarded_for=forged).status_code == 429
    # Another account from the same address is not locked out by someone else's failures.
    other = type(editor).objects.create_user("otra", password=PASSWORD, is_staff=True)
    assert attempt(client, other.username, PASSWORD).status_code == 302


def test_behind_a_trusted_proxy_only_the_proxys_own_entry_counts(client, editor, settings):
    settings.TRUST_PROXY_HEADERS = True
    for index in range(5):
        # The client controls everything before the address our proxy appends.
        attempt(client, "editora", "wrong", x_forwarded_for=f"10.9.9.{index}, 192.0.2.50")
    assert attempt(client, "editora", PASSWORD, x_forwarded_for="1.1.1.1, 192.0.2.50").status_code == 429
    assert attempt(client, "editora", PASSWORD, x_forwarded_for="192.0.2.51").status_code == 302


def test_a_successful_login_resets_the_count(client, editor):
    for _ in range(4):
        attempt(client, "editora", "wrong")
    assert attempt(client, "editora", PASSWORD).status_code == 302
    client.post("/admin/logout/")
    for _ in range(4):
        attempt(client, "editora", "wrong")
    assert attempt(client, "editora", PASSWORD).status_code == 302


def test_the_session_key_changes_on_login(client, editor):
    session = client.session
    session["visited"] = True
    session.save()
    client.cookies["sessionid"] = session.session_key
    before = session.session_key
    assert attempt(client, "editora", PASSWORD).status_code == 302
    assert client.cookies["sessionid"].value not in ("", before)
