"""`make run` first runs check_database: an unreachable DATABASE_URL is one clear line and a non-zero exit."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**os.environ, "SECRET_KEY": "test", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_unreachable_database_url_is_reported_in_one_line():
    # Port 1 on loopback: nothing listens there, so the connection is refused at once.
    result = run_manage("check_database", DATABASE_URL="postgres://portal@127.0.0.1:1/portal")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Cannot reach the PostgreSQL database at 127.0.0.1:1/portal:")


def test_a_database_url_that_is_not_postgresql_is_refused():
    result = run_manage("check", DATABASE_URL="sqlite:///portal.db")
    assert result.returncode != 0
    assert "DATABASE_URL must point at PostgreSQL" in result.stderr


def test_without_debug_a_secret_key_is_required():
    env = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "DEBUG"}}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off." in result.stderr
