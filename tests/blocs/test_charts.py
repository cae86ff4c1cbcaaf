"""Layout of the membership chart and the visual timeline, from unsaved objects: no database needed.

pytest-django refuses database access in tests without the django_db mark, so these tests also
check that the layout functions never query.
"""

import datetime
import itertools
import re
from html.parser import HTMLParser

import pytest
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils import translation

from blocs.charts import (
    LANE_HEIGHT,
    MARK_GAP,
    MAX_TICKS,
    MIN_BAR_WIDTH,
    WIDTH,
    make_axis,
    membership_chart,
    timeline_chart,
)
from blocs.models import Bloc, Country, Event, Membership
from integration_portal.core.dates import DatePrecision

TODAY = datetime.date(2025, 6, 1)
D = datetime.date


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


def country(en, es=None, th=None):
    return Country(name_en=en, name_es=es or en, name_th=th or en, slug=en.lower().replace(" ", "-"))


def bloc(name, acronym="", pk=None, slug=None):
    return Bloc(
        pk=pk,
        name_en=name,
        name_es=name,
        name_th=name,
        acronym_en=acronym,
        acronym_es=acronym,
        acronym_th=acronym,
        slug=slug or (acronym or name).lower(),
    )


MERCOSUR = bloc("Southern Common Market", "Mercosur", pk=1)
UNASUR = bloc("Union of South American Nations", "UNASUR", pk=2)
ARGENTINA = country("Argentina", th="อาร์เจนตินา")
BRAZIL = country("Brazil")
PARAGUAY = country("Paraguay")
CHILE = country("Chile")


def membership(other, status, start, end=None, *, in_bloc=MERCOSUR, **precision):
    return Membership(country=other, bloc=in_bloc, status=status, start=start, end=end, **precision)


def chart_of(*memberships, rows_by="country", language="en"):
    return membership_chart(memberships, rows_by=rows_by, language=language, today=TODAY)


def row_named(chart, label):
    return next(row for row in chart.rows if row.label == label)


