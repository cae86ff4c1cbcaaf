"""The demo content as loaded once per run, copied out of PostgreSQL and back in with COPY.

Browser tests run against a live server, so their data is committed and flushed after each test; loading the
demo again through the loader (validation, history, search index) took about 8 s per test. Copying the rows
back takes a fraction of a second and gives the same tables, search index included.
"""

from dataclasses import dataclass

import pytest
from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

SKIPPED = {"django_migrations"}


@dataclass(frozen=True)
class Snapshot:
    tables: dict[str, tuple[list[str], bytes]]  # table → (columns, rows in COPY's binary format)


STASH_KEY = pytest.StashKey[Snapshot]()  # where tests/conftest.py keeps the run's snapshot


def _columns(cursor, table: str) -> list[str]:
    cursor.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = %s AND is_generated = 'NEVER' ORDER BY ordinal_position",
        [table],
    )
    return [row[0] for row in cursor.fetchall()]


def _column_list(columns: list[str]) -> str:
    return ", ".join(connection.ops.quote_name(column) for column in columns)


def take() -> Snapshot:
    tables = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if table in SKIPPED:
                continue
            columns = _columns(cursor, table)
            sql = f"COPY {connection.ops.quote_name(table)} ({_column_list(columns)}) TO STDOUT (FORMAT binary)"
            with cursor.cursor.copy(sql) as copy:
                tables[table] = (columns, b"".join(bytes(chunk) for chunk in copy))
    return Snapshot(tables)


def restore(snapshot: Snapshot) -> None:
    """Every table back to the snapshot's rows (whatever they hold now), and the id sequences after them."""
    quoted = ", ".join(connection.ops.quote_name(table) for table in snapshot.tables)
    with transaction.atomic(), connection.cursor() as cursor:
        # Django's foreign keys are DEFERRABLE INITIALLY DEFERRED: checked at commit, whatever the table order.
        cursor.execute(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
        for table, (columns, rows) in snapshot.tables.items():
            sql = f"COPY {connection.ops.quote_name(table)} ({_column_list(columns)}) FROM STDIN (FORMAT binary)"
            with cursor.cursor.copy(sql) as copy:
                copy.write(rows)
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
            cursor.execute(statement)
