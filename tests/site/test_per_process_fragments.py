"""The header, footer and head links each process renders once per language (base.html, the "per_process" cache)."""

import re

import pytest
from django.core.cache import caches

pytestmark = pytest.mark.django_db

SECTIONS = {"es": "Bloques", "th": "กลุ่มความร่วมมือ", "en": "Blocs"}
FONT = {"es": "sarabun-latin-400", "th": "sarabun-thai-400", "en": "sarabun-latin-400"}


def kept_parts(html: str) -> str:
    """The page without its language switcher (links to every language) and its main content."""
    switcher = re.compile(r'<nav class="languages".*?</nav>', re.S)
    return switcher.sub("", html.split("<main", 1)[0]) + html.split("</main>", 1)[1]


@pytest.mark.parametrize("order", [("es", "th", "en"), ("th", "en", "es")], ids=["es-first", "th-first"])
def test_each_language_gets_its_own_header_footer_and_font_whichever_came_first(client, order):
    caches["per_process"].clear()
    for language in [*order, *order]:  # the second round from the kept fragments
        shell = kept_parts(client.get(f"/{language}/blocs/").content.decode())
        assert f">{SECTIONS[language]}</a>" in shell
        assert set(re.findall(r'<a href="/(\w\w)/', shell)) == {language}
        assert FONT[language] in shell
        assert f'href="/{language}/search/"' in shell or f'action="/{language}/search/"' in shell
    assert len(caches["per_process"]._cache) == 6 * 3  # six fragments in three languages, nothing else
