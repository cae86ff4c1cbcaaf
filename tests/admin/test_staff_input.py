"""Staff input that used to give a server error gets a clear answer (issue 13, failure 13)."""

import re

import pytest

from blocs.models import Bloc, Event
from tests.admin.helpers import form_data, url

pytestmark = pytest.mark.django_db


def test_the_history_of_an_object_without_versions_opens(as_role):
    bloc = Bloc.objects.create(slug="sin-historia", name_es="Sin historia", name_en="No history")
    response = as_role("editor").get(url(Bloc, "history", bloc.pk))
    assert response.status_code == 200


@pytest.mark.parametrize("object_id", ["²", "٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣", "99999999999999999999999"])
def test_a_preview_of_an_id_that_is_not_a_plain_number_is_not_found(as_role, object_id):
    response = as_role("editor").get(f"/admin/blocs/event/{object_id}/preview/es/")
    assert response.status_code == 404


@pytest.mark.parametrize(
    "posted",
    [
        {"import_file_name": "no-such-upload", "original_file_name": "events.csv", "format": "0"},
        {"import_file_name": "../../etc/passwd", "original_file_name": "events.csv", "format": "0"},
        {"import_file_name": "x", "original_file_name": "events.csv", "format": "99"},
        {"import_file_name": "x", "original_file_name": "events.csv", "format": "csv"},
    ],
)
def test_confirming_an_import_whose_file_is_gone_or_unknown_says_so(as_role, posted):
    editor = as_role("editor")
    editor.cookies["django_language"] = "en"  # the message is checked in English
    response = editor.post(url(Event, "process_import"), {**posted, "resource": "0"})
    assert response.status_code in (200, 302)
    page = editor.get(url(Event, "import")) if response.status_code == 302 else response
    assert "Upload the file again" in page.content.decode()


def test_the_language_links_of_a_not_found_page_stay_on_the_site(client):
    # As a browser sends it: the path itself starts with two slashes.
    response = client.get("/", PATH_INFO="//evil.com/es/")
    assert response.status_code == 404
    links = re.findall(r'href="([^"]*)"', response.content.decode())
    assert links
    off_site = [link for link in links if link.startswith("//") or (":" in link and "//testserver/" not in link)]
    assert off_site == []


def test_a_huge_description_gets_a_message_not_a_false_outage(as_role):
    bloc = Bloc.objects.get(slug="mercosur")
    editor = as_role("editor")
    change = url(Bloc, "change", bloc.pk)
    # About 1.5 MB of distinct words, as a paste gone wrong: more than PostgreSQL's text search can index (a
    # tsvector holds 1 MB), and under Django's 2.5 MB limit on a request body.
    huge = "<p>" + " ".join(f"palabra{n}" for n in range(130_000)) + "</p>"
    response = editor.post(change, {**form_data(editor.get(change)), "description_es": huge})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["description_es"]
    assert "description_es" in response.content.decode()  # the text is still in the form, not lost


def test_a_statement_the_database_refuses_is_no_outage():
    """Only a lost or refused connection answers 503; "string is too long for tsvector" is a bug to see."""
    import psycopg
    from django.db import OperationalError

    from integration_portal.web.middleware import is_outage

    def wrapped(cause):
        error = OperationalError(str(cause))
        error.__cause__ = cause
        return error

    assert not is_outage(wrapped(psycopg.errors.ProgramLimitExceeded("string is too long for tsvector")))
    assert is_outage(wrapped(psycopg.OperationalError("connection refused")))
    assert is_outage(wrapped(psycopg.errors.AdminShutdown("terminating connection")))
