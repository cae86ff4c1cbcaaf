"""The API's one vocabulary: blocs by slug, countries by ISO code (either case) or slug, topics by slug."""

from articles.models import Topic
from blocs.models import Bloc, Country


def bloc_slugs() -> list[str]:
    return list(Bloc.objects.order_by("slug").values_list("slug", flat=True))


def topic_slugs() -> list[str]:
    return list(Topic.objects.order_by("slug").values_list("slug", flat=True))


def country_slugs_by_key() -> dict[str, str]:
    """Every name a country goes by (``pe``, ``PE``, ``peru``) → its slug, which the pages' filters take."""
    keys = {}
    for code, slug in Country.objects.order_by("slug").values_list("alpha2", "slug"):
        keys.update({slug: slug, code.lower(): slug, code: slug})
    return keys


def country_keys() -> list[str]:
    return sorted(country_slugs_by_key())
