"""The public site as a reader sees it in Chromium: every page in each language, the timeline and article
filters, the language switcher, timeline marks, phone widths, and screenshots of the main pages.

live_server needs committed data, so these tests run in transactions of their own and the database is flushed
after each one; the ``demo`` fixture brings the demo content back from the run's snapshot.
"""

import re
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

import pytest
from playwright.sync_api import expect

from articles.models import Article

from .conftest import screenshot_path
from .pages import overflowing_elements, path_of, publish_to_readme, query, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ["es", "th", "en"]
LOCALES = {"es": "es-ES", "th": "th-TH", "en": "en-US"}
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# Demo articles: the Thai analysis on Pacific integration and the Spanish one on South–South cooperation.
ARTICLES = {"pacific": "pacific-integration", "cooperacion": "cooperacion-integracion-sur"}
# The timeline's Mercosur events from 2010 to 2020 (at least these; the demo data may hold more).
MERCOSUR_2010S = [
    "29 June 2012",  # Paraguay suspended
    "31 July 2012",  # Venezuela a full member
    "15 August 2013",  # Paraguay's suspension lifted
    "17 July 2015",  # Bolivia's accession protocol
    "1 December 2016",  # Venezuela suspended
    "5 August 2017",  # … under the democratic clause
    "28 June 2019",  # EU–Mercosur agreement in principle
]


def article(key: str) -> Article:
    return Article.objects.get(demo_key=ARTICLES[key])


def article_path(language: str, key: str = "pacific") -> str:
    """The article's address in ``language``, with that language's slug (Thai script for Thai)."""
    return f"/{language}/articles/{getattr(article(key), f'slug_{language}')}/"


def page_paths(language: str) -> dict[str, str]:
    return {
        "home": f"/{language}/",
        "bloc list": f"/{language}/blocs/",
        "bloc": f"/{language}/blocs/mercosur/",
        "country list": f"/{language}/countries/",
        "country": f"/{language}/countries/bolivia/",
        "article list": f"/{language}/articles/",
        "article": article_path(language),
        "timeline": f"/{language}/timeline/",
    }


def years(text: str) -> list[int]:
    return [int(year) for year in re.findall(r"(?<![0-9])(1[89]\d\d|20\d\d)(?![0-9])", text)]


# 1. Every page in each language -------------------------------------------------------------------------------


@pytest.mark.parametrize(("page", "language"), [(LOCALES[code], code) for code in LANGUAGES], indirect=["page"])
def test_every_public_page_loads_in_its_language(page, demo, browser_log, language):
    problems = []
    for name, path in page_paths(language).items():
        response = page.goto(demo.url + quote(path))
        if response is None or response.status != 200:
            problems.append(f"{name} {path}: HTTP {response.status if response else 'no response'}")
            continue
        html_lang = page.locator("html").get_attribute("lang")
        if html_lang != language:
            problems.append(f"{name} {path}: <html lang={html_lang!r}>")
        if page.locator(f"nav.languages a[lang={language}][aria-current=page]").count() != 1:
            problems.append(f"{name} {path}: the language switcher does not mark {language} as current")
    assert problems == []
    assert browser_log.offsite_requests == []
    assert browser_log.page_errors == []
    # Stylesheets and other files of the page come from the live server too.
    assert browser_log.error_responses == []


# 2. Timeline filters ------------------------------------------------------------------------------------------


