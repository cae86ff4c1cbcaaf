#!/usr/bin/env bash
# Serves the bakerydemo peer (set up by setup_bakerydemo.sh) in the foreground:
#   gunicorn, 2 workers x 1 thread (gthread, keep-alive 5 s, access log on stdout, as the portal's
#   gunicorn.conf.py with WEB_CONCURRENCY=2 GUNICORN_THREADS=1), bound to 127.0.0.1:PORT.
# The script execs gunicorn, so its PID is the gunicorn master's and the workers are its children.
# Usage: serve_bakerydemo.sh PORT   (BAKERY_DUMMY_CACHE=1: Django's cache off, see bakerydemo/settings/peer.py)
set -euo pipefail
PORT=${1:?usage: serve_bakerydemo.sh PORT}
PEER=${BAKERY_PEER_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/var/peer}
cd "$PEER/bakerydemo"
[ -f bakerydemo/settings/peer.py ] && [ -x "$PEER/venv/bin/gunicorn" ] || { echo "Run setup_bakerydemo.sh first." >&2; exit 1; }

# The same environment as setup_bakerydemo.sh.
export DJANGO_SETTINGS_MODULE=bakerydemo.settings.peer  # = production + SECURE_SSL_REDIRECT = False
export DJANGO_SECRET_KEY=bakerydemo-peer-benchmark-only-not-a-secret-0123456789abcdef
export DJANGO_ALLOWED_HOSTS=127.0.0.1
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/bakerydemo_peer
export SECURE_SSL_REDIRECT=False
export DJANGO_LOG_LEVEL=WARNING
export PRIMARY_HOST=127.0.0.1  # only sets WAGTAILADMIN_BASE_URL (silences wagtailadmin.W003)
unset REDIS_URL REDIS_TLS_URL ELASTICSEARCH_ENDPOINT AWS_STORAGE_BUCKET_NAME GS_BUCKET_NAME BASIC_AUTH_ENABLED \
    CSP_DEFAULT_SRC FRONTEND_CACHE_CLOUDFLARE_TOKEN FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN || true

exec "$PEER/venv/bin/gunicorn" bakerydemo.wsgi:application \
    --bind "127.0.0.1:$PORT" \
    --workers 2 --worker-class gthread --threads 1 \
    --keep-alive 5 --timeout 30 \
    --access-logfile - --error-logfile - --log-level warning