class TestMembershipChart:
    def test_rows_are_ordered_by_first_start_then_label(self):
        chart = chart_of(
            membership(PARAGUAY, "member", D(1991, 3, 26)),
            membership(CHILE, "associate", D(1996, 1, 1)),
            membership(BRAZIL, "member", D(1991, 3, 26)),
            membership(CHILE, "member", D(1990, 1, 1), D(1990, 6, 1)),
        )
        assert [row.label for row in chart.rows] == ["Chile", "Brazil", "Paraguay"]

    def test_an_open_period_from_1991_03_26_is_placed_on_the_axis_and_runs_to_today(self):
        chart = chart_of(membership(ARGENTINA, "member", D(1991, 3, 26)))
        axis = chart.axis
        assert (axis.start, axis.end) == (D(1991, 1, 1), D(2026, 1, 1))
        total_days = (D(2026, 1, 1) - D(1991, 1, 1)).days
        [bar] = chart.rows[0].bars
        assert bar.x == pytest.approx((D(1991, 3, 26) - D(1991, 1, 1)).days / total_days * WIDTH)
        assert bar.x + bar.width == pytest.approx((TODAY - D(1991, 1, 1)).days / total_days * WIDTH)
        assert bar.x + bar.width < WIDTH  # today, not the end of the axis
        assert bar.css_class == "bar-member"
        assert bar.url == ARGENTINA.get_absolute_url()

    def test_accessible_labels_name_the_row_status_and_period(self):
        chart = chart_of(
            membership(ARGENTINA, "member", D(1991, 3, 26)),
            membership(CHILE, "associate", D(1996, 1, 1), D(2024, 7, 1), start_precision=DatePrecision.YEAR,
                       end_precision=DatePrecision.MONTH),
        )  # fmt: skip
        assert row_named(chart, "Argentina").bars[0].label == "Argentina — member: 26 March 1991 – present"
        assert row_named(chart, "Chile").bars[0].label == "Chile — associate: 1996 – July 2024"

    def test_a_suspension_is_an_overlay_on_top_of_the_membership(self):
        chart = chart_of(
            membership(PARAGUAY, "member", D(1991, 3, 26)),
            membership(PARAGUAY, "suspended", D(2012, 6, 29), D(2013, 8, 15)),
        )
        row = chart.rows[0]
        assert [bar.css_class for bar in row.bars] == ["bar-member"]
        [overlay] = row.overlays
        assert overlay.css_class == "bar-suspended"
        assert overlay.x == pytest.approx(chart.axis.x(D(2012, 6, 29)))
        assert overlay.x + overlay.width == pytest.approx(chart.axis.x(D(2013, 8, 15)))
        assert overlay.y + overlay.height <= row.height and overlay.height > row.bars[0].height
        assert overlay.label == "Paraguay — suspended: 29 June 2012 – 15 August 2013"
        assert "suspended" in chart.statuses

    def test_a_withdrawal_is_a_mark_at_its_start_not_a_bar(self):
        chart = chart_of(
            membership(CHILE, "member", D(1969, 5, 26), D(1976, 10, 30)),
            membership(CHILE, "withdrawn", D(1976, 10, 30)),
        )
        row = chart.rows[0]
        assert [bar.css_class for bar in row.bars] == ["bar-member"]
        [mark] = row.marks
        assert mark.css_class == "mark-withdrawn"
        assert mark.x == pytest.approx(chart.axis.x(D(1976, 10, 30)))
        assert mark.label == "Chile — withdrawn: 30 October 1976"
        assert mark.text == "withdrawn"  # nothing follows it, so the small label has room

    def test_a_mark_label_is_left_out_where_the_next_bar_follows_closely(self):
        chart = chart_of(
            membership(CHILE, "member", D(2006, 4, 29), D(2019, 11, 1)),
            membership(CHILE, "withdrawn", D(2019, 11, 1), D(2020, 11, 1)),
            membership(CHILE, "member", D(2020, 11, 1)),
        )
        [mark] = chart.rows[0].marks
        assert mark.text == ""
        assert mark.label == "Chile — withdrawn: 1 November 2019 – 1 November 2020"

    def test_a_one_day_period_keeps_a_minimum_width(self):
        chart = chart_of(membership(BRAZIL, "observer", D(2000, 5, 1), D(2000, 5, 2)))
        assert chart.rows[0].bars[0].width == MIN_BAR_WIDTH

    def test_an_end_known_only_to_its_year_is_drawn_at_mid_year(self):
        # Colombia suspended its UNASUR participation on 2018-04-20 and withdrew "in 2018".
        suspended = membership(
            CHILE, "suspended", D(2018, 4, 20), D(2018, 1, 1), in_bloc=UNASUR, end_precision=DatePrecision.YEAR
        )
        chart = chart_of(membership(CHILE, "member", D(2008, 5, 23), in_bloc=UNASUR), suspended)
        [overlay] = chart.rows[0].overlays
        assert overlay.x == pytest.approx(chart.axis.x(D(2018, 4, 20)))
        assert overlay.x + overlay.width == pytest.approx(chart.axis.x(D(2018, 7, 1)))

    def test_an_end_known_only_to_its_year_before_the_start_gives_no_negative_width(self):
        suspended = membership(
            CHILE, "suspended", D(2018, 9, 20), D(2018, 1, 1), in_bloc=UNASUR, end_precision=DatePrecision.YEAR
        )
        chart = chart_of(membership(CHILE, "member", D(2008, 5, 23), in_bloc=UNASUR), suspended)
        [overlay] = chart.rows[0].overlays
        assert overlay.width == MIN_BAR_WIDTH and overlay.x == pytest.approx(chart.axis.x(D(2018, 9, 20)))

    def test_overlapping_periods_of_one_row_get_lanes(self):
        chart = chart_of(
            membership(CHILE, "associate", D(1996, 1, 1), D(2024, 7, 1)),
            membership(CHILE, "candidate", D(2015, 7, 17), D(2024, 7, 1)),
            membership(CHILE, "member", D(2024, 7, 1)),
        )
        row = chart.rows[0]
        assert row.lanes == 2 and row.height == 2 * LANE_HEIGHT
        associate, candidate, member = row.bars
        assert candidate.y >= LANE_HEIGHT > associate.y
        assert member.y < LANE_HEIGHT  # it starts the day the associate period ends: same lane

    def test_rows_by_bloc_show_the_acronym_with_the_full_name_as_title(self):
        chart = chart_of(
            membership(ARGENTINA, "member", D(1991, 3, 26)),
            membership(ARGENTINA, "member", D(2008, 5, 23), in_bloc=UNASUR),
            rows_by="bloc",
        )
        assert [(row.label, row.title) for row in chart.rows] == [
            ("Mercosur", "Southern Common Market"),
            ("UNASUR", "Union of South American Nations"),
        ]
        assert chart.rows[0].url == MERCOSUR.get_absolute_url()
        assert chart.rows[0].bars[0].label == "Mercosur — member: 26 March 1991 – present"

    def test_english_ticks_are_round_years(self):
        chart = chart_of(membership(ARGENTINA, "member", D(1991, 3, 26)))
        assert [tick.label for tick in chart.axis.ticks] == ["1995", "2000", "2005", "2010", "2015", "2020", "2025"]
        assert chart.axis.ticks[0].x == pytest.approx(chart.axis.x(D(1995, 1, 1)))

    def test_thai_ticks_are_round_buddhist_era_years(self):
        with translation.override("th"):
            chart = chart_of(membership(ARGENTINA, "member", D(1991, 3, 26)), language="th")
            label = chart.rows[0].bars[0].label
        labels = [tick.label for tick in chart.axis.ticks]
        assert labels == ["2535", "2540", "2545", "2550", "2555", "2560", "2565"]
        assert chart.axis.ticks[0].x == pytest.approx(chart.axis.x(D(1992, 1, 1)))  # 2535 B.E. is 1992
        assert label.startswith("อาร์เจนตินา — ") and "26 มีนาคม 2534" in label

    def test_long_ranges_keep_at_most_eight_ticks(self):
        for first in (1879, 1960, 2000, 2020, 2025):
            axis = make_axis(first, 2025, "en")
            assert 1 <= len(axis.ticks) <= MAX_TICKS
            assert all(0 <= tick.x <= WIDTH for tick in axis.ticks)

    def test_no_memberships_give_an_empty_chart(self):
        chart = chart_of()
        assert chart.rows == () and chart.axis.start == D(2025, 1, 1)

    def test_rows_by_must_be_country_or_bloc(self):
        with pytest.raises(ValueError):
            chart_of(membership(ARGENTINA, "member", D(1991, 3, 26)), rows_by="status")


