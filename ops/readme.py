"""Measured figures written into README.md between ``<!-- name:start -->`` and ``<!-- name:end -->``."""

import re

from django.conf import settings


def write_readme_section(name: str, markdown: str) -> None:
    path = settings.BASE_DIR / "README.md"
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.DOTALL)
    if not pattern.search(text):
        raise ValueError(f"README.md has no <!-- {name}:start --> … <!-- {name}:end --> markers.")
    path.write_text(pattern.sub(lambda m: m.group(1) + markdown.rstrip() + "\n" + m.group(2), text), encoding="utf-8")