def test_timeline_filters_through_the_form(page, demo, browser_log):
    visit(page, demo, "/en/timeline/")
    panel = page.locator("details.filter-panel")
    form = panel.locator("form.filters")
    if panel.get_attribute("open") is None:
        expect(form).to_be_hidden()
        panel.locator("summary").click()
    expect(form).to_be_visible()

    form.locator("input[name=bloc][value=mercosur]").check()
    form.locator("input[name=year_from]").fill("2010")
    form.locator("input[name=year_to]").fill("2020")
    with page.expect_navigation():
        form.locator("button[type=submit]").click()

    assert path_of(page) == "/en/timeline/"
    params = query(page)
    assert params["bloc"] == ["mercosur"]
    assert params["year_from"] == ["2010"]
    assert params["year_to"] == ["2020"]
    # The filtered page keeps its panel open, with the choices ticked.
    expect(panel).to_have_attribute("open", "")
    expect(form.locator("input[name=bloc][value=mercosur]")).to_be_checked()
    expect(page.locator(".form-errors")).to_have_count(0)

    # textContent, not innerText: list items below the fold are not laid out yet (content-visibility: auto), and
    # innerText reads only what is rendered.
    dates = [
        " ".join(text.split())
        for text in page.locator("ol.event-list > li[id^=event-] .event-date").all_text_contents()
    ]
    assert len(dates) >= 3, dates
    for text in dates:
        start = text.split(" – ")[0]
        assert years(start), f"no year in the date {text!r}"
        assert all(2010 <= year <= 2020 for year in years(start)), f"{text!r} is outside 2010–2020"
    shown = " | ".join(dates)
    for date in MERCOSUR_2010S:
        assert date in shown, f"{date} missing from the filtered timeline: {shown}"
    # Only Mercosur events: each names Mercosur among its blocs.
    for item in page.locator("ol.event-list > li[id^=event-]").all():
        expect(item.locator("p.tags a[href$='/blocs/mercosur/']")).to_have_count(1)
    assert browser_log.page_errors == []


def test_timeline_refuses_a_reversed_year_range(page, demo, browser_log):
    response = visit(page, demo, "/en/timeline/?year_from=2020&year_to=2010")

    assert response.status == 200
    errors = page.locator(".form-errors")
    expect(errors).to_be_visible()
    expect(errors).to_contain_text("The first year is after the last year.")
    # Refused, not half-applied: no events are listed.
    expect(page.locator("ol.event-list > li[id^=event-]")).to_have_count(0)
    # The form shows what was typed.
    expect(page.locator("form.filters input[name=year_from]")).to_have_value("2020")
    expect(page.locator("form.filters input[name=year_to]")).to_have_value("2010")
    assert browser_log.page_errors == []


# 3. Article filters -------------------------------------------------------------------------------------------


def test_article_filters_through_the_form(page, demo, browser_log):
    pacific = article("pacific")
    visit(page, demo, "/en/articles/")
    # Article cards; an empty result is one item without a heading ("No analyses match.").
    cards = page.locator("ul.cards > li:has(h3)")
    assert cards.count() >= 2

    page.select_option("#id_original_language", "th")
    with page.expect_navigation():
        page.click("form.filters button[type=submit]")

    assert query(page)["original_language"] == ["th"]
    expect(cards).to_have_count(1)
    expect(cards.locator("h3 a")).to_have_text(pacific.title_en)
    assert unquote(cards.locator("h3 a").get_attribute("href")) == f"/en/articles/{pacific.slug_en}/"
    expect(page.locator(".result-count")).to_have_text("1 analysis")

    # The Spanish analysis is not linked to the FTAA; the Thai one is.
    visit(page, demo, "/en/articles/")
    page.select_option("#id_bloc", "ftaa")
    with page.expect_navigation():
        page.click("form.filters button[type=submit]")

    assert query(page)["bloc"] == ["ftaa"]
    expect(page.locator(".form-errors")).to_have_count(0)
    expect(cards).to_have_count(1)
    expect(cards.locator("h3 a")).to_have_text(pacific.title_en)
    assert browser_log.page_errors == []


# 4. Switching languages ---------------------------------------------------------------------------------------


