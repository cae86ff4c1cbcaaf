"""Citations of a page: APA and Chicago texts in each language, BibTeX, RIS and CSL-JSON that parse."""

import datetime
import json

import bibtexparser
import pytest
import rispy
from django.utils import timezone

from integration_portal.exports.citing import PageReference, apa, bibtex, chicago, csl_json, ris

ACCESSED = datetime.date(2026, 12, 1)


def reference(language: str, title: str) -> PageReference:
    return PageReference(title, f"https://portal.example/{language}/timeline/?bloc=mercosur", ACCESSED, language)


def test_apa_and_chicago_in_english():
    ref = reference("en", "Timeline: Mercosur")

    assert apa(ref) == (
        "Integration Portal. (n.d.). Timeline: Mercosur. Retrieved December 1, 2026, "
        "from https://portal.example/en/timeline/?bloc=mercosur"
    )
    assert chicago(ref) == (
        "Integration Portal. “Timeline: Mercosur.” Accessed December 1, 2026. "
        "https://portal.example/en/timeline/?bloc=mercosur."
    )


def test_apa_and_chicago_in_spanish():
    ref = reference("es", "Línea de tiempo: Mercosur")

    assert apa(ref) == (
        "Portal de Integración. (s. f.). Línea de tiempo: Mercosur. Recuperado el 1 de diciembre de 2026 "
        "de https://portal.example/es/timeline/?bloc=mercosur"
    )
    assert chicago(ref) == (
        "Portal de Integración. «Línea de tiempo: Mercosur». Consultado el 1 de diciembre de 2026. "
        "https://portal.example/es/timeline/?bloc=mercosur."
    )


def test_apa_and_chicago_in_thai_count_years_in_the_buddhist_era():
    ref = reference("th", "เส้นเวลา: เมร์โกซูร์")

    # 2026 CE is 2569 BE.
    assert apa(ref) == (
        "พอร์ทัลบูรณาการละตินอเมริกา. (ม.ป.ป.). เส้นเวลา: เมร์โกซูร์. สืบค้นเมื่อ 1 ธันวาคม 2569 "
        "จาก https://portal.example/th/timeline/?bloc=mercosur"
    )
    assert chicago(ref) == (
        "พอร์ทัลบูรณาการละตินอเมริกา. “เส้นเวลา: เมร์โกซูร์.” เข้าถึงเมื่อ 1 ธันวาคม 2569. "
        "https://portal.example/th/timeline/?bloc=mercosur."
    )


def test_a_site_name_of_the_callers_own_is_kept():
    ref = PageReference("Mapa", "https://portal.example/es/mapa/", ACCESSED, "en", site_name="Observatorio")

    assert apa(ref).startswith("Observatorio. (n.d.). Mapa.")


def test_bibtex_parses_and_escapes_specials():
    ref = PageReference(
        "Costs & 100% of #1_{x}\\ ~$^", "https://portal.example/en/timeline/?q=a%20b&bloc=can#top", ACCESSED, "en"
    )

    library = bibtexparser.parse_string(bibtex(ref, key="timeline-can"))

    assert library.failed_blocks == []
    (entry,) = library.entries
    fields = {field.key: field.value for field in entry.fields}
    assert entry.entry_type == "misc"
    assert entry.key == "timeline-can-2026-12-01"
    assert fields["title"] == (r"Costs \& 100\% of \#1\_\{x\}\textbackslash{} \textasciitilde{}\$\textasciicircum{}")
    assert fields["author"] == "{Integration Portal}"
    assert fields["url"] == "https://portal.example/en/timeline/?q=a%20b&bloc=can#top"
    assert fields["howpublished"] == r"\url{https://portal.example/en/timeline/?q=a\%20b&bloc=can\#top}"
    assert fields["urldate"] == "2026-12-01"
    assert fields["year"] == "2026"
    assert fields["note"] == "Accessed December 1, 2026"