def event(pk, title, date, *blocs, end_date=None, kind="other", **precision):
    """An unsaved event whose blocs look prefetched, as prefetch_related leaves them."""
    item = Event(pk=pk, title_en=title, title_es=title, title_th=title, date=date, end_date=end_date, kind=kind,
                 **precision)  # fmt: skip
    cached = Bloc.objects.all()  # never evaluated: the result cache is filled in, as a prefetch does
    cached._result_cache = list(blocs)
    cached._prefetch_done = True
    item._prefetched_objects_cache = {"blocs": cached}
    return item


def timeline(*events, **kwargs):
    return timeline_chart(events, language=kwargs.pop("language", "en"), today=TODAY, **kwargs)


class TestTimelineChart:
    def test_one_row_per_bloc_ordered_by_first_event_with_other_last(self):
        chart = timeline(
            event(1, "Washington Consensus", D(1989, 1, 1), date_precision=DatePrecision.YEAR),
            event(2, "UNASUR treaty", D(2008, 5, 23), UNASUR),
            event(3, "Treaty of Asunción", D(1991, 3, 26), MERCOSUR),
            event(4, "Joint summit", D(2010, 1, 1), MERCOSUR, UNASUR),
        )
        assert [row.label for row in chart.rows] == ["Mercosur", "UNASUR", "Other"]
        mercosur, unasur, other = chart.rows
        assert [mark.url for mark in mercosur.marks] == ["#event-3", "#event-4"]
        assert [mark.url for mark in unasur.marks] == ["#event-2", "#event-4"]  # in each of its blocs' rows
        assert [mark.url for mark in other.marks] == ["#event-1"]
        assert other.url is None and mercosur.url == MERCOSUR.get_absolute_url()
        assert mercosur.title == "Southern Common Market"

    def test_points_are_marks_and_periods_are_bars_on_their_own_lane(self):
        chart = timeline(
            event(1, "Treaty of Asunción", D(1991, 3, 26), MERCOSUR),
            event(2, "Miami Summit", D(1994, 12, 9), MERCOSUR, end_date=D(1994, 12, 11), kind="summit"),
        )
        [row] = chart.rows
        [mark] = row.marks
        [bar] = row.bars
        assert mark.x == pytest.approx(chart.axis.x(D(1991, 3, 26)))
        assert mark.css_class == "event-point event-other"
        assert bar.css_class == "event-span event-summit" and bar.url == "#event-2"
        assert bar.width == MIN_BAR_WIDTH  # three days are less than the minimum
        assert row.lanes == 2 and bar.y >= LANE_HEIGHT > mark.y

    def test_labels_give_title_and_date_or_range(self):
        chart = timeline(
            event(1, "Treaty of Asunción", D(1991, 3, 26), MERCOSUR),
            event(2, "War of the Pacific", D(1879, 1, 1), end_date=D(1883, 1, 1), date_precision="year",
                  end_date_precision="year"),
        )  # fmt: skip
        assert chart.rows[0].marks[0].label == "Treaty of Asunción — 26 March 1991"
        assert chart.rows[1].bars[0].label == "War of the Pacific — 1879–1883"

    def test_axis_spans_the_events_years_and_at_least_one_year(self):
        chart = timeline(event(1, "Only one", D(2013, 5, 1), MERCOSUR))
        assert (chart.axis.start, chart.axis.end) == (D(2013, 1, 1), D(2014, 1, 1))
        chart = timeline(
            event(1, "War", D(1879, 1, 1), end_date=D(1883, 1, 1)), event(2, "Late", D(2024, 7, 1), MERCOSUR)
        )
        assert (chart.axis.start, chart.axis.end) == (D(1879, 1, 1), D(2025, 1, 1))
        assert len(chart.axis.ticks) <= MAX_TICKS

    def test_rows_are_labelled_by_acronym_with_the_name_as_title(self):
        chart = timeline(event(1, "Treaty of Asunción", D(1991, 3, 26), MERCOSUR))
        assert (chart.rows[0].label, chart.rows[0].title) == (MERCOSUR.acronym, MERCOSUR.name)

    def test_no_events_give_an_empty_chart(self):
        assert timeline().rows == ()


