"""The embedded PostgreSQL server: shared by processes, and its data outlives a restart."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
import pytest
from django.db import connection

from integration_portal.embedded_postgresql.base import start_embedded_server, stop_embedded_server

ROOT = Path(__file__).resolve().parents[2]
embedded_only = pytest.mark.skipif(
    "EMBEDDED_PGDATA" not in connection.settings_dict, reason="DATABASE_URL is set: the embedded server is not used"
)


@embedded_only
@pytest.mark.django_db
def test_another_process_joins_the_running_server_and_leaves_it_running():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_postmaster_start_time()::text")
        (started,) = cursor.fetchone()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.db import connection; c = connection.cursor(); "
            "c.execute('SELECT pg_postmaster_start_time()::text'); print(c.fetchone()[0])",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "integration_portal.settings",
            "SECRET_KEY": "test",
            "EMBEDDED_PGDATA": connection.settings_dict["EMBEDDED_PGDATA"],
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == started
    with connection.cursor() as cursor:  # still up after the other process exited
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def test_data_survives_a_restart():
    pgdata = Path(tempfile.mkdtemp(prefix="portal-restart-")) / "pgdata"
    try:
        socket_dir = start_embedded_server(pgdata)
        with psycopg.connect(host=str(socket_dir), user="postgres", dbname="postgres", autocommit=True) as conn:
            conn.execute("CREATE TABLE kept (word text)")
            conn.execute("INSERT INTO kept VALUES ('ประชาคมแอนเดียน')")
        stop_embedded_server(pgdata)
        assert not (pgdata / "postmaster.pid").exists()
        socket_dir = start_embedded_server(pgdata)
        with psycopg.connect(host=str(socket_dir), user="postgres", dbname="postgres") as conn:
            assert conn.execute("SELECT word FROM kept").fetchone() == ("ประชาคมแอนเดียน",)
    finally:
        stop_embedded_server(pgdata)
        subprocess.run(["rm", "-rf", str(pgdata.parent)], check=False)
