"""The map of the Americas: its committed data file, its shading per status, and the command that builds it.

No database and no network: the entries are made by hand and the command reads a hand-made TopoJSON.
"""

import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.utils import translation

from blocs.maps import DATA_FILE, MARKER_RADIUS, LegendItem, MapEntry, americas_map, count_category, map_data
from integration_portal.demo.countries import COUNTRIES
from ops.management.commands.build_map import clip

# The demo's only country outside the Americas; the map lists it under "Not on the map".
OUTSIDE_THE_AMERICAS = {"CN"}
LESSER_ANTILLES_STATES = {"AG", "BB", "DM", "GD", "KN", "LC", "VC", "TT"}
NUMBER = r"\d+(?:\.\d)?"
POINT = rf"{NUMBER} {NUMBER}"
PATH = re.compile(rf"^(?:M{POINT}L{POINT}(?: {POINT})+Z)+$")


# The committed data file


def test_data_file_has_every_demo_country_of_the_americas():
    codes = {country["alpha2"] for country in COUNTRIES}
    assert codes - set(map_data()["countries"]) == OUTSIDE_THE_AMERICAS


def test_data_file_paths_lie_in_the_view_box_and_the_file_is_small():
    data = map_data()
    _, _, width, height = data["viewBox"]
    assert width == 1000
    assert 1000 < height < 1500  # the Americas are taller than wide
    for code, country in data["countries"].items():
        assert PATH.match(country["d"]), code
        numbers = [float(n) for n in re.findall(NUMBER, country["d"])]
        assert all(0 <= x <= width for x in numbers[::2]), code
        assert all(0 <= y <= height for y in numbers[1::2]), code
        x, y = country["label"]
        assert 0 <= x <= width and 0 <= y <= height, code
    assert DATA_FILE.stat().st_size < 150_000


def test_small_states_are_the_islands():
    countries = map_data()["countries"]
    assert {code for code in LESSER_ANTILLES_STATES if countries[code]["small"]} == LESSER_ANTILLES_STATES
    assert {code for code in LESSER_ANTILLES_STATES if countries[code]["inset"]} == LESSER_ANTILLES_STATES
    assert countries["BS"]["small"] and not countries["BS"]["inset"]
    for code in ("BR", "MX", "CU", "JM", "SV"):
        assert not countries[code]["small"], code


def test_data_file_is_read_once():
    assert map_data() is map_data()


# Shading per status


def entry(code, name, category, label, url="auto"):
    return MapEntry(code, name, f"/en/countries/{name.lower()}/" if url == "auto" else url, category, label)


ENTRIES = [
    entry("PE", "Peru", "member", "member"),
    entry("BO", "Bolivia", "associate", "associate"),
    entry("CO", "Colombia", "candidate", "candidate"),
    entry("EC", "Ecuador", "observer", "observer"),
    entry("VE", "Venezuela", "suspended", "suspended"),
    entry("PY", "Paraguay", "withdrawn", "withdrawn"),
    entry("UY", "Uruguay", "uncertain", "member (uncertain)"),
    entry("AR", "Argentina", "none", "none"),
    entry("GD", "Grenada", "member", "member"),
    entry("BS", "Bahamas", "associate", "associate"),
    entry("CL", "Chile", "observer", "observer", url=None),
    entry("CN", "China", "observer", "observer"),
]
LEGEND = [LegendItem("member", "member"), LegendItem("suspended", "suspended"), LegendItem("none", "none")]


@pytest.fixture(scope="module")
def figure():
    with translation.override("en"):
        html = render_to_string("blocs/_map.html", {"map": americas_map(ENTRIES, LEGEND, caption="Test", dom_id="m")})
    return ET.fromstring(html[html.index("<figure") : html.index("</figure>") + len("</figure>")])


def links(figure):
    return {a.get("href"): a for a in figure.find("svg").iter("a")}


def test_each_country_with_an_entry_is_a_link_named_by_its_status(figure):
    by_href = links(figure)
    for expected in ENTRIES[:10]:
        a = by_href[expected.url]
        assert a.get("aria-label") == a.find("title").text == f"{expected.name}: {expected.label}"
        assert f"map-{expected.category}" in a.find("path").get("class").split()
    assert len(by_href) == 10  # Chile has no page, China no shape


def test_suspended_and_uncertain_are_patterned(figure):
    by_href = links(figure)
    assert by_href["/en/countries/venezuela/"].find("path").get("fill") == "url(#m-suspended)"
    assert by_href["/en/countries/uruguay/"].find("path").get("fill") == "url(#m-uncertain)"
    assert by_href["/en/countries/peru/"].find("path").get("fill") is None
    assert {pattern.get("id") for pattern in figure.iter("pattern")} == {"m-suspended", "m-uncertain"}


def test_small_states_have_a_marker(figure):
    by_href = links(figure)
    bahamas = by_href["/en/countries/bahamas/"].find("circle")
    assert (bahamas.get("cx"), bahamas.get("cy")) == tuple(str(n) for n in map_data()["countries"]["BS"]["label"])
    assert bahamas.get("r") == str(MARKER_RADIUS)
    assert "map-associate" in bahamas.get("class")
    # Grenada is drawn on the map and again, with its marker, in the enlarged Lesser Antilles.
    grenada = by_href["/en/countries/grenada/"]
    assert len(grenada.findall("path")) == 1
    inset = grenada.find("g")
    assert inset.get("clip-path") == "url(#m-inset-clip)" and inset.get("transform").startswith("matrix(")
    assert "map-member" in inset.find("path").get("class") and "map-member" in inset.find("circle").get("class")
    assert by_href["/en/countries/peru/"].find("circle") is None  # not small


