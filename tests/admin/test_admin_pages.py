"""Every admin page an analyst uses renders, in each language, and bad input gets a message on its field."""

import pytest
from django.contrib import admin
from django.urls import reverse

from articles.models import Article
from blocs.models import Bloc, Country, Membership

pytestmark = pytest.mark.django_db

CONTENT_APPS = {"blocs", "articles", "sources"}
CONTENT_MODELS = [model for model in admin.site._registry if model._meta.app_label in CONTENT_APPS]


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_every_content_model_is_in_the_admin():
    names = {model.__name__ for model in CONTENT_MODELS}
    assert names == {"Bloc", "Country", "Membership", "Event", "Era", "Article", "Topic", "Author", "Source"}


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda model: model.__name__)
@pytest.mark.parametrize("language", ["es", "th", "en"])
def test_changelist_add_and_change_render_for_an_analyst(analyst_client, model, language):
    analyst_client.cookies["django_language"] = language
    changelist = analyst_client.get(admin_url(model, "changelist"))
    assert changelist.status_code == 200
    assert changelist.headers["Content-Language"] == language
    assert analyst_client.get(admin_url(model, "add")).status_code == 200
    obj = model.objects.first() or model.objects.create(name="Equipo editorial", slug="equipo")
    change = analyst_client.get(admin_url(model, "change", obj.pk))
    assert change.status_code == 200


def test_change_form_has_a_tab_per_language(analyst_client):
    bloc = Bloc.objects.get(slug="mercosur")
    html = analyst_client.get(admin_url(Bloc, "change", bloc.pk)).content.decode()
    for code in ("es", "th", "en"):
        assert f'name="name_{code}"' in html
    assert "ตลาดร่วมอเมริกาใต้ตอนล่าง" in html
    assert "tabbed_translation_fields.js" in html
    assert "vendor/jquery-ui/jquery-ui.min.js" in html


def test_changelist_shows_which_languages_are_complete(analyst_client, english):
    Bloc.objects.filter(slug="prosur").update(summary_th="")
    html = analyst_client.get(admin_url(Bloc, "changelist")).content.decode()
    assert html.count("translation-missing") == 1
    assert '<span class="translation-badge translation-missing" title="missing">TH</span>' in html


def test_changelist_shows_dates_only_as_precisely_as_known(analyst_client, english):
    html = analyst_client.get(
        admin_url(Membership, "changelist"), {"bloc__id__exact": Bloc.objects.get(slug="ftaa").pk}
    )
    assert "December 1994" in html.content.decode() and "1 December 1994" not in html.content.decode()


def test_missing_translation_filter(analyst_client):
    Bloc.objects.filter(slug="prosur").update(summary_th="")
    response = analyst_client.get(admin_url(Bloc, "changelist"), {"translation": "missing-th"})
    assert [bloc.slug for bloc in response.context["cl"].result_list] == ["prosur"]


def test_admin_search_finds_thai_names(analyst_client):
    response = analyst_client.get(admin_url(Country, "changelist"), {"q": "เปรู"})
    assert [country.alpha2 for country in response.context["cl"].result_list] == ["PE"]


def test_autocomplete_serves_countries_to_the_membership_form(analyst_client):
    response = analyst_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "blocs", "model_name": "membership", "field_name": "country", "term": "Peru"},
    )
    assert response.status_code == 200
    assert [item["text"] for item in response.json()["results"]] == ["Perú"]


def test_bloc_page_has_its_sources_and_memberships_inline(analyst_client):
    from blocs.models import BlocCitation
    from tests.factories import BlocFactory, MembershipFactory, SourceFactory

    bloc = BlocFactory()
    for _ in range(3):
        MembershipFactory(bloc=bloc)
    BlocCitation.objects.create(bloc=bloc, source=SourceFactory())
    response = analyst_client.get(admin_url(Bloc, "change", bloc.pk))
    counts = {
        inline.formset.model.__name__: inline.formset.queryset.count()
        for inline in response.context["inline_admin_formsets"]
    }
    assert counts == {"BlocCitation": 1, "Membership": 3}


def membership_post(country, bloc, **overrides):
    data = {
        "country": country.pk,
        "bloc": bloc.pk,
        "status": "member",
        "start": "2000-01-01",
        "start_precision": "day",
        "end": "",
        "end_precision": "day",
        "note_es": "",
        "note_th": "",
        "note_en": "",
        # The membership's sources (an inline): none in these posts.
        "citations-TOTAL_FORMS": "0",
        "citations-INITIAL_FORMS": "0",
    }
    return {**data, **overrides}


def test_overlapping_membership_gets_a_message_on_start_and_is_not_saved(analyst_client, english):
    argentina, mercosur = Country.objects.get(alpha2="AR"), Bloc.objects.get(slug="mercosur")
    before = Membership.objects.count()
    response = analyst_client.post(admin_url(Membership, "add"), membership_post(argentina, mercosur))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "overlaps" in errors["start"][0]
    assert list(errors) == ["start"]  # one message, on the field: not the database constraint's as well
    assert Membership.objects.count() == before


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"start": "2023-02-30"}, "start", "Enter a valid date."),
        ({"end": "1999-01-01"}, "end", "The end cannot be before the start."),
        ({"start": "2000-01-15", "start_precision": "month"}, "start", "first day of that month"),
    ],
)
def test_invalid_membership_dates_get_messages_on_their_fields(analyst_client, english, overrides, field, message):
    peru, caricom = Country.objects.get(alpha2="PE"), Bloc.objects.get(slug="caricom")
    response = analyst_client.post(admin_url(Membership, "add"), membership_post(peru, caricom, **overrides))
    assert response.status_code == 200
    assert message in response.context["adminform"].form.errors[field][0]


def test_duplicate_country_code_gets_a_message(analyst_client, english):
    response = analyst_client.post(
        admin_url(Country, "add"),
        {
            "name_es": "Otro Perú",
            "name_th": "",
            "name_en": "",
            "capital_es": "",
            "capital_th": "",
            "capital_en": "",
            "slug": "otro-peru",
            "alpha2": "pe",
            "alpha3": "XPE",
            "subregion": "south_america",
            "in_latin_america": "on",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "already exists" in response.context["adminform"].form.errors["alpha2"][0]


def test_analyst_cannot_delete_a_bloc_but_an_editor_can(analyst_client, client, django_user_model):
    bloc = Bloc.objects.get(slug="prosur")
    assert analyst_client.get(admin_url(Bloc, "delete", bloc.pk)).status_code == 403
    editor = django_user_model.objects.create_user("ed", password="editor-password-1", is_staff=True)
    editor.groups.add(*__import__("django.contrib.auth.models", fromlist=["Group"]).Group.objects.filter(name="Editor"))
    client.force_login(editor)
    assert client.get(admin_url(Bloc, "delete", bloc.pk)).status_code == 200


def test_article_change_page_shows_footnotes_inline(analyst_client):
    article = Article.objects.get(demo_key="pacific-integration")
    html = analyst_client.get(admin_url(Article, "change", article.pk)).content.decode()
    assert 'name="footnotes-0-text_th"' in html
    assert 'name="footnotes-3-text_en"' in html


def test_thai_admin_has_no_spanish_fallback_from_djangos_incomplete_thai(analyst_client):
    analyst_client.cookies["django_language"] = "th"
    html = analyst_client.get(admin_url(Bloc, "changelist")).content.decode()
    assert "เริ่มพิมพ์เพื่อกรอง" in html  # "Start typing to filter…", missing from Django's Thai catalogue
    assert "Empiece a escribir" not in html and "Mostrar recuentos" not in html
