"""gunicorn settings for production: `gunicorn integration_portal.wsgi` reads this file from the working directory.

Every value can be overridden from the environment, so the same file serves a laptop and a fleet.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Threads let a worker wait on PostgreSQL or Redis for one request while serving another.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 4))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, staggered, so a slow leak never takes a server down.
max_requests = 20000
max_requests_jitter = 10000
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# Forwarded headers (X-Forwarded-Proto, -Ssl, -Protocol) are believed only with TRUST_PROXY_HEADERS, as in
# Django: otherwise anyone reaching the port could claim HTTPS with one header and skip the redirect. Behind a
# proxy on another host, FORWARDED_ALLOW_IPS lists its address.
TRUST_PROXY_HEADERS = os.environ.get("TRUST_PROXY_HEADERS", "").strip().lower() in {"1", "true", "yes", "on"}
if TRUST_PROXY_HEADERS:
    forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
else:
    forwarded_allow_ips = ""
    secure_scheme_headers: dict[str, str] = {}
