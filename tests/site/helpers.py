"""Reading what crawlers read: the head's meta and link elements, JSON-LD blocks, sitemap and feed XML."""

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.urls import reverse
from django.utils import translation

from articles.models import Article

LANGUAGES = ["es", "th", "en"]
OG_LOCALES = {"es": "es_419", "th": "th_TH", "en": "en_US"}
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML_NS = "{http://www.w3.org/1999/xhtml}"
ATOM_NS = "{http://www.w3.org/2005/Atom}"
HOSTILE = "</script><script>alert(1)</script>"


def url(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def absolute(path):
    return f"http://testserver{path}"


def article_url(article, language):
    return url(language, "articles:article-detail", slug=article.translated("slug", language).value)


def pacific():
    return Article.objects.get(demo_key="pacific-integration")


@dataclass
class Page:
    """The parts of a page that crawlers and link previews read."""

    meta: dict[str, list[str]] = field(default_factory=dict)  # property or name → contents, in order
    links: list[dict[str, str]] = field(default_factory=list)
    scripts: list[tuple[dict[str, str], str]] = field(default_factory=list)  # (attributes, text)

    def one(self, key: str) -> str:
        values = self.meta.get(key, [])
        assert len(values) == 1, f"{key}: {values!r}"
        return values[0]

    @property
    def canonical(self) -> str:
        found = [link["href"] for link in self.links if link.get("rel") == "canonical"]
        assert len(found) == 1, found
        return found[0]

    def feeds(self, kind: str) -> list[str]:
        return [link["href"] for link in self.links if link.get("rel") == "alternate" and link.get("type") == kind]

    @property
    def json_ld(self) -> list:
        return [json.loads(text) for attrs, text in self.scripts if attrs.get("type") == "application/ld+json"]


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._script = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs["name"]
            self.page.meta.setdefault(key, []).append(attrs.get("content", ""))
        elif tag == "link":
            self.page.links.append(attrs)
        elif tag == "script":
            self._script = (attrs, [])

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            attrs, parts = self._script
            self.page.scripts.append((attrs, "".join(parts)))
            self._script = None


def parse_page(html: str) -> Page:
    parser = PageParser()
    parser.feed(html)
    parser.close()
    return parser.page


def events_in(page: Page) -> list[dict]:
    graphs = [data for data in page.json_ld if "@graph" in data]
    assert len(graphs) == 1, page.json_ld
    assert graphs[0]["@context"] == "https://schema.org"
    return graphs[0]["@graph"]


def parse_xml(response) -> ET.Element:
    return ET.fromstring(response.content)
