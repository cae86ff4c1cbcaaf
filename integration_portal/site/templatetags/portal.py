from django import template
from django.urls import translate_url
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, gettext

from integration_portal.core.dates import DatePrecision, format_partial_date
from integration_portal.core.languages import NAMES_IN_SENTENCE, language_codes
from integration_portal.core.rich_text import sanitize_html

register = template.Library()


@register.simple_tag
def partial_date(date, precision):
    """{% partial_date event.date event.date_precision %} → "26 de marzo de 1991", "พ.ศ. 2512"."""
    return format_partial_date(date, precision, get_language())


@register.simple_tag
def reader_date(moment):
    """A publication time as a date in the reader's calendar (Buddhist Era in Thai)."""
    if moment is None:
        return ""
    return format_partial_date(timezone.localdate(moment), DatePrecision.DAY, get_language())


@register.simple_tag
def language_in_sentence(code):
    """ "español", "ภาษาไทย", "English": a language's name as it reads inside a sentence."""
    return NAMES_IN_SENTENCE.get(code, code)


@register.simple_tag
def fallback_note(obj, field):
    """A note in the reader's language when ``field`` is shown in another language for want of a translation."""
    shown = obj.translated(field, get_language())
    if not shown.is_fallback:
        return ""
    return format_html(
        '<p class="fallback-note">{}</p>',
        gettext("Not yet available in %(language)s; shown in %(shown)s.")
        % {
            "language": NAMES_IN_SENTENCE[shown.requested],
            "shown": NAMES_IN_SENTENCE[shown.language],
        },
    )


@register.simple_tag
def shown_language(obj, field):
    """The language ``field`` is shown in, for a ``lang`` attribute on fallback text."""
    return obj.translated(field, get_language()).language


def on_site(path: str) -> str:
    """A path that cannot leave the site: "//evil.com/es/" would be read as another host's address."""
    return "/" + path.lstrip("/\\")


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """This page in each language: [(code, name in that language, url, is_current)].

    Views whose slugs differ per language pass ``alternates``; other pages swap the language prefix.
    """
    request = context["request"]
    given = context.get("alternates") or {}
    current = get_language()
    return [
        (
            code,
            get_language_info(code)["name_local"],
            given.get(code) or translate_url(on_site(request.get_full_path()), code),
            code == current,
        )
        for code in language_codes()
    ]


@register.filter
def rich_text(markup):
    """Stored rich text, sanitised once more on the way out (rows written by update() or SQL skip save())."""
    return mark_safe(sanitize_html(markup))
