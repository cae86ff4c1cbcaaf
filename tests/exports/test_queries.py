"""Whatever the query string of a download or citation address, the answer is a file or a 400 in JSON."""

import json
from urllib.parse import urlencode

import pytest
from django.test import override_settings
from django.utils import translation
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from integration_portal.exports.requests import BadQuery

pytestmark = pytest.mark.urls("tests.exports.urls")


def error_of(response) -> dict:
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def test_unknown_parameters_are_named(client):
    error = error_of(client.get("/timeline/mercosur/export.csv?bloc=can&year=1991&utm_source=x"))

    assert "bloc" in error["error"] and "utm_source" in error["error"]
    assert set(error["fields"]) == {"bloc", "utm_source"}


def test_unknown_format(client):
    error = error_of(client.get("/timeline/mercosur/export.pdf"))

    assert set(error["fields"]) == {"format"}
    assert "csv" in error["error"] and "xlsx" in error["error"]


def test_citation_formats_are_not_download_formats(client):
    assert client.get("/timeline/mercosur/export.bib").status_code == 400
    assert client.get("/timeline/mercosur/cite.csv").status_code == 400


def test_unknown_language(client):
    error = error_of(client.get("/timeline/mercosur/export.json?languages=es,pt"))

    assert set(error["fields"]) == {"languages"}
    assert "pt" in error["error"]


def test_too_many_rows_asks_to_narrow_the_filter(client):
    # 2,501 copies of the two events: 5,002 rows, over the 5,000 limit.
    error = error_of(client.get("/timeline/mercosur/export.csv?copies=2501"))

    assert "5000" in error["error"]


def test_a_builder_that_does_not_bound_its_rows_is_refused_too(client):
    error_of(client.get("/big/export.json"))


def test_bad_query_from_the_builder(client):
    error = error_of(client.get("/timeline/missing/export.csv"))

    assert error == {"error": "No bloc is called “missing”.", "fields": {"slug": ["Unknown bloc."]}}


def test_validation_error_from_the_builder(client):
    error = error_of(client.get("/timeline/mercosur/export.xlsx?year=invalid"))

    assert error["fields"] == {"year": ["Enter a whole number."]}


def test_control_characters(client):
    error = error_of(client.get("/timeline/mercosur/export.csv?year=19%0091"))

    assert set(error["fields"]) == {"year"}


def test_overlong_query_string(client):
    error_of(client.get("/timeline/mercosur/export.csv?year=" + "9" * 3000))


@override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=2)
def test_too_many_fields(client):
    error_of(client.get("/timeline/mercosur/export.csv?year=1&year=2&year=3"))


def test_only_get_and_head(client):
    assert client.post("/timeline/mercosur/export.csv").status_code == 405


def test_a_citation_does_not_need_the_rows(client):
    response = client.get("/timeline/mercosur/cite.ris?copies=100000")

    assert response.status_code == 200


query_text = st.text(st.characters(codec="utf-8"), max_size=12)


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    fmt=st.sampled_from(["export.csv", "export.json", "export.xlsx", "export.sources.csv", "cite.bib", "cite.ris",
                         "cite.csl.json", "export.xls"]),
    params=st.lists(
        st.tuples(st.one_of(st.sampled_from(["year", "copies", "page", "languages"]), query_text), query_text),
        max_size=4,
    ),
)  # fmt: skip
def test_no_query_string_gives_a_server_error(client, fmt, params):
    response = client.get(f"/timeline/mercosur/{fmt}?{urlencode(params)}")

    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert "error" in json.loads(response.content)


def test_bad_query_from_a_filter_form():
    from django import forms

    class YearForm(forms.Form):
        year = forms.IntegerField(min_value=1800)

    with translation.override("en"):
        form = YearForm({"year": "1700"})
        form.is_valid()
        error = BadQuery.from_form(form)

    assert error.fields == {"year": ["Ensure this value is greater than or equal to 1800."]}
