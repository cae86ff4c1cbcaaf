"""The catalogue gate: a string added to the code and not translated fails it; the committed tree passes."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def check_catalogues(root: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "DEBUG": "true", "DEV_TOOLS": "true"}
    environment.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", "check_catalogues"],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def copy_of_the_tree(tmp_path):
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.decode()
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, tmp_path / name)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    return tmp_path


def test_the_committed_catalogues_are_in_step_with_the_code():
    result = check_catalogues(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_new_untranslated_string_fails_the_check(copy_of_the_tree):
    views = copy_of_the_tree / "integration_portal" / "site" / "views.py"
    added = 'from django.utils.translation import gettext_lazy\n\nNEW = gettext_lazy("A sentence nobody translated")\n'
    views.write_text(views.read_text() + "\n\n" + added)
    result = check_catalogues(copy_of_the_tree)
    assert result.returncode != 0
    for language in ("es", "th", "en"):
        # Untranslated, or fuzzy if msgmerge guessed a translation from a similar string.
        reported = [line for line in result.stdout.splitlines() if line.startswith(f"locale/{language}: ")]
        assert any("'A sentence nobody translated'" in line for line in reported), result.stdout
    # The committed catalogues are untouched: makemessages ran in a copy of the copy.
    assert "A sentence nobody translated" not in (copy_of_the_tree / "locale/es/LC_MESSAGES/django.po").read_text()


def test_each_kind_of_catalogue_problem_is_reported(tmp_path):
    from ops.management.commands.check_catalogues import problems

    catalogue = tmp_path / "django.po"
    catalogue.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Translated"\nmsgstr "Traducido"\n\n'
        'msgid "Nobody translated this"\nmsgstr ""\n\n'
        '#, fuzzy\nmsgid "A guess"\nmsgstr "Una conjetura"\n\n'
        'msgid "One bloc"\nmsgid_plural "%d blocs"\nmsgstr[0] "Un bloque"\nmsgstr[1] ""\n\n'
        '#~ msgid "Gone from the code"\n#~ msgstr "Ya no está"\n',
        encoding="utf-8",
    )
    assert sorted(problems(catalogue)) == [
        "fuzzy: 'A guess'",
        "obsolete: 'Gone from the code'",
        "untranslated: 'Nobody translated this'",
        "untranslated: ('One bloc', '%d blocs')",
    ]
