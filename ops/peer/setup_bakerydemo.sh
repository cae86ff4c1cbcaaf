#!/usr/bin/env bash
# Sets up Wagtail's bakerydemo as a peer for the page benchmark, from scratch and idempotently:
#   1. source tree in $PEER/bakerydemo (var/peer by default) (git archive of BAKERY_REF from the fetched bare mirror; kept if present)
#   2. venv $PEER/venv (python3.11) with bakerydemo's requirements/base.txt, the whitenoise and psycopg lines
#      of its requirements/production.txt (what production.py needs without Redis/S3/Elasticsearch) and gunicorn
#   3. PostgreSQL database bakerydemo_peer: created if missing, migrated, demo content loaded if not yet loaded
#   4. collectstatic (whitenoise's CompressedManifestStaticFilesStorage, as bakerydemo's production settings use)
# Usage: setup_bakerydemo.sh [all|install]   ("install" stops after step 2: no CPU-heavy work)
# Env: BAKERY_RESET=1 drops the database and the media folder first (then reloads everything); without it a
#      database that no complete load of this script marked is made anew too.
#      BAKERY_REF, BAKERY_PYTHON, BAKERY_MIRROR override the defaults below.
set -euo pipefail

STEPS=${1:-all}
PEER=${BAKERY_PEER_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/var/peer}
SRC=$PEER/bakerydemo
VENV=$PEER/venv
MIRROR=${BAKERY_MIRROR:-/work/.mirror/wagtail+bakerydemo/repo}
# bakerydemo's main needs Django 6.0, which needs Python >= 3.12. This is the last commit of main on
# Django 5.2 (Wagtail 7.2), which runs on python3.11 like the portal (2025-12-31, "Fix cache collision in
# blog index by adding tag to cache key (#592)"); the next commit, 49cda62, moved to Django 6.0.
REF=${BAKERY_REF:-3c7e3af163175cdf9bd7b5c0c3fb80297b152724}
PY=${BAKERY_PYTHON:-python3.11}
DB=bakerydemo_peer
PSQL=(env PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -qtA)

# The same environment as serve_bakerydemo.sh.
export DJANGO_SETTINGS_MODULE=bakerydemo.settings.peer  # = production + SECURE_SSL_REDIRECT = False
export DJANGO_SECRET_KEY=bakerydemo-peer-benchmark-only-not-a-secret-0123456789abcdef
export DJANGO_ALLOWED_HOSTS=127.0.0.1
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB
export SECURE_SSL_REDIRECT=False
export DJANGO_LOG_LEVEL=WARNING
export PRIMARY_HOST=127.0.0.1  # only sets WAGTAILADMIN_BASE_URL (silences wagtailadmin.W003)
unset REDIS_URL REDIS_TLS_URL ELASTICSEARCH_ENDPOINT AWS_STORAGE_BUCKET_NAME GS_BUCKET_NAME BASIC_AUTH_ENABLED \
    CSP_DEFAULT_SRC FRONTEND_CACHE_CLOUDFLARE_TOKEN FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN || true

t0=$SECONDS
step() { echo "== [$((SECONDS - t0)) s] $*"; }

# 1. Source tree
if [ -f "$SRC/manage.py" ]; then
    if [ -f "$SRC/.bakerydemo_ref" ] && [ "$(cat "$SRC/.bakerydemo_ref")" != "$REF" ]; then
        echo "$SRC holds $(cat "$SRC/.bakerydemo_ref"), not $REF: remove it to switch." >&2
        exit 1
    fi
    step "source: $SRC present ($(cat "$SRC/.bakerydemo_ref" 2>/dev/null || echo 'ref unknown'))"
