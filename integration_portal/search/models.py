"""The search index: one entry per searchable object, with a stored text-search vector per language."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from blocs.models import EventKind


class ResultType(models.TextChoices):
    ARTICLE = "article", _("analysis")
    EVENT = "event", _("event")
    BLOC = "bloc", _("bloc")
    COUNTRY = "country", _("country")


class SearchEntryQuerySet(models.QuerySet):
    def public(self):
        """Entries a reader may find: listed (published), with a publication time that has come."""
        return self.filter(listed=True).filter(Q(public_from__isnull=True) | Q(public_from__lte=timezone.now()))


class SearchEntry(models.Model):
    """What the search reads for one article, event, bloc or country.

    ``vector_es`` and ``vector_en`` hold PostgreSQL's ``spanish`` and ``english`` analyses of
    accent-folded text; ``vector_th`` holds Thai text segmented into words in Python, with the
    ``simple`` treatment (no stemming). Each has its own GIN index.
    """

    result_type = models.CharField(max_length=10, choices=ResultType.choices)
    object_id = models.PositiveIntegerField()
    vector_es = SearchVectorField(null=True)
    vector_th = SearchVectorField(null=True)
    vector_en = SearchVectorField(null=True)
    listed = models.BooleanField(default=True, help_text="False for drafts and articles in review.")
    public_from = models.DateTimeField(null=True, blank=True, help_text="Scheduled publication time.")
    year = models.SmallIntegerField(null=True, blank=True)
    event_kind = models.CharField(max_length=20, choices=EventKind.choices, blank=True)
    bloc_ids = ArrayField(models.IntegerField(), default=list, blank=True)
    country_ids = ArrayField(models.IntegerField(), default=list, blank=True)
    topic_ids = ArrayField(models.IntegerField(), default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")
        constraints = [
            models.UniqueConstraint(fields=["result_type", "object_id"], name="search_entry_unique_object"),
        ]
        indexes = [
            GinIndex(fields=["vector_es"], name="search_vector_es"),
            GinIndex(fields=["vector_th"], name="search_vector_th"),
            GinIndex(fields=["vector_en"], name="search_vector_en"),
            GinIndex(fields=["bloc_ids"], name="search_bloc_ids"),
            GinIndex(fields=["country_ids"], name="search_country_ids"),
            GinIndex(fields=["topic_ids"], name="search_topic_ids"),
        ]

    def __str__(self):
        return f"{self.result_type} {self.object_id}"
