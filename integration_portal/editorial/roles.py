"""Who may do what to content: the editorial roles, enforced on the server.

- Analysts write and submit for review (draft → in review) but never publish.
- Editors also publish, schedule (a future publication time) and unpublish articles and events.
- Translators edit the text of existing content in each language and nothing else: no status,
  date or relation, and they add or delete nothing.
- Restoring an old version or a deleted object rewrites every field, so translators may not, and on
  publishable content only those who may publish may.
"""

from django.contrib.auth.models import AbstractUser, AnonymousUser

from integration_portal.core.publishing import PublicationStatus, Publishable

TRANSLATOR_GROUP = "Translator"
# What a status may become, for someone who may not publish.
WITHOUT_PUBLISHING = [PublicationStatus.DRAFT, PublicationStatus.IN_REVIEW]


def publish_permission(model) -> str:
    return f"{model._meta.app_label}.publish_{model._meta.model_name}"


def can_publish(user: AbstractUser | AnonymousUser, model) -> bool:
    return user.has_perm(publish_permission(model))


def is_translator(user: AbstractUser | AnonymousUser) -> bool:
    """Someone whose only editorial role is translating: an analyst or editor who also translates is not limited."""
    if user.is_superuser:
        return False
    groups = set(user.groups.values_list("name", flat=True))
    return TRANSLATOR_GROUP in groups and not groups & {"Analyst", "Editor"}


def allowed_statuses(user: AbstractUser | AnonymousUser, model, obj: Publishable | None) -> list[str]:
    """The statuses this person may give the object (its current one included)."""
    if can_publish(user, model):
        return list(PublicationStatus.values)
    if obj is not None and obj.status == PublicationStatus.PUBLISHED:
        return [PublicationStatus.PUBLISHED]  # only an editor unpublishes
    return list(WITHOUT_PUBLISHING)


def can_restore(user: AbstractUser | AnonymousUser, model) -> bool:
    if is_translator(user):
        return False
    if issubclass(model, Publishable):
        return can_publish(user, model)
    return user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")
