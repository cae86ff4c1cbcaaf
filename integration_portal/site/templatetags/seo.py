"""What search engines and link previews read: canonical address, OpenGraph locales, JSON-LD."""

from django import template
from django.core.paginator import Page

from integration_portal.core.languages import OPENGRAPH_LOCALES, current_language, language_codes
from integration_portal.site import structured_data
from integration_portal.site.templatetags.portal import on_site

register = template.Library()


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """This page's absolute address without its query string, but for a page number past the first.

    Pages whose address depends on the language (an article's slug) pass ``alternates``: the one for the
    current language is canonical, so an article reached with another language's slug points to its own.
    """
    request = context.get("request")
    if request is None:
        return ""
    alternates = context.get("alternates") or {}
    path = alternates.get(current_language()) or on_site(request.path)
    page = context.get("page")
    # The view's Page, after get_page() has turned "abc", 0 or 10**9 into a page that exists.
    if isinstance(page, Page) and page.number > 1:
        path = f"{path}?page={page.number}"
    return request.build_absolute_uri(path)


@register.simple_tag
def og_locale() -> str:
    code = current_language()
    return OPENGRAPH_LOCALES.get(code, code)


@register.simple_tag
def og_alternate_locales() -> list[str]:
    current = current_language()
    return [OPENGRAPH_LOCALES.get(code, code) for code in language_codes() if code != current]


@register.simple_tag(takes_context=True)
def article_json_ld(context, article):
    """``<script type="application/ld+json">`` describing a published article; nothing for a preview."""
    request = context["request"]
    data = structured_data.article_data(article, request, current_language(), canonical_url(context))
    return structured_data.json_ld_script(data) if data else ""


@register.simple_tag(takes_context=True)
def events_json_ld(context, events):
    """``<script type="application/ld+json">`` with an ``Event`` for each public event shown on the page."""
    data = structured_data.events_data(events, context["request"], current_language())
    return structured_data.json_ld_script(data) if data else ""


@register.simple_tag(takes_context=True)
def absolute_url(context, url) -> str:
    """An address as search engines and link previews want it: with scheme and host."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None and url else url or ""
