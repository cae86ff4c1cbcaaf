"""Each benchmark page's queries explained (manage.py perf runs it at every size): JSON on stdout."""

import json

from django.core.management.base import BaseCommand
from django.utils import translation

from ops.explain import explain_page
from ops.perf import PAGES


class Command(BaseCommand):
    help = "EXPLAIN every query of each benchmark page; prints the large tables each reads from end to end."

    def handle(self, *args, **options):
        translation.activate("es")
        report = {name: explain_page(path) for name, path in PAGES.items() if not path.startswith("/_perf/")}
        self.stdout.write(json.dumps(report))
