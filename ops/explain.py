"""Which of a page's queries read a whole large table: each SELECT a page runs is explained (EXPLAIN, the
planner's chosen plan, not run) and its sequential scans of tables past a size are reported."""

import json

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

LARGE_TABLE_ROWS = 10_000  # below this a sequential scan is what an index would cost anyway


def table_rows() -> dict[str, float]:
    """The planner's row estimate of every table (pg_class.reltuples, after ANALYZE)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT relname, reltuples FROM pg_class WHERE relkind = 'r'")
        return dict(cursor.fetchall())


# Nodes that read all their input before giving a row: a Limit above one of them does not stop the scan below.
BLOCKING = {
    "Sort",
    "Incremental Sort",
    "Aggregate",
    "Hash",
    "Materialize",
    "Unique",
    "WindowAgg",
    "SetOp",
    "Gather Merge",
}


def sequential_scans(plan: dict, *, bounded: bool = False) -> list[str]:
    """The tables a plan (EXPLAIN's JSON, one node) reads from end to end, its sub-plans included. A sequential
    scan that a Limit stops (nothing between them waits for all rows) reads only what the limit needs."""
    node = plan.get("Node Type")
    bounded = True if node == "Limit" else False if node in BLOCKING else bounded
    found = [plan["Relation Name"]] if node == "Seq Scan" and not bounded else []
    for child in plan.get("Plans", ()):
        found += sequential_scans(child, bounded=bounded)
    return found


def explain_page(path: str, *, host: str = "127.0.0.1") -> dict:
    """{"queries": n, "full_scans": [large tables read whole]} for one GET of ``path`` in this process."""
    client = Client(HTTP_HOST=host)
    with override_settings(PUBLIC_PAGE_CACHE_SECONDS=0), CaptureQueriesContext(connection) as captured:
        response = client.get(path)  # built, not taken from the page cache
    rows = table_rows()
    full = []
    with connection.cursor() as cursor:
        for query in captured.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}")
            document = cursor.fetchone()[0]
            (plan,) = json.loads(document) if isinstance(document, str) else document
            full += [table for table in sequential_scans(plan["Plan"]) if rows.get(table, 0) >= LARGE_TABLE_ROWS]
    return {"status": response.status_code, "queries": len(captured.captured_queries), "full_scans": sorted(set(full))}
