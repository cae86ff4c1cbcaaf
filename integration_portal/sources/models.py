"""Sources: the legal instruments and documents that date the portal's facts.

A fact (a membership period, an event, a bloc's founding or end) cites one or more sources through a
``Citation`` row of its own app, optionally with a pinpoint ("Art. 24"). Sources are shared: the Treaty of
Asunción dates Mercosur's founding and each founder's membership.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from integration_portal.core.constraints import ChecksInOneQuery
from integration_portal.core.dates import (
    check_precision,
    date_bounds,
    date_bounds_constraint,
    precision_constraint,
    precision_field,
)
from integration_portal.core.languages import DEFAULT_LANGUAGE
from integration_portal.core.translation import Language, TranslatedModel


class SourceKind(models.TextChoices):
    TREATY = "treaty", _("treaty")
    PROTOCOL = "protocol", _("protocol")
    DECISION = "decision", _("decision or resolution")
    DECLARATION = "declaration", _("declaration")
    COMMUNIQUE = "communique", _("communiqué")
    WEB_PAGE = "web_page", _("official web page")
    SCHOLARLY = "scholarly", _("scholarly work")
    PRESS = "press", pgettext_lazy("kind of source", "press")


class Source(ChecksInOneQuery, TranslatedModel):
    slug = models.SlugField(
        _("key"),
        max_length=120,
        unique=True,
        help_text=_("A short, stable name for files and links, such as “treaty-of-asuncion”."),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=SourceKind.choices)
    title = models.CharField(_("title"), max_length=400)
    issuer = models.CharField(
        _("issuing body"), max_length=200, blank=True, help_text=_("Who signed, adopted or published it.")
    )
    date = models.DateField(_("date"), null=True, blank=True, validators=date_bounds())
    date_precision = precision_field(_("date precision"))
    identifier = models.CharField(
        _("identifier"), max_length=120, blank=True, help_text=_("Such as “CMC Dec. 28/05” or a treaty series number.")
    )
    url = models.URLField(_("URL"), max_length=500, blank=True)
    archive_url = models.URLField(
        _("archived copy"), max_length=500, blank=True, help_text=_("A copy in a web archive, where one exists.")
    )
    original_language = models.CharField(
        _("original language"), max_length=2, choices=Language.choices, default=DEFAULT_LANGUAGE
    )

    translation_required = ("title",)

    class Meta:
        ordering = ["date", "slug"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        constraints = [
            precision_constraint("date", "date_precision", "source_date_precision"),
            date_bounds_constraint("date", "source_date_in_range"),
            models.CheckConstraint(
                condition=Q(archive_url="") | ~Q(url=""),
                name="source_archive_needs_url",
                violation_error_message=_("An archived copy needs the URL it is a copy of."),
            ),
        ]

    def __str__(self):
        return f"{self.identifier} · {self.title}" if self.identifier else self.title

    def clean(self):
        check_precision(self.date, self.date_precision, "date")


class Citation(models.Model):
    """One fact's reference to a source; the apps that hold facts subclass it with the fact's foreign key."""

    # A cited source cannot be deleted: the facts would lose their evidence.
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="%(app_label)s_%(class)s_set"
    )
    pinpoint = models.CharField(
        _("pinpoint"), max_length=120, blank=True, help_text=_("Where in the source: “Art. 24”, “p. 12”, “§ 3”.")
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "pk"]
        verbose_name = _("citation")
        verbose_name_plural = _("sources")

    def __str__(self):
        return f"{self.source} ({self.pinpoint})" if self.pinpoint else str(self.source)
