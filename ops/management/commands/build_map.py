"""Build blocs/mapdata/americas.json, the map of the Americas, from Natural Earth's countries (npm world-atlas).

The TopoJSON is decoded here, projected (Miller cylindrical), simplified arc by arc (Douglas–Peucker, so
neighbours keep a common border), clipped to the window below and scaled to a viewBox 1000 wide with integer
coordinates. Without --topojson the pinned package (ops/map/package-lock.json) is installed into var/map.
"""

import json
import math
import shutil
import subprocess
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

PACKAGE = settings.BASE_DIR / "ops" / "map"
INSTALLED = settings.BASE_DIR / "var" / "map"
TOPOJSON = INSTALLED / "node_modules" / "world-atlas" / "countries-50m.json"
OUTPUT = settings.BASE_DIR / "blocs" / "mapdata" / "americas.json"

WIDTH = 1000
# West, south, east, north in degrees. North of 60°N lie Alaska and Canada's Arctic islands: half the map's
# height again for two countries, while the portal is about Latin America. West of 140°W is only Hawaii and
# Alaska's tail; east of 30°W is the Old World (France's European part among it).
WINDOW = (-140.0, -57.0, -30.0, 60.0)
TOLERANCE = math.radians(0.05)  # simplification, about 5.5 km at the equator: half a viewBox unit
DECIMALS = 1  # of the viewBox coordinates: a small island state is a few units across
MIN_RING_AREA = 2  # square viewBox units: smaller islands are dropped, except a country's largest
SMALL_AREA = 50  # square viewBox units: a country whose largest piece is smaller is also drawn as a marker
# The Lesser Antilles (west, south, east, north), a chain of island states a few units across each, are drawn
# again 3.4 times larger in the open Atlantic to the north-east, with its top left corner here.
INSET = (-65.1, 10.0, -59.0, 18.8)
INSET_SCALE = 3.4
INSET_AT = (798, 196)

# world-atlas ids are ISO 3166-1 numeric codes. The Americas' states and territories, Greenland left out
# (almost all of it lies north of the window). Natural Earth counts French Guiana, Guadeloupe and Martinique
# as France and Bonaire, Sint Eustatius and Saba as the Netherlands: the window keeps only those parts.
ALPHA2 = {
    "028": "AG", "032": "AR", "044": "BS", "052": "BB", "068": "BO", "076": "BR", "084": "BZ", "124": "CA",
    "152": "CL", "170": "CO", "188": "CR", "192": "CU", "212": "DM", "214": "DO", "218": "EC", "222": "SV",
    "308": "GD", "320": "GT", "328": "GY", "332": "HT", "340": "HN", "388": "JM", "484": "MX", "558": "NI",
    "591": "PA", "600": "PY", "604": "PE", "659": "KN", "662": "LC", "670": "VC", "740": "SR", "780": "TT",
    "840": "US", "858": "UY", "862": "VE",
    # Territories
    "060": "BM", "092": "VG", "136": "KY", "238": "FK", "250": "FR", "500": "MS", "528": "NL", "531": "CW",
    "533": "AW", "534": "SX", "630": "PR", "652": "BL", "660": "AI", "663": "MF", "666": "PM", "796": "TC",
    "850": "VI",
}  # fmt: skip

Point = tuple[float, float]


class Command(BaseCommand):
    help = "Rebuild blocs/mapdata/americas.json from Natural Earth (world-atlas, installed with npm ci)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--topojson", type=Path, help="Read this TopoJSON instead of installing world-atlas.")
        parser.add_argument("--output", type=Path, default=OUTPUT, help=f"Where to write (default {OUTPUT}).")

    def handle(self, *args, topojson, output, **options):
        started = time.monotonic()
        source = topojson or self.install()
        data = build(json.loads(source.read_text(encoding="utf-8")))
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        small = sorted(code for code, country in data["countries"].items() if country["small"])
        self.stdout.write(
            f"{output}: {len(data['countries'])} countries ({len(small)} small: {', '.join(small)}), "
            f"{output.stat().st_size // 1024} KB, {time.monotonic() - started:.1f} s."
        )

    def install(self) -> Path:
        """npm ci of the pinned world-atlas into var/map, once per lockfile."""
        if shutil.which("npm") is None:
            raise CommandError("npm is needed on the PATH (or pass --topojson FILE).")
        INSTALLED.mkdir(parents=True, exist_ok=True)
        wanted, installed = PACKAGE / "package-lock.json", INSTALLED / "package-lock.json"
        if not (TOPOJSON.exists() and installed.exists() and installed.read_bytes() == wanted.read_bytes()):
            for name in ("package.json", "package-lock.json"):
                shutil.copy(PACKAGE / name, INSTALLED / name)
            subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
                           cwd=INSTALLED, check=True)  # fmt: skip
        return TOPOJSON


