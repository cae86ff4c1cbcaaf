"""Addresses of the site's objects, reversed once per process for each language and slug.

``reverse()`` walks the URLconf on every call, about 30 µs; an analysis's page links 20 blocs, countries, events
and analyses, and a list links each card (issue 17). What it returns depends only on the URLconf, the language
prefix and the script prefix, which change with a deploy, not with content.
"""

from functools import lru_cache

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language


@lru_cache(maxsize=50_000)  # a few MB per process at the most
def _reversed(viewname: str, language: str | None, script_prefix: str, kwargs: tuple) -> str:
    return reverse(viewname, kwargs=dict(kwargs))


def reversed_url(viewname: str, **kwargs) -> str:
    """``reverse(viewname, kwargs=kwargs)`` in the current language, from the process's copy when it has one."""
    return _reversed(viewname, get_language(), get_script_prefix(), tuple(sorted(kwargs.items())))


@receiver(setting_changed)
def _urlconf_may_have_changed(**_kwargs) -> None:
    _reversed.cache_clear()
