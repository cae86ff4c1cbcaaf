"""Translation status per language: missing, complete, or outdated once the original's text changes."""

import pytest

from articles.models import Article
from blocs.models import Bloc, Event
from integration_portal.core.translation import TranslationState, translation_state_q
from tests.admin.helpers import form_data, url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def states(obj) -> dict[str, str]:
    return {code: obj.translation_state(code) for code in ("es", "th", "en")}


def listed(model, language, state) -> set[int]:
    return set(model.objects.filter(translation_state_q(model, language, state)).values_list("pk", flat=True))


def test_editing_the_original_makes_the_translations_outdated_until_they_are_saved(sign_in):
    editor = sign_in("ana", "Editor")
    article = Article.objects.get(demo_key="cooperacion-integracion-sur")  # written in Spanish
    assert states(article) == {"es": "complete", "th": "complete", "en": "complete"}
    change = url(Article, "change", article.pk)

    editor.post(change, {**form_data(editor.get(change)), "summary_es": "Un resumen nuevo."})
    article.refresh_from_db()
    assert states(article) == {"es": "complete", "th": "outdated", "en": "outdated"}
    assert article.pk in listed(Article, "th", TranslationState.OUTDATED)
    assert article.pk not in listed(Article, "th", TranslationState.COMPLETE)

    translator = sign_in("tomas", "Translator")
    translator.post(change, {**form_data(translator.get(change)), "summary_th": "บทสรุปใหม่"})
    article.refresh_from_db()
    assert states(article) == {"es": "complete", "th": "complete", "en": "outdated"}
    assert article.pk in listed(Article, "th", TranslationState.COMPLETE)
    assert article.pk in listed(Article, "en", TranslationState.OUTDATED)


def test_editing_a_translation_leaves_the_original_and_other_translations_alone():
    article = Article.objects.get(demo_key="pacific-integration")  # written in Thai
    article.title_en = "A retouched English title"
    article.save()
    assert states(article) == {"es": "complete", "th": "complete", "en": "complete"}
    article.body_th = "<p>เนื้อหาใหม่</p>"
    article.save()
    assert states(article) == {"es": "outdated", "th": "complete", "en": "outdated"}


def test_an_empty_required_field_is_missing_not_outdated():
    event = Event.objects.get(demo_key="treaty-of-asuncion")
    event.summary_es = "Resumen reescrito."
    event.summary_en = ""
    event.save()
    assert states(event) == {"es": "complete", "th": "outdated", "en": "missing"}
    assert event.pk in listed(Event, "en", TranslationState.MISSING)
    assert event.pk not in listed(Event, "en", TranslationState.OUTDATED)


def test_models_without_an_original_language_field_use_spanish_as_the_original():
    bloc = Bloc.objects.get(slug="mercosur")
    bloc.name_th = "ชื่อใหม่"
    bloc.save()
    assert states(bloc)["th"] == "complete"
    bloc.summary_es = "Nuevo resumen."
    bloc.save()
    assert states(bloc) == {"es": "complete", "th": "outdated", "en": "outdated"}
    assert bloc.pk in listed(Bloc, "en", TranslationState.OUTDATED)


def test_list_filter_and_column_show_outdated_translations(sign_in):
    editor = sign_in("ana", "Editor")
    article = Article.objects.get(demo_key="cooperacion-integracion-sur")
    article.summary_es = "Otro resumen."
    article.save()
    response = editor.get(url(Article, "changelist"), {"translation": "outdated-en"})
    assert [obj.pk for obj in response.context["cl"].result_list] == [article.pk]
    page = response.content.decode()
    assert 'class="translation-badge translation-outdated"' in page
    assert "outdated · English" in page


def test_marking_a_translation_up_to_date(sign_in):
    editor = sign_in("ana", "Editor")
    article = Article.objects.get(demo_key="cooperacion-integracion-sur")
    article.summary_es = "Otro resumen más."
    article.save()
    response = editor.post(
        url(Article, "changelist"), {"action": "mark_current_th", "_selected_action": [article.pk]}, follow=True
    )
    assert response.status_code == 200
    article.refresh_from_db()
    assert states(article) == {"es": "complete", "th": "complete", "en": "outdated"}


def test_status_page_counts_every_kind_of_content_per_language(sign_in, django_assert_max_num_queries):
    editor = sign_in("ana", "Editor")
    Bloc.objects.filter(slug="prosur").update(summary_th="")
    article = Article.objects.get(demo_key="cooperacion-integracion-sur")
    article.summary_es = "Cambiado."
    article.save()
    with django_assert_max_num_queries(12):
        response = editor.get("/admin/translations/")
    rows = {str(row["name"]): row for row in response.context["rows"]}
    assert {"articles", "events", "blocs", "countries", "topics", "authors", "images"} <= set(rows)
    cells = {(cell["code"], cell["state"]): cell for cell in rows["blocs"]["cells"]}
    assert cells[("th", "missing")]["count"] == 1
    assert cells[("th", "missing")]["url"] == "/admin/blocs/bloc/?translation=missing-th"
    article_cells = {(cell["code"], cell["state"]): cell["count"] for cell in rows["articles"]["cells"]}
    assert article_cells[("th", "outdated")] == 1 and article_cells[("en", "outdated")] == 1
    for row in rows.values():
        for code in ("es", "th", "en"):
            assert sum(cell["count"] for cell in row["cells"] if cell["code"] == code) == row["total"]


def test_status_page_needs_staff(client):
    response = client.get("/admin/translations/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
