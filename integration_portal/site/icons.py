"""Icons browsers ask for at the site root, whatever the page links: ``/favicon.ico``, ``/apple-touch-icon.png``.

Without them every first visit logs a 404 (and some tools fetch nothing else). The files are the ones in
static/icons/, read once per process: they change only with a release.
"""

from functools import cache

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse
from django.urls import path

ROOT_ICONS = {"favicon.ico": "image/x-icon", "apple-touch-icon.png": "image/png"}
MAX_AGE = 24 * 3600


@cache
def icon_bytes(name: str) -> bytes:
    """static/icons/<name> from the project's static folder, or from what collectstatic wrote when that is gone."""
    static_name = f"icons/{name}"
    found = finders.find(static_name)
    with open(found, "rb") if found else staticfiles_storage.open(static_name) as icon:
        return icon.read()


def root_icon(request, name: str):
    response = HttpResponse(icon_bytes(name), content_type=ROOT_ICONS[name])
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response


urlpatterns = [path(name, root_icon, {"name": name}, name=name.partition(".")[0]) for name in ROOT_ICONS]