def test_ris_parses_with_crlf_line_ends():
    text = ris(reference("en", "Timeline:\nMercosur"))

    assert text.endswith("ER  - \r\n")
    assert "\n" not in text.replace("\r\n", "")
    (record,) = rispy.loads(text)
    assert record["type_of_reference"] == "ELEC"
    assert record["title"] == "Timeline: Mercosur"
    assert record["urls"] == ["https://portal.example/en/timeline/?bloc=mercosur"]
    assert record["access_date"] == "2026/12/01"
    assert record["authors"] == ["Integration Portal"]
    assert record["language"] == "en"


def test_csl_json_item():
    item = csl_json(reference("en", "Timeline: Mercosur"), key="timeline")

    assert item == {
        "id": "timeline-2026-12-01",
        "type": "webpage",
        "title": "Timeline: Mercosur",
        "author": [{"literal": "Integration Portal"}],
        "container-title": "Integration Portal",
        "URL": "https://portal.example/en/timeline/?bloc=mercosur",
        "accessed": {"date-parts": [[2026, 12, 1]]},
        "language": "en",
    }


@pytest.mark.urls("tests.exports.urls")
def test_citation_files_of_a_page(client):
    today = timezone.localdate()
    permalink = "http://testserver/es/timeline/mercosur/?year=1991"

    bib = client.get("/timeline/mercosur/cite.bib?year=1991&languages=all")
    assert bib["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert bib["Content-Disposition"] == 'attachment; filename="linea-de-tiempo-mercosur.bib"'
    (entry,) = bibtexparser.parse_string(bib.content.decode()).entries
    fields = {field.key: field.value for field in entry.fields}
    assert (fields["title"], fields["url"], fields["urldate"]) == (
        "Línea de tiempo: Mercosur",
        permalink,
        today.isoformat(),
    )

    ris_file = client.get("/timeline/mercosur/cite.ris?year=1991")
    assert ris_file["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    (record,) = rispy.loads(ris_file.content.decode())
    assert (record["type_of_reference"], record["title"], record["urls"], record["access_date"]) == (
        "ELEC",
        "Línea de tiempo: Mercosur",
        [permalink],
        today.strftime("%Y/%m/%d"),
    )

    csl = client.get("/timeline/mercosur/cite.csl.json?year=1991")
    assert csl["Content-Type"] == "application/vnd.citationstyles.csl+json; charset=utf-8"
    assert csl["Content-Disposition"] == 'attachment; filename="linea-de-tiempo-mercosur.csl.json"'
    (item,) = json.loads(csl.content)
    assert (item["type"], item["URL"], item["accessed"]) == (
        "webpage",
        permalink,
        {"date-parts": [[today.year, today.month, today.day]]},
    )


@pytest.mark.parametrize(
    "language, expected_apa, expected_chicago",
    [
        (
            "en",
            "Ana Pérez and Luis Soto. (2024, March 5). La integración andina. Integration Portal. https://portal.example/a/",
            "Ana Pérez and Luis Soto. “La integración andina.” Integration Portal, March 5, 2024. "
            "Accessed December 1, 2026. https://portal.example/a/.",
        ),
        (
            "th",
            "Ana Pérez และ Luis Soto. (2567, 5 มีนาคม). La integración andina. พอร์ทัลบูรณาการละตินอเมริกา. "
            "https://portal.example/a/",
            "Ana Pérez และ Luis Soto. “La integración andina.” พอร์ทัลบูรณาการละตินอเมริกา, 5 มีนาคม 2567. "
            "เข้าถึงเมื่อ 1 ธันวาคม 2569. https://portal.example/a/.",
        ),
    ],
)
def test_an_analysis_is_cited_by_its_authors_and_day(language, expected_apa, expected_chicago):
    ref = PageReference(
        "La integración andina",
        "https://portal.example/a/",
        ACCESSED,
        language,
        authors=("Ana Pérez", "Luis Soto"),
        issued=datetime.date(2024, 3, 5),
    )
    assert apa(ref) == expected_apa
    assert chicago(ref) == expected_chicago
