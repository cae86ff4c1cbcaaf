"""Each page's downloads hold exactly the rows the page shows, with its filter, and no more than is public."""

import csv
import datetime
import io
import json

import openpyxl
import pytest

from articles.models import ArticleStatus
from blocs.models import EventCitation
from integration_portal.core.publishing import PublicationStatus
from tests.factories import ArticleFactory, BlocFactory, CountryFactory, EventFactory, SourceFactory, TopicFactory

pytestmark = pytest.mark.django_db
BOM = "\ufeff"


def csv_rows(response) -> list[dict]:
    text = response.content.decode("utf-8")
    assert text.startswith(BOM)
    return list(csv.DictReader(io.StringIO(text[1:])))


def xlsx_rows(response) -> list[dict]:
    sheet = openpyxl.load_workbook(io.BytesIO(response.content))["data"]
    header, *rows = sheet.iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.fixture
def filtered():
    """Two published events of one bloc (one cites a source), one of another bloc, one draft of the first."""
    bloc, other = BlocFactory(slug="ozo"), BlocFactory(slug="otro")
    first = EventFactory(title_es='=HYPERLINK("http://evil")', title_th="ประชุม", date=datetime.date(1999, 1, 2))
    second = EventFactory(title_es="Cumbre", date=datetime.date(2001, 1, 1), date_precision="year")
    elsewhere = EventFactory(title_es="Lejos", date=datetime.date(2002, 2, 2))
    draft = EventFactory(title_es="Borrador", status=PublicationStatus.DRAFT, published_at=None)
    for event in (first, second, draft):
        event.blocs.add(bloc)
    elsewhere.blocs.add(other)
    EventCitation.objects.create(event=first, source=SourceFactory(slug="acta-ozo"), pinpoint="p. 3")
    return [first, second]


def test_timeline_files_hold_exactly_the_events_the_filtered_page_shows(client, filtered):
    page = client.get("/es/timeline/", {"bloc": "ozo"})
    shown = [event.pk for event in page.context["events"]]
    assert shown == [e.pk for e in filtered]
    links = {link.format: link.url for link in page.context["downloads"].page_language_files}
    assert links["csv"] == "/es/timeline/export.csv?bloc=ozo"

    rows = csv_rows(client.get(links["csv"]))
    assert [int(row["id"]) for row in rows] == shown
    assert list(rows[0]) == [
        "id", "date", "date_precision", "end_date", "end_date_precision", "kind", "title_es", "summary_es",
        "blocs", "countries", "sources",
    ]  # fmt: skip
    assert rows[0]["title_es"] == '\'=HYPERLINK("http://evil")'  # neutralised, not a formula
    assert rows[0]["sources"] == "acta-ozo (p. 3)"
    assert (rows[1]["date"], rows[1]["date_precision"]) == ("2001-01-01", "year")

    data = json.loads(client.get(links["json"]).content)
    assert [row["id"] for row in data["rows"]] == shown
    assert data["rows"][0]["title_es"] == '=HYPERLINK("http://evil")'  # JSON is not a spreadsheet
    assert [source["key"] for source in data["sources"]] == ["acta-ozo"]
    assert data["permalink"] == "http://testserver/es/timeline/?bloc=ozo"

    sheet = xlsx_rows(client.get(links["xlsx"]))
    assert [row["id"] for row in sheet] == shown
    assert sheet[0]["title_es"] == '\'=HYPERLINK("http://evil")'


def test_every_language_on_request(client, filtered):
    rows = csv_rows(client.get("/th/timeline/export.csv", {"bloc": "ozo", "languages": "all"}))
    assert {"title_es", "title_th", "title_en"} <= set(rows[0])
    assert rows[0]["title_th"] == "ประชุม"


def test_bloc_and_country_files_hold_their_memberships_table(client):
    page = client.get("/en/blocs/mercosur/")
    shown = [(m.country.alpha2.lower(), m.status, m.start.isoformat()) for m in page.context["memberships"]]
    rows = csv_rows(client.get("/en/blocs/mercosur/export.csv"))
    assert [(row["country"], row["status"], row["start"]) for row in rows] == shown
    country = client.get("/en/countries/peru/")
    rows = csv_rows(client.get("/en/countries/peru/export.csv"))
    assert [row["bloc"] for row in rows] == [m.bloc.slug for m in country.context["memberships"]]


def test_the_date_view_file_holds_its_standings_and_marks_the_uncertain(client):
    page = client.get("/es/on/2013-01-01/")
    data = json.loads(client.get("/es/on/2013-01-01/export.json").content)
    assert len(data["rows"]) == len(page.context["americas"].standings)
    mercosur = {row["country"] for row in data["rows"] if row["bloc"] == "mercosur" and row["status"] == "member"}
    # The reference: on 1 January 2013 Argentina, Brazil, Uruguay and Venezuela were members; Paraguay suspended.
    assert mercosur == {"ar", "br", "uy", "ve"}
    assert {"ar", "py"} & {row["country"] for row in data["rows"] if row["status"] == "suspended"} == {"py"}


def test_article_files_hold_only_published_articles_of_the_filter(client):
    topic = TopicFactory(slug="energia")
    public = ArticleFactory(title_es="Publicado")
    draft = ArticleFactory(title_es="Borrador", status=ArticleStatus.DRAFT, published_at=None)
    for article in (public, draft):
        article.topics.add(topic)
    rows = csv_rows(client.get("/es/articles/export.csv", {"topic": "energia"}))
    assert [row["title_es"] for row in rows] == ["Publicado"]


