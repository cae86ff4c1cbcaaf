"""Measured figures, one page per command in docs/measurements/, between ``<!-- name:start -->`` and
``<!-- name:end -->``.

A page holds what a person wrote about the figures (how they are taken, what they mean against a goal) around the
markers; a command rewrites only what lies between them, and creates the page with its heading when it is missing.
"""

import re
from pathlib import Path

from django.conf import settings

# Each page the commands write: its heading and the make target that measures it.
PAGES = {
    "perf": ("Page cost at size", "make perf"),
    "benchmark": ("Search speed", "make benchmark"),
    "relevance": ("Search relevance", "make relevance"),
    "load-test": ("Load test", "make loadtest"),
    "soak": ("Soak test: concurrency under load", "make soak"),
    "import-benchmark": ("Import benchmark", "make import-benchmark"),
    "lighthouse": ("Lighthouse scores", "make lighthouse"),
    "observatory": ("Security headers: HTTP Observatory", "make observatory"),
    "record-counts": ("The record per bloc", "make record-counts"),
}


def measurement_path(name: str) -> Path:
    if name not in PAGES:
        raise ValueError(f"No measurement page is named {name!r}: add it to ops.measurements.PAGES.")
    return settings.BASE_DIR / "docs" / "measurements" / f"{name}.md"


def add_write_argument(parser, name: str) -> None:
    """The ``--write`` flag of a command whose figures go to docs/measurements/<name>.md."""
    parser.add_argument("--write", action="store_true", help=f"Also write the figures to docs/measurements/{name}.md.")


def write_measurement(name: str, markdown: str) -> Path:
    """Put ``markdown`` between the page's markers (the page and its markers are created if missing)."""
    path = measurement_path(name)
    block = f"<!-- {name}:start -->\n{markdown.rstrip()}\n<!-- {name}:end -->"
    if not path.exists():
        title, target = PAGES[name]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {title}\n\nWritten by `{target}`.\n\n{block}\n", encoding="utf-8")
        return path
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"<!-- {re.escape(name)}:start -->\n.*?<!-- {re.escape(name)}:end -->", re.DOTALL)
    if not pattern.search(text):
        raise ValueError(f"{path} has no <!-- {name}:start --> … <!-- {name}:end --> markers.")
    path.write_text(pattern.sub(lambda _: block, text, count=1), encoding="utf-8")
    return path
