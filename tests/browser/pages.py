"""Helpers shared by the browser tests: loading pages, reading the address, layout checks, docs/screenshots/."""

import os
import shutil
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def visit(page, live_server, path: str):
    """Load ``path`` (percent-encoding any Thai in it) and require a 200."""
    response = page.goto(live_server.url + quote(path, safe="/?&=#%"))
    assert response is not None, f"no response for {path}"
    assert response.status == 200, f"{path} answered {response.status}"
    return response


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def path_of(page) -> str:
    return unquote(urlsplit(page.url).path)


def overflowing_elements(page) -> list[str]:
    """Elements reaching past the right edge of the viewport, described for an assertion message."""
    return page.evaluate(
        """() => {
            const width = window.innerWidth;
            const found = [];
            for (const element of document.querySelectorAll("body *")) {
                const box = element.getBoundingClientRect();
                if (box.right > width + 1 && box.width > 0) {
                    const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
                        + (element.classList.length ? "." + [...element.classList].join(".") : "");
                    found.push(`${name} (right edge ${Math.round(box.right)}px)`);
                }
            }
            return found.slice(0, 15);
        }"""
    )


def publish_to_readme(path: str, name: str) -> None:
    """Copy a screenshot into docs/screenshots/ (committed) only when asked: `make readme-screenshots`."""
    if os.environ.get("UPDATE_README_SCREENSHOTS") == "1":
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOCS_SCREENSHOTS / name)