def test_comparison_file_holds_its_shared_periods(client):
    page = client.get("/en/compare/", {"country": ["pe", "co"]})
    rows = csv_rows(client.get("/en/compare/export.csv", {"country": ["pe", "co"]}))
    assert [(row["bloc"], row["start"]) for row in rows] == [
        (p.bloc.slug, p.start.date.isoformat()) for p in page.context["shared"]
    ]
    # Both signed the Cartagena Agreement on 26 May 1969 (reference facts).
    assert ("andean-pact", "1969-05-26") in [(row["bloc"], row["start"]) for row in rows]


@pytest.mark.parametrize(
    "url",
    [
        "/es/timeline/export.csv?year_from=abc",
        "/es/timeline/export.csv?bloc=nowhere",
        "/es/timeline/export.pdf",
        "/es/timeline/export.csv?colour=red",
        "/es/on/2013-02-30/export.csv",
        "/es/compare/export.csv?country=pe",
        "/es/articles/export.xlsx?topic=%00",
        "/es/timeline/cite.bib?languages=xx",
    ],
)
def test_bad_queries_get_a_json_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert json.loads(response.content)["error"]


def test_cite_this_files_name_the_filtered_page(client, filtered):
    bib = client.get("/en/timeline/cite.bib", {"bloc": "ozo"}).content.decode()
    assert "http://testserver/en/timeline/?bloc=ozo" in bib
    ris = client.get("/en/timeline/cite.ris", {"bloc": "ozo"}).content.decode()
    assert "UR  - http://testserver/en/timeline/?bloc=ozo" in ris


def test_a_country_outside_the_region_is_still_exportable_by_code(client):
    CountryFactory(slug="fuera", alpha2="XF", in_latin_america=False)
    assert client.get("/es/countries/fuera/export.csv").status_code == 200


def test_search_files_hold_every_result_of_the_query_in_the_pages_order(client):
    page = client.get("/en/search/", {"q": "mercosur"})
    total = page.context["outcome"].total
    assert total > 10  # more than one page of results: the file holds them all
    first_page = [result.url for result in page.context["results"]]
    rows = csv_rows(client.get("/en/search/export.csv", {"q": "mercosur"}))
    assert len(rows) == total
    assert [row["url"] for row in rows[: len(first_page)]] == [f"http://testserver{url}" for url in first_page]
    assert client.get("/en/search/export.csv").status_code == 400  # no words: nothing to export


def test_query_count_of_a_download_does_not_grow_with_its_rows(client, filtered):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/es/timeline/export.xlsx", {"bloc": "ozo"}).status_code == 200
        return len(queries)

    small = count()
    bloc = filtered[0].blocs.get()
    for day in range(1, 29):
        event = EventFactory(date=datetime.date(2005, 2, day))
        event.blocs.add(bloc)
        EventCitation.objects.create(event=event, source=SourceFactory())
    assert count() == small


def test_an_analysis_is_cited_with_its_authors_and_its_day(client):
    import bibtexparser
    import rispy

    from articles.models import Author

    article = ArticleFactory(
        title_es="La integración andina",
        slug_es="integracion-andina",
        published_at=datetime.datetime(2024, 3, 5, 12, tzinfo=datetime.UTC),
    )
    article.authors.add(
        Author.objects.create(name="Ana Pérez", slug="ana-perez"),
        Author.objects.create(name="Luis Soto", slug="luis-soto"),
    )
    page = client.get("/es/articles/integracion-andina/").content.decode()
    assert "Ana Pérez y Luis Soto. (2024, 5 de marzo). La integración andina. Portal de Integración." in page
    entry = bibtexparser.parse_string(client.get("/es/articles/integracion-andina/cite.bib").content.decode()).entries[
        0
    ]
    assert entry["author"] == "{Ana Pérez} and {Luis Soto}" and entry["date"] == "2024-03-05"
    (record,) = rispy.loads(client.get("/es/articles/integracion-andina/cite.ris").content.decode())
    assert record["authors"] == ["Ana Pérez", "Luis Soto"] and record["date"] == "2024/03/05"
    draft = ArticleFactory(slug_es="borrador-x", status=ArticleStatus.DRAFT, published_at=None)
    assert draft.pk and client.get("/es/articles/borrador-x/cite.bib").status_code == 404


def test_bloc_and_country_lists_download_as_shown(client):
    blocs = [bloc.slug for bloc in client.get("/es/blocs/").context["blocs"]]
    rows = csv_rows(client.get("/es/blocs/export.csv"))
    assert [row["slug"] for row in rows] == blocs
    mercosur = next(row for row in rows if row["slug"] == "mercosur")
    # The reference: the Treaty of Asunción, 26 March 1991.
    assert (mercosur["founded"], mercosur["founded_precision"]) == ("1991-03-26", "day")
    shown = [c.slug for _label, countries in client.get("/th/countries/").context["groups"] for c in countries]
    rows = csv_rows(client.get("/th/countries/export.csv"))
    assert sorted(row["slug"] for row in rows) == sorted(shown)
    assert "name_th" in rows[0]
