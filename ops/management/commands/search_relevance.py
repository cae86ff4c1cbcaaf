from django.core.management.base import BaseCommand, CommandError

from ops.readme import write_readme_section
from ops.relevance import relevance_report
from ops.relevance.metrics import METRICS


class Command(BaseCommand):
    help = "Print nDCG@10 and P@5 per language over the judged queries, next to a plain icontains baseline."

    def add_arguments(self, parser):
        parser.add_argument("--readme", action="store_true", help="Also write the table into README.md.")

    def handle(self, *args, readme, **options):
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
        if readme:
            write_readme_section("relevance", table)
            self.stdout.write(self.style.SUCCESS("README.md updated."))
