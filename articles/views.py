"""Public pages for articles."""

import datetime

from django.db.models import Case, Prefetch, Q, When
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from blocs.models import Event
from integration_portal.core.kept_statements import KeptStatement
from integration_portal.core.languages import language_codes
from integration_portal.core.relation_rows import annotate_relations, attach
from integration_portal.exports.links import page_downloads
from integration_portal.web.page_cache import cached_public_page
from integration_portal.web.paginators import CappedCountPaginator

from .filters import ArticleFilter
from .models import RELATED_SHOWN, Article

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


def with_slug(articles, slug: str):
    """``articles`` with this slug in any language, the page's own language first: a link shared from /th/ still
    works on /es/. Slugs are unique within a language only, so the page's own language wins over another's."""
    any_language = Q()
    for code in language_codes():
        any_language |= Q(**{f"slug_{code}": slug})
    own_language_first = Case(When(**{f"slug_{translation.get_language()}": slug}, then=0), default=1)
    return articles.filter(any_language).order_by(own_language_first, "pk")


def published_article(slug: str, articles=None) -> Article:
    article = with_slug((articles if articles is not None else Article.objects.all()).published(), slug).first()
    if article is None:
        raise Http404
    return article


def article_reference(article) -> dict:
    """What an analysis's citation adds to a page's: its authors and its day of publication."""
    return {
        "authors": tuple(author.name for author in article.authors.all()),
        "issued": timezone.localdate(article.published_at),
    }


def page_relations(*, now=None) -> dict:
    """What an analysis's page shows besides its own row, each relation's rows (None: all of them)."""
    return {
        "footnotes": None,
        "authors": None,
        "topics": None,
        "blocs": None,
        "countries": None,
        "images": None,
        "events": Event.objects.published(now=now),
    }


def with_page_relations(articles):
    """For previews and the API: the same relations, prefetched."""
    return articles.prefetch_related(
        *(name if rows is None else Prefetch(name, queryset=rows) for name, rows in page_relations().items())
    )


# The public page in two statements, each compiled once per process and language: the analysis with its
# relations in its own row, then the analyses related to it.
ARTICLE_PAGE = KeptStatement(
    lambda *, slug, now: annotate_relations(
        with_slug(Article.objects.published(now=now), slug), page_relations(now=now)
    )[:1],
    slug=str,
    now=datetime.datetime,
)
RELATED_ARTICLES = KeptStatement(
    lambda *, article_id, now: Article.objects.about_the_same_as(article_id, now=now)[:RELATED_SHOWN],
    article_id=int,
    now=datetime.datetime,
)


@cached_public_page
def article_detail(request, slug):
    now = timezone.now()
    found = ARTICLE_PAGE.run(slug=slug, now=now)
    if not found:
        raise Http404
    article = found[0]
    attach(article)
    downloads = page_downloads(
        request, "articles:article", title=article.title, reference=article_reference(article), files=False, slug=slug
    )
    return render_article(
        request,
        article,
        alternates=article_alternates(article),
        downloads=downloads,
        related=RELATED_ARTICLES.run(article_id=article.pk, now=now),
    )


def render_article(request, article, *, alternates, preview: dict | None = None, downloads=None, related=None):
    """The article's public page; a preview shows a draft exactly so, under a banner, to staff only."""
    if related is None:
        related = Article.objects.about_the_same_as(article.pk)[:RELATED_SHOWN]
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
