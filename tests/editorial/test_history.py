"""History: every save is a version with who and when; a diff per field and language; restore, deleted objects too."""

import pytest
from reversion.models import Version

from articles.models import Article
from blocs.models import Bloc, Country, Event, Membership
from tests.admin.helpers import form_data, url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def edit(client, obj, **changes):
    data = form_data(client.get(url(type(obj), "change", obj.pk)))
    response = client.post(url(type(obj), "change", obj.pk), {**data, **changes})
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    obj.refresh_from_db()
    return obj


def restore(client, obj, version):
    """Opens the old version's form (filled with its values) and saves it, as the Restore link does."""
    revision_url = url(type(obj), "revision", obj.pk, version.pk)
    page = client.get(revision_url)
    assert page.status_code == 200
    return client.post(revision_url, form_data(page))


# One translated field per model and language: every kind of content keeps every language's history.
CASES = [
    (Article, {"demo_key": "pacific-integration"}, "summary"),
    (Event, {"demo_key": "treaty-of-asuncion"}, "title"),
    (Bloc, {"slug": "mercosur"}, "name"),
    (Country, {"alpha2": "VE"}, "capital"),
    (Membership, {"country__alpha2": "VE", "bloc__slug": "mercosur"}, "note"),
]


@pytest.mark.parametrize("language", ["es", "th", "en"])
@pytest.mark.parametrize(("model", "lookup", "field"), CASES, ids=[case[0].__name__ for case in CASES])
def test_each_languages_change_is_kept_shown_and_restorable(sign_in, model, lookup, field, language):
    editor = sign_in("editora", "Editor")
    obj = model.objects.filter(**lookup).first()
    column = f"{field}_{language}"
    original = getattr(obj, column)
    edit(editor, obj, **{column: f"Texto cambiado {language} ข้อความ"})
    versions = Version.objects.get_for_object(obj)
    latest = versions.first()
    assert latest.revision.user.username == "editora"
    assert latest.field_dict[column] == f"Texto cambiado {language} ข้อความ"

    history = editor.get(url(model, "history", obj.pk)).content.decode()
    assert "editora" in history and f"[{language}]" in history

    changes = editor.get(url(model, "version_changes", obj.pk, latest.pk)).content.decode()
    assert "<ins>" in changes and "ข้อความ" in changes

    before = next(version for version in versions if version.field_dict[column] == original)
    assert restore(editor, obj, before).status_code == 302
    obj.refresh_from_db()
    assert getattr(obj, column) == original
    assert Version.objects.get_for_object(obj).first().revision.get_comment().startswith("Reverted")


def test_a_deleted_event_is_restored_with_its_languages_and_relations(sign_in):
    editor = sign_in("editora", "Editor")
    event = Event.objects.get(demo_key="treaty-of-asuncion")
    texts = {f"title_{code}": getattr(event, f"title_{code}") for code in ("es", "th", "en")}
    blocs = set(event.blocs.values_list("pk", flat=True))
    assert editor.post(url(Event, "delete", event.pk), {"post": "yes"}).status_code == 302
    assert not Event.objects.filter(pk=event.pk).exists()

    deleted = Version.objects.get_deleted(Event).get(object_id=str(event.pk))
    assert texts["title_es"] in editor.get(url(Event, "recoverlist")).content.decode()
    recover_url = url(Event, "recover", deleted.pk)
    assert editor.post(recover_url, form_data(editor.get(recover_url))).status_code == 302

    restored = Event.objects.get(pk=event.pk)
    assert {name: getattr(restored, name) for name in texts} == texts
    assert set(restored.blocs.values_list("pk", flat=True)) == blocs


def test_a_deleted_article_comes_back_with_its_footnotes(sign_in):
    editor = sign_in("editora", "Editor")
    article = Article.objects.get(demo_key="cooperacion-integracion-sur")
    notes = list(article.footnotes.values_list("number", "text_th"))
    assert notes
    editor.post(url(Article, "delete", article.pk), {"post": "yes"})
    deleted = Version.objects.get_deleted(Article).get(object_id=str(article.pk))
    recover_url = url(Article, "recover", deleted.pk)
    assert editor.post(recover_url, form_data(editor.get(recover_url))).status_code == 302
    assert list(Article.objects.get(pk=article.pk).footnotes.values_list("number", "text_th")) == notes


def test_translators_and_analysts_cannot_restore_published_content(sign_in):
    article = Article.objects.get(demo_key="pacific-integration")
    version = Version.objects.get_for_object(article).first()
    for username, role in (("traductora", "Translator"), ("analista", "Analyst")):
        client = sign_in(username, role)
        assert client.get(url(Article, "history", article.pk)).status_code == 200
        assert client.get(url(Article, "revision", article.pk, version.pk)).status_code == 403
        assert client.get(url(Article, "recoverlist")).status_code == 403
    # Analysts may restore what carries no publication state.
    bloc = Bloc.objects.get(slug="mercosur")
    bloc_version = Version.objects.get_for_object(bloc).first()
    assert sign_in("analista2", "Analyst").get(url(Bloc, "revision", bloc.pk, bloc_version.pk)).status_code == 200


def test_the_changes_view_compares_with_the_previous_version_and_the_present(sign_in):
    editor = sign_in("editora", "Editor")
    bloc = Bloc.objects.get(slug="mercosur")
    edit(editor, bloc, summary_es="Primera versión del resumen.")
    first = Version.objects.get_for_object(bloc).first()
    edit(editor, bloc, summary_es="Segunda versión del resumen.")
    page = editor.get(url(Bloc, "version_changes", bloc.pk, first.pk)).content.decode()
    assert "<del>Primera</del><ins>Segunda</ins>" in page.replace("\n", "")


def test_the_history_page_costs_the_same_after_one_edit_or_eight(sign_in):
    """Issue 13, failure 14: one query per relation per version (17 after one edit, 73 after eight)."""
    import reversion
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    editor = sign_in("ana", "Editor")
    event = Event.objects.get(demo_key="treaty-of-asuncion")
    history = url(Event, "history", event.pk)

    def edit(times: int) -> None:
        for n in range(times):
            with reversion.create_revision():
                event.summary_en = f"Summary, version {n}"
                event.save()

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert editor.get(history).status_code == 200
        return len(captured)

    edit(1)
    after_one = queries()
    edit(7)
    assert queries() == after_one
