"""The search as a reader uses it in Chromium: the header box, accent-insensitive Spanish, segmented Thai and
Thai names of blocs, the facets, awkward input, a phone width, and screenshots of the results pages.

live_server needs committed data, so these tests run in transactions of their own and the database is flushed
after each one; the ``demo`` fixture brings the demo content back from the run's snapshot, search index included.
"""

import re
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import expect

from integration_portal.demo.article_pacific import ARTICLE as PACIFIC
from integration_portal.search.query import MAX_QUERY_LENGTH

from .conftest import screenshot_path
from .pages import overflowing_elements, path_of, publish_to_readme, query, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
RESULTS = "ol.results > li.result"
ELECTRICITY = "ไฟฟ้า"
# Places where the Thai analysis writes ไฟฟ้า inside longer unspaced text (integration_portal/demo/article_pacific.py).
ELECTRICITY_PHRASES = [
    "เข้าไปจัดการระบบไฟฟ้าในเปรู",
    "เชื่อมต่อระบบส่งจ่ายไฟฟ้าจากเม็กซิโกไปยังชิลี",
    "การเชื่อมต่อระบบการจ่ายไฟฟ้าในส่วนที่ยังขาดอยู่",
    "การขายก๊าซธรรมชาติและไฟฟ้าให้กับชิลี",
]


def search_from_header(page, text: str) -> None:
    """Type into the header's search box and press Enter, as a reader would."""
    box = page.locator("form.header-search #header-q")
    expect(box).to_be_visible()
    expect(box).to_have_attribute("name", "q")
    box.fill(text)
    with page.expect_navigation():
        box.press("Enter")


def result_count(page) -> int:
    """The number in the results heading ("15 results · in Spanish", in the page's language)."""
    heading = page.locator("h2#results-heading.result-count")
    expect(heading).to_be_visible()
    number = re.search(r"\d+", heading.inner_text().replace(",", "").replace(".", ""))
    assert number, f"no count in the results heading: {heading.inner_text()!r}"
    return int(number.group())


def normalised(text: str) -> str:
    return " ".join(text.split())


def assert_quiet(browser_log) -> None:
    assert browser_log.offsite_requests == []
    assert browser_log.page_errors == []
    assert browser_log.error_responses == []


# 1. Spanish: accents do not matter ----------------------------------------------------------------------------


@pytest.mark.parametrize("page", [{"locale": "es-ES", **DESKTOP}], indirect=True)
def test_spanish_header_search_ignores_accents_readme_screenshot(page, demo, browser_log):
    """docs/screenshots/search-es.png: "cooperacion integracion", typed without accents, finds "Cooperación"."""
    visit(page, demo, "/es/")
    search_from_header(page, "cooperacion integracion")

    assert path_of(page) == "/es/search/"
    assert query(page)["q"] == ["cooperacion integracion"]
    expect(page.locator("html")).to_have_attribute("lang", "es")
    # The search page has its own box, holding the query, instead of the header's.
    expect(page.locator("form.header-search")).to_have_count(0)
    expect(page.locator("form.search-form input[name=q]")).to_have_value("cooperacion integracion")

    results = page.locator(RESULTS)
    assert results.count() >= 1
    assert result_count(page) >= results.count()
    first_title = results.first.locator("h3 > a")
    expect(first_title).to_contain_text("Cooperación")
    # Highlighted as written, accent included, though the query had none.
    expect(first_title.locator("mark").first).to_have_text("Cooperación")
    expect(page.locator("ol.results mark").first).to_be_visible()
    expect(page.locator("ol.results p.snippet mark").first).to_be_visible()

    page.evaluate("document.fonts.ready.then(() => true)")
    path = screenshot_path("search-es")
    page.screenshot(path=path, full_page=True)
    publish_to_readme(path, "search-es.png")
    assert_quiet(browser_log)


# 2. Thai: words found inside unspaced text, shown without added spaces ----------------------------------------


def thai_original() -> str:
    return normalised(PACIFIC["summary"]["th"] + " " + PACIFIC["body"]["th"])


@pytest.mark.parametrize("page", [{"locale": "th-TH", **DESKTOP}], indirect=True)
def test_thai_header_search_finds_a_word_inside_unspaced_text_readme_screenshot(page, demo, browser_log):
    """docs/screenshots/search-th.png: ไฟฟ้า is found and marked inside longer Thai words, with no spaces added."""
    original = thai_original()
    assert all(phrase in original for phrase in ELECTRICITY_PHRASES), "the phrases are not the demo article's own"
    visit(page, demo, "/th/")
    search_from_header(page, ELECTRICITY)

    assert path_of(page) == "/th/search/"
    assert query(page)["q"] == [ELECTRICITY]
    expect(page.locator("html")).to_have_attribute("lang", "th")
    assert page.locator(RESULTS).count() >= 1
    assert result_count(page) >= 1

    marked = page.locator("mark").filter(has_text=re.compile(f"^{ELECTRICITY}$"))
    snippets = page.locator("ol.results p.snippet").filter(has=marked)
    assert snippets.count() >= 1, page.locator("ol.results p.snippet").all_inner_texts()
    snippet = snippets.first
    text = normalised(snippet.inner_text())
    assert any(phrase in text for phrase in ELECTRICITY_PHRASES), f"no phrase of the article, unspaced, in {text!r}"
    # Around every ไฟฟ้า the snippet reads exactly like the original: no space put in before or after the word.
    body = text.removeprefix("… ").removesuffix(" …")
    for found in re.finditer(ELECTRICITY, body):
        window = body[max(0, found.start() - 10) : found.end() + 10]
        assert window in original, f"{window!r} is not in the article as written"

    page.evaluate("document.fonts.ready.then(() => true)")
    path = screenshot_path("search-th")
    page.screenshot(path=path, full_page=True)
    publish_to_readme(path, "search-th.png")
    assert_quiet(browser_log)


