"""The researchers' pages in Chromium: the date view with its map, a bloc's map on a date, and a comparison, in
Thai and Spanish at desktop and phone widths; the Buddhist-Era date box; downloads from the page."""

import pytest
from playwright.sync_api import expect

from .conftest import screenshot_path
from .pages import overflowing_elements, path_of, publish_to_readme, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LOCALES = {"es": "es-ES", "th": "th-TH"}
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
PAGES = {
    "on-date": "/{lang}/on/2013-01-01/",
    "bloc-map": "/{lang}/blocs/mercosur/?on=2013-01-01",
    "compare": "/{lang}/compare/?country=pe&country=co",
}


def settle(page) -> None:
    page.evaluate("document.fonts.ready.then(() => true)")


@pytest.mark.parametrize(
    ("page", "language", "kind", "width"),
    [
        pytest.param({"locale": LOCALES[lang], **WIDTHS[width]}, lang, kind, width, id=f"{kind}-{lang}-{width}")
        for kind in PAGES
        for lang in LOCALES
        for width in WIDTHS
    ],
    indirect=["page"],
)
def test_research_pages_render_and_fit(page, demo, browser_log, language, kind, width):
    visit(page, demo, PAGES[kind].format(lang=language))
    settle(page)
    expect(page.locator("html")).to_have_attribute("lang", language)
    fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert fits, f"{kind} scrolls sideways at {width}: {overflowing_elements(page)}"
    if kind == "compare":
        expect(page.locator("figure.chart-membership")).to_have_count(2)
        page.screenshot(path=screenshot_path(f"{kind}-{language}-{width}.png"), full_page=True)
    else:
        figure = page.locator("figure.map")
        expect(figure).to_have_count(1)
        assert figure.locator("a[href]").count() > 20  # a link per country with a page
        figure.screenshot(path=screenshot_path(f"{kind}-map-{language}-{width}.png"))
        page.screenshot(path=screenshot_path(f"{kind}-{language}-{width}.png"))
    assert browser_log.page_errors == [] and browser_log.csp_violations == []
    assert browser_log.error_responses == [] and browser_log.offsite_requests == []


@pytest.mark.parametrize("page", [{"locale": "th-TH", **WIDTHS["desktop"]}], indirect=True)
def test_a_buddhist_era_date_typed_on_thai_pages_opens_that_day(page, demo):
    visit(page, demo, "/th/on/2013-01-01/")
    box = page.locator("form.day-picker input[name=date]")
    expect(box).to_have_value("2556-01-01")  # shown in the Buddhist Era
    box.fill("2555-12-31")
    page.locator("form.day-picker button").click()
    page.wait_for_url("**/th/on/2012-12-31/")
    assert path_of(page) == "/th/on/2012-12-31/"
    expect(page.locator("h1")).to_contain_text("2555")


@pytest.mark.parametrize("page", [{"locale": "es-ES", **WIDTHS["desktop"]}], indirect=True)
def test_a_country_on_the_map_leads_to_its_page(page, demo):
    visit(page, demo, "/es/blocs/mercosur/?on=2013-01-01")
    page.locator('figure.map a[href="/es/countries/paraguay/"]').first.click()
    page.wait_for_url("**/es/countries/paraguay/")


@pytest.mark.parametrize("page", [{"locale": "es-ES", **WIDTHS["desktop"]}], indirect=True)
def test_readme_date_view_and_map_screenshots(page, demo):
    """docs/screenshots/on-date-es.png (the page's top: title, date box, map) and bloc-map-es.png."""
    visit(page, demo, "/es/on/2013-01-01/")
    settle(page)
    figure = page.locator("figure.map")
    box = figure.bounding_box()
    path = screenshot_path("readme-on-date.png")
    page.screenshot(path=path, clip={"x": 0, "y": 0, "width": 1280, "height": box["y"] + box["height"] + 16})
    publish_to_readme(path, "on-date-es.png")
    visit(page, demo, "/es/blocs/mercosur/?on=2013-01-01")
    settle(page)
    page.locator("figure.map").screenshot(path=screenshot_path("readme-bloc-map.png"))
    publish_to_readme(screenshot_path("readme-bloc-map.png"), "bloc-map-es.png")


@pytest.mark.parametrize("page", [{"locale": "es-ES", **WIDTHS["desktop"]}], indirect=True)
def test_the_download_link_gives_the_filtered_file(page, demo):
    visit(page, demo, "/es/timeline/?bloc=mercosur")
    with page.expect_download() as download:
        page.locator(".downloads a", has_text="CSV").first.click()
    path = download.value.path()
    with open(path, encoding="utf-8-sig") as handle:
        header = handle.readline()
    assert header.startswith("id,date,date_precision")
    assert download.value.suggested_filename == "timeline.csv"
