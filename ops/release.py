"""A throwaway release of this checkout in production mode, for measurements (load test, HTTP Observatory).

It creates a database of its own on a PostgreSQL server, prepares it as a release would (migrate, load_demo,
rebuild_search_index, collectstatic) with a production environment, and starts gunicorn with the checked-in
gunicorn.conf.py as often as asked. Leaving the ``with`` block stops every server and drops the database.
"""

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

# Variables the settings or gunicorn.conf.py read: a release starts from none of the caller's.
APP_VARIABLES = {
    "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS", "HTTPS", "TRUST_PROXY_HEADERS",
    "DATABASE_URL", "REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "AWS_S3_ENDPOINT_URL", "AWS_S3_CUSTOM_DOMAIN",
    "AWS_S3_REGION_NAME", "AWS_S3_ADDRESSING_STYLE", "SERVE_MEDIA", "MEDIA_ROOT", "STATIC_ROOT", "EMBEDDED_PGDATA",
    "PUBLIC_PAGE_CACHE_SECONDS", "RELEASE_ID",
    "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD", "AXES_FAILURE_LIMIT",
    "TRUSTED_PROXY_COUNT", "LOG_LEVEL", "DJANGO_SETTINGS_MODULE", "GUNICORN_BIND", "PORT", "WEB_CONCURRENCY",
    "GUNICORN_THREADS", "GUNICORN_TIMEOUT", "GUNICORN_CMD_ARGS", "FORWARDED_ALLOW_IPS", "MEMORY_CACHE", "DEV_TOOLS",
    "TASKS_IMMEDIATE",
}  # fmt: skip


# Preparing a release's database (migrate, load the demo, index it) takes most of a minute; every release of one
# checkout prepares the same database, so the first prepares it once as a template the others are copied from.
TEMPLATE_PREFIX = "release_template_"
TEMPLATE_LOCK = 720_150_015  # pg_advisory_lock key: one process prepares a template while the others wait


def checkout_fingerprint() -> str | None:
    """What a prepared database depends on: the checkout's files, committed and not. None outside a git checkout."""
    import hashlib

    def git(*args: str) -> bytes:
        return subprocess.run(["git", *args], cwd=settings.BASE_DIR, capture_output=True, check=True).stdout

    try:
        digest = hashlib.sha256(git("ls-files", "-s") + git("diff", "HEAD", "--binary"))
        for name in sorted(git("ls-files", "-z", "--others", "--exclude-standard").decode().split("\0")):
            path = Path(settings.BASE_DIR) / name
            if name and path.is_file():
                digest.update(name.encode() + path.read_bytes())
    except (OSError, subprocess.CalledProcessError):
        return None
    return digest.hexdigest()[:16]


