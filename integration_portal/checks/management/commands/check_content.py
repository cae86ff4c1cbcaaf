from django.core.management.base import BaseCommand, CommandError

from integration_portal.checks.facts import fact_findings
from integration_portal.checks.spelling import spelling_findings


class Command(BaseCommand):
    help = (
        "Check the record: facts without a source, periods outside their bloc's life, contradictory statuses, "
        "blocs without members, living predecessors of living successors, and names spelled two ways. "
        "Exits non-zero if it finds anything."
    )

    def handle(self, *args, **options):
        findings = [*fact_findings(), *spelling_findings()]
        for finding in findings:
            self.stdout.write(str(finding))
        if findings:
            raise CommandError(f"{len(findings)} finding(s).")
        self.stdout.write("No findings.")
