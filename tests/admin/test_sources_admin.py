"""Sources in the admin: citations edited inline with autocomplete, kept in the history, refused to translators,
and carried by import and export as "key (pinpoint)"."""

import json

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from reversion.models import Version

from blocs.models import Bloc, Country, Membership, MembershipCitation
from integration_portal.editorial.admin.history import BASED_ON
from tests.factories import MembershipFactory, SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


@pytest.fixture
def period():
    return MembershipFactory(bloc=Bloc.objects.get(slug="mercosur"), status="observer")


@pytest.fixture
def treaty():
    return SourceFactory(slug="treaty-of-ozotepec", title_en="Treaty of Ozotepec", identifier="OZ-1")


def change_post(membership, rows):
    data = {
        "country": membership.country_id,
        "bloc": membership.bloc_id,
        "status": membership.status,
        "start": membership.start.isoformat(),
        "start_precision": membership.start_precision,
        "end": "",
        "end_precision": "day",
        "note_es": "",
        "note_th": "",
        "note_en": "",
        "citations-TOTAL_FORMS": str(len(rows)),
        "citations-INITIAL_FORMS": "0",
    }
    for number, row in enumerate(rows):
        data.update({f"citations-{number}-{name}": value for name, value in row.items()})
    return data


def change_url(membership):
    return reverse("admin:blocs_membership_change", args=[membership.pk])


def test_an_analyst_cites_a_source_in_the_memberships_form_and_the_history_keeps_it(analyst_client, period, treaty):
    opened = analyst_client.get(change_url(period))
    form = opened.content.decode()
    assert 'name="citations-__prefix__-source"' in form and "admin-autocomplete" in form
    data = change_post(period, [{"source": treaty.pk, "pinpoint": "Art. 3", "position": "0"}])
    data[BASED_ON] = opened.context["adminform"].form[BASED_ON].value()  # the version the form was opened on
    response = analyst_client.post(change_url(period), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    citation = MembershipCitation.objects.get(membership=period)
    assert (citation.source, citation.pinpoint) == (treaty, "Art. 3")
    # The citation is in the membership's latest version, so restoring that version restores its source.
    version = Version.objects.get_for_object(period).first()
    in_revision = {v.content_type.model for v in version.revision.version_set.all()}
    assert in_revision == {"membership", "membershipcitation"}


def test_the_source_field_searches_sources_by_title_or_identifier(analyst_client, treaty):
    for term in ("Ozotepec", "OZ-1"):
        response = analyst_client.get(
            reverse("admin:autocomplete"),
            {"app_label": "blocs", "model_name": "membershipcitation", "field_name": "source", "term": term},
        )
        assert response.status_code == 200
        assert [result["id"] for result in json.loads(response.content)["results"]] == [str(treaty.pk)]


def test_citing_the_same_source_twice_with_one_pinpoint_gets_a_message(analyst_client, period, treaty):
    row = {"source": treaty.pk, "pinpoint": "Art. 3", "position": "0"}
    data = change_post(period, [row, row])
    data[BASED_ON] = analyst_client.get(change_url(period)).context["adminform"].form[BASED_ON].value()
    response = analyst_client.post(change_url(period), data)
    assert response.status_code == 200
    assert "Please correct the duplicate data for source and pinpoint" in response.content.decode()
    assert not MembershipCitation.objects.filter(membership=period).exists()


def test_a_translator_sees_the_sources_but_cannot_change_them(sign_in, period, treaty):
    MembershipCitation.objects.create(membership=period, source=treaty)
    client = sign_in("tomas", "Translator")
    form = client.get(change_url(period)).content.decode()
    assert "Treaty of Ozotepec" in form
    assert 'name="citations-0-source"' not in form and 'name="citations-__prefix__-source"' not in form


def test_a_deleted_source_that_is_cited_is_refused_with_the_facts_that_cite_it(sign_in, period, treaty):
    MembershipCitation.objects.create(membership=period, source=treaty)
    client = sign_in("elena", "Editor")
    response = client.get(reverse("admin:sources_source_delete", args=[treaty.pk]))
    assert response.status_code == 200
    assert "would require deleting the following protected related objects" in response.content.decode()


def csv_upload(rows):
    headers = list(rows[0])
    data = tablib.Dataset(*[[row[key] for key in headers] for row in rows], headers=headers)
    return SimpleUploadedFile("memberships.csv", data.export("csv").encode())


def test_memberships_import_and_export_their_sources(analyst_client, treaty):
    SourceFactory(slug="decision-7-99")
    row = {
        "id": "",
        "country": "PE",
        "bloc": "caricom",
        "status": "observer",
        "start": "2001-01-01",
        "start_precision": "day",
        "sources": "treaty-of-ozotepec (Art. 3); decision-7-99",
    }
    unknown = {**row, "status": "candidate", "sources": "no-such-source"}
    url = reverse("admin:blocs_membership_import")
    preview = analyst_client.post(url, {"import_file": csv_upload([row, unknown]), "format": "0"})
    errors = {r.number: r.error_dict for r in preview.context["result"].invalid_rows}
    assert errors == {2: {"citations": ["No source has the key “no-such-source”."]}}

    preview = analyst_client.post(url, {"import_file": csv_upload([row]), "format": "0"})
    form = preview.context["confirm_form"]
    confirmed = analyst_client.post(
        reverse("admin:blocs_membership_process_import"), {name: form.initial[name] for name in form.fields}
    )
    assert confirmed.status_code == 302
    membership = Membership.objects.get(country=Country.objects.get(alpha2="PE"), bloc__slug="caricom")
    cited = [(c.source.slug, c.pinpoint) for c in membership.citations.order_by("position")]
    assert cited == [("treaty-of-ozotepec", "Art. 3"), ("decision-7-99", "")]

    export = analyst_client.post(
        reverse("admin:blocs_membership_export"),
        {"format": "0", "resource": "0", **{f"membershipresource_{name}": "on" for name in ("id", "sources")}},
    )
    text = export.content.decode("utf-8-sig")
    assert f"{membership.pk},treaty-of-ozotepec (Art. 3); decision-7-99" in text


def test_a_pinpoint_may_hold_brackets_and_semicolons():
    from integration_portal.editorial.import_export import CitationsWidget

    cell = (
        "tm80 (Preamble (date of the 1960 treaty)); sice-asuncion (signature 26 March 1991; in force 29 November 1991)"
    )
    assert CitationsWidget.parts(cell) == [
        "tm80 (Preamble (date of the 1960 treaty))",
        " sice-asuncion (signature 26 March 1991; in force 29 November 1991)",
    ]
