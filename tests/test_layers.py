"""The layer rule (docs/architecture.md): lower layers never import higher ones or the apps.

import-linter checks the contract in pyproject.toml. The second test breaks the rule on purpose, in a
copy of the code, to show the check would catch it.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("integration_portal", "blocs", "articles", "ops")
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(root / "pyproject.toml")],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_code_keeps_the_layer_rule():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.fixture
def copy_of_the_code(tmp_path):
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


@pytest.mark.parametrize(
    ("module", "offending_import"),
    [
        ("integration_portal/core/dates.py", "import blocs.models"),
        ("integration_portal/web/page_cache.py", "from articles.models import Article"),
        ("integration_portal/editorial/roles.py", "from integration_portal.search import engine"),
        ("blocs/views.py", "from articles.models import Article"),
        ("integration_portal/search/engine.py", "from integration_portal.site import views"),
        ("integration_portal/site/views.py", "from ops import measurements"),
    ],
)
def test_an_import_against_the_rule_is_caught(copy_of_the_code, module, offending_import):
    path = copy_of_the_code / module
    path.write_text(path.read_text() + f"\n{offending_import}  # against the rule\n")
    result = lint_imports(copy_of_the_code)
    assert result.returncode != 0
    assert "1 broken" in result.stdout
    assert module.removesuffix(".py").replace("/", ".") in result.stdout
