"""Who may do what to content: the editorial roles, enforced on the server.

- Analysts write and submit for review (draft → in review) but never publish.
- Editors also publish, schedule (a future publication time) and unpublish.
- Translators edit the text of existing content in each language and nothing else: no status,
  date or relation, and they add or delete nothing.
"""

from django.contrib.auth.models import AbstractBaseUser

from articles.models import Article, ArticleStatus

PUBLISH_PERMISSION = "articles.publish_article"
TRANSLATOR_GROUP = "Translator"
# What an article's status may become, for someone who may not publish.
WITHOUT_PUBLISHING = [ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW]


def can_publish(user: AbstractBaseUser) -> bool:
    return user.has_perm(PUBLISH_PERMISSION)


def is_translator(user: AbstractBaseUser) -> bool:
    """Someone whose only editorial role is translating: an analyst or editor who also translates is not limited."""
    if user.is_superuser:
        return False
    groups = set(user.groups.values_list("name", flat=True))
    return TRANSLATOR_GROUP in groups and not groups & {"Analyst", "Editor"}


def allowed_statuses(user: AbstractBaseUser, article: Article | None) -> list[str]:
    """The statuses this person may give the article (its current one included)."""
    if can_publish(user):
        return list(ArticleStatus.values)
    if article is not None and article.status == ArticleStatus.PUBLISHED:
        return [ArticleStatus.PUBLISHED]  # only an editor unpublishes
    return list(WITHOUT_PUBLISHING)