def build(topology: dict) -> dict:
    """The data file's content: the viewBox, the inset's boxes and, per alpha-2 code, the shape and its marker."""
    rings = country_rings(topology)
    points = [point for country in rings.values() for points in country for point in points]
    left, top = min(x for x, _ in points), max(y for _, y in points)
    scale = WIDTH / (max(x for x, _ in points) - left)

    def to_svg(point: Point) -> tuple[float, float]:
        return round((point[0] - left) * scale, DECIMALS), round((top - point[1]) * scale, DECIMALS)

    (x0, y1), (x1, y0) = to_svg(miller(INSET[:2])), to_svg(miller(INSET[2:]))
    source = [round(x0), round(y0), round(x1 - x0), round(y1 - y0)]
    countries = {}
    for code, country in rings.items():
        svg = [points for points in (dedupe([to_svg(p) for p in ring]) for ring in country) if len(points) > 2]
        if not svg:
            continue
        largest = max(svg, key=lambda points: abs(area(points)))
        svg = [points for points in svg if points is largest or abs(area(points)) >= MIN_RING_AREA]
        countries[code] = {
            "d": "".join(f"M{path_points(points[:1])}L{path_points(points[1:])}Z" for points in svg),
            "label": [round(c) for c in centroid(largest)],
            "small": abs(area(largest)) < SMALL_AREA,
            "inset": any(overlaps(points, source) for points in svg),
        }
    return {
        "source": "Natural Earth 1:50m Admin 0 countries (public domain), from the npm package world-atlas 2.0.2 "
        "(ISC): see LICENCE.md",
        "projection": f"Miller cylindrical, window {WINDOW} (west, south, east, north in degrees)",
        "viewBox": [0, 0, WIDTH, round((top - min(y for _, y in points)) * scale)],
        # Boxes as x, y, width, height; "inset": true for the countries drawn in it.
        "inset": {"source": source, "target": [*INSET_AT, *(round(side * INSET_SCALE) for side in source[2:])]},
        "countries": countries,
    }


def country_rings(topology: dict) -> dict[str, list[list[Point]]]:
    """Per alpha-2 code, its rings projected, simplified and clipped to the window (holes are rings too)."""
    projected = [[miller(point) for point in arc] for arc in decode_arcs(topology)]
    simplified = [simplify(arc, TOLERANCE) for arc in projected]
    window = (*miller(WINDOW[:2]), *miller(WINDOW[2:]))
    rings = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = ALPHA2.get(geometry.get("id"))
        polygons = {"Polygon": [geometry.get("arcs")], "MultiPolygon": geometry.get("arcs")}.get(geometry["type"])
        if code and polygons:
            clipped = [clip(ring(simplified, projected, arcs), window) for polygon in polygons for arcs in polygon]
            rings[code] = [points for points in clipped if len(points) >= 3]
    return rings


def decode_arcs(topology: dict) -> list[list[Point]]:
    """Arcs in degrees. A quantized topology stores the first position and then differences, in grid steps."""
    transform = topology.get("transform")
    if not transform:
        return [[(x, y) for x, y, *_ in arc] for arc in topology["arcs"]]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def ring(simplified: list[list[Point]], projected: list[list[Point]], indexes: list[int]) -> list[Point]:
    """A ring from its arcs (~i is arc i reversed), open: the closing point is left out.

    An island simplified to a line is taken unsimplified: it is one closed arc of a few points, shared with no one.
    """
    for arcs in (simplified, projected):
        points: list[Point] = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc[1:] if points else arc)  # an arc starts where the previous one ended
        if len(set(points)) >= 3:
            break
    return points[:-1]


def miller(point) -> Point:
    lon, lat = point
    return math.radians(lon), 1.25 * math.log(math.tan(math.pi / 4 + 0.4 * math.radians(lat)))


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker. The ends stay, so the countries on either side of an arc still meet."""
    keep = {0, len(points) - 1}
    spans = [(0, len(points) - 1)]
    while spans:
        first, last = spans.pop()
        if last - first < 2:
            continue
        farthest = max(range(first + 1, last), key=lambda k: distance(points[k], points[first], points[last]))
        if distance(points[farthest], points[first], points[last]) > tolerance:
            keep.add(farthest)
            spans += [(first, farthest), (farthest, last)]
    return [points[k] for k in sorted(keep)]


def distance(p: Point, a: Point, b: Point) -> float:
    """From p to the segment ab (to a itself when a closed arc starts and ends there)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def clip(points: list[Point], box: tuple[float, float, float, float]) -> list[Point]:
    """Sutherland–Hodgman: the part of a ring inside the box (left, bottom, right, top), one box edge at a time."""
    for axis, limit, side in ((0, box[0], 1), (0, box[2], -1), (1, box[1], 1), (1, box[3], -1)):
        clipped = []
        for a, b in zip(points[-1:] + points[:-1], points, strict=True):
            a_in, b_in = side * (a[axis] - limit) >= 0, side * (b[axis] - limit) >= 0
            if a_in != b_in:
                t = (limit - a[axis]) / (b[axis] - a[axis])
                clipped.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
            if b_in:
                clipped.append(b)
        points = clipped
    return points


def overlaps(points: list, box: list) -> bool:
    """Whether the ring's bounding box meets the box (x, y, width, height)."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs) < box[0] + box[2] and max(xs) > box[0] and min(ys) < box[1] + box[3] and max(ys) > box[1]


def dedupe(points: list) -> list:
    """Without the repeats rounding makes (a ring is open, so the last point is compared with the first too)."""
    return [p for i, p in enumerate(points) if p != points[i - 1]] if len(set(points)) > 1 else []


def area(points: list) -> float:
    """Signed (shoelace)."""
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1], strict=True)) / 2


def centroid(points: list) -> Point:
    pairs = list(zip(points, points[1:] + points[:1], strict=True))
    signed = area(points)
    if signed == 0:
        return sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points)
    cross = [a[0] * b[1] - b[0] * a[1] for a, b in pairs]
    cx = sum((a[0] + b[0]) * c for (a, b), c in zip(pairs, cross, strict=True)) / (6 * signed)
    cy = sum((a[1] + b[1]) * c for (a, b), c in zip(pairs, cross, strict=True)) / (6 * signed)
    return cx, cy


def path_points(points: list) -> str:
    return " ".join(f"{number(x)} {number(y)}" for x, y in points)


def number(value: float) -> str:
    return f"{value:.{DECIMALS}f}".rstrip("0").rstrip(".")
