"""What a test needs from the machine besides the database (Redis, Chromium, npm).

Where a need is missing the test is skipped with a message saying so, on a developer's machine; under CI (CI=true,
which .ci/run sets) it fails instead, so that a green run never hides a test that did not run.
"""

import os

import pytest

from ops.release import port_open

NO_REDIS = "no Redis server on 127.0.0.1:6379 on this machine"


def under_ci() -> bool:
    return os.environ.get("CI") == "true"


def require_or_skip(available: bool, message: str) -> None:
    """Go on when ``available``; otherwise fail under CI, and skip elsewhere, with ``message``."""
    if available:
        return
    if under_ci():
        pytest.fail(f"{message} (CI=true: a missing need fails instead of skipping)", pytrace=False)
    pytest.skip(message)


def redis_is_running() -> bool:
    return port_open("127.0.0.1", 6379)
