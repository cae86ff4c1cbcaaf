"""Are the message catalogues in step with the code? makemessages in a copy of the tree, then every msgid checked.

A string added to the code and not yet translated shows up as an empty or fuzzy (guessed) msgstr; a string
removed from the code leaves an obsolete entry. The committed catalogues are not touched: makemessages runs
in a temporary copy of the files git tracks (and untracked ones it does not ignore).
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from integration_portal.core.languages import language_codes


def tree_files(root: Path) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        capture_output=True,
        check=True,
    )
    return [name for name in listed.stdout.decode().split("\0") if name and (root / name).is_file()]


def problems(catalogue_path: Path) -> list[str]:
    with catalogue_path.open("rb") as po:
        catalogue = read_po(po)
    found = []
    for message in catalogue:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            found.append(f"fuzzy: {message.id!r}")
        elif not all(strings):
            found.append(f"untranslated: {message.id!r}")
    found += [f"obsolete: {msgid!r}" for msgid in catalogue.obsolete]
    return found


class Command(BaseCommand):
    help = "Fails if makemessages would add, guess or drop a message in any language's catalogue."

    def handle(self, *args, **options):
        root = Path(settings.BASE_DIR)
        with tempfile.TemporaryDirectory(prefix="catalogues-") as scratch:
            copy = Path(scratch)
            for name in tree_files(root):
                (copy / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(root / name, copy / name)
            languages = [arg for code in language_codes() for arg in ("-l", code)]
            result = subprocess.run(
                [sys.executable, "manage.py", "makemessages", *languages, "--verbosity", "0"],
                cwd=copy,
                env={**os.environ, "DEBUG": "true"},
                capture_output=True,
                text=True,
            )
            if result.returncode != 0:
                raise CommandError(f"makemessages failed:\n{result.stderr}")
            report = {code: problems(copy / "locale" / code / "LC_MESSAGES" / "django.po") for code in language_codes()}
        for code, found in report.items():
            for line in found:
                self.stdout.write(f"locale/{code}: {line}")
        total = sum(len(found) for found in report.values())
        if total:
            raise CommandError(
                f"{total} catalogue entries out of step with the code: run makemessages and translate them."
            )
        self.stdout.write(f"Catalogues in step with the code ({', '.join(language_codes())}).")
