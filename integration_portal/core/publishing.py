"""Publication states shared by articles and events.

Content moves draft → in review → published and back. A publication time in the future schedules
it: the public queries compare with the current time, so nothing has to run at that moment.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    IN_REVIEW = "in_review", _("in review")
    PUBLISHED = "published", _("published")


def published_q(prefix: str = "", *, now=None) -> Q:
    """Rows a reader may see at ``now`` (the current time when None); ``prefix`` reaches them through a relation
    (``"events__"``)."""
    return Q(
        **{
            f"{prefix}status": PublicationStatus.PUBLISHED,
            f"{prefix}published_at__lte": timezone.now() if now is None else now,
        }
    )


class PublishableQuerySet(models.QuerySet):
    def published(self, *, now=None):
        """Published, with a publication time that has come (by ``now``, the current time when None)."""
        return self.filter(published_q(now=now))


class Publishable(models.Model):
    status = models.CharField(
        _("status"), max_length=12, choices=PublicationStatus.choices, default=PublicationStatus.DRAFT
    )
    published_at = models.DateTimeField(
        pgettext_lazy("date of publication", "published"),
        null=True,
        blank=True,
        help_text=_("A time in the future schedules the publication."),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.fill_publication_time()
        if self.published_at is not None:
            # Whole seconds, as the admin form and import files show it: saving an unchanged form changes nothing.
            self.published_at = self.published_at.replace(microsecond=0)
        super().save(*args, **kwargs)

    @property
    def is_public(self) -> bool:
        return (
            self.status == PublicationStatus.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    def fill_publication_time(self) -> None:
        """Publishing without a time publishes now."""
        if self.status == PublicationStatus.PUBLISHED and not self.published_at:
            self.published_at = timezone.now()


def published_has_date(name: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=~Q(status=PublicationStatus.PUBLISHED) | Q(published_at__isnull=False),
        name=name,
        violation_error_message=_("Published content needs a publication date."),
    )