# 3. Thai names of blocs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["th-TH"], indirect=True)
def test_thai_bloc_name_finds_the_bloc(page, demo, browser_log):
    visit(page, demo, "/th/search/?q=ประชาคมแอนเดียน")

    links = [unquote(href) for href in page.locator(f"{RESULTS} h3 > a").evaluate_all("ls => ls.map(l => l.href)")]
    assert any(urlsplit(link).path == "/th/blocs/can/" for link in links), links
    bloc = page.locator(RESULTS).filter(has=page.locator("h3 > a[href$='/th/blocs/can/']"))
    expect(bloc).to_have_count(1)
    expect(bloc.locator("h3 > a mark").first).to_have_text("ประชาคมแอนเดียน")
    assert_quiet(browser_log)


# 4. Facets ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["en-US"], indirect=True)
def test_type_facet_keeps_only_events(page, demo, browser_log):
    visit(page, demo, "/en/search/?q=mercosur")
    facets = page.locator("aside.facets")
    event = facets.get_by_role("link", name="Event", exact=True)
    expect(event).to_have_count(1)
    facet_count = int(event.locator("xpath=following-sibling::span[contains(@class, 'count')]").inner_text())
    assert facet_count >= 1
    # Before: more than events alone, or choosing the facet would prove nothing.
    assert result_count(page) > facet_count

    with page.expect_navigation():
        event.click()

    params = query(page)
    assert params["type"] == ["event"]
    assert params["q"] == ["mercosur"]
    assert "page" not in params
    # The labels as written (the style shows them in capitals).
    types = page.locator(f"{RESULTS} .result-type").all_text_contents()
    assert types, "no results after choosing Event"
    assert all(label.strip() == "Event" for label in types), types
    # As many results as the facet promised, and the facet is shown as chosen.
    assert result_count(page) == facet_count
    expect(page.locator("aside.facets a[aria-current=true]")).to_have_text("Event")
    assert_quiet(browser_log)


# 5. Awkward input ---------------------------------------------------------------------------------------------

LONG_QUERY = ("mercosur integración regional " * 40)[:1000]


@pytest.mark.parametrize(
    ("page", "q", "shortened"),
    [
        pytest.param("es-ES", LONG_QUERY, True, id="1000-characters"),
        pytest.param("es-ES", '"mercosur 🌎🤝 integración', False, id="unbalanced-quote-and-emoji"),
    ],
    indirect=["page"],
)
def test_awkward_queries_still_give_a_page(page, demo, browser_log, q, shortened):
    assert len(LONG_QUERY) == 1000
    response = visit(page, demo, f"/es/search/?q={q}")

    assert response.status == 200
    results = page.locator(RESULTS)
    empty = page.locator(".empty-state")
    assert results.count() + empty.count() >= 1, "neither results nor the empty state"
    if results.count():
        expect(results.first).to_be_visible()
        assert result_count(page) >= results.count()
    else:
        expect(empty).to_be_visible()
    notice = page.locator("p.notice").filter(has_text=str(MAX_QUERY_LENGTH))
    if shortened:
        expect(notice).to_be_visible()
    else:
        expect(notice).to_have_count(0)
        expect(page.locator("form.search-form input[name=q]")).to_have_value(q)
    assert_quiet(browser_log)


def test_nothing_found_shows_the_empty_state(page, demo, browser_log):
    visit(page, demo, "/en/search/?q=zzxqwv")

    expect(page.locator(RESULTS)).to_have_count(0)
    empty = page.locator(".empty-state")
    expect(empty).to_be_visible()
    expect(empty).to_contain_text("zzxqwv")
    assert result_count(page) == 0
    assert_quiet(browser_log)


# 6. A phone ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", [{"locale": "th-TH", **PHONE}], indirect=True)
def test_thai_results_fit_a_phone(page, demo, browser_log):
    """เมร์โกซูร์, Mercosur in Thai letters, finds what is written MERCOSUR; the page does not scroll sideways."""
    path = "/th/search/?q=เมร์โกซูร์"
    visit(page, demo, path)
    assert page.locator(RESULTS).count() >= 1
    # Each result was found because it writes MERCOSUR, and shows it marked.
    for result in page.locator(RESULTS).all():
        expect(result.locator("mark").filter(has_text=re.compile("^mercosur$", re.IGNORECASE)).first).to_be_visible()

    assert page.evaluate("window.innerWidth") == PHONE["width"]
    fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert fits, (
        f"{path} scrolls sideways at {PHONE['width']}px: scrollWidth "
        f"{page.evaluate('document.documentElement.scrollWidth')}; overflowing: {overflowing_elements(page)}"
    )
    page.evaluate("document.fonts.ready.then(() => true)")
    page.screenshot(path=screenshot_path("search-th-phone"), full_page=True)
    assert_quiet(browser_log)