else
    if ! git --git-dir="$MIRROR" cat-file -e "$REF^{commit}" 2>/dev/null; then
        echo "No bakerydemo mirror with $REF at $MIRROR: fetch github:wagtail/bakerydemo first." >&2
        exit 1
    fi
    step "source: extracting $REF into $SRC"
    mkdir -p "$SRC"
    git --git-dir="$MIRROR" archive "$REF" | tar -x -C "$SRC"
    echo "$REF" >"$SRC/.bakerydemo_ref"
fi
cd "$SRC"
touch .env  # bakerydemo reads .env with django-dotenv, and warns when there is none
# bakerydemo's production settings, less the HTTPS redirect: at this commit production.py sets
# SECURE_SSL_REDIRECT = True outright (later commits read it from the environment), and the peer is served on
# plain HTTP on the loopback, like the portal's perf servers (HTTPS=false).
cat >bakerydemo/settings/peer.py <<'PY'
# Written by ops/peer/setup_bakerydemo.sh: production settings, served over plain HTTP on 127.0.0.1.
import os

from .production import *  # noqa: F403

SECURE_SSL_REDIRECT = False

# BAKERY_DUMMY_CACHE=1 turns Django's cache off (the blog index caches its list of posts with
# {% wagtailcache 500 %} in the per-process LocMemCache), to measure what the pages cost to build.
if os.environ.get("BAKERY_DUMMY_CACHE") == "1":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
PY

# 2. venv and requirements
mkdir -p "$PEER"
if [ ! -x "$VENV/bin/python" ]; then
    step "venv: creating $VENV with $PY"
    "$PY" -m venv "$VENV"
fi
step "pip: installing requirements"
extra=$(grep -E '^(whitenoise|psycopg)' requirements/production.txt)
# django-tasks 0.9 and 0.10 (which Wagtail 7.2's "django-tasks>=0.8,<0.10" lets pip take) fail on Python 3.11
# at every page save, so load_initial_data fails: "TypeError: super(type, obj): obj must be an instance or
# subtype of type" in TaskResult[T](...) (RealOrangeOne/django-tasks#223, wagtail/wagtail#13694). 0.8.x works.
pins="django-tasks>=0.8,<0.9"
[ "$REF" = 3c7e3af163175cdf9bd7b5c0c3fb80297b152724 ] || pins=${BAKERY_PINS:-}
# shellcheck disable=SC2086
"$VENV/bin/pip" install -q --disable-pip-version-check -r requirements/base.txt $extra $pins gunicorn 2>&1 |
    { grep -v "is ignored: it is neither a file nor a directory" || true; }  # noise from this machine's pip.conf
"$VENV/bin/pip" freeze | grep -i -E "wagtail|django|gunicorn|psycopg|whitenoise" | sed 's/^/   /'
[ "$STEPS" = install ] && { step "install done"; exit 0; }

PYM=("$VENV/bin/python" manage.py)

# 3. Database. A marker written after a complete load tells a loaded database from one a failed run left:
# without it (or with BAKERY_RESET=1, or with no database) the database and media are made anew.
marker=$SRC/.bakerydemo_loaded
exists=$("${PSQL[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")
if [ "${BAKERY_RESET:-0}" = 1 ] || [ -z "$exists" ] || [ ! -f "$marker" ]; then
    step "db: (re)creating $DB and bakerydemo/media"
    rm -f "$marker"
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
    rm -rf bakerydemo/media  # load_initial_data copies its media here; leftovers would get renamed duplicates
    load=1
else
    load=0
fi
step "db: migrate"
"${PYM[@]}" migrate --noinput -v 0
if [ "$load" = 1 ]; then
    step "db: load_initial_data"
    "${PYM[@]}" load_initial_data
    echo "$DB loaded $(date -u +%FT%TZ) from $REF" >"$marker"
else
    step "db: demo content already loaded ($("${PSQL[@]}" -d "$DB" -c "SELECT count(*) FROM blog_blogpage") blog posts)"
fi

# 4. Static files
step "collectstatic"
"${PYM[@]}" collectstatic --noinput -v 0

step "setup done in $((SECONDS - t0)) s"
