"""Rich text is sanitised on the server on every save path, in every language, and again on the way out."""

import pytest
from django.contrib.auth.models import Group

from articles.models import Article
from blocs.models import Event
from integration_portal.core.rich_text import sanitize_html
from tests.admin.helpers import form_data, url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

HOSTILE = (
    '<p onclick="steal()">Texto <strong>firme</strong> <a href="javascript:alert(1)">uno</a> '
    '<a href="data:text/html;base64,PHNjcmlwdD4=">dos</a> <a href="https://example.org/" target="_blank">tres</a></p>'
    '<script>alert("x")</script><iframe src="https://evil.example/"></iframe>'
    '<p style="position:fixed">estilo</p><img src=x onerror="alert(2)"><svg onload="alert(3)"></svg>'
    "<h2>Sección</h2><ul><li>punto</li></ul><blockquote>cita</blockquote><sup>1</sup>"
)
FORBIDDEN = ("<script", "onclick", "onerror", "onload", "javascript:", "data:", "<iframe", "style=", "<img", "<svg")


def assert_clean(markup: str) -> None:
    lowered = markup.lower()
    for marker in FORBIDDEN:
        assert marker not in lowered, marker


def test_sanitiser_keeps_the_editors_formatting_and_drops_everything_else():
    clean = sanitize_html(HOSTILE)
    assert_clean(clean)
    for kept in (
        "<strong>firme</strong>",
        "<h2>Sección</h2>",
        "<ul><li>punto</li></ul>",
        "<blockquote>cita</blockquote>",
    ):
        assert kept in clean
    assert '<a href="https://example.org/" rel="noopener noreferrer nofollow">tres</a>' in clean
    assert "<sup>1</sup>" in clean


def test_plain_text_becomes_escaped_paragraphs():
    assert sanitize_html("Uno <b>no es etiqueta\n\nDos") == "<p>Uno &lt;b&gt;no es etiqueta</p>\n\n<p>Dos</p>"
    assert sanitize_html("  ") == "" and sanitize_html("<p></p>") == ""


@pytest.mark.parametrize("language", ["es", "th", "en"])
@pytest.mark.parametrize("model", [Article, Event], ids=lambda model: model.__name__)
def test_hostile_html_posted_to_the_admin_is_stored_clean(client, django_user_model, model, language):
    editor = django_user_model.objects.create_user("editor", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editor"))
    client.force_login(editor)
    obj = model.objects.filter(status="published").first()
    data = form_data(client.get(url(model, "change", obj.pk)))
    response = client.post(url(model, "change", obj.pk), {**data, f"body_{language}": HOSTILE})
    assert response.status_code == 302
    obj.refresh_from_db()
    stored = getattr(obj, f"body_{language}")
    assert_clean(stored)
    assert "<strong>firme</strong>" in stored


@pytest.mark.parametrize("language", ["es", "th", "en"])
def test_model_saves_outside_the_admin_are_sanitised_too(language):
    article = Article.objects.get(demo_key="pacific-integration")
    setattr(article, f"body_{language}", HOSTILE)
    article.save()
    article.refresh_from_db()
    assert_clean(getattr(article, f"body_{language}"))


def test_rows_written_around_save_are_cleaned_when_rendered(client):
    article = Article.objects.get(demo_key="pacific-integration")
    Article.objects.filter(pk=article.pk).update(body_es=HOSTILE)  # update() skips save()
    page = client.get(f"/es/articles/{article.slug_es}/").content.decode()
    body = page.split('class="prose"', 1)[1].split("</div>", 1)[0]
    assert_clean(body)
    assert "<strong>firme</strong>" in body


def test_plain_text_fields_are_escaped_on_public_pages(client):
    article = Article.objects.get(demo_key="pacific-integration")
    Article.objects.filter(pk=article.pk).update(title_es='<script>alert("t")</script>', summary_es="<b>negrita</b>")
    page = client.get(f"/es/articles/{article.slug_es}/").content.decode()
    assert '<script>alert("t")</script>' not in page and "&lt;script&gt;" in page
    assert "&lt;b&gt;negrita&lt;/b&gt;" in page


def test_event_body_is_shown_on_the_timeline_as_rich_text(client):
    event = Event.objects.get(demo_key="treaty-of-asuncion")
    event.body_es = "<p>Firmado por <strong>cuatro</strong> países.</p><script>x()</script>"
    event.save()
    page = client.get("/es/timeline/").content.decode()
    assert "Firmado por <strong>cuatro</strong> países." in page and "<script>x()" not in page
