"""axe-core in Chromium: no violation on any kind of public page, in es, th and en, at desktop and phone widths.

axe-core is pinned in tests/browser/axe/package-lock.json and installed with `npm ci` into var/axe once per
lockfile. It is run with Playwright's evaluate(), which the page's Content-Security-Policy does not apply to, so the
pages are checked exactly as they are served. Where npm is missing the test is skipped with a message, except
under CI (CI=true), where that is a failure.
"""

import fcntl
import shutil
import subprocess
from pathlib import Path

import pytest

from articles.models import Article
from tests.services import require_or_skip

from .pages import visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(__file__).parent / "axe"
INSTALLED = ROOT / "var" / "axe"
AXE = INSTALLED / "node_modules" / "axe-core" / "axe.min.js"
LOCALES = {"es": "es-ES", "th": "th-TH", "en": "en-US"}
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def axe_source() -> str:
    """axe.min.js, installed from the lockfile if it is not yet (one worker at a time)."""
    INSTALLED.mkdir(parents=True, exist_ok=True)
    with open(INSTALLED / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        wanted, installed = PACKAGE / "package-lock.json", INSTALLED / "package-lock.json"
        if not (AXE.exists() and installed.exists() and installed.read_bytes() == wanted.read_bytes()):
            require_or_skip(
                shutil.which("npm") is not None,
                "npm not found: axe-core cannot be installed (apt-get install npm)",
            )
            for name in ("package.json", "package-lock.json"):
                shutil.copy(PACKAGE / name, INSTALLED / name)
            subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=INSTALLED, check=True)
    return AXE.read_text(encoding="utf-8")


def page_kinds(language: str) -> dict[str, str]:
    article = Article.objects.get(demo_key="pacific-integration").translated("slug", language).value
    return {
        "home": f"/{language}/",
        "bloc list": f"/{language}/blocs/",
        "bloc": f"/{language}/blocs/mercosur/?on=2013-01-01",
        "country list": f"/{language}/countries/",
        "country": f"/{language}/countries/peru/",
        "timeline": f"/{language}/timeline/",
        "timeline filtered": f"/{language}/timeline/?bloc=mercosur&year_from=1990&kind=summit",
        "article list": f"/{language}/articles/",
        "article": f"/{language}/articles/{article}/",
        "search": f"/{language}/search/?q=mercosur",
        "date view": f"/{language}/on/2013-01-01/",
        "comparison": f"/{language}/compare/?country=pe&country=co",
        "API documentation": f"/{language}/api/",
        "not found": f"/{language}/blocs/does-not-exist/",
    }


@pytest.mark.parametrize(
    ("page", "language", "width"),
    [
        pytest.param({"locale": LOCALES[lang], **WIDTHS[width]}, lang, width, id=f"{lang}-{width}")
        for lang in LOCALES
        for width in WIDTHS
    ],
    indirect=["page"],
)
def test_axe_finds_no_violation_on_any_kind_of_page(page, demo, language, width):
    source = axe_source()
    found = []
    for kind, path in page_kinds(language).items():
        if kind == "not found":
            assert page.goto(demo.url + path).status == 404
        else:
            visit(page, demo, path)
        result = page.evaluate(source + "\n;axe.run(document, {resultTypes: ['violations']})")
        for violation in result["violations"]:
            targets = [node["target"] for node in violation["nodes"][:3]]
            found.append(f"{kind} ({path}): {violation['id']} ({violation['impact']}) on {targets}")
    assert not found, f"axe-core at {width} in {language}:\n" + "\n".join(found)
