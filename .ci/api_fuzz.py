"""Fuzz the JSON API with schemathesis against its own OpenAPI schema, served by gunicorn in production mode.

A throwaway release (ops.release: its own database, migrated and loaded with the demo content) runs on the
PostgreSQL server of DATABASE_URL, or on an embedded one made for this run. Schemathesis reads /api/v1/schema/ and
sends every operation generated requests, valid and invalid, with every check: no answer may be a server error or
differ from the schema. Then, on a second server with a limit of 5 requests a minute and two workers that share the
database cache, the sixth request from one address is refused with 429 and Retry-After, whichever worker takes it.

    .venv/bin/python .ci/api_fuzz.py [--max-examples N]
"""

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_portal.settings")
os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ.setdefault("DEBUG", "false")

import django  # noqa: E402

django.setup()

from ops.release import ThrowawayRelease  # noqa: E402

SCHEMATHESIS = str(Path(sys.executable).parent / "schemathesis")


def admin_url() -> str:
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    from integration_portal.embedded_postgresql.base import start_embedded_server

    pgdata = Path(tempfile.mkdtemp(prefix="api-fuzz-")) / "pgdata"
    socket_dir = start_embedded_server(pgdata, throwaway=True)
    return f"postgresql://postgres@{urllib.parse.quote(str(socket_dir), safe='')}/postgres"


def get(base: str, path: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(base + path, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


# The defaults, and 414: gunicorn refuses a request line over 4 kB before the application sees it (documented).
CONFIG = """
[checks.negative_data_rejection]
expected-statuses = ["400", "404", "405", "406", "414", "429"]
"""


def fuzz(base: str, max_examples: int, workdir: Path) -> int:
    config = workdir / "schemathesis.toml"
    config.write_text(CONFIG, encoding="utf-8")
    command = [
        SCHEMATHESIS, "--config-file", str(config), "run", f"{base}/api/v1/schema/",
        "--checks", "all",
        "--phases", "examples,coverage,fuzzing",
        "--max-examples", str(max_examples),
        "--seed", "15",
        "--workers", "2",
        "--request-timeout", "30",
        "--suppress-health-check", "too_slow,filter_too_much",
    ]  # fmt: skip
    # Run from the release's directory: schemathesis keeps a .schemathesis/ folder where it runs.
    return subprocess.run(command, cwd=workdir, check=False).returncode


def rate_limit_holds_across_workers(release: ThrowawayRelease) -> None:
    release.env["API_RATE_LIMIT"] = "5/min"
    # The fuzzing's own requests were counted in this minute's window too.
    release.manage("shell", "--no-imports", "-c", "from django.core.cache import cache; cache.clear()")
    server = release.start()
    base = f"http://{server.bind}"
    # Not too near the end of a minute, so that the six requests fall in one window.
    while time.time() % 60 > 45:
        time.sleep(1)
    answers = [get(base, f"/api/v1/countries/?page={1 + index % 2}") for index in range(6)]
    statuses = [status for status, _headers, _body in answers]
    assert statuses == [200] * 5 + [429], statuses
    _status, headers, body = answers[-1]
    assert 1 <= int(headers["Retry-After"]) <= 60, headers
    assert json.loads(body)["error"], body
    release.stop(server)
    print("Rate limit: 5 answers, then 429 with Retry-After, across two workers sharing the database cache.")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-examples", type=int, default=25)
    arguments = parser.parse_args()
    started = time.monotonic()
    env = {"HTTPS": "false", "ALLOWED_HOSTS": "127.0.0.1", "WEB_CONCURRENCY": "2", "GUNICORN_THREADS": "2"}
    # The fuzzing comes from one address: the limit is lifted for it, and checked on its own afterwards.
    release = ThrowawayRelease(admin_url=admin_url(), env={**env, "API_RATE_LIMIT": "1000000/min"}, name="api_fuzz")
    with release:
        server = release.start()
        code = fuzz(f"http://{server.bind}", arguments.max_examples, release.workdir)
        release.stop(server)
        if code != 0:
            print(f"schemathesis found failures (exit {code}).", file=sys.stderr)
            return 1
        rate_limit_holds_across_workers(release)
    print(f"API fuzzing passed in {time.monotonic() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
