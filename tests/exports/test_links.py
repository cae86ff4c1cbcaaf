"""A page's download links and its "Cite this" box."""

import datetime
from dataclasses import replace

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone, translation

from integration_portal.exports.links import page_downloads

pytestmark = pytest.mark.urls("tests.exports.urls")


@pytest.fixture
def downloads():
    # The page's paging and any languages parameter are not part of its filter.
    request = RequestFactory().get("/en/timeline/mercosur/?year=1991&page=2&languages=th")
    with translation.override("en"):
        yield page_downloads(request, "timeline", title="Timeline: Mercosur", slug="mercosur")


def test_links_keep_the_filter(downloads):
    assert [(link.label, link.url) for link in downloads.page_language_files] == [
        ("CSV", "/timeline/mercosur/export.csv?year=1991"),
        ("JSON", "/timeline/mercosur/export.json?year=1991"),
        ("XLSX", "/timeline/mercosur/export.xlsx?year=1991"),
        ("Sources (CSV)", "/timeline/mercosur/export.sources.csv?year=1991"),
    ]
    assert [link.url for link in downloads.every_language_files] == [
        "/timeline/mercosur/export.csv?year=1991&languages=all",
        "/timeline/mercosur/export.json?year=1991&languages=all",
        "/timeline/mercosur/export.xlsx?year=1991&languages=all",
    ]
    assert [(link.label, link.url) for link in downloads.citation_files] == [
        ("BibTeX", "/timeline/mercosur/cite.bib?year=1991"),
        ("RIS", "/timeline/mercosur/cite.ris?year=1991"),
        ("CSL-JSON", "/timeline/mercosur/cite.csl.json?year=1991"),
    ]


def test_the_reference_is_the_page_with_its_filter(downloads):
    ref = downloads.citation

    assert ref.url == "http://testserver/en/timeline/mercosur/?year=1991"
    assert (ref.title, ref.language, ref.accessed) == ("Timeline: Mercosur", "en", timezone.localdate())


def test_a_page_without_a_filter():
    request = RequestFactory().get("/en/timeline/mercosur/")
    with translation.override("en"):
        downloads = page_downloads(request, "timeline", title="Timeline", slug="mercosur")

    assert downloads.files[0].url == "/timeline/mercosur/export.csv"
    assert downloads.files[-1].url == "/timeline/mercosur/export.xlsx?languages=all"
    assert downloads.citation.url == "http://testserver/en/timeline/mercosur/"


def test_the_templates_render_links_and_citations(downloads):
    with translation.override("en"), timezone.override("UTC"):
        block = render_to_string("includes/downloads.html", {"downloads": downloads})
        box = render_to_string("includes/cite_this.html", {"downloads": downloads})

    assert 'href="/timeline/mercosur/export.xlsx?year=1991&amp;languages=all"' in block
    assert "<details" in box and "Cite this" in box
    assert 'href="http://testserver/en/timeline/mercosur/?year=1991"' in box
    today = downloads.citation.accessed
    assert f'<time datetime="{today:%Y-%m-%d}">{today:%B} {today.day}, {today.year}</time>' in box
    assert "Integration Portal. (n.d.). Timeline: Mercosur. Retrieved" in box
    assert "Integration Portal. “Timeline: Mercosur.” Accessed" in box
    assert 'href="/timeline/mercosur/cite.csl.json?year=1991"' in box
    for html in (block, box):
        assert "style=" not in html and "<script" not in html


def test_accessed_date_in_the_page_language():
    request = RequestFactory().get("/th/timeline/mercosur/")
    with translation.override("th"):
        downloads = page_downloads(request, "timeline", title="เส้นเวลา", slug="mercosur")
    read_on_1_december = replace(downloads, citation=replace(downloads.citation, accessed=datetime.date(2026, 12, 1)))

    assert read_on_1_december.accessed == "1 ธันวาคม 2569"  # 2026 CE is 2569 in the Buddhist Era
