"""Plain text: what a reader sees of a body that may hold HTML, and whether it is written in Thai script."""

import re
from html import unescape

from django.utils.html import strip_tags

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")


def plain_text(markup: str) -> str:
    """Readable text of a body that may contain HTML."""
    return unescape(strip_tags(markup or ""))


def has_thai(text: str) -> bool:
    return bool(THAI_CHAR.search(text))
