"""django-axes (sign-in throttling) in the admin's languages.

Axes ships no Thai catalogue, and its app heading is its package name, which no catalogue can translate: the Thai
admin showed "Axes / Access attempts". The heading gets a translatable name here, and the labels its admin shows are
listed so that makemessages puts them in the portal's catalogues, which come first in LOCALE_PATHS.
"""

from axes.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop


class AxesConfig(AppConfig):
    verbose_name = _("Sign-in protection")


AXES_LABELS = [
    gettext_noop("access attempt"),
    gettext_noop("access attempts"),
    gettext_noop("access failure"),
    gettext_noop("access failures"),
    gettext_noop("access log"),
    gettext_noop("access logs"),
    gettext_noop("access attempt expiration"),
    gettext_noop("access attempt expirations"),
    gettext_noop("Access Attempt"),
    gettext_noop("Attempt Time"),
    gettext_noop("Expires At"),
    gettext_noop("Failed Logins"),
    gettext_noop("Form Data"),
    gettext_noop("GET Data"),
    gettext_noop("HTTP Accept"),
    gettext_noop("IP Address"),
    gettext_noop("Logout Time"),
    gettext_noop("Meta Data"),
    gettext_noop("POST Data"),
    gettext_noop("Path"),
    gettext_noop("User Agent"),
    gettext_noop("Username"),
    gettext_noop("Locked Out"),
    gettext_noop("Not set"),
    gettext_noop("Clean up expired attempts"),
    gettext_noop("The time when access attempt expires and is no longer valid."),
]
