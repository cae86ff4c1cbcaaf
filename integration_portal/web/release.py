"""Which release of the code is serving: what the page cache's generations are filed under.

A page is built by code, templates and catalogues as much as by content. A deploy or a rollback changes those
without saving any content, so a generation opened by one release is never served by another (page_cache.py).
"""

import functools
import hashlib
from pathlib import Path

from django.conf import settings

# What a page is built from, below BASE_DIR. Hashed by content, not by modification time: two servers with
# their own checkout of one release must agree, or they would close each other's generation on every request.
RELEASE_FILES = ("integration_portal", "blocs", "articles", "templates", "locale", "static")
RELEASE_SUFFIXES = frozenset({".py", ".html", ".txt", ".xml", ".po", ".css", ".js", ".json", ".svg"})


@functools.cache
def release_id() -> str:
    """``RELEASE_ID`` from the environment when the deploy sets it (a tag or commit), else a fingerprint of the
    files pages are built from and the pinned requirements."""
    return settings.RELEASE_ID or source_fingerprint(Path(settings.BASE_DIR))


def source_fingerprint(base: Path) -> str:
    digest = hashlib.sha256()
    paths = [base / "requirements.txt"]
    for top in RELEASE_FILES:
        paths.extend(path for path in (base / top).rglob("*") if path.suffix in RELEASE_SUFFIXES and path.is_file())
    for path in sorted(paths):
        if path.is_file():
            digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
