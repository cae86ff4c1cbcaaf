"""Start the production configuration with gunicorn against the local PostgreSQL server and Redis, and use it.

A throwaway database is created and dropped. Requests carry X-Forwarded-Proto: https, as nginx would send
them (TRUST_PROXY_HEADERS=true). Exits non-zero on the first thing that is not as it should be, and at once when
PostgreSQL or Redis does not answer (the cache ignores a missing Redis, so the pages alone would not show it).
"""

import concurrent.futures
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
REDIS_URL = "redis://127.0.0.1:6379/13"
DATABASE = f"smoke_{os.getpid()}"


def port_open(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except OSError:
        return False
    return True


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT = free_port()
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = secrets.token_urlsafe(16)
ENV = {
    **os.environ,
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "127.0.0.1",
    "CSRF_TRUSTED_ORIGINS": f"https://127.0.0.1:{PORT}",
    "TRUST_PROXY_HEADERS": "true",
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    "REDIS_URL": REDIS_URL,
    "PORT": str(PORT),
    "GUNICORN_BIND": f"127.0.0.1:{PORT}",
    "WEB_CONCURRENCY": "2",
    "DJANGO_SUPERUSER_PASSWORD": PASSWORD,
    # The release's own static files, away from the checkout's (where the tests must not find a manifest).
    "STATIC_ROOT": tempfile.mkdtemp(prefix="smoke-static-"),
}
ENV.pop("HTTPS", None)  # production decides: on, since DEBUG is off


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)
# Kept by hand: the cookies are Secure, and the proxy's HTTPS ends before this plain-HTTP hop.
cookies: dict[str, str] = {}


def fetch(path, data=None, headers=None, proto="https"):
    sent = {"X-Forwarded-Proto": proto, **(headers or {})}
    if cookies:
        sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    request = urllib.request.Request(BASE + path, data=data, headers=sent)
    try:
        with opener.open(request, timeout=20) as response:
            status, received, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, received, body = error.code, error.headers, error.read()
    for header in received.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        cookies[name] = rest.split(";", 1)[0]
    return status, received, body


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        raise SystemExit(1)


def manage(*args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL)


def psql(sql):
    subprocess.run(["psql", ADMIN_URL, "-qc", sql], check=True, stdout=subprocess.DEVNULL)


def exercise():
    status, _headers, body = fetch("/healthz")
    check(status == 200 and b'"ok"' in body, "/healthz answers 200 with the database reachable")
    # The first searches after a start arrive together on a fresh server: each worker's threads build the Thai
    # segmenter at once (a race there once answered 500).
    searches = [urllib.parse.quote(f"/{lang}/search/?q={query}", safe="/?=") for lang, query in
                (("es", "mercosur"), ("th", "เมร์โกซูร์"), ("en", "alba"))] * 6  # fmt: skip
    with concurrent.futures.ThreadPoolExecutor(len(searches)) as pool:
        statuses = list(pool.map(lambda path: fetch(path)[0], searches))
    failed = [status for status in statuses if status != 200]
    check(not failed, f"{len(searches)} simultaneous first searches answer 200" + (f", not {failed}" if failed else ""))
    status, headers, _ = fetch("/es/", proto="http")
    check(status == 301 and headers["Location"].startswith("https://"), "plain HTTP is redirected to HTTPS")
    for path in ("/es/", "/th/blocs/mercosur/", "/en/timeline/", "/es/articles/", "/th/search/?q=เมร์โกซูร์"):
        status, headers, body = fetch(urllib.parse.quote(path, safe="/?=&"))
        check(status == 200, f"{path} answers 200")
        check("max-age=31536000" in headers.get("Strict-Transport-Security", ""), f"{path} sends HSTS for a year")
        check("object-src 'none'" in headers.get("Content-Security-Policy", ""), f"{path} sends the CSP")
        check(
            headers.get("Set-Cookie") is None or "Secure" in headers["Set-Cookie"], f"{path} sets only secure cookies"
        )
    status, _, _ = fetch("/es/blocs/mercosur/")
    check(status == 200, "a second visit (from the Redis page cache) answers 200")
    check(redis_db().dbsize() > 0, "the pages were cached in Redis (its database 13 holds keys)")
    stylesheet = re.search(rb'href="(/static/css/site\.[0-9a-f]{12}\.css)"', body)
    check(stylesheet is not None, "pages link hashed static file names")
    status, headers, _ = fetch(stylesheet.group(1).decode(), headers={"Accept-Encoding": "gzip"})
    check(status == 200 and headers.get("Content-Encoding") == "gzip", "WhiteNoise serves the stylesheet compressed")
    check("immutable" in headers.get("Cache-Control", ""), "hashed static files are cached for good")
    for path in ("/sitemap.xml", "/robots.txt", "/es/articles/feed/rss/", "/th/articles/feed/atom/"):
        status, _, _ = fetch(path)
        check(status == 200, f"{path} answers 200")
    status, _, _ = fetch("/es/no-such-page/")
    check(status == 404, "an unknown address answers 404")

    status, _, page = fetch("/admin/login/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
    form = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": "smoke", "password": PASSWORD, "next": "/admin/"}
    )
    status, headers, _ = fetch(
        "/admin/login/", data=form.encode(), headers={"Referer": f"https://127.0.0.1:{PORT}/admin/login/"}
    )
    check(status == 302 and headers["Location"] == "/admin/", "the admin login form signs in")
    status, _, page = fetch("/admin/")
    check(status == 200 and b"logout" in page.lower(), "the admin index opens for the signed-in user")


def redis_db():
    import redis

    return redis.Redis.from_url(REDIS_URL)


def main():
    missing = [
        f"{name} on 127.0.0.1:{port}" for name, port in (("PostgreSQL", 5432), ("Redis", 6379)) if not port_open(port)
    ]
    if missing:
        sys.exit(f"The production smoke test needs {' and '.join(missing)}: not listening (.ci/run starts them).")
    redis_db().flushdb()  # nothing left from an earlier run counts as cached by this one
    psql(f"CREATE DATABASE {DATABASE}")
    server = None
    try:
        for command in (
            ["migrate", "--noinput"],
            ["load_demo"],
            ["rebuild_search_index"],
            ["collectstatic", "--noinput"],
        ):
            manage(*command)
        manage("createsuperuser", "--noinput", "--username", "smoke", "--email", "smoke@example.org")
        server = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "gunicorn"), "integration_portal.wsgi", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(60):
            try:
                if fetch("/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.5)
        exercise()
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        redis_db().flushdb()


if __name__ == "__main__":
    sys.exit(main())
