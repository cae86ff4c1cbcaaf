from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Articles")

    def ready(self):
        from integration_portal.editorial.versions import keep_history

        from .models import Article, ArticleImage, Author, Footnote, Topic

        keep_history(Topic, Author, Footnote, ArticleImage)
        keep_history(Article, follow=("footnotes", "images"))  # an article's version includes its notes and images
