import sys

from django.core.management.base import BaseCommand
from django.db import connection
from django.db.utils import OperationalError


class Command(BaseCommand):
    help = "Connect to the database and say in one line whether it can be reached."

    def handle(self, *args, **options):
        settings = connection.settings_dict
        where = settings.get("EMBEDDED_PGDATA") or (
            f"{settings.get('HOST') or 'localhost'}:{settings.get('PORT') or 5432}/{settings.get('NAME')}"
        )
        try:
            connection.ensure_connection()
        except OperationalError as error:
            reason = str(error).strip().splitlines()[0] if str(error).strip() else error.__class__.__name__
            self.stderr.write(f"Cannot reach the PostgreSQL database at {where}: {reason}")
            sys.exit(1)
        self.stdout.write(f"PostgreSQL {connection.pg_version // 10000} reached at {where}.")
