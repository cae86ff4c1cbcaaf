"""Editorial writes that span several rows or models, called explicitly by the admin (not from signals)."""

from collections.abc import Iterable

import reversion
from django.contrib.auth.models import AbstractUser, AnonymousUser
from django.db import transaction
from django.utils import timezone

from integration_portal.core.publishing import PublicationStatus, Publishable


def set_publication_status(
    *,
    objects: Iterable[Publishable],
    status: str,
    user: AbstractUser | AnonymousUser,
    comment: str,
) -> int:
    """Moves each object to ``status`` and returns how many moved.

    One save and one history revision per object, so restoring one never rolls back the others; all in
    one transaction, so a failure part-way leaves every object as it was. Publishing an object that has
    no publication time publishes it now.
    """
    changed = 0
    with transaction.atomic():
        for obj in objects:
            obj.status = status
            if status == PublicationStatus.PUBLISHED and not obj.published_at:
                obj.published_at = timezone.now()
            with reversion.create_revision():
                if getattr(user, "pk", None):
                    reversion.set_user(user)
                reversion.set_comment(comment)
                obj.save()
            changed += 1
    return changed