def test_language_switcher_follows_the_article_slug(page, demo, browser_log):
    pacific = article("pacific")
    visit(page, demo, article_path("th"))
    expect(page.locator("html")).to_have_attribute("lang", "th")
    expect(page.locator("h1")).to_have_text(pacific.title_th)

    with page.expect_navigation():
        page.click("nav.languages a[lang=en]")

    assert path_of(page) == f"/en/articles/{pacific.slug_en}/"
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text(pacific.title_en)
    assert browser_log.page_errors == []


def test_language_switcher_keeps_the_timeline_filters(page, demo, browser_log):
    filters = "bloc=mercosur&kind=suspension&kind=accession&year_from=2010&year_to=2020"
    visit(page, demo, f"/en/timeline/?{filters}")
    english_items = page.locator("ol.event-list > li[id^=event-]").count()
    assert english_items > 0

    with page.expect_navigation():
        page.click("nav.languages a[lang=th]")

    assert path_of(page) == "/th/timeline/"
    assert query(page) == parse_qs(filters)
    expect(page.locator("html")).to_have_attribute("lang", "th")
    expect(page.locator("form.filters input[name=bloc][value=mercosur]")).to_be_checked()
    expect(page.locator("ol.event-list > li[id^=event-]")).to_have_count(english_items)

    with page.expect_navigation():
        page.click("nav.languages a[lang=es]")

    assert path_of(page) == "/es/timeline/"
    assert query(page) == parse_qs(filters)
    assert browser_log.page_errors == []


# 5. Timeline marks --------------------------------------------------------------------------------------------


def test_a_timeline_mark_leads_to_its_event(page, demo, browser_log):
    """Without the timeline's script (it opens a popover instead; test_timeline_enhancement.py), as a browser
    that runs none, or before it has loaded."""
    page.route("**/js/timeline*.js", lambda route: route.abort())
    visit(page, demo, "/en/timeline/")
    mark = page.locator('figure a[href^="#event-"]').first
    href = mark.get_attribute("href")
    assert re.fullmatch(r"#event-\d+", href), href
    assert mark.get_attribute("aria-label"), "the mark has no accessible name"

    mark.click()

    expect(page).to_have_url(re.compile(re.escape(href) + "$"))
    assert urlsplit(page.url).fragment == href[1:]
    target = page.locator("li:target")
    expect(target).to_have_count(1)
    expect(target).to_have_attribute("id", href[1:])
    expect(target).to_be_in_viewport()
    assert browser_log.page_errors == []


# 6. Screenshots -----------------------------------------------------------------------------------------------

SCREENSHOT_PAGES = {
    # name: (language, path or article key, full page)
    "timeline-en": ("en", "/en/timeline/", True),
    "timeline-th": ("th", "/th/timeline/", True),
    "bloc-mercosur-es": ("es", "/es/blocs/mercosur/", True),
    "bloc-mercosur-th": ("th", "/th/blocs/mercosur/", True),
    "article-pacific-th": ("th", "pacific", False),
    "article-cooperacion-es": ("es", "cooperacion", False),
}
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}


def resolve(language: str, where: str) -> str:
    return where if where.startswith("/") else article_path(language, where)


@pytest.mark.parametrize(
    ("page", "name", "width"),
    [
        pytest.param({"locale": LOCALES[language], **VIEWPORTS[width]}, name, width, id=f"{name}-{width}")
        for name, (language, _where, _full) in SCREENSHOT_PAGES.items()
        for width in VIEWPORTS
    ],
    indirect=["page"],
)
def test_screenshot(page, demo, screenshot, browser_log, name, width):
    language, where, full_page = SCREENSHOT_PAGES[name]
    visit(page, demo, resolve(language, where))
    expect(page.locator("html")).to_have_attribute("lang", language)
    # Web fonts are local; wait until they are in use so Thai is drawn with its own font.
    page.evaluate("document.fonts.ready.then(() => true)")

    path = screenshot(f"{name}-{width}.png", full_page=full_page)

    assert Path(path).stat().st_size > 0
    assert browser_log.offsite_requests == []
    assert browser_log.page_errors == []
    assert browser_log.error_responses == []


