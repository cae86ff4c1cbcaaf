"""RSS 2.0 and Atom feeds of the published analyses, in the language of their address.

``/<lang>/articles/feed/rss/`` and ``…/atom/`` carry every analysis; ``/<lang>/blocs/<slug>/feed/rss/`` and
``…/atom/`` those about one bloc. The newest 30 published analyses, with absolute links that use the slug of
the feed's language, and the summary as plain text. Texts missing in that language fall back as on the pages.
"""

from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext

from articles.models import Article
from blocs.models import Bloc
from integration_portal.core.languages import current_language, language_codes
from integration_portal.web.page_cache import cached_public_page

FEED_SIZE = 30


def linkable_articles():
    """Published articles with a slug in at least one language (an article without one has no address)."""
    no_slug = Q()
    for code in language_codes():
        no_slug &= Q(**{f"slug_{code}__isnull": True}) | Q(**{f"slug_{code}": ""})
    return Article.objects.published().exclude(no_slug)


def bloc_name(bloc) -> str:
    return bloc.translated("name", current_language()).value


class ArticleFeed(Feed):
    """The latest published analyses, as RSS 2.0."""

    feed_type = Rss201rev2Feed

    def title(self):
        return gettext("Integration Portal: analyses")

    def description(self):
        return gettext("The latest analyses of Latin American regional integration.")

    def link(self):
        return reverse("articles:article-list")

    def feed_url(self):
        return reverse(f"articles-feed-{self.kind}")

    @property
    def kind(self) -> str:
        return "atom" if issubclass(self.feed_type, Atom1Feed) else "rss"

    def articles(self, obj):
        return linkable_articles()

    def items(self, obj):
        # Newest first (the model's ordering); authors for every item in one more query.
        return self.articles(obj).order_by("-published_at", "-pk").prefetch_related("authors")[:FEED_SIZE]

    def plain_text(self, text: str) -> str:
        """RSS readers take titles and descriptions as HTML, as Atom does summaries: escape the plain text."""
        return escape(text)

    def item_title(self, item):
        title = item.translated("title", current_language()).value
        # Atom titles are text (no type="html"), so the XML escaping alone keeps them plain.
        return title if self.kind == "atom" else self.plain_text(title)

    def item_description(self, item):
        return self.plain_text(item.translated("summary", current_language()).value)

    def item_link(self, item):
        return reverse("articles:article-detail", kwargs={"slug": item.translated("slug", current_language()).value})

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        # A scheduled article may have been saved before it went out: never "updated" before it was published.
        return max(filter(None, (item.published_at, item.updated_at)))

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors.all()) or None


class ArticleAtomFeed(ArticleFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()


class BlocArticleFeed(ArticleFeed):
    """The latest published analyses about one bloc, as RSS 2.0."""

    def get_object(self, request, slug):
        return get_object_or_404(Bloc, slug=slug)

    def name(self, obj) -> str:
        # RSS readers render channel titles as HTML; Atom's are plain text, escaped once by the XML writer.
        return bloc_name(obj) if self.feed_type is Atom1Feed else escape(bloc_name(obj))

    def title(self, obj):
        return gettext("Integration Portal: analyses about %(bloc)s") % {"bloc": self.name(obj)}

    def description(self, obj):
        return gettext("The latest analyses about %(bloc)s.") % {"bloc": self.name(obj)}

    def link(self, obj):
        return obj.get_absolute_url()

    def feed_url(self, obj):
        return reverse(f"bloc-feed-{self.kind}", kwargs={"slug": obj.slug})

    def articles(self, obj):
        return linkable_articles().filter(blocs=obj)


class BlocArticleAtomFeed(BlocArticleFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)


article_rss = cached_public_page(ArticleFeed())
article_atom = cached_public_page(ArticleAtomFeed())
bloc_rss = cached_public_page(BlocArticleFeed())
bloc_atom = cached_public_page(BlocArticleAtomFeed())
