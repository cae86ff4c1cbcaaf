"""Rich text: what the editor offers and what the server keeps.

One list of editor extensions drives both the toolbar (django-prose-editor) and the allowlist
that nh3 applies on every save and again when a page renders: whatever reaches the database or a
page holds only these tags and attributes, with http, https and mailto links. Scripts, event
handlers, ``style``, frames and ``javascript:``/``data:`` URLs are dropped.
"""

import re
from functools import cache
from typing import TYPE_CHECKING

import nh3
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.html import linebreaks
from django_prose_editor.config import allowlist_from_extensions, expand_extensions

from integration_portal.core.languages import language_codes

EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Superscript": True,  # footnote marks
    "Subscript": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "History": True,
}

# The editor (Tiptap, inside django-prose-editor 0.28.0) adds one <style> element with its base CSS
# (white-space handling, caret, selection); a strict style-src blocks it unless allowed by its hash.
# Pinned with the package: a new version may change the CSS, and the browser tests then report the violation.
EDITOR_STYLE_HASHES = ("'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='",)

LOOKS_LIKE_HTML = re.compile(r"<(p|h[1-6]|ul|ol|li|blockquote|br|strong|em|a|sup|sub|div|span)\b", re.IGNORECASE)
EMPTY_PARAGRAPH = re.compile(r"^<(?P<tag>\w+)></(?P=tag)>$")


@cache
def cleaner() -> nh3.Cleaner:
    allowlist = allowlist_from_extensions(expand_extensions(EDITOR_EXTENSIONS))
    allowlist["link_rel"] = "noopener noreferrer nofollow"
    allowlist["attributes"]["a"] = allowlist["attributes"]["a"] - {"rel"}
    return nh3.Cleaner(**allowlist)


def sanitize_html(markup: str) -> str:
    """Allowed HTML only. Plain text (older content, imports) becomes escaped paragraphs first."""
    markup = (markup or "").strip()
    if not markup:
        return ""
    if not LOOKS_LIKE_HTML.search(markup):
        markup = linebreaks(markup, autoescape=True)
    clean = cleaner().clean(markup).strip()
    return "" if EMPTY_PARAGRAPH.match(clean) else clean


if TYPE_CHECKING:
    _ModelMixin = models.Model
else:
    _ModelMixin = object


# The longest text a field holds: about 30,000 words, longer than any analysis. Beyond it a paste is a mistake,
# and PostgreSQL's text search cannot index it (a tsvector holds at most 1 MB).
LONG_TEXT_MAX_CHARACTERS = 200_000


def long_text_limit() -> list:
    """A message on the field, in the admin's language, for text longer than LONG_TEXT_MAX_CHARACTERS."""
    return [MaxLengthValidator(LONG_TEXT_MAX_CHARACTERS)]


class RichTextContent(_ModelMixin):
    """Sanitises the model's rich-text fields, in every language, whenever it is saved."""

    rich_text_fields: tuple[str, ...] = ()

    def sanitize_rich_text(self) -> None:
        for field in self.rich_text_fields:
            for name in (field, *(f"{field}_{code}" for code in language_codes())):
                if name in self.__dict__:
                    self.__dict__[name] = sanitize_html(self.__dict__[name])

    def save(self, *args, **kwargs):
        self.sanitize_rich_text()
        super().save(*args, **kwargs)