def prepared_template(conn, release: "ThrowawayRelease") -> str | None:
    """The name of a database prepared for this checkout, made (and older ones dropped) if there is none yet."""
    fingerprint = checkout_fingerprint()
    if fingerprint is None:
        return None
    name = f"{TEMPLATE_PREFIX}{fingerprint}"
    conn.execute("SELECT pg_advisory_lock(%s)", [TEMPLATE_LOCK])
    try:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return name
        stale = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [TEMPLATE_PREFIX + "%"])
        for (old,) in stale.fetchall():
            conn.execute(f'DROP DATABASE IF EXISTS "{old}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
        url = urllib.parse.urlsplit(release.env["DATABASE_URL"])._replace(path="/" + name)
        try:
            release.prepare_database({**release.env, "DATABASE_URL": urllib.parse.urlunsplit(url)})
        except BaseException:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            raise
        return name
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", [TEMPLATE_LOCK])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen
    bind: str
    log: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def port(self) -> int:
        return int(self.bind.rsplit(":", 1)[1])


DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"


def add_database_url_argument(parser) -> None:
    """The --database-url option of every command that runs a throwaway release."""
    parser.add_argument(
        "--database-url",
        default=DEFAULT_ADMIN_URL,
        help=f"Admin connection to the server the throwaway database is created on (default {DEFAULT_ADMIN_URL}).",
    )


def npm_ci(package: Path, installed: Path, entry: Path, log, *npm_arguments: str) -> None:
    """``npm ci`` of a pinned package.json and lockfile into ``installed``, once per lockfile: again only when
    ``entry`` (a file the package installs) is missing or the lockfile changed."""
    installed.mkdir(parents=True, exist_ok=True)
    wanted, copied = package / "package-lock.json", installed / "package-lock.json"
    if entry.exists() and copied.exists() and copied.read_bytes() == wanted.read_bytes():
        return
    log(f"Installing {package.name} (npm ci)…")
    for name in ("package.json", "package-lock.json"):
        shutil.copy(package / name, installed / name)
    command = ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", *npm_arguments]
    subprocess.run(command, cwd=installed, check=True)


class ThrowawayRelease:
    def __init__(self, *, admin_url: str, env: dict[str, str], log=print, redis_url: str | None = None,
                 keep_logs: bool = False, name: str = "release", use_template: bool = True):  # fmt: skip
        admin = urllib.parse.urlsplit(admin_url)
        if admin.scheme not in ("postgres", "postgresql"):
            raise CommandError("The database URL must be a postgres:// URL.")
        self.admin_url = admin_url
        self.log = log
        self.keep_logs = keep_logs
        self.database = f"{name}_{os.getpid()}"
        self.workdir = Path(tempfile.mkdtemp(prefix=f"{name}-"))
        self.where = f"{admin.hostname}:{admin.port or 5432}"
        self.env = {key: value for key, value in os.environ.items() if key not in APP_VARIABLES}
        self.env.update(
            DEBUG="false",
            SECRET_KEY=secrets.token_urlsafe(50),
            DATABASE_URL=urllib.parse.urlunsplit(admin._replace(path="/" + self.database)),
            MEDIA_ROOT=str(self.workdir / "media"),
            # The release's own static files, away from the checkout's var/staticfiles, where a manifest would
            # change what the tests see.
            STATIC_ROOT=str(self.workdir / "static"),
            PYTHONUNBUFFERED="1",
            **({"REDIS_URL": redis_url} if redis_url else {}),
            **env,
        )
        self.use_template = use_template
        self.servers: list[Server] = []
        self.workers: list[subprocess.Popen] = []
        self.server_version = self.max_connections = None

    def __enter__(self) -> "ThrowawayRelease":
        import psycopg

        self.log(f"Creating database {self.database} on {self.where}…")
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            self.server_version = conn.execute("SHOW server_version").fetchone()[0]
            self.max_connections = int(conn.execute("SHOW max_connections").fetchone()[0])
            template = prepared_template(conn, self) if self.use_template else None
            suffix = f' TEMPLATE "{template}"' if template else ""
            conn.execute(f'CREATE DATABASE "{self.database}"{suffix}')
        try:
            if not template:
                self.prepare_database(self.env)
            self.manage("collectstatic", "--noinput", "--verbosity", "0")
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        import psycopg

        for server in list(self.servers):
            self.stop(server)
        for worker in self.workers:
            worker.terminate()
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
        self.log(f"Dropping {self.database}…")
        try:
            with psycopg.connect(self.admin_url, autocommit=True, connect_timeout=10) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
        except psycopg.Error as error:
            self.log(f"Could not drop {self.database}: {error}")
        if self.keep_logs:
            self.log(f"Logs kept in {self.workdir}")
        else:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def manage(self, *args: str, env: dict[str, str] | None = None) -> str:
        """Runs a management command in the release's environment; returns what it printed."""
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=env or self.env,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise CommandError(f"manage.py {' '.join(args)} failed:\n{(result.stdout + result.stderr)[-3000:]}")
        self.log(f"  manage.py {' '.join(args)}: {time.perf_counter() - started:.1f} s")
        return result.stdout

    def prepare_database(self, env: dict[str, str]) -> None:
        self.log("Preparing it as a release would, with the production environment:")
        self.manage("migrate", "--no-input", "--verbosity", "0", env=env)
        self.manage("load_demo", env=env)
        self.manage("rebuild_search_index", "--if-empty", env=env)

    def start(self, *arguments: str, bind: str | None = None, ready=None, env: dict[str, str] | None = None) -> Server:
        """gunicorn on ``bind`` (a free loopback port by default); returns once ``ready(server)`` is true.

        ``env`` adds to or overrides the release's environment for this server alone."""
        bind = bind or f"127.0.0.1:{free_port()}"
        label = bind.replace(":", "-")
        log_path = self.workdir / f"gunicorn-{label}.log"
        command = [
            str(Path(sys.executable).parent / "gunicorn"), "integration_portal.wsgi", "-c", "gunicorn.conf.py",
            # gunicorn's control socket defaults to one path per user (~/.gunicorn/gunicorn.ctl): one of its own
            # here, so that this server never takes over or removes another gunicorn's on the same machine.
            "--control-socket", str(self.workdir / f"gunicorn-{label}.ctl"),
            *arguments,
        ]  # fmt: skip
        with open(log_path, "wb") as log:
            process = subprocess.Popen(
                command,
                cwd=settings.BASE_DIR,
                env={**self.env, **(env or {}), "GUNICORN_BIND": bind},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        server = Server(process, bind, log_path)
        self.servers.append(server)
        deadline = time.monotonic() + 60
        while not (ready or default_ready)(server):
            if process.poll() is not None or time.monotonic() > deadline:
                tail = log_path.read_text(errors="replace")[-3000:]
                self.stop(server)
                raise CommandError(f"gunicorn on {bind} did not come up:\n{tail}")
            time.sleep(0.2)
        return server

    def start_worker(self, *arguments: str) -> subprocess.Popen:
        """A task worker (`manage.py db_worker`) on this release's queue, stopped with the release."""
        log = open(self.workdir / f"worker-{len(self.workers)}.log", "wb")  # noqa: SIM115 (the worker writes it)
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--no-startup-delay", *arguments],
            cwd=settings.BASE_DIR,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.workers.append(worker)
        return worker

    def stop(self, server: Server) -> str:
        """Stops the server; returns its log."""
        if server.process.poll() is None:
            server.process.send_signal(signal.SIGTERM)
            try:
                server.process.wait(timeout=45)
            except subprocess.TimeoutExpired:
                server.process.kill()
                server.process.wait()
        with contextlib.suppress(ValueError):
            self.servers.remove(server)
        return server.log.read_text(errors="replace")

    def gunicorn_settings(self) -> dict:
        """workers, threads… as gunicorn.conf.py computes them from this release's environment."""
        conf = (settings.BASE_DIR / "gunicorn.conf.py").read_text(encoding="utf-8")
        saved = dict(os.environ)
        try:
            os.environ.clear()
            os.environ.update(self.env)
            namespace = {}
            exec(compile(conf, "gunicorn.conf.py", "exec"), namespace)
        finally:
            os.environ.clear()
            os.environ.update(saved)
        return namespace


def public_pages() -> dict[str, dict[str, str]]:
    """Every kind of public page of the demo content: {kind: {language: path}}."""
    from integration_portal.demo import article_cooperacion, article_pacific

    articles = {
        "es": article_cooperacion.ARTICLE["slug"]["es"],
        "th": article_pacific.ARTICLE["slug"]["th"],  # a Thai slug in Thai script
        "en": article_pacific.ARTICLE["slug"]["en"],
    }
    queries = {"es": "mercosur", "th": "เมร์โกซูร์", "en": "mercosur"}
    languages = [code for code, _name in settings.LANGUAGES]
    kinds = {
        "home": "/{lang}/",
        "blocs": "/{lang}/blocs/",
        "a bloc (Mercosur)": "/{lang}/blocs/mercosur/",
        "countries": "/{lang}/countries/",
        "a country (Argentina)": "/{lang}/countries/argentina/",
        "timeline": "/{lang}/timeline/",
        "articles": "/{lang}/articles/",
        "an article": "/{lang}/articles/{article}/",
        "a search": "/{lang}/search/?{query}",
    }
    return {
        kind: {
            lang: pattern.format(
                lang=lang,
                article=urllib.parse.quote(articles[lang]),
                query=urllib.parse.urlencode({"q": queries[lang]}),
            )
            for lang in languages
        }
        for kind, pattern in kinds.items()
    }


def public_paths() -> list[str]:
    """Every kind of public page in es, th and en (a language at a time), plus /healthz."""
    pages = public_pages()
    languages = next(iter(pages.values()))
    return [pages[kind][lang] for lang in languages for kind in pages] + ["/healthz"]


def default_ready(server: Server) -> bool:
    host, port = server.bind.rsplit(":", 1)
    return port_open("127.0.0.1" if host in ("0.0.0.0", "") else host, int(port))


def port_open(host: str, port: int) -> bool:
    """Something accepts connections there."""
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False
