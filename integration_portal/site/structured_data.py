"""schema.org descriptions of pages as JSON-LD: an ``Article`` on analysis pages, ``Event``s on timeline pages.

JSON-LD is a data block (``<script type="application/ld+json">``): browsers never run it, so the strict
Content-Security-Policy allows it. The text inside comes from editors and translators, so it is written
with ``json.dumps`` and then ``<``, ``>`` and ``&`` are replaced by their ``\\u003C`` escapes, as Django's
``json_script`` does: no title can close the element or open another one. Only public content is described.
"""

import datetime
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from integration_portal.core.dates import DatePrecision

SCHEMA_CONTEXT = "https://schema.org"
# The characters that could end the script element or start markup inside it, as JSON escapes.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data) -> SafeString:
    """``data`` as a ``<script type="application/ld+json">`` element that no text inside can break out of."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text.translate(JSON_SCRIPT_ESCAPES)))


def partial_iso_date(date: datetime.date | None, precision: str) -> str | None:
    """ISO 8601 with no more than is known: "1969", "2024-07" or "1991-03-26"."""
    if date is None:
        return None
    if precision == DatePrecision.YEAR:
        return f"{date.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


def timestamp(moment: datetime.datetime | None) -> str | None:
    """ISO 8601 to the second, with its offset."""
    return moment.isoformat(timespec="seconds") if moment else None


def site_name() -> str:
    return gettext("Integration Portal")


def publisher(request) -> dict:
    return {"@type": "Organization", "name": site_name(), "url": request.build_absolute_uri(reverse("home"))}


def compact(data: dict) -> dict:
    """Without the properties we know nothing about."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def bloc_data(bloc, request, language: str) -> dict:
    return compact(
        {
            "@type": "Organization",
            "name": bloc.translated("name", language).value,
            "alternateName": bloc.acronym if bloc.acronym and bloc.acronym != bloc.name else None,
            "url": request.build_absolute_uri(bloc.get_absolute_url()),
        }
    )


def article_data(article, request, language: str, url: str) -> dict | None:
    """An ``Article`` for an analysis page; None for anything a reader may not see yet (a preview)."""
    if not article.is_public:
        return None
    modified = max(filter(None, (article.published_at, article.updated_at)))
    return compact(
        {
            "@context": SCHEMA_CONTEXT,
            "@type": "Article",
            "headline": article.translated("title", language).value,
            "description": article.translated("summary", language).value,
            "datePublished": timestamp(article.published_at),
            "dateModified": timestamp(modified),
            "inLanguage": article.translated("body", language).language,
            "author": [{"@type": "Person", "name": author.name} for author in article.authors.all()],
            "publisher": publisher(request),
            "url": url,
            "mainEntityOfPage": url,
            "image": [request.build_absolute_uri(image.image.url) for image in article.images.all() if image.image],
            "about": [bloc_data(bloc, request, language) for bloc in article.blocs.all()],
        }
    )


def event_countries(events) -> dict[int, list]:
    """The countries of each event, in one query whatever the number of events."""
    from blocs.models import Event

    ids = [event.pk for event in events]
    if not ids:
        return {}
    through = Event.countries.through.objects.filter(event_id__in=ids).select_related("country")
    countries: dict[int, list] = {}
    for link in through.order_by("country__slug"):
        countries.setdefault(link.event_id, []).append(link.country)
    return countries


def event_data(event, countries, request, language: str, blocs: dict | None = None) -> dict:
    """``blocs``: each bloc's data already written for this page, by id (a long list names a few blocs often)."""
    if blocs is None:
        blocs = {}
    for bloc in event.blocs.all():
        if bloc.pk not in blocs:
            blocs[bloc.pk] = bloc_data(bloc, request, language)
    with translation.override(language):
        url = request.build_absolute_uri(event.get_absolute_url())
    return compact(
        {
            "@type": "Event",
            "@id": url,
            "name": event.translated("title", language).value,
            "description": event.translated("summary", language).value,
            "startDate": partial_iso_date(event.date, event.date_precision),
            "endDate": partial_iso_date(event.end_date, event.end_date_precision),
            "url": url,
            "inLanguage": event.translated("title", language).language,
            "location": [
                compact({"@type": "Country", "name": country.translated("name", language).value})
                for country in countries
            ],
            # The blocs come with the page's events (blocs.event_pages).
            "about": [blocs[bloc.pk] for bloc in event.blocs.all()],
        }
    )


def events_data(events, request, language: str) -> dict | None:
    """The page's public events as one JSON-LD graph; None when there are none."""
    shown = [event for event in events if event.is_public]
    if not shown:
        return None
    countries, blocs = event_countries(shown), {}
    return {
        "@context": SCHEMA_CONTEXT,
        "@graph": [event_data(event, countries.get(event.pk, []), request, language, blocs) for event in shown],
    }
