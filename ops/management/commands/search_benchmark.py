import time

from django.core.management.base import BaseCommand
from django.db import connection

from integration_portal.demo.loader import load_demo
from ops import search_benchmark as benchmark
from ops.measurements import add_write_argument, write_measurement


class Command(BaseCommand):
    help = (
        "Generate a synthetic corpus in a throwaway database and report search latency, "
        "index build time and Thai segmentation throughput."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=30_000, help="Articles to generate (default 30,000).")
        add_write_argument(parser, "benchmark")
        parser.add_argument(
            "--keep-database", action="store_true", help="Leave the corpus database (test_<name>) for EXPLAIN."
        )

    def handle(self, *args, articles, write, keep_database, **options):
        log = self.stdout.write
        # The corpus lives in its own database (test_<name>), created here and dropped at the end.
        creation = connection.creation
        original_name = connection.settings_dict["NAME"]
        log("Creating a throwaway database and migrating it…")
        creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            load_demo()
            log(f"Generating {articles:,} articles in Spanish, Thai and English…")
            corpus = benchmark.generate_corpus(articles, log=log)
            log("Building the search index…")
            build_seconds = benchmark.build_index(corpus.article_ids)
            log("Measuring Thai segmentation…")
            throughput = benchmark.segmentation_throughput(corpus.thai_sample)
            sample_chars = sum(len(text) for text in corpus.thai_sample)
            log("Measuring searches…")
            started = time.perf_counter()
            rows = benchmark.measure_latency(articles)
            log(f"  ({time.perf_counter() - started:.0f} s)")
        finally:
            if keep_database:
                connection.close()
                connection.settings_dict["NAME"] = original_name
            else:
                creation.destroy_test_db(original_name, verbosity=0)
        lines = [
            f"Corpus: {articles:,} synthetic articles (title, summary and a 200-word body in each of es, th, en) "
            f"plus the demo content, on {connection.vendor} {connection.pg_version // 10000}.",
            "",
            f"- Index build: {build_seconds:.0f} s for {articles:,} articles "
            f"({articles / build_seconds:,.0f} per second, Thai segmentation and three vectors each).",
            f"- Thai segmentation: {throughput / 1e6:.2f} million characters per second "
            f"({sample_chars / 1e6:.1f} million characters of unseen text, one core).",
            "",
            "| Language | Terms | Docs matched (median) | Search p50 | Search p95 | Whole page p95 |",
            "|---|---|---|---|---|---|",
        ]
        for row in rows:
            lines.append(
                f"| {row.language} | {row.term_class} ({row.terms}) | {row.median_hits:,} | {row.p50_ms:.1f} ms | "
                f"{row.p95_ms:.1f} ms | {row.page_p95_ms:.1f} ms |"
            )
        report = "\n".join(lines)
        self.stdout.write(report)
        if write:
            write_measurement("benchmark", report)
            self.stdout.write(self.style.SUCCESS("docs/measurements/benchmark.md updated."))