def test_entry_without_page_is_shaded_but_not_linked(figure):
    chile = [g for g in figure.find("svg").iter("g") if g.get("aria-label") == "Chile: observer"]
    assert len(chile) == 1 and chile[0].get("role") == "img"
    assert "map-observer" in chile[0].find("path").get("class")


def test_country_without_entry_is_neutral_and_unlinked(figure):
    svg = figure.find("svg")
    neutral = [path for path in svg.iter("path") if "map-nodata" in path.get("class", "")]
    brazil = map_data()["countries"]["BR"]["d"]
    assert [path.get("d") for path in neutral].count(brazil) == 1
    assert all(path.get("d") != brazil for a in svg.iter("a") for path in a.iter("path"))


def test_legend_lists_the_items_given_then_no_data_and_markers(figure):
    items = figure.find("div").find("ul").findall("li")
    assert ["".join(li.itertext()).strip() for li in items] == [
        "member",
        "suspended",
        "none",
        "no data",
        "small state (marked with a circle)",
    ]
    assert items[1].find("svg/rect").get("class") == "map-country map-suspended"
    assert items[1].find("svg/rect").get("fill") == "url(#m-suspended)"


def test_table_has_a_row_per_entry_with_the_same_links(figure):
    rows = figure.find("details/table/tbody").findall("tr")
    assert [("".join(row.find("th").itertext()), row.find("td").text) for row in rows] == [
        (e.name, e.label) for e in ENTRIES
    ]
    assert rows[0].find("th/a").get("href") == "/en/countries/peru/"
    assert rows[10].find("th/a") is None  # Chile, no page
    off_map = figure.find("div").find("p")
    assert "".join(off_map.itertext()).strip() == "Not on the map: China (observer)"


def test_unknown_category_and_repeated_country_are_refused():
    with pytest.raises(ValueError, match="gold"):
        americas_map([entry("PE", "Peru", "gold", "gold")], [], caption="")
    with pytest.raises(ValueError, match="repeated"):
        americas_map([entry("PE", "Peru", "member", "m"), entry("PE", "Peru", "none", "n")], [], caption="")


def test_count_category_caps_at_four():
    assert [count_category(n) for n in (0, 1, 3, 4, 9)] == ["count-0", "count-1", "count-3", "count-4", "count-4"]


# The command


def test_build_map_decodes_projects_and_simplifies(tmp_path):
    """Two squares 1° wide and 2° high either side of 60°W, on the equator, quantized to half degrees.

    The border is one arc, north to south, with a middle point on the line (simplification drops it); the east
    square takes it reversed (~0). Miller's projection is linear in longitude and, this close to the equator,
    in latitude too (within 0.03 units here), so the squares fill a 1000 × 1000 viewBox side by side.
    """
    topology = {
        "type": "Topology",
        "transform": {"scale": [0.5, 0.5], "translate": [-61, -1]},
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "id": "032", "arcs": [[0, 1]]},
                    {"type": "Polygon", "id": "076", "arcs": [[2, ~0]]},
                    {"type": "Polygon", "id": "156", "arcs": [[1]]},  # China: not of the Americas
                ],
            }
        },
        "arcs": [
            [[2, 4], [0, -2], [0, -2]],  # (-60, 1) → (-60, 0) → (-60, -1)
            [[2, 0], [-2, 0], [0, 4], [2, 0]],  # (-60, -1) → (-61, -1) → (-61, 1) → (-60, 1)
            [[2, 4], [2, 0], [0, -4], [-2, 0]],  # (-60, 1) → (-59, 1) → (-59, -1) → (-60, -1)
        ],
    }
    source, output = tmp_path / "fixture.json", tmp_path / "out" / "americas.json"
    source.write_text(json.dumps(topology), encoding="utf-8")

    report = io.StringIO()
    call_command("build_map", topojson=source, output=output, stdout=report)
    assert "2 countries (0 small" in report.getvalue()

    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["viewBox"] == [0, 0, 1000, 1000]
    assert data["countries"].keys() == {"AR", "BR"}
    argentina, brazil = data["countries"]["AR"], data["countries"]["BR"]
    assert argentina["d"] == "M500 0L500 1000 0 1000 0 0Z"
    assert brazil["d"] == "M500 0L1000 0 1000 1000 500 1000Z"
    assert argentina["label"] == [250, 500] and brazil["label"] == [750, 500]
    assert not argentina["small"] and not brazil["small"]
    assert "Natural Earth" in data["source"]


def test_clip_keeps_the_part_inside_the_box():
    # A 4 × 2 rectangle from x = -2 to 2 against the box x ≥ 0 (and far beyond on the other sides).
    clipped = clip([(-2, 0), (2, 0), (2, 2), (-2, 2)], (0, -10, 10, 10))
    assert sorted(clipped) == [(0, 0), (0, 2), (2, 0), (2, 2)]
