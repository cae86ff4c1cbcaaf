"""What each per-process cache saves on the pages readers get uncached (the first reader after every change).

In this process, with the page cache off, each public page is requested in interleaved rounds: once with every
per-process cache warm, and once for each cache with that cache emptied before every request (what a page would
cost without it). The figure is this process's CPU time per request (``time.process_time``), with the test
client's own share the same in every column. A benchmark, not a test: it prints its table and, with --write,
writes it to docs/measurements/cache-payoff.md. docs/caching.md says which caches stay, and why.
"""

import statistics
import time
from collections.abc import Callable

from django.core.cache import caches
from django.core.management.base import BaseCommand
from django.test import Client, override_settings
from django.utils.translation import override as translation_override

from integration_portal.core import collation, kept_statements, reversed_urls
from integration_portal.web import kept_lists
from ops.measurements import add_write_argument, write_measurement

PAGES = {
    "home": "/es/",
    "Mercosur's bloc page": "/es/blocs/mercosur/",
    "timeline": "/es/timeline/",
    "article list": "/es/articles/",
    "an analysis": "/es/articles/",  # replaced by the first analysis's address at run time
    "search": "/es/search/?q=mercosur",
}


def forget_statements() -> None:
    for statement in list(kept_statements._KEPT):
        statement.forget()


# Each cache, and how to empty it (so that the next request pays what it saves).
CACHES_MEASURED: dict[str, Callable[[], None]] = {
    "compiled statements (core/kept_statements)": forget_statements,
    "reversed URLs (core/reversed_urls)": reversed_urls._reversed.cache_clear,
    "kept lists (web/kept_lists)": kept_lists._KEPT.clear,
    "template fragments (per_process cache)": lambda: caches["per_process"].clear(),
    "sort keys (core/collation)": collation._sort_key.cache_clear,
}


class Command(BaseCommand):
    help = "CPU per uncached page with each per-process cache, and without it."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=30)
        add_write_argument(parser, "cache-payoff")

    def handle(self, *args, rounds, write, **options):
        from articles.models import Article

        article = Article.objects.published().order_by("pk").first()
        with translation_override("es"):
            pages = {**PAGES, "an analysis": article.get_absolute_url() if article else "/es/articles/"}
        with override_settings(PUBLIC_PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["testserver"], DEBUG=False):
            costs = self.measure(pages, rounds)
        report = self.table(costs, rounds)
        self.stdout.write(report)
        if write:
            write_measurement("cache-payoff", report)

    def measure(self, pages: dict[str, str], rounds: int) -> dict[tuple[str, str], list[float]]:
        client = Client()
        variants: dict[str, Callable[[], None] | None] = {"all caches warm": None, **CACHES_MEASURED}
        costs: dict[tuple[str, str], list[float]] = {}
        for path in pages.values():  # warm every cache, and the database's buffers
            assert client.get(path).status_code == 200, path
        order = list(variants.items())
        for round_number in range(rounds):
            # Each round starts from another variant: the first after a switch pays for a colder CPU cache.
            shift = round_number % len(order)
            for variant, forget in order[shift:] + order[:shift]:
                for page, path in pages.items():
                    if forget is not None:
                        forget()
                    started = time.process_time()
                    client.get(path)
                    costs.setdefault((variant, page), []).append((time.process_time() - started) * 1000)
        return costs

    def table(self, costs: dict[tuple[str, str], list[float]], rounds: int) -> str:
        pages = list(dict.fromkeys(page for _variant, page in costs))
        median = {key: statistics.median(values) for key, values in costs.items()}
        lines = [
            f"`manage.py cache_payoff` ({rounds} interleaved rounds, median CPU ms per request in one process, page "
            "cache off): each cache emptied before every request, against all of them warm.",
            "",
            "| cache | " + " | ".join(pages) + " |",
            "|---|" + "---|" * len(pages),
            "| all caches warm (ms) | " + " | ".join(f"{median['all caches warm', page]:.2f}" for page in pages) + " |",
        ]
        for variant in CACHES_MEASURED:
            cells = []
            for page in pages:
                warm, cold = median["all caches warm", page], median[variant, page]
                cells.append(f"{cold - warm:+.2f} ({(cold - warm) / warm:+.0%})")
            lines.append(f"| without {variant} | " + " | ".join(cells) + " |")
        return "\n".join(lines)
