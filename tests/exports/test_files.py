"""The files of a list: CSV, JSON and XLSX rows and headers, formula neutralising, Thai text."""

import csv
import io
import json

import pytest
from django.utils import timezone
from openpyxl import load_workbook

pytestmark = pytest.mark.urls("tests.exports.urls")

SPANISH_HEADER = ["date", "date_precision", "title_es", "countries", "members", "confirmed", "sources"]
EVERY_LANGUAGE_HEADER = [
    "date",
    "date_precision",
    "title_es",
    "title_th",
    "title_en",
    "countries",
    "members",
    "confirmed",
    "sources",
]
SOURCE_HEADER = ["key", "title", "kind", "date", "date_precision", "identifier", "url", "archive_url", "issuer"]


def read_csv(response) -> list[list[str]]:
    assert response.content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8")[1:])))


def test_csv_has_a_bom_the_header_and_exactly_the_rows(client):
    response = client.get("/timeline/mercosur/export.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="linea-de-tiempo-mercosur.csv"'
    assert read_csv(response) == [
        SPANISH_HEADER,
        ["1991-03-26", "day", "Firma del Tratado de Asunción", "Argentina; Brasil; Paraguay; Uruguay", "4", "true",
         "tratado-asuncion"],
        ["2012-07-01", "month", "'=1+1", "'-Venezuela", "-1", "false", ""],
    ]  # fmt: skip


def test_csv_in_every_language_keeps_thai_text(client):
    response = client.get("/timeline/mercosur/export.csv?languages=all")

    rows = read_csv(response)
    assert rows[0] == EVERY_LANGUAGE_HEADER
    assert rows[1][2:5] == [
        "Firma del Tratado de Asunción",
        "การลงนามสนธิสัญญาอาซุนซิออน",
        "Signing of the Treaty of Asunción",
    ]
    assert rows[2][2:5] == ["'=1+1", "", "'@SUM(A1:A2)"]


def test_languages_can_be_chosen_one_by_one(client):
    rows = read_csv(client.get("/timeline/mercosur/export.csv?languages=en,th"))

    # In the portal's order (es, th, en), whatever the order asked.
    assert rows[0][2:4] == ["title_th", "title_en"]


def test_sources_csv(client):
    response = client.get("/timeline/mercosur/export.sources.csv")

    assert response["Content-Disposition"] == 'attachment; filename="linea-de-tiempo-mercosur.sources.csv"'
    assert read_csv(response) == [
        SOURCE_HEADER,
        ["tratado-asuncion", "Tratado de Asunción", "treaty", "1991-03-26", "day", "'+595 Registro 1991",
         "https://www.mercosur.int/documento/tratado-asuncion/", "", "Mercosur"],
    ]  # fmt: skip


def test_json_keeps_lists_numbers_and_text_as_they_are(client):
    response = client.get("/timeline/mercosur/export.json?languages=all&year=1991")

    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="linea-de-tiempo-mercosur.json"'
    assert "การลงนาม".encode() in response.content  # written out, not as \u escapes
    document = json.loads(response.content)
    assert document["title"] == "Línea de tiempo: Mercosur"
    assert document["permalink"] == "http://testserver/es/timeline/mercosur/?year=1991"
    assert document["accessed"] == timezone.localdate().isoformat()
    assert set(document["citation"]) == {"apa", "chicago"}
    assert "http://testserver/es/timeline/mercosur/?year=1991" in document["citation"]["apa"]
    assert document["columns"] == EVERY_LANGUAGE_HEADER
    assert document["rows"][1] == {
        "date": "2012-07-01",
        "date_precision": "month",
        "title_es": "=1+1",  # JSON is data, not a spreadsheet: nothing to neutralise
        "title_th": "",
        "title_en": "@SUM(A1:A2)",
        "countries": ["-Venezuela"],
        "members": -1,
        "confirmed": False,
        "sources": [],
    }
    assert document["sources"] == [
        {
            "key": "tratado-asuncion",
            "title": "Tratado de Asunción",
            "kind": "treaty",
            "date": "1991-03-26",
            "date_precision": "day",
            "identifier": "+595 Registro 1991",
            "url": "https://www.mercosur.int/documento/tratado-asuncion/",
            "archive_url": None,
            "issuer": "Mercosur",
        }
    ]


def test_xlsx_sheets_hold_text_numbers_and_no_formula(client):
    response = client.get("/timeline/mercosur/export.xlsx?languages=all")

    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"] == 'attachment; filename="linea-de-tiempo-mercosur.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["data", "sources", "about"]
    data = workbook["data"]
    assert [[cell.value for cell in row] for row in data.iter_rows()] == [
        EVERY_LANGUAGE_HEADER,
        ["1991-03-26", "day", "Firma del Tratado de Asunción", "การลงนามสนธิสัญญาอาซุนซิออน",
         "Signing of the Treaty of Asunción", "Argentina; Brasil; Paraguay; Uruguay", 4, True, "tratado-asuncion"],
        ["2012-07-01", "month", "'=1+1", None, "'@SUM(A1:A2)", "'-Venezuela", -1, False, None],
    ]  # fmt: skip
    assert data["C3"].data_type == "s"
    assert data["G3"].data_type == "n"
    assert not [cell.coordinate for row in data.iter_rows() for cell in row if cell.data_type == "f"]
    assert all(cell.font.bold for cell in data[1])
    assert data.freeze_panes == "A2"

    sources = workbook["sources"]
    assert [cell.value for cell in sources[1]] == SOURCE_HEADER
    assert [cell.value for cell in sources[2]][:6] == [
        "tratado-asuncion", "Tratado de Asunción", "treaty", "1991-03-26", "day", "'+595 Registro 1991",
    ]  # fmt: skip

    about = {row[0].value: row[1].value for row in workbook["about"].iter_rows()}
    assert len(about) == 5
    assert "Línea de tiempo: Mercosur" in about.values()
    assert "http://testserver/es/timeline/mercosur/" in about.values()
    assert timezone.localdate().isoformat() in about.values()


def test_file_names_are_ascii_slugs(client):
    response = client.get("/timeline/asuncion/export.csv")

    assert response["Content-Disposition"] == 'attachment; filename="linea-de-tiempo-asuncion.csv"'


def test_a_list_of_exactly_the_limit_downloads(client):
    response = client.get("/timeline/mercosur/export.csv?copies=2500")

    assert response.status_code == 200
    assert len(read_csv(response)) == 1 + 5000
