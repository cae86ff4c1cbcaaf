"""Public pages come from the cache, and a publish, unpublish or edit is visible at once."""

import datetime
import socket

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from blocs.models import Bloc
from integration_portal.web import page_cache
from integration_portal.web.release import release_id, source_fingerprint
from tests.admin.helpers import form_data, url
from tests.factories import ArticleFactory
from tests.services import NO_REDIS, redis_is_running, require_or_skip

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


@pytest.fixture
def editor_client(client, django_user_model):
    from django.contrib.auth.models import Group
    from django.test import Client

    editor = django_user_model.objects.create_user("editora", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editor"))
    staff = Client()
    staff.force_login(editor)
    return staff


def test_a_second_visit_is_served_without_touching_the_database(client, django_assert_num_queries):
    first = client.get("/es/blocs/mercosur/")
    with django_assert_num_queries(0):
        second = client.get("/es/blocs/mercosur/")
    assert second.status_code == 200 and second.content == first.content


def test_pages_differ_by_language_and_query(client):
    assert client.get("/es/").content != client.get("/th/").content
    assert client.get("/es/timeline/?kind=summit").content != client.get("/es/timeline/").content


def test_publishing_unpublishing_and_editing_show_at_once(client, editor_client):
    article = Article.objects.get(demo_key="pacific-integration")
    change = url(Article, "change", article.pk)
    assert article.title_es in client.get("/es/articles/").content.decode()  # now cached

    editor_client.post(change, {**form_data(editor_client.get(change)), "status": "draft"})
    assert article.title_es not in client.get("/es/articles/").content.decode()
    assert client.get(f"/es/articles/{article.slug_es}/").status_code == 404

    editor_client.post(change, {**form_data(editor_client.get(change)), "status": "published"})
    assert article.title_es in client.get("/es/articles/").content.decode()

    editor_client.post(change, {**form_data(editor_client.get(change)), "title_es": "Un título nuevo en caché"})
    assert "Un título nuevo en caché" in client.get(f"/es/articles/{article.slug_es}/").content.decode()


def test_a_staff_preview_of_a_draft_never_reaches_the_public_cache(client, editor_client):
    article = Article.objects.get(demo_key="pacific-integration")
    Article.objects.filter(pk=article.pk).update(status="draft")
    cache.clear()
    assert editor_client.get(url(Article, "preview", article.pk, "es")).status_code == 200
    assert article.title_es not in client.get("/es/articles/").content.decode()
    assert client.get(f"/es/articles/{article.slug_es}/").status_code == 404


def test_pages_are_served_from_the_database_when_the_cache_server_is_down(client, settings):
    with socket.socket() as probe:  # a port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        },
    }
    for path in ("/es/", "/th/blocs/mercosur/", "/en/articles/"):
        assert client.get(path).status_code == 200


def test_with_redis_the_cache_is_shared_and_invalidated(client, settings, editor_client):
    require_or_skip(redis_is_running(), NO_REDIS)
    redis = {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:6379/14"}
    settings.CACHES = {**settings.CACHES, "default": redis}
    cache.clear()
    article = Article.objects.get(demo_key="pacific-integration")
    assert article.title_es in client.get("/es/articles/").content.decode()
    assert any(key.startswith("page:") for key in cache.keys("*"))
    article.title_es = "Título cambiado en Redis"
    article.save()
    assert "Título cambiado en Redis" in client.get("/es/articles/").content.decode()
    cache.clear()


def test_the_generation_moves_on_again_when_the_change_commits(django_capture_on_commit_callbacks):
    """A reader between the save and its commit still reads the old row and files its page under the generation
    the save started; the commit must start another, or that stale page would be served until it expires."""
    article = Article.objects.get(demo_key="pacific-integration")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article.title_en = "Saved, not yet committed"
        article.save()
        filed_before_commit = page_cache.content_generation()
    assert callbacks, "nothing waits for the commit"
    for callback in callbacks:
        callback()
    assert page_cache.content_generation() != filed_before_commit


@pytest.mark.parametrize(
    ("plain", "decorated"),
    [
        ("/es/blocs/mercosur/", "/es/blocs/mercosur/?utm_source={n}"),
        ("/en/timeline/?bloc=mercosur&kind=summit", "/en/timeline/?kind=summit&fbclid={n}&bloc=mercosur"),
        ("/th/articles/?page=1", "/th/articles/?page=1&ref={n}"),
        ("/en/search/?q=mercosur", "/en/search/?q=mercosur&utm_campaign={n}"),
    ],
)
def test_parameters_a_page_does_not_read_make_no_new_cache_entries(client, django_assert_num_queries, plain, decorated):
    """Issue 13, failure 9: 300 requests with utm_source=N added 47 MB to Redis; now they are all one entry."""
    first = client.get(plain)
    assert first.status_code == 200
    for n in range(3):
        with django_assert_num_queries(0):  # served from the entry the plain address filed
            again = client.get(decorated.format(n=n))
        assert again.content == first.content


def test_a_parameter_the_page_reads_still_applies_beside_one_it_drops(client, django_assert_num_queries):
    """Asked first with a tracking parameter, the timeline is still filtered by the bloc and kind it reads, and
    files the page the plain address then gets."""
    cache.clear()
    decorated = client.get("/en/timeline/?kind=summit&fbclid=7&bloc=mercosur")
    assert decorated.status_code == 200
    assert [bloc.slug for bloc in decorated.context["filterset"].form.cleaned_data["bloc"]] == ["mercosur"]
    assert decorated.content != client.get("/en/timeline/").content
    assert "fbclid" not in decorated.content.decode()  # nor in its download and paging links, which would answer 400
    with django_assert_num_queries(0):
        plain = client.get("/en/timeline/?bloc=mercosur&kind=summit")
    assert plain.content == decorated.content


def test_a_generation_ends_at_the_very_moment_of_the_next_publication(monkeypatch):
    """Its deadline is the publication's time: at that instant the item is public (published_at <= now), so a
    generation still open then would serve the page without it."""
    moment = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: moment)
    state = {"id": "g1", "until": moment.timestamp(), "changes": 4}
    found = {page_cache.generation_key(): state, page_cache.CHANGES_KEY: 4}
    assert page_cache.generation_in(found) is None
    assert (
        page_cache.generation_in({**found, page_cache.generation_key(): {**state, "until": moment.timestamp() + 1}})
        == "g1"
    )