@pytest.mark.parametrize("page", [{"locale": "en-US", **DESKTOP}], indirect=True)
def test_readme_timeline_screenshot(page, demo):
    """docs/screenshots/timeline.png: the English timeline at desktop width, from the header to the chart's legend.

    Not the whole page (a long list of events, over a megabyte): this file is committed.
    """
    visit(page, demo, "/en/timeline/?year_from=1990")
    page.evaluate("document.fonts.ready.then(() => true)")
    chart = page.locator("figure.chart-timeline")
    expect(chart).to_have_count(1)
    box = chart.bounding_box()
    path = screenshot_path("readme-timeline.png")
    clip = {"x": 0, "y": 0, "width": DESKTOP["width"], "height": box["y"] + box["height"] + 16}
    page.screenshot(path=path, full_page=True, clip=clip)
    publish_to_readme(path, "timeline.png")


@pytest.mark.parametrize("page", [{"locale": "es-ES", **DESKTOP}], indirect=True)
def test_readme_membership_chart_screenshot(page, demo):
    """docs/screenshots/bloc-membership-chart.png: Mercosur's membership chart in Spanish at desktop width."""
    visit(page, demo, "/es/blocs/mercosur/")
    page.evaluate("document.fonts.ready.then(() => true)")
    chart = page.locator("figure.chart-membership")
    expect(chart).to_have_count(1)
    chart.screenshot(path=screenshot_path("readme-bloc-membership-chart.png"))
    publish_to_readme(screenshot_path("readme-bloc-membership-chart.png"), "bloc-membership-chart.png")


# 7. No horizontal scrolling on a phone ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "language", "where"),
    [
        pytest.param({"locale": LOCALES[language], **PHONE}, language, where, id=f"{language}-{label}")
        for language in LANGUAGES
        for label, where in [
            ("timeline", f"/{language}/timeline/"),
            ("mercosur", f"/{language}/blocs/mercosur/"),
            ("article", "pacific"),
        ]
    ],
    indirect=["page"],
)
def test_no_horizontal_scrolling_on_a_phone(page, demo, language, where):
    path = resolve(language, where)
    visit(page, demo, path)
    assert page.evaluate("window.innerWidth") == PHONE["width"]
    fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert fits, (
        f"{path} scrolls sideways at {PHONE['width']}px: scrollWidth "
        f"{page.evaluate('document.documentElement.scrollWidth')}; overflowing: {overflowing_elements(page)}"
    )


# 8. Numbered citations and the sources list -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "language"),
    [pytest.param({"locale": LOCALES[language], **DESKTOP}, language, id=language) for language in ("th", "es")],
    indirect=["page"],
)
def test_a_citation_leads_to_its_numbered_source(page, demo, browser_log, language):
    visit(page, demo, f"/{language}/blocs/mercosur/")
    page.evaluate("document.fonts.ready.then(() => true)")
    founded = page.locator("dl.facts sup.cite a").first
    expect(founded).to_have_attribute("href", "#source-1")
    page.locator("details.data-table summary").click()  # the memberships table, with a citation per row
    rows = page.locator("details.data-table tbody tr")
    assert rows.count() > 10
    assert rows.locator("sup.cite").count() >= rows.count()  # every period cites at least one source

    cite = rows.nth(0).locator("sup.cite a").first
    href = cite.get_attribute("href")
    cite.click()
    target = page.locator("section.sources li:target")
    expect(target).to_have_attribute("id", href[1:])
    expect(target).to_be_in_viewport()
    assert target.locator("cite").inner_text().strip()  # the source's title, in some language
    page.locator("section.sources").screenshot(path=screenshot_path(f"bloc-sources-{language}.png"))
    table = page.locator("details.data-table")
    table.screenshot(path=screenshot_path(f"bloc-membership-citations-{language}.png"))
    assert browser_log.page_errors == [] and browser_log.csp_violations == []
