"""Hardening tests: hypothesis keeps its caches in a throwaway directory, never in the working tree."""

import atexit
import shutil
import tempfile

import pytest
from hypothesis import configuration

_storage = tempfile.mkdtemp(prefix="portal-hypothesis-")
atexit.register(shutil.rmtree, _storage, ignore_errors=True)
configuration.set_hypothesis_home_dir(_storage)


@pytest.fixture(autouse=True)
def no_api_rate_limit(settings):
    """The sweeps send hundreds of API requests from one address within a minute: they look for server errors,
    which a 429 would hide (tests/api checks the limit itself)."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"address": "1000000/min"}}
