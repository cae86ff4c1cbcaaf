"""How long an admin import of events takes, against the per-row upkeep it replaced, in one run.

The baseline is the same file through the same resource with the search index written after every row and
relation (no ``EDITORIAL_IMPORT_CONTEXTS``) and Django's own constraint checks, a query each. Both run in a
throwaway database with the demo content, preview (dry run) then confirm, interleaved, best of the rounds.
"""

import time

import tablib
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, models
from django.test.utils import override_settings

from blocs.models import Bloc, Country, Event
from blocs.resources import EventResource
from integration_portal.core.constraints import ChecksInOneQuery
from integration_portal.demo.loader import load_demo
from ops.measurements import add_write_argument, write_measurement


def event_file(rows: int) -> tablib.Dataset:
    blocs = list(Bloc.objects.values_list("slug", flat=True))
    countries = list(Country.objects.values_list("alpha2", flat=True))
    headers = ["date", "date_precision", "kind", "title_es", "title_th", "title_en", "blocs", "countries", "status"]
    data = tablib.Dataset(headers=headers)
    for n in range(rows):
        data.append(
            [
                f"{1950 + n % 70}-0{1 + n % 9}-1{n % 10}",
                "day",
                "summit",
                f"Cumbre de prueba {n}",
                f"การประชุมทดสอบ {n}",
                f"Test summit {n}",
                f"{blocs[n % len(blocs)]},{blocs[(n + 1) % len(blocs)]}",
                f"{countries[n % len(countries)]},{countries[(n + 3) % len(countries)]}",
                "draft",
            ]
        )
    return data


def timed_import(data: tablib.Dataset, user, *, dry_run: bool) -> float:
    started = time.perf_counter()
    result = EventResource().import_data(data, dry_run=dry_run, user=user, use_transactions=True)
    seconds = time.perf_counter() - started
    assert not result.has_errors() and not result.has_validation_errors(), result.row_errors()
    return seconds


def per_row_upkeep():
    """The old way: the index written at every save, each check constraint asked on its own."""
    stack = override_settings(EDITORIAL_IMPORT_CONTEXTS=[])
    original = ChecksInOneQuery.validate_constraints
    ChecksInOneQuery.validate_constraints = models.Model.validate_constraints

    class Restore:
        def __enter__(self):
            stack.enable()

        def __exit__(self, *exc_info):
            stack.disable()
            ChecksInOneQuery.validate_constraints = original

    return Restore()


class Command(BaseCommand):
    help = "Time a CSV import of events (preview and confirm) against the per-row upkeep it replaced."

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=500)
        parser.add_argument("--rounds", type=int, default=2)
        add_write_argument(parser, "import-benchmark")

    def handle(self, *args, rows, rounds, write, **options):
        creation = connection.creation
        original_name = connection.settings_dict["NAME"]
        creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            load_demo()
            user = get_user_model().objects.create_superuser("benchmark", "benchmark@example.org", None)
            data = event_file(rows)
            best: dict[tuple[str, str], float] = {}
            for round_number in range(rounds):
                for way in ("per row", "per file"):
                    for step, dry_run in (("preview", True), ("confirm", False)):
                        if way == "per row":
                            with per_row_upkeep():
                                seconds = timed_import(data, user, dry_run=dry_run)
                        else:
                            seconds = timed_import(data, user, dry_run=dry_run)
                        best[way, step] = min(best.get((way, step), seconds), seconds)
                        self.stdout.write(f"round {round_number + 1}, {way}, {step}: {seconds:.1f} s")
                        if not dry_run:
                            Event.objects.filter(title_en__startswith="Test summit ").delete()
        finally:
            creation.destroy_test_db(original_name, verbosity=0)
        lines = [
            f"A CSV of {rows} events (three languages, two blocs and two countries each), through the admin's "
            f"resource on the embedded PostgreSQL, best of {rounds} interleaved rounds:",
            "",
            "| step | index and checks per row (before) | per file (now) | ratio |",
            "|---|---|---|---|",
        ]
        for step in ("preview", "confirm"):
            before, now = best["per row", step], best["per file", step]
            lines.append(f"| {step} | {before:.1f} s | {now:.1f} s | {now / before:.2f} |")
        report = "\n".join(lines)
        self.stdout.write(report)
        if write:
            write_measurement("import-benchmark", report)
