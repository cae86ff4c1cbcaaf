from django.core.management.base import BaseCommand

from integration_portal.demo.loader import load_demo


class Command(BaseCommand):
    help = "Load the demo blocs, countries, memberships, events and analyses. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="Restore demo objects that analysts have edited to their demo values.",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already holds blocs (used by `make run`).",
        )

    def handle(self, *args, refresh, if_empty, **options):
        from blocs.models import Bloc

        if if_empty and Bloc.objects.exists():
            self.stdout.write("The database already holds content; demo not loaded.")
            return
        report = load_demo(refresh=refresh)
        for line in report.lines():
            self.stdout.write(line)
        self.stdout.write(
            self.style.SUCCESS("Demo content loaded." if report.changed_anything else "Nothing to change.")
        )
