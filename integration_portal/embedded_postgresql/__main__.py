"""python -m integration_portal.embedded_postgresql stop: stop the embedded server if it runs."""

import os
import sys
from pathlib import Path

from django.conf import settings


def main(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_portal.settings")
    pgdata = Path(settings.DATABASES["default"].get("EMBEDDED_PGDATA") or "var/pgdata")
    if argv[1:] != ["stop"]:
        print("usage: python -m integration_portal.embedded_postgresql stop", file=sys.stderr)
        return 2
    if not (pgdata / "postmaster.pid").exists():
        print(f"No embedded PostgreSQL server runs for {pgdata}.")
        return 0
    from .base import stop_embedded_server

    stop_embedded_server(pgdata)
    print(f"Stopped the embedded PostgreSQL server for {pgdata}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
