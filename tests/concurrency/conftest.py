"""The production configuration under gunicorn with several workers, for failures one process cannot show.

Each module gets a throwaway release (ops.release: its own database on the test run's PostgreSQL server, migrated
and loaded with the demo content, then gunicorn with the checked-in gunicorn.conf.py). Writes happen in other
processes (`manage.py shell`) and commit for real; readers are concurrent HTTP clients.
"""

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.db import connection

from integration_portal.embedded_postgresql.base import socket_dir_for
from ops.release import ThrowawayRelease
from tests.services import NO_REDIS, redis_is_running, require_or_skip

REDIS = "redis://127.0.0.1:6379/12"


def server_admin_url() -> str:
    """A URL for the PostgreSQL server the test run uses: DATABASE_URL's, or the embedded one's socket."""
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    socket_dir = urllib.parse.quote(str(socket_dir_for(connection.settings_dict)), safe="")
    return f"postgresql://postgres@{socket_dir}/postgres"


class Site:
    """A running release: plain HTTP on loopback, and a shell in the release's environment."""

    def __init__(self, release: ThrowawayRelease, server):
        self.release = release
        self.base = f"http://{server.bind}"

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.base + path, timeout=30) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def shell(self, code: str, *, background: bool = False):
        """Python run by `manage.py shell` in its own process, against the release's database and cache."""
        command = [sys.executable, "manage.py", "shell", "--no-imports", "-c", code]
        if background:
            return subprocess.Popen(
                command, cwd=settings.BASE_DIR, env=self.release.env, stdout=subprocess.PIPE, text=True
            )
        result = subprocess.run(
            command, cwd=settings.BASE_DIR, env=self.release.env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout


@dataclass
class Readers:
    """Threads that fetch one address over and over, noting (start time, status, body) of each answer."""

    site: Site
    path: str
    count: int = 4
    answers: list = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)

    def __enter__(self):
        self.threads = [threading.Thread(target=self.read, daemon=True) for _ in range(self.count)]
        for thread in self.threads:
            thread.start()
        return self

    def read(self):
        while not self._stop.is_set():
            started = time.time()
            status, body = self.site.get(self.path)
            self.answers.append((started, status, body))
            time.sleep(0.01)

    def __exit__(self, *exc_info):
        self._stop.set()
        for thread in self.threads:
            thread.join(timeout=60)


def start_site(request, name: str, **env) -> Site:
    release = ThrowawayRelease(
        admin_url=server_admin_url(),
        env={"HTTPS": "false", "ALLOWED_HOSTS": "127.0.0.1", "WEB_CONCURRENCY": "3", "GUNICORN_THREADS": "2", **env},
        log=lambda _line: None,
        name=name,
    )
    release.__enter__()
    request.addfinalizer(lambda: release.__exit__(None, None, None))
    return Site(release, release.start())


@pytest.fixture(scope="module")
def site(request, django_db_blocker):
    """Three workers and no Redis: the cache is the production default."""
    with django_db_blocker.unblock():
        return start_site(request, "concurrency")


@pytest.fixture(scope="module")
def redis_site(request, django_db_blocker):
    require_or_skip(redis_is_running(), NO_REDIS)
    import redis

    redis.Redis.from_url(REDIS).flushdb()  # nothing left from another run's release
    with django_db_blocker.unblock():
        return start_site(request, "concurrency_redis", REDIS_URL=REDIS)
