"""Two people edit the same item: the second, stale save is refused, shows what changed, and loses nothing."""

import pytest
from reversion.models import Version

from articles.models import Article
from blocs.models import Membership
from tests.admin.helpers import form_data, url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def test_a_stale_save_is_refused_and_both_versions_are_kept(sign_in):
    ana, beto = sign_in("ana", "Editor"), sign_in("beto", "Editor")
    article = Article.objects.get(demo_key="pacific-integration")
    change = url(Article, "change", article.pk)
    ana_form, beto_form = form_data(ana.get(change)), form_data(beto.get(change))

    assert ana.post(change, {**ana_form, "title_es": "Título de Ana"}).status_code == 302
    refused = beto.post(change, {**beto_form, "summary_th": "บทสรุปของเบโต"})

    assert refused.status_code == 200
    page = refused.content.decode()
    assert "Someone else saved this item after you opened it" in page
    assert "saved by ana" in page
    # Beto's text is still in the form; the table shows Ana's title against his.
    assert "บทสรุปของเบโต" in page
    assert "Título de Ana" in page.split('class="edit-conflict"', 1)[1]
    article.refresh_from_db()
    assert article.title_es == "Título de Ana" and article.summary_th != "บทสรุปของเบโต"

    # Saving again after reading the differences is a deliberate choice, and it goes through.
    assert beto.post(change, form_data(refused)).status_code == 302
    article.refresh_from_db()
    assert article.summary_th == "บทสรุปของเบโต"
    kept = [version.field_dict for version in Version.objects.get_for_object(article)]
    assert any(fields["title_es"] == "Título de Ana" for fields in kept)
    assert any(fields["summary_th"] == "บทสรุปของเบโต" for fields in kept)


def test_a_save_outside_the_admin_also_makes_an_open_form_stale(sign_in):
    editor = sign_in("ana", "Editor")
    membership = Membership.objects.filter(country__alpha2="VE", bloc__slug="mercosur").first()
    change = url(Membership, "change", membership.pk)
    data = form_data(editor.get(change))
    Membership.objects.filter(pk=membership.pk).update(note_en="Changed by an import")
    refused = editor.post(change, {**data, "note_th": "หมายเหตุใหม่"})
    assert refused.status_code == 200 and "Changed by an import" in refused.content.decode()
    membership.refresh_from_db()
    assert membership.note_th != "หมายเหตุใหม่"


def test_a_form_saved_without_interference_goes_through(sign_in):
    editor = sign_in("ana", "Editor")
    article = Article.objects.get(demo_key="pacific-integration")
    change = url(Article, "change", article.pk)
    assert editor.post(change, {**form_data(editor.get(change)), "title_en": "A new title"}).status_code == 302


def test_a_crafted_post_without_the_version_marker_is_refused(sign_in):
    editor = sign_in("ana", "Editor")
    article = Article.objects.get(demo_key="pacific-integration")
    change = url(Article, "change", article.pk)
    data = form_data(editor.get(change))
    del data["based_on"]
    assert editor.post(change, {**data, "title_en": "Blind overwrite"}).status_code == 200
    article.refresh_from_db()
    assert article.title_en != "Blind overwrite"


def test_a_stale_inline_row_is_refused_with_the_parents_save_and_nothing_is_lost(sign_in):
    """Issue 13, failure 3: B opens a bloc; A edits one of its memberships; B saves the bloc changing only the
    seat. That save used to go through and write B's stale copy of the membership over A's edit."""
    from blocs.models import Bloc

    ana, beto = sign_in("ana", "Editor"), sign_in("beto", "Editor")
    bloc = Bloc.objects.get(slug="mercosur")
    bloc_change = url(Bloc, "change", bloc.pk)
    beto_form = form_data(beto.get(bloc_change))
    membership = bloc.memberships.filter(country__alpha2="AR").first()
    membership_change = url(Membership, "change", membership.pk)
    ana_form = form_data(ana.get(membership_change))
    assert ana.post(membership_change, {**ana_form, "note_en": "Ana's note"}).status_code == 302

    refused = beto.post(bloc_change, {**beto_form, "seat_en": "Montevideo (Beto)"})
    assert refused.status_code == 200
    page = refused.content.decode()
    assert "Someone else saved this item after you opened it" in page
    assert "Ana&#x27;s note" in page.split('class="edit-conflict"', 1)[1]  # the saved row, in the table
    assert "Montevideo (Beto)" in page  # Beto's own change is still in the form
    membership.refresh_from_db()
    bloc.refresh_from_db()
    assert membership.note_en == "Ana's note" and bloc.seat_en != "Montevideo (Beto)"

    # Saving again after reading the differences goes through; Ana's version stays in the history.
    assert beto.post(bloc_change, form_data(refused)).status_code == 302
    bloc.refresh_from_db()
    assert bloc.seat_en == "Montevideo (Beto)"
    assert any(v.field_dict["note_en"] == "Ana's note" for v in Version.objects.get_for_object(membership))
