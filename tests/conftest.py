import os

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation
from hypothesis import settings as hypothesis_settings

from integration_portal.demo.loader import load_demo
from tests import demo_snapshot

# CI runs the same generated examples every time (HYPOTHESIS_PROFILE=ci in .ci/run), so a failure there is
# reproducible; a failing example is printed with the blob that replays it (@reproduce_failure).
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
hypothesis_settings.register_profile("dev", print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """Every test starts from the demo content, loaded once per run; each test's changes are rolled back.
    Tests whose data is committed and flushed (browser tests) get it back from a snapshot taken here."""
    with django_db_blocker.unblock():
        if not demo_kept_for_mutants(request.config):
            load_demo()
        request.config.stash[demo_snapshot.STASH_KEY] = demo_snapshot.take()


def demo_kept_for_mutants(config) -> bool:
    """make mutation runs the tests once per mutant on a kept database (--reuse-db): the demo loaded by the first
    run is still there, and loading it again was a third of each run."""
    from blocs.models import Bloc

    return bool(os.environ.get("MUTANT_UNDER_TEST")) and config.getoption("reuse_db") and Bloc.objects.exists()


@pytest.fixture
def analyst(django_user_model):
    user = django_user_model.objects.create_user("ana", password="analyst-password-1", is_staff=True)
    user.groups.add(Group.objects.get(name="Analyst"))
    return user


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client


@pytest.fixture
def sign_in(django_user_model):
    """A client signed in as a new person with the given role."""

    def sign_in(username, role):
        user = django_user_model.objects.create_user(username, is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        client = Client()
        client.cookies["django_language"] = "en"
        client.force_login(user)
        return client

    return sign_in


@pytest.fixture
def english(client):
    """Messages in English, whatever the portal's default language: in this process and in admin requests."""
    client.cookies["django_language"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with no cached pages: a test that writes with update() (no signals) sees its change."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session", autouse=True)
def plain_static_file_names():
    """Tests serve static files through the finders: no hashed names, even where collectstatic has written a
    manifest into STATIC_ROOT (the production smoke run does)."""
    from django.test.utils import override_settings

    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages):
        yield
