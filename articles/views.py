"""Public pages for articles."""

from django.db.models import Case, Prefetch, Q, When
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from blocs.models import Event
from integration_portal.core.languages import language_codes
from integration_portal.exports.links import page_downloads
from integration_portal.web.page_cache import cached_public_page
from integration_portal.web.paginators import CappedCountPaginator

from .filters import ArticleFilter
from .models import Article

PAGE_SIZE = 10


@cached_public_page(reads=(*ArticleFilter.base_filters, "page"))
def article_list(request):
    articles = Article.objects.cards()
    filterset = ArticleFilter(request.GET or None, queryset=articles)
    results = filterset.results
    # get_page() turns "abc", 0 and 10**9 into the first or last page instead of an error.
    page = CappedCountPaginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "articles/article_list.html",
        {
            "filterset": filterset,
            "page": page,
            "query": query.urlencode(),
            "downloads": page_downloads(request, "articles:article-list", title=_("Analyses")),
        },
    )


def published_article(slug: str, articles=None) -> Article:
    """The published article with this slug in any language: a link shared from /th/ still works on /es/.

    Slugs are unique within a language only: the page's own language wins over another's same slug.
    """
    any_language = Q()
    for code in language_codes():
        any_language |= Q(**{f"slug_{code}": slug})
    own_language_first = Case(When(**{f"slug_{translation.get_language()}": slug}, then=0), default=1)
    found = (
        (articles if articles is not None else Article.objects.all())
        .published()
        .filter(any_language)
        .order_by(own_language_first, "pk")
    )
    article = found.first()
    if article is None:
        raise Http404
    return article


def article_reference(article) -> dict:
    """What an analysis's citation adds to a page's: its authors and its day of publication."""
    return {
        "authors": tuple(author.name for author in article.authors.all()),
        "issued": timezone.localdate(article.published_at),
    }


@cached_public_page
def article_detail(request, slug):
    article = published_article(slug, with_page_relations(Article.objects.all()))
    downloads = page_downloads(
        request, "articles:article", title=article.title, reference=article_reference(article), files=False, slug=slug
    )
    return render_article(request, article, alternates=article_alternates(article), downloads=downloads)


def with_page_relations(articles):
    return articles.prefetch_related(
        "footnotes",
        "authors",
        "topics",
        "blocs",
        "countries",
        "images",
        Prefetch("events", queryset=Event.objects.published()),
    )


def render_article(request, article, *, alternates, preview: dict | None = None, downloads=None):
    """The article's public page; a preview shows a draft exactly so, under a banner, to staff only."""
    related = Article.objects.about_the_same_as(article)[:5]
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "related": related, "alternates": alternates, "preview": preview, "downloads": downloads},
    )


def article_alternates(article) -> dict[str, str]:
    """The article's address in each language, with that language's slug (or its fallback)."""
    urls = {}
    for code in language_codes():
        with translation.override(code):
            urls[code] = reverse("articles:article-detail", kwargs={"slug": article.translated("slug", code).value})
    return urls
