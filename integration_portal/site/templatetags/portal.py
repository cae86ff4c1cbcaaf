import re

from django import template
from django.urls import translate_url
from django.utils import timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, gettext

from integration_portal.core.dates import DatePrecision, format_partial_date, format_period
from integration_portal.core.languages import NAMES_IN_SENTENCE, language_codes
from integration_portal.core.rich_text import sanitize_html
from integration_portal.search.text import segmenter  # the index's own segmenter: one dictionary for both

register = template.Library()
THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")


@register.filter
def thai_breaks(text):
    """Thai text with ``<wbr>`` between its words, as the portal's segmenter and dictionary find them.

    Thai has no spaces, and the browser's line breaker does not know the portal's names: it broke ละตินอเมริกา
    into ลาตินอเม|ริกา. A long name breaks between its dictionary parts too. Copy-paste and screen readers ignore
    ``<wbr>``; text without Thai comes back escaped and unchanged.
    """
    text = "" if text is None else str(text)
    if not THAI_RUN.search(text):
        return conditional_escape(text)
    pieces, last = [], 0
    for match in THAI_RUN.finditer(text):
        pieces.append(conditional_escape(text[last : match.start()]))
        words = [part for _offset, word, parts in segmenter().segment_run(match.group()) for part in parts or (word,)]
        pieces.append(mark_safe("<wbr>".join(conditional_escape(word) for word in words)))
        last = match.end()
    pieces.append(conditional_escape(text[last:]))
    return mark_safe("".join(pieces))


@register.simple_tag
def partial_date(date, precision):
    """{% partial_date event.date event.date_precision %} → "26 de marzo de 1991", "พ.ศ. 2512"."""
    return format_partial_date(date, precision, get_language())


@register.simple_tag
def partial_period(start, start_precision, end, end_precision):
    """{% partial_period event.date event.date_precision event.end_date event.end_date_precision %} → "2–3 de diciembre
    de 2011"; the start alone when there is no end."""
    return format_period(start, start_precision, end, end_precision, get_language())


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
def written_in(code):
    """ "escrito en español": the language an analysis was written in, as a phrase in the page's language."""
    return gettext("written in %(language)s") % {"language": language_in_sentence(code)}


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
