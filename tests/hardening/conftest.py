"""Hardening tests: hypothesis keeps its caches in a throwaway directory, never in the working tree."""

import atexit
import shutil
import tempfile

from hypothesis import configuration

_storage = tempfile.mkdtemp(prefix="portal-hypothesis-")
atexit.register(shutil.rmtree, _storage, ignore_errors=True)
configuration.set_hypothesis_home_dir(_storage)
