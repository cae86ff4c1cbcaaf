from django.db.models import Q
from django.http import Http404
from django.shortcuts import render

from integration_portal.i18n import language_codes

from .models import Article


def article_detail(request, slug):
    # A slug may be in any language: a link shared from /th/ still works on /es/.
    any_language = Q()
    for code in language_codes():
        any_language |= Q(**{f"slug_{code}": slug})
    article = Article.objects.published().filter(any_language).prefetch_related("footnotes").first()
    if article is None:
        raise Http404
    return render(request, "articles/article_detail.html", {"article": article})
