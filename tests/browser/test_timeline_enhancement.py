"""The timeline's script (static/js/timeline.js): a mark opens the event in a popover, and a drag across the chart
zooms to the years dragged over, keeping the other filters. Without the script the marks lead to the list (the
other browser tests and the page tests cover that)."""

import pytest
from playwright.sync_api import expect

from blocs.models import Event

from .conftest import screenshot_path
from .pages import path_of, query, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.parametrize("language", ["es", "th"])
def test_a_mark_opens_its_event_in_a_popover(page, demo, browser_log, language):
    treaty = Event.objects.get(demo_key="treaty-of-asuncion")
    visit(page, demo, f"/{language}/timeline/?bloc=mercosur&year_from=1991&year_to=1991")
    # The dot itself, as a reader clicks it: once focused, its link also holds the event's name above the track.
    mark = page.locator(f"figure.chart-timeline a[href='#event-{treaty.pk}'] circle").first
    mark.click()
    popover = page.locator(".event-popover")
    expect(popover).to_be_visible()
    title = {"es": "Tratado de Asunción", "th": "สนธิสัญญาอาซุนซิออน"}[language]
    expect(popover.locator("h3")).to_contain_text(title)
    expect(popover.locator(".event-date")).to_contain_text({"es": "1991", "th": "2534"}[language])
    assert page.url.endswith("year_to=1991"), "the page stayed where it was"
    page.keyboard.press("Escape")
    expect(popover).to_be_hidden()

    mark.click()
    popover.locator(".event-popover-actions a").click()  # "show it in the list"
    assert page.url.endswith(f"#event-{treaty.pk}")
    expect(page.locator(f"#event-{treaty.pk}")).to_be_in_viewport()
    assert browser_log.csp_violations == [] and browser_log.page_errors == []


def test_dragging_across_the_chart_zooms_to_those_years_and_keeps_the_filters(page, demo, browser_log):
    visit(page, demo, "/en/timeline/?bloc=mercosur&year_from=1991&year_to=2010")
    figure = page.locator("figure.chart-timeline")
    # The chart spans Mercosur's events of those years, 1991 to 2007: its axis runs to 1 January 2008.
    assert figure.get_attribute("data-first-year") == "1991" and figure.get_attribute("data-end-year") == "2008"
    track = page.locator("figure.chart-timeline svg.chart-axis-track")
    track.scroll_into_view_if_needed()  # below the open filter panel
    box = track.bounding_box()
    # 17 years over the track: a quarter of the way is 1995.25, three quarters 2003.75, so 1995 to 2003.
    with page.expect_navigation():
        page.mouse.move(box["x"] + box["width"] * 0.25 + 1, box["y"] + box["height"] / 2)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] / 2, steps=5)
        page.mouse.move(box["x"] + box["width"] * 0.75 - 1, box["y"] + box["height"] / 2, steps=5)
        page.mouse.up()
    assert path_of(page) == "/en/timeline/"
    assert query(page) == {"bloc": ["mercosur"], "year_from": ["1995"], "year_to": ["2003"]}
    assert browser_log.csp_violations == [] and browser_log.page_errors == []


def test_a_blocs_chart_opens_popovers_but_does_not_zoom(page, demo):
    visit(page, demo, "/en/blocs/mercosur/")
    assert page.locator("figure.chart-timeline").get_attribute("data-zoom") == ""


@pytest.mark.parametrize(
    ("page", "language"),
    [({"locale": "th-TH", "width": 390, "height": 844}, "th"), ("es-ES", "es")],
    indirect=["page"],
    ids=["th-phone", "es-desktop"],
)
def test_a_record_too_long_to_draw_is_shaded_by_year_with_its_landmarks(page, demo, browser_log, monkeypatch, language):
    # The demo's 181 events, as if they were thousands: past the limit, the chart is the shading and the landmarks.
    monkeypatch.setattr("blocs.event_pages.CHART_EVENT_LIMIT", 20)
    visit(page, demo, f"/{language}/timeline/")
    figure = page.locator("figure.chart-timeline")
    expect(figure.locator(".chart-summary")).to_be_visible()
    assert figure.locator("rect.density").count() > 50
    # Landmarks are marked, periods are only in the shading; each shaded year carries its count for pointers.
    assert 0 < figure.locator("circle.event-point").count() <= 40 and figure.locator("rect.event-span").count() == 0
    title = figure.locator("rect.density title").first.text_content()
    assert ("เหตุการณ์" if language == "th" else "evento") in title
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scroll
    figure.screenshot(path=screenshot_path(f"timeline-summarised-{language}-17.png"))
    assert browser_log.page_errors == []
