"""Addresses reversed once per process (integration_portal/core/reversed_urls.py) are reverse()'s, per language."""

import pytest
from django.urls import reverse
from django.utils import translation

from integration_portal.core.reversed_urls import reversed_url


@pytest.mark.parametrize("language", ["es", "th", "en"])
@pytest.mark.parametrize(
    ("viewname", "slug"),
    [("blocs:bloc-detail", "mercosur"), ("articles:article-detail", "เมร์โกซูร์"), ("articles:article-detail", "sur-ñ")],
)
def test_each_language_gets_its_own_address_as_reverse_gives_it(language, viewname, slug):
    for first in ("es", "th", "en"):  # whichever language came first to this process
        with translation.override(first):
            reversed_url(viewname, slug=slug)
    with translation.override(language):
        assert reversed_url(viewname, slug=slug) == reverse(viewname, kwargs={"slug": slug})
        assert reversed_url(viewname, slug=slug).startswith(f"/{language}/")
        assert reversed_url("blocs:timeline") == f"/{language}/timeline/"


def test_a_changed_script_prefix_or_setting_is_not_answered_from_the_old_copy(settings):
    from django.urls import get_script_prefix, set_script_prefix

    with translation.override("es"):
        before = reversed_url("blocs:timeline")
        prefix = get_script_prefix()
        set_script_prefix("/portal/")
        try:
            assert reversed_url("blocs:timeline") == "/portal/es/timeline/"
        finally:
            set_script_prefix(prefix)
        assert reversed_url("blocs:timeline") == before
        settings.ROOT_URLCONF = "ops.perf_urls"  # the benchmark's URLconf: the portal's pages and one more view
        assert reversed_url("blocs:timeline") == reverse("blocs:timeline")
