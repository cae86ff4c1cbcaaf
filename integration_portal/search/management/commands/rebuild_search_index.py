import time

from django.core.management.base import BaseCommand

from integration_portal.search import index
from integration_portal.search.models import SearchEntry


class Command(BaseCommand):
    help = "Rebuild the search index of articles, events, blocs and countries from scratch."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the index already has entries (used by `make run`).",
        )

    def handle(self, *args, if_empty, **options):
        if if_empty and SearchEntry.objects.exists():
            self.stdout.write("The search index already has entries; not rebuilt.")
            return
        started = time.perf_counter()
        counts = index.rebuild()
        elapsed = time.perf_counter() - started
        summary = ", ".join(f"{count} {result_type}" for result_type, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt in {elapsed:.1f} s: {summary}."))
