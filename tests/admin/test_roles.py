"""Editorial roles, enforced on the server: a matrix of role × admin URL × method, and crafted POSTs."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from articles.models import Article, ArticleStatus
from blocs.models import Bloc, Event
from integration_portal.editorial.roles import can_restore, is_translator
from tests.admin.helpers import form_data, url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


ALLOWED = {"anonymous": set(), "analyst": {"view", "add", "change"}, "editor": {"view", "add", "change", "delete"}}
ALLOWED["translator"] = {"view", "change"}
# Analysts also delete the rows they add by the dozen (events, memberships, footnotes); whole blocs and articles not.
ANALYST_DELETES = {Event}


@pytest.mark.parametrize("role", ["anonymous", "analyst", "editor", "translator"])
@pytest.mark.parametrize(
    ("view", "needs"), [("changelist", "view"), ("add", "add"), ("change", "view"), ("delete", "delete")]
)
@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("model", [Article, Event, Bloc], ids=lambda model: model.__name__)
def test_role_matrix(as_role, role, view, needs, method, model, draft):
    obj = draft if model is Article else model.objects.order_by("pk").first()
    args = () if view in {"changelist", "add"} else (obj.pk,)
    client = as_role(role)
    # An empty add or change POST is an invalid form (200 with messages); a delete POST confirms the deletion.
    response = getattr(client, method)(url(model, view, *args), {"post": "yes"} if view == "delete" else {})
    allowed = needs in ALLOWED[role] or (role == "analyst" and needs == "delete" and model in ANALYST_DELETES)
    if role == "anonymous":
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    elif allowed:
        assert response.status_code in {200, 302}
    else:
        assert response.status_code == 403
    deleted = allowed and method == "post" and view == "delete"
    assert model.objects.filter(pk=obj.pk).exists() is not deleted


def test_analyst_submits_for_review_but_cannot_publish(as_role, draft):
    client = as_role("analyst")
    page = client.get(url(Article, "change", draft.pk))
    assert [value for value, _label in page.context["adminform"].form.fields["status"].choices] == [
        "draft",
        "in_review",
    ]
    data = form_data(page)
    crafted = {**data, "status": "published", "published_at_0": "2020-01-01", "published_at_1": "10:00:00"}
    refused = client.post(url(Article, "change", draft.pk), crafted)
    assert refused.status_code == 200
    assert "status" in refused.context["adminform"].form.errors
    draft.refresh_from_db()
    assert draft.status == ArticleStatus.DRAFT and draft.published_at is None
    submitted = client.post(url(Article, "change", draft.pk), {**data, "status": "in_review"})
    assert submitted.status_code == 302
    draft.refresh_from_db()
    assert draft.status == ArticleStatus.IN_REVIEW and draft.published_at is None


def test_analyst_cannot_unpublish(as_role):
    article = Article.objects.get(demo_key="pacific-integration")
    client = as_role("analyst")
    page = client.get(url(Article, "change", article.pk))
    response = client.post(url(Article, "change", article.pk), {**form_data(page), "status": "draft"})
    assert response.status_code == 302  # status is read-only: the posted value is ignored
    article.refresh_from_db()
    assert article.status == ArticleStatus.PUBLISHED


def test_editor_publishes_schedules_and_unpublishes(as_role, client, draft):
    editor = as_role("editor")
    data = form_data(editor.get(url(Article, "change", draft.pk)))
    moment = timezone.now() + datetime.timedelta(days=1)
    scheduled = {
        **data,
        "status": "published",
        "published_at_0": moment.date().isoformat(),
        "published_at_1": "09:00:00",
    }
    assert editor.post(url(Article, "change", draft.pk), scheduled).status_code == 302
    draft.refresh_from_db()
    assert draft.status == ArticleStatus.PUBLISHED and draft.published_at > timezone.now()
    assert draft not in Article.objects.published()  # scheduled: not public yet
    Article.objects.filter(pk=draft.pk).update(published_at=timezone.now() - datetime.timedelta(seconds=1))
    assert Article.objects.published().filter(pk=draft.pk).exists()
    data = form_data(editor.get(url(Article, "change", draft.pk)))
    assert editor.post(url(Article, "change", draft.pk), {**data, "status": "draft"}).status_code == 302
    draft.refresh_from_db()
    assert draft.status == ArticleStatus.DRAFT


def test_translator_changes_text_only(as_role, draft):
    client = as_role("translator")
    page = client.get(url(Article, "change", draft.pk))
    form = page.context["adminform"].form
    assert "title_th" in form.fields and "body_th" in form.fields
    assert not {"status", "published_at", "blocs", "topics", "original_language"} & set(form.fields)
    blocs_before = set(draft.blocs.values_list("pk", flat=True))
    other_bloc = Bloc.objects.exclude(pk__in=blocs_before).first()
    crafted = {
        **form_data(page),
        "title_th": "ชื่อเรื่องที่แปลใหม่",
        "status": "published",
        "published_at_0": "2020-01-01",
        "published_at_1": "10:00:00",
        "blocs": [str(other_bloc.pk)],
        "original_language": "th",
    }
    assert client.post(url(Article, "change", draft.pk), crafted).status_code == 302
    draft.refresh_from_db()
    assert draft.title_th == "ชื่อเรื่องที่แปลใหม่"
    assert draft.status == ArticleStatus.DRAFT and draft.published_at is None and draft.original_language == "es"
    assert set(draft.blocs.values_list("pk", flat=True)) == blocs_before


def test_translator_cannot_change_an_events_date(as_role):
    event = Event.objects.get(demo_key="treaty-of-asuncion")
    client = as_role("translator")
    page = client.get(url(Event, "change", event.pk))
    assert "date" not in page.context["adminform"].form.fields
    crafted = {**form_data(page), "title_th": "สนธิสัญญาอาซุนซิออน (แก้ไข)", "date": "1999-01-01", "kind": "other"}
    assert client.post(url(Event, "change", event.pk), crafted).status_code == 302
    event.refresh_from_db()
    assert event.title_th == "สนธิสัญญาอาซุนซิออน (แก้ไข)"
    assert event.date == datetime.date(1991, 3, 26) and event.kind == "founding"


@pytest.fixture
def draft_event():
    event = Event.objects.get(demo_key="treaty-of-asuncion")
    Event.objects.filter(pk=event.pk).update(status=ArticleStatus.DRAFT, published_at=None)
    event.refresh_from_db()
    return event


def test_events_follow_the_same_publishing_rules(as_role, draft_event):
    analyst = as_role("analyst")
    page = analyst.get(url(Event, "change", draft_event.pk))
    assert [value for value, _label in page.context["adminform"].form.fields["status"].choices] == [
        "draft",
        "in_review",
    ]
    crafted = {**form_data(page), "status": "published", "published_at_0": "2020-01-01", "published_at_1": "10:00"}
    assert "status" in analyst.post(url(Event, "change", draft_event.pk), crafted).context["adminform"].form.errors
    draft_event.refresh_from_db()
    assert draft_event.status == "draft"

    editor = as_role("editor")
    data = form_data(editor.get(url(Event, "change", draft_event.pk)))
    later = timezone.localtime() + datetime.timedelta(days=1)
    scheduled = {
        **data,
        "status": "published",
        "published_at_0": later.date().isoformat(),
        "published_at_1": "09:00:00",
    }
    assert editor.post(url(Event, "change", draft_event.pk), scheduled).status_code == 302
    draft_event.refresh_from_db()
    assert draft_event.status == "published" and not draft_event.is_public


@pytest.mark.parametrize("role", ["analyst", "translator"])
def test_only_editors_get_the_publish_actions(as_role, role):
    response = as_role(role).get(url(Event, "changelist"))
    form = response.context["action_form"]
    actions = {value for value, _label in form.fields["action"].choices} if form else set()
    assert not actions & {"publish_now", "unpublish"}
    # Translators change no status: no actions at all.
    assert ("submit_for_review" in actions) == (role == "analyst")


def test_editor_publishes_several_events_at_once_each_with_its_own_version(as_role, draft_event):
    from reversion.models import Version

    other = Event.objects.exclude(pk=draft_event.pk).first()
    Event.objects.filter(pk=other.pk).update(status=ArticleStatus.IN_REVIEW, published_at=None)
    editor = as_role("editor")
    response = editor.post(
        url(Event, "changelist"), {"action": "publish_now", "_selected_action": [draft_event.pk, other.pk]}
    )
    assert response.status_code == 302
    for event in (draft_event, other):
        event.refresh_from_db()
        assert event.is_public
        revision = Version.objects.get_for_object(event).first().revision
        # One revision per event: the event and its own citations, nothing of the other event.
        models = {version.content_type.model for version in revision.version_set.all()}
        assert revision.user.username == "editor" and models <= {"event", "eventcitation"}
        assert revision.version_set.filter(content_type__model="event").count() == 1


def test_translator_cannot_change_an_articles_address(as_role, client):
    """Slugs are read-only for translators (docs/editing.md, the roles): a changed slug would break every link."""
    article = Article.objects.get(demo_key="pacific-integration")
    before = {code: getattr(article, f"slug_{code}") for code in ("es", "th", "en")}
    translator = as_role("translator")
    page = translator.get(url(Article, "change", article.pk))
    assert not {"slug_es", "slug_th", "slug_en"} & set(page.context["adminform"].form.fields)
    crafted = {**form_data(page), "title_en": "A retranslated title", "slug_es": "otra-direccion", "slug_en": "moved"}
    assert translator.post(url(Article, "change", article.pk), crafted).status_code == 302
    article.refresh_from_db()
    assert article.title_en == "A retranslated title"
    assert {code: getattr(article, f"slug_{code}") for code in ("es", "th", "en")} == before
    assert client.get(f"/en/articles/{before['en']}/").status_code == 200


@pytest.mark.parametrize(("role", "may_restore"), [("Translator", False), ("Analyst", True), ("Editor", True)])
def test_who_may_restore_an_old_version_of_a_bloc(django_user_model, role, may_restore):
    """A bloc is not published or unpublished: whoever may change it may restore it, but a translator, who may
    change only its text, may not rewrite every field at once."""
    user = django_user_model.objects.create_user(f"restorer-{role.lower()}", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    assert user.has_perm("blocs.change_bloc")
    assert can_restore(user, Bloc) is may_restore


@pytest.mark.parametrize(
    ("roles", "only_translates"),
    [(["Translator"], True), (["Translator", "Analyst"], False), (["Translator", "Editor"], False), ([], False)],
)
def test_only_someone_whose_sole_role_is_translating_is_limited_to_text(django_user_model, roles, only_translates):
    """An analyst or editor who also translates keeps their role's rights; someone with no role is no translator."""
    user = django_user_model.objects.create_user("roles-" + "-".join(roles).lower(), is_staff=True)
    user.groups.add(*Group.objects.filter(name__in=roles))
    assert is_translator(user) is only_translates
