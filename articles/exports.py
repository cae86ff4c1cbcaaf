"""The article list as a downloadable table: published articles only, with the list's own filters."""

from django.urls import reverse
from django.utils.translation import gettext as _

from integration_portal.exports.requests import ExportQuery
from integration_portal.exports.tables import Table

from .filters import ArticleFilter
from .models import Article
from .views import article_reference, published_article


def article_table(request, query: ExportQuery) -> Table:
    articles = Article.objects.published().prefetch_related("topics", "blocs", "countries", "authors")
    rows = query.filtered(ArticleFilter, articles)
    columns = [
        "published",
        "original_language",
        *query.text_columns("title"),
        *query.text_columns("summary"),
        "authors",
        "topics",
        "blocs",
        "countries",
        "url",
    ]
    return Table(
        name="analyses",
        title=_("Analyses"),
        permalink=query.permalink(reverse("articles:article-list")),
        columns=columns,
        rows=[
            {
                "published": article.published_at.date(),
                "original_language": article.original_language,
                **query.texts(article, "title"),
                **query.texts(article, "summary"),
                "authors": [str(author) for author in article.authors.all()],
                "topics": [topic.slug for topic in article.topics.all()],
                "blocs": [bloc.slug for bloc in article.blocs.all()],
                "countries": [country.alpha2.lower() for country in article.countries.all()],
                "url": request.build_absolute_uri(article.get_absolute_url()),
            }
            for article in rows
        ],
    )


def article_citation(request, query: ExportQuery, *, slug: str) -> Table:
    """An analysis as a reference manager holds it: no rows, its authors and its day of publication."""
    article = published_article(slug, Article.objects.prefetch_related("authors"))
    return Table(
        name=article.slug,
        title=article.title,
        permalink=request.build_absolute_uri(article.get_absolute_url()),
        columns=[],
        rows=[],
        reference=article_reference(article),
    )
