"""Layout of the server-rendered map of the Americas (templates/blocs/_map.html); no database queries.

The shapes come from blocs/mapdata/americas.json, built by ``manage.py build_map`` from Natural Earth.
Callers say what each country shows (``MapEntry``); countries of the data file without an entry are drawn
in a neutral "no data" style, without a link.
"""

import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

DATA_FILE = Path(__file__).parent / "mapdata" / "americas.json"
STATUSES = ("member", "associate", "candidate", "observer", "suspended", "withdrawn")
COUNTS = tuple(f"count-{n}" for n in range(5))  # count-4: four or more blocs
CATEGORIES = (*STATUSES, "uncertain", *COUNTS, "none")
# Categories told apart by a pattern as well as colour; the template defines one per map.
PATTERNED = ("suspended", "uncertain")
MARKER_RADIUS = 7  # viewBox units (the map is 1000 wide): about 11 px across on a desktop


@dataclass(frozen=True)
class MapEntry:
    alpha2: str  # "PE"
    name: str  # the country's name in the page language
    url: str | None  # its page
    category: str  # one of CATEGORIES: the legend key
    label: str  # the status in words, for the tooltip and the table, e.g. "miembro"

    @property
    def title(self) -> str:
        return f"{self.name}: {self.label}"


@dataclass(frozen=True)
class LegendItem:
    category: str
    label: str


@dataclass(frozen=True)
class MapShape:
    alpha2: str
    d: str  # SVG path data in viewBox units
    entry: MapEntry | None  # None: no data, drawn neutral and without a link
    marker: tuple[int, int] | None  # centre of the circle drawn over a small state with an entry
    inset: bool = False  # drawn again, enlarged, in the inset (the Lesser Antilles); a marker is then drawn there

    @property
    def css_class(self) -> str:
        return f"map-{self.entry.category}" if self.entry else "map-nodata"

    @property
    def pattern(self) -> str | None:
        return self.entry.category if self.entry and self.entry.category in PATTERNED else None


@dataclass(frozen=True)
class AmericasMap:
    dom_id: str
    caption: str
    view_box: str  # "0 0 1000 1245"
    neutral: tuple[MapShape, ...]  # countries without an entry, drawn first
    shapes: tuple[MapShape, ...]  # with an entry; small states last, so their markers lie on top
    legend: tuple[LegendItem, ...]
    rows: tuple[MapEntry, ...]  # the text alternative: every entry, in the order given
    off_map: tuple[MapEntry, ...]  # entries the data file has no shape for (a country outside the Americas)
    inset_source: tuple[int, int, int, int] = (0, 0, 0, 0)  # the region enlarged: x, y, width, height
    inset_target: tuple[int, int, int, int] = (0, 0, 0, 0)  # where it is drawn
    marker_radius: int = MARKER_RADIUS

    @property
    def inset_transform(self) -> str:
        """The SVG transform from the region to the inset."""
        (sx, sy, sw, _), (tx, ty, tw, _) = self.inset_source, self.inset_target
        scale = tw / sw
        return f"matrix({scale:g} 0 0 {scale:g} {tx - scale * sx:g} {ty - scale * sy:g})"

    @property
    def inset_marker_radius(self) -> str:
        """In the region's units, so the marker is as large in the inset as on the map."""
        return f"{self.marker_radius * self.inset_source[2] / self.inset_target[2]:.2f}"

    @property
    def has_markers(self) -> bool:
        return any(shape.marker for shape in self.shapes)


@functools.cache
def map_data() -> dict:
    """The data file, read once per process."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def count_category(blocs: int) -> str:
    """The legend key for a number of blocs: count-0 to count-4, the last meaning four or more."""
    return COUNTS[min(max(blocs, 0), len(COUNTS) - 1)]


def americas_map(
    entries: Iterable[MapEntry], legend: Sequence[LegendItem], *, caption: str, dom_id: str = "americas-map"
) -> "AmericasMap":
    rows = tuple(entries)
    by_code = {entry.alpha2: entry for entry in rows}
    if len(by_code) < len(rows):
        raise ValueError("One entry per country: some alpha-2 code is repeated.")
    used = {entry.category for entry in rows} | {item.category for item in legend}
    unknown = sorted(used - set(CATEGORIES))
    if unknown:
        raise ValueError(f"Unknown map categories: {', '.join(unknown)}")
    data = map_data()
    shapes = []
    for code, country in data["countries"].items():
        entry = by_code.get(code)
        marker = tuple(country["label"]) if entry and country["small"] else None
        shapes.append(MapShape(code, country["d"], entry, marker, country["inset"]))
    return AmericasMap(
        dom_id=dom_id,
        caption=caption,
        view_box=" ".join(str(n) for n in data["viewBox"]),
        neutral=tuple(shape for shape in shapes if shape.entry is None),
        shapes=tuple(sorted((shape for shape in shapes if shape.entry), key=lambda shape: shape.marker is not None)),
        legend=tuple(legend),
        rows=rows,
        off_map=tuple(entry for entry in rows if entry.alpha2 not in data["countries"]),
        inset_source=tuple(data["inset"]["source"]),
        inset_target=tuple(data["inset"]["target"]),
    )
