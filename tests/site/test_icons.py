"""The favicon and web-app icons, and the self-hosted Thai-capable font."""

import io
import json
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import RequestFactory, override_settings
from PIL import Image
from whitenoise.middleware import WhiteNoiseMiddleware

STATIC = settings.BASE_DIR / "static"
FONTS_CSS = (STATIC / "css" / "site.css").read_text()


class HeadLinks(HTMLParser):
    """Every <link> of a page, as (rel, href) pairs, in document order."""

    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "link":
            attributes = dict(attrs)
            self.links.append((attributes.get("rel"), attributes.get("href")))


def links_of(html: str) -> list[tuple[str, str]]:
    parser = HeadLinks()
    parser.feed(html)
    return parser.links


@pytest.mark.django_db
def test_favicon_answers_at_the_root_as_a_32_pixel_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert "public" in response["Cache-Control"]
    icon = Image.open(io.BytesIO(response.content))
    assert icon.format == "ICO"
    assert icon.size == (32, 32)
    assert response.content == (STATIC / "icons" / "favicon.ico").read_bytes()


@pytest.mark.django_db
def test_apple_touch_icon_answers_at_the_root(client):
    response = client.get("/apple-touch-icon.png")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    icon = Image.open(io.BytesIO(response.content))
    assert (icon.format, icon.size) == ("PNG", (180, 180))
    # iOS paints transparent corners black: the touch icon must be opaque.
    assert icon.mode == "RGB"


def test_manifest_names_icons_that_exist_at_their_stated_sizes():
    manifest = json.loads((STATIC / "icons" / "manifest.webmanifest").read_text())

    assert manifest["start_url"] == "/"
    assert manifest["display"] == "browser"
    assert manifest["theme_color"] == "#0b6e4f"
    assert manifest["name"] and manifest["short_name"] and manifest["background_color"]
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        # Relative to the manifest's own address, /static/icons/.
        path = STATIC / "icons" / icon["src"]
        assert path.is_file(), icon["src"]
        if icon["sizes"] != "any":
            width, height = map(int, icon["sizes"].split("x"))
            assert Image.open(path).size == (width, height)


def test_svg_favicon_is_drawn_in_the_accent_colour():
    svg = (STATIC / "icons" / "favicon.svg").read_text()

    assert svg.startswith("<svg") and 'viewBox="0 0 64 64"' in svg
    assert 'fill="#0b6e4f"' in svg


def test_manifest_is_served_as_a_web_app_manifest():
    with override_settings(WHITENOISE_USE_FINDERS=True, WHITENOISE_AUTOREFRESH=False):
        middleware = WhiteNoiseMiddleware(get_response=lambda request: None)
        response = middleware(RequestFactory().get(f"{settings.STATIC_URL}icons/manifest.webmanifest"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/manifest+json")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["es", "th", "en"])
def test_pages_link_the_icons_the_manifest_and_the_fonts_first(client, language):
    links = links_of(client.get(f"/{language}/").content.decode())

    static = settings.STATIC_URL
    assert ("icon", f"{static}icons/favicon.svg") in links
    assert ("icon", f"{static}icons/favicon.ico") in links
    assert ("apple-touch-icon", f"{static}icons/apple-touch-icon.png") in links
    assert ("manifest", f"{static}icons/manifest.webmanifest") in links
    # One stylesheet, which declares the fonts first: a page waits for one file before it paints.
    assert [href for rel, href in links if rel == "stylesheet"] == [f"{static}css/site.css"]
    assert FONTS_CSS.index("@font-face") < FONTS_CSS.index("body {")


def font_faces() -> list[str]:
    return re.findall(r"@font-face\s*\{(.*?)\}", FONTS_CSS, re.S)


def test_every_font_file_named_in_the_stylesheet_exists_and_is_woff2():
    urls = re.findall(r'url\("\.\./(fonts/[^"]+)"\)', FONTS_CSS)

    # Thai, Latin and Latin Extended (Spanish), each in regular and bold.
    assert len(urls) == len(font_faces()) == 6
    for url in urls:
        path = finders.find(url)
        assert path, url
        with open(path, "rb") as font:
            assert font.read(4) == b"wOF2", url


def test_font_faces_swap_and_split_by_script():
    faces = font_faces()

    assert all('font-family: "Sarabun"' in face and "font-display: swap" in face for face in faces)
    assert sorted(re.search(r"font-weight: (\d+)", face)[1] for face in faces) == ["400"] * 3 + ["700"] * 3
    thai = [face for face in faces if "sarabun-thai-" in face]
    # ก (U+0E01) to ๛ (U+0E5B): the whole Thai block.
    assert len(thai) == 2 and all("U+0E01-0E5B" in face for face in thai)


def test_font_licence_ships_with_the_font():
    licence = (STATIC / "fonts" / "sarabun" / "OFL.txt").read_text()

    assert "SIL Open Font License, Version 1.1" in licence
    assert "The Sarabun Project Authors" in licence


def test_body_text_uses_the_web_font_first_and_keeps_the_fallbacks():
    site_css = (STATIC / "css" / "site.css").read_text()
    body_fonts = re.search(r"body \{[^}]*font-family: ([^;]+);", site_css)[1]

    families = [family.strip().strip('"') for family in body_fonts.split(",")]
    assert families[0] == "Sarabun"
    assert families[-1] == "sans-serif" and "system-ui" in families
