from django.core.management.base import BaseCommand, CommandError

from ops.measurements import add_write_argument, write_measurement
from ops.relevance import relevance_report
from ops.relevance.metrics import METRICS


class Command(BaseCommand):
    help = "Print nDCG@10 and P@5 per language over the judged queries, next to a plain icontains baseline."

    def add_arguments(self, parser):
        add_write_argument(parser, "relevance")

    def handle(self, *args, write, **options):
        reports = relevance_report()
        if not all(report.queries for report in reports):
            raise CommandError("No judged queries found.")
        header = "| Language | Queries | " + " | ".join(f"{m} search | {m} icontains" for m in METRICS) + " |"
        lines = [header, "|" + "---|" * (2 + 2 * len(METRICS))]
        for report in reports:
            cells = [f"{report.engine[m]:.3f} | {report.baseline[m]:.3f}" for m in METRICS]
            lines.append(f"| {report.language} | {report.queries} | " + " | ".join(cells) + " |")
        table = "\n".join(lines)
        self.stdout.write(table)
        if write:
            write_measurement("relevance", table)
            self.stdout.write(self.style.SUCCESS("docs/measurements/relevance.md updated."))