def test_a_publication_scheduled_while_a_generation_opens_shows_on_time(client, monkeypatch):
    """Issue 26: a reader opening a generation reads the next scheduled publication, then stores the generation with
    that deadline. An editor who schedules an analysis in between (and whose save drops the generation) must not
    leave the reader's generation open past the new time, or the list stays without it until the page expires."""
    clock = {"now": timezone.now()}
    monkeypatch.setattr(timezone, "now", lambda: clock["now"])
    at = clock["now"] + datetime.timedelta(minutes=1)
    read_deadline = page_cache.next_scheduled_publication

    def deadline_read_then_an_editor_schedules():
        moment = read_deadline()  # nothing due yet
        ArticleFactory(title_es="Análisis programado durante la apertura", status="published", published_at=at)
        return moment

    cache.clear()
    monkeypatch.setattr(page_cache, "next_scheduled_publication", deadline_read_then_an_editor_schedules)
    assert "Análisis programado" not in client.get("/es/articles/").content.decode()
    monkeypatch.setattr(page_cache, "next_scheduled_publication", read_deadline)

    clock["now"] = at + datetime.timedelta(seconds=1)
    assert "Análisis programado durante la apertura" in client.get("/es/articles/").content.decode()


@pytest.fixture
def release(settings):
    """The release serving, as the deploy names it (RELEASE_ID); web.release keeps it for the process."""

    def serve(name: str) -> None:
        settings.RELEASE_ID = name
        release_id.cache_clear()

    yield serve
    release_id.cache_clear()


def queries_to_get(client, page: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page).status_code == 200
    return len(queries)


def test_a_deploy_builds_its_pages_again_and_a_rollback_does_not_bring_back_old_content(client, release):
    """Pages are made by the code and templates too: a page cached by one release is never served by the next
    (issue 26). Rolled back, the old release must not serve what it cached before a change made meanwhile."""
    page = "/es/blocs/mercosur/"
    release("2026.12.1")
    assert queries_to_get(client, page) > 0
    assert queries_to_get(client, page) == 0  # cached for this release

    release("2026.12.2")
    assert queries_to_get(client, page) > 0  # built again, by this release's code and templates
    assert queries_to_get(client, page) == 0
    Bloc.objects.filter(slug="mercosur").update(name_es="Mercosur, tras el despliegue")
    page_cache.new_generation()  # what the save's signals do
    assert "tras el despliegue" in client.get(page).content.decode()

    release("2026.12.1")  # rolled back
    assert "tras el despliegue" in client.get(page).content.decode()


def test_the_release_fingerprint_follows_file_contents_not_their_times(tmp_path):
    """Two servers with their own checkout of one release agree on it; a changed template is another release."""
    import os

    (tmp_path / "templates").mkdir()
    template = tmp_path / "templates" / "base.html"
    template.write_text("<title>Portal</title>")
    (tmp_path / "requirements.txt").write_text("Django==5.2.19\n")
    first = source_fingerprint(tmp_path)
    os.utime(template, (1, 1))  # another checkout: same bytes, other times
    assert source_fingerprint(tmp_path) == first
    template.write_text("<title>Portal de integración</title>")
    assert source_fingerprint(tmp_path) != first
    template.write_text("<title>Portal</title>")
    (tmp_path / "requirements.txt").write_text("Django==5.2.20\n")
    assert source_fingerprint(tmp_path) != first


def test_a_list_kept_outside_a_page_is_read_again_after_a_change():
    """A kept list read outside any page (a command, a feed's helper) follows the open generation too."""
    from integration_portal.web.kept_lists import kept_list
    from tests.factories import TopicFactory

    loads = []

    def load():
        loads.append(1)
        return len(loads)

    assert kept_list(("test", "outside a page"), load) == 1
    assert kept_list(("test", "outside a page"), load) == 1  # kept
    TopicFactory()  # a save ends the generation
    assert kept_list(("test", "outside a page"), load) == 2