class ShapeParents(HTMLParser):
    """Each drawn shape with the stack of elements around it."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.shapes: list[tuple[dict, list[tuple[str, dict]]]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("rect", "circle") and re.search(r"\b(bar|event-point|event-span|mark-tick)\b", attrs["class"]):
            self.shapes.append((attrs, list(self.stack)))
        if tag not in ("line", "br", "input", "img", "meta", "link"):
            self.stack.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        if tag in ("rect", "circle"):
            self.handle_starttag(tag, attrs)
            self.stack.pop()

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break


def assert_csp_friendly_and_linked(html):
    assert "style=" not in html
    assert "<script" not in html
    parser = ShapeParents()
    parser.feed(html)
    assert parser.shapes
    for attrs, stack in parser.shapes:
        tag, link = stack[-1]
        assert tag == "a" and link.get("aria-label"), attrs
    for value in re.findall(r'\b(?:x|x1|cx|width)="([^"]+)"', html):
        assert re.fullmatch(r"\d+(\.\d+)?%?", value), value  # no decimal commas, whatever the language


class TestTemplates:
    def memberships(self):
        return [
            membership(ARGENTINA, "member", D(1991, 3, 26)),
            membership(PARAGUAY, "member", D(1991, 3, 26)),
            membership(PARAGUAY, "suspended", D(2012, 6, 29), D(2013, 8, 15)),
            membership(CHILE, "member", D(1969, 5, 26), D(1976, 10, 30)),
            membership(CHILE, "withdrawn", D(1976, 10, 30)),
        ]

    @pytest.mark.parametrize("language", ["es", "th", "en"])
    def test_membership_chart_renders_without_inline_styles_and_every_bar_in_a_labelled_link(self, language):
        with translation.override(language):
            chart = membership_chart(self.memberships(), rows_by="country", language=language, today=TODAY)
            html = render_to_string("blocs/_membership_chart.html", {"chart": chart, "caption": "Members"})
        assert_csp_friendly_and_linked(html)
        assert html.count('class="bar bar-') == 4  # three periods and one suspension
        assert 'fill="url(#membership-chart-country-hatch)"' in html
        assert '<pattern id="membership-chart-country-hatch"' in html
        assert "<figcaption" in html and "Members" in html
        assert 'href="/' + language + '/countries/argentina/"' in html

    def test_membership_chart_legend_lists_the_statuses_drawn(self):
        chart = membership_chart(self.memberships(), rows_by="country", language="en", today=TODAY)
        html = render_to_string("blocs/_membership_chart.html", {"chart": chart})
        legend = html[html.index('class="chart-legend"') :]
        assert re.findall(r"</span>(\w+)</li>", legend) == ["member", "suspended", "withdrawn"]
        assert "<figcaption" not in html

    def test_timeline_renders_without_inline_styles_and_links_to_the_event_list(self):
        chart = timeline(
            event(7, "Treaty of Asunción", D(1991, 3, 26), MERCOSUR),
            event(8, "Miami Summit", D(1994, 12, 9), end_date=D(1994, 12, 11)),
        )
        html = render_to_string("blocs/_timeline_chart.html", {"chart": chart})
        assert_csp_friendly_and_linked(html)
        assert 'href="#event-7" aria-label="Treaty of Asunción — 26 March 1991"' in html
        assert 'href="#event-8"' in html


class TestTimelineFitting:
    """Issue 16: marks never overlap, the default range fits the bulk of the events, landmarks are labelled."""

    def test_dots_nearer_than_a_group_width_are_one_mark_with_a_count(self):
        # Axis 1990-01-01 to 2000-01-01: 3652 days. 17 Dec 1994 is day 1811 (x 495.9), 1 Jan 1995 day 1826
        # (x 500.0): 4 units apart, one mark. 1 Jun 1990 (x 41.3) and 1 Jun 1999 (x 941.4) stay alone.
        chart = timeline(
            event(1, "Early", D(1990, 6, 1), MERCOSUR),
            event(2, "Protocol of Ouro Preto", D(1994, 12, 17), MERCOSUR, kind="treaty_signed"),
            event(3, "Customs union", D(1995, 1, 1), MERCOSUR, kind="treaty_in_force"),
            event(4, "Late", D(1999, 6, 1), MERCOSUR),
        )
        assert (chart.axis.start, chart.axis.end) == (D(1990, 1, 1), D(2000, 1, 1))
        marks = chart.rows[0].marks
        assert [mark.count for mark in marks] == [1, 2, 1]
        assert [round(mark.x, 1) for mark in marks] == [41.3, 495.9, 941.4]
        group = marks[1]
        assert group.label == "2 events, 17 December 1994 – 1 January 1995"
        assert group.url == "#event-2"  # no year filter to narrow on a bloc's page: the list, at the first
        assert group.radius > marks[0].radius and "event-group" in group.css_class

    def test_a_group_on_the_timeline_page_zooms_to_its_years_keeping_the_other_filters(self):
        events = [
            event(1, "Early", D(1990, 6, 1), MERCOSUR),
            event(2, "Protocol of Ouro Preto", D(1994, 12, 17), MERCOSUR),
            event(3, "Customs union", D(1995, 1, 1), MERCOSUR),
            event(4, "Late", D(1999, 6, 1), MERCOSUR),
        ]
        chart = timeline(*events, query=QueryDict("bloc=mercosur&kind=summit&kind=other"))
        assert chart.rows[0].marks[1].url == "?bloc=mercosur&kind=summit&kind=other&year_from=1994&year_to=1995"
        # Zoomed to 1994–1995 the two are 15 days of 730, 20 units apart: still one mark, now leading to the list.
        zoomed = timeline(*events[1:3], query=QueryDict("bloc=mercosur&year_from=1994&year_to=1995"))
        [mark] = zoomed.rows[0].marks
        assert mark.count == 2 and mark.url == "#event-2"

    def test_no_two_drawn_marks_are_nearer_than_the_gap(self):
        # The 15th of each month, 1991–1993: 28 to 31 days apart (25.5 to 28.3 units of 1096 days), so each
        # dot joins the previous one and the next starts a new mark, two steps (at least 59 days, 53.8 units) on.
        monthly = [event(i, f"E{i}", D(1991 + i // 12, i % 12 + 1, 15), MERCOSUR) for i in range(36)]
        marks = timeline(*monthly).rows[0].marks
        assert [mark.count for mark in marks] == [2] * 18
        assert all(b.x - a.x >= MARK_GAP for a, b in itertools.pairwise(marks))

    def test_an_outlier_decades_before_the_rest_is_left_to_an_earlier_marker(self):
        war = event(1, "War of the Pacific", D(1879, 1, 1), end_date=D(1883, 1, 1), date_precision="year",
                    end_date_precision="year")  # fmt: skip
        later = [event(i, f"E{i}", D(1951 + i, 10, 14), MERCOSUR) for i in range(2, 12)]
        # 11 events allow one outlier (10 %); the next, in 1953, comes 70 years after the war ends, more than 20.
        chart = timeline(war, *later)
        assert (chart.axis.start, chart.axis.end) == (D(1953, 1, 1), D(1963, 1, 1))  # 1953 to the end of 1962
        assert [row.label for row in chart.rows] == ["Mercosur"]  # "Other" held only the war
        assert chart.earlier.label == "Earlier: 1 event, 1879" and chart.earlier.url == "#event-1"
        on_page = timeline(war, *later, query=QueryDict("kind=conflict&year_from="))
        assert on_page.earlier.url == "?kind=conflict&year_to=1879"

    def test_chosen_years_are_never_fitted(self):
        war = event(1, "War", D(1879, 1, 1), end_date=D(1883, 1, 1))
        later = [event(i, f"E{i}", D(1951 + i, 10, 14), MERCOSUR) for i in range(2, 12)]
        chart = timeline(war, *later, query=QueryDict("year_to=1970"))
        assert chart.axis.start == D(1879, 1, 1) and chart.earlier is None

    def test_a_gap_of_twenty_years_is_not_an_outlier(self):
        first = event(1, "First", D(1930, 5, 1), MERCOSUR)
        later = [event(i, f"E{i}", D(1950 + i, 5, 1), MERCOSUR) for i in range(0, 10)]  # 1950 - 1930 = 20
        chart = timeline(first, *later)
        assert chart.axis.start == D(1930, 1, 1) and chart.earlier is None

    def test_landmarks_are_labelled_where_their_label_runs_into_no_other(self):
        # Axis 1991–2000 (3652 days). Founding 26 Mar 1991: x 23.0, label "Treaty of Asunción…" (19 characters,
        # 9 × 19 + 12 = 183 units) from 17.0 to 200.0. The treaty signed 1 Jun 1992 (x 141.6) would start inside
        # it. The treaty in force 1 Jul 1999 (x 949.6) has no room to its right, so its label ends at the dot.
        chart = timeline(
            event(1, "Treaty of Asunción: Mercosur is born", D(1991, 3, 26), MERCOSUR, kind="founding"),
            event(2, "Protocol signed", D(1992, 6, 1), MERCOSUR, kind="treaty_signed"),
            event(3, "Summit", D(1996, 6, 1), MERCOSUR, kind="summit"),
            event(4, "Ouro Preto in force", D(1999, 7, 1), MERCOSUR, kind="treaty_in_force"),
            event(5, "A period", D(1993, 1, 1), MERCOSUR, end_date=D(1994, 1, 1)),
        )
        row = chart.rows[0]
        assert [(mark.text, mark.text_anchor) for mark in row.marks] == [
            ("Treaty of Asunción…", "start"),
            ("", "start"),
            ("", "start"),
            ("Ouro Preto in force", "end"),
        ]
        assert row.label_height == 16 and row.height == 2 * LANE_HEIGHT + 16
        assert row.bars[0].y == LANE_HEIGHT + 16 + 6  # the period's lane comes under the labels

    def test_a_bloc_that_ended_is_drawn_to_its_end(self):
        # The view passes an ended bloc's end as "today": FTAA, 1994 to 2005.
        chart = membership_chart(
            [membership(ARGENTINA, "member", D(1994, 12, 9))], rows_by="country", language="en", today=D(2005, 11, 5)
        )
        assert (chart.axis.start, chart.axis.end) == (D(1994, 1, 1), D(2006, 1, 1))
        [bar] = chart.rows[0].bars
        assert bar.x + bar.width == pytest.approx(chart.axis.x(D(2005, 11, 5)))

    def test_template_has_a_skip_link_past_the_chart_and_names_shown_on_focus(self):
        chart = timeline(
            event(2, "Protocol of Ouro Preto", D(1994, 12, 17), MERCOSUR),
            event(3, "Customs union", D(1995, 1, 1), MERCOSUR),
            event(4, "Ushuaia Protocol", D(1998, 7, 24), MERCOSUR),
        )
        html = render_to_string("blocs/_timeline_chart.html", {"chart": chart})
        assert_csp_friendly_and_linked(html)
        assert html.index('<a class="chart-skip" href="#timeline-chart-end">') < html.index("<figure")
        assert html.index('id="timeline-chart-end"') > html.index("</figure>")
        assert '<text class="chart-focus-text"' in html and ">Ushuaia Protocol</text>" in html
        assert re.search(r'<text class="event-count"[^>]*>2</text>', html)


class TestTimelineShading:
    """Every row is shaded by its events per year, from the database's counts; past CHART_EVENT_LIMIT events the
    chart is the shading and the landmark events only."""

    COUNTS = [(MERCOSUR, 2000, 4), (MERCOSUR, 2009, 1), (None, 2005, 2)]

    def summarised(self, *events, language="en"):
        return timeline(*events, counts=self.COUNTS, summarised=True, language=language)

    def test_years_are_cells_shaded_in_four_steps_of_the_busiest_year(self):
        founding = event(1, "Treaty of Asunción", D(2001, 3, 26), MERCOSUR, kind="founding")
        chart = self.summarised(founding)
        # The axis runs over the counted years: 1 January 2000 to 1 January 2010, 3,653 days.
        assert (chart.axis.start, chart.axis.end) == (D(2000, 1, 1), D(2010, 1, 1))
        mercosur = row_named(chart, "Mercosur")
        first, last = mercosur.density
        assert first.x == 0 and first.width == pytest.approx(366 / 3653 * WIDTH)  # 2000 is a leap year
        assert last.x == pytest.approx(3288 / 3653 * WIDTH) and last.width == pytest.approx(365 / 3653 * WIDTH)
        assert (first.level, last.level) == (4, 1)  # 4 of 4 is the darkest; 1 of 4 the lightest
        assert first.label == "Mercosur, 2000: 4 events" and last.label == "Mercosur, 2009: 1 event"
        other = chart.rows[-1]
        assert other.label == "Other" and [cell.level for cell in other.density] == [2]  # 2 of 4: ceil(4 × 2 / 4)
        assert chart.summarised

    def test_a_summarised_row_marks_only_its_landmarks_and_a_row_without_one_is_still_drawn(self):
        founding = event(1, "Treaty of Asunción", D(2001, 3, 26), MERCOSUR, kind="founding")
        treaty = event(2, "A treaty over years", D(2003, 1, 1), MERCOSUR, end_date=D(2004, 1, 1), kind="treaty_signed")
        chart = self.summarised(founding, treaty)
        mercosur, other = chart.rows
        assert [mark.url for mark in mercosur.marks] == ["#event-1"] and mercosur.bars == ()  # periods are shaded
        assert mercosur.marks[0].text == "Treaty of Asunción"
        assert other.marks == () and other.bars == () and other.height == LANE_HEIGHT

    def test_a_thai_cell_gives_its_buddhist_era_year(self):
        chart = self.summarised(language="th")
        assert "2543" in row_named(chart, "Mercosur").density[0].label

    def test_drawn_events_keep_their_marks_over_the_shading_and_bars_go_below_it(self):
        point = event(1, "Summit", D(2000, 6, 1), MERCOSUR)
        span = event(2, "Presidency", D(2001, 1, 1), MERCOSUR, end_date=D(2001, 7, 1))
        chart = timeline(point, span, counts=[(MERCOSUR, 2000, 1), (MERCOSUR, 2001, 1)])
        (row,) = chart.rows
        assert len(row.marks) == 1 and len(row.density) == 2 and not chart.summarised
        assert row.bars[0].y == LANE_HEIGHT + 6  # the second lane: the first holds the dots and the shading

    def test_the_shading_is_in_the_page_behind_the_marks_with_its_legend(self):
        founding = event(1, "Treaty of Asunción", D(2001, 3, 26), MERCOSUR, kind="founding")
        html = render_to_string("blocs/_timeline_chart.html", {"chart": self.summarised(founding)})
        assert html.index('class="density density-4"') < html.index('class="event-point')
        assert "<title>Mercosur, 2000: 4 events</title>" in html
        assert "the darker, the more" in html and "Too many events to draw one by one" in html
        assert "event over a period" not in html  # a summarised chart draws none

    def test_early_years_far_from_the_rest_are_left_off_a_summarised_chart_and_named(self):
        # 1879: 1 event of 41, and 72 years before the next counted year: left off, as fitted_events does.
        counts = [(None, 1879, 1), (MERCOSUR, 1951, 20), (MERCOSUR, 2000, 20)]
        chart = timeline(counts=counts, summarised=True, query=QueryDict("kind=summit"))
        assert chart.axis.start == D(1951, 1, 1)
        assert chart.earlier.count == 1 and "1879" in chart.earlier.label
        assert chart.earlier.url == "?kind=summit&year_to=1879"
        other = [row for row in chart.rows if row.label == "Other"]
        assert other == [] or other[0].density == ()  # its only year is off the axis
