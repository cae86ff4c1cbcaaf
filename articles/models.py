"""Articles (analyses), their topics, authors and footnotes."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from blocs.models import Bloc, Country, Event, Language
from integration_portal.i18n import TranslatedContent, language_codes
from integration_portal.slugs import slugify_unicode, validate_unicode_slug


class Topic(TranslatedContent, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)

    translation_required = ("name",)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class Author(TranslatedContent, models.Model):
    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    affiliation = models.CharField(_("affiliation"), max_length=200, blank=True)
    bio = models.TextField(_("biography"), blank=True)

    translation_required = ("affiliation",)

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    IN_REVIEW = "in_review", _("in review")
    PUBLISHED = "published", _("published")


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """Articles a reader may see: published, with a publication time that has come."""
        return self.filter(status=ArticleStatus.PUBLISHED, published_at__lte=timezone.now())


class Article(TranslatedContent, models.Model):
    title = models.CharField(_("title"), max_length=250)
    slug = models.CharField(
        _("slug"),
        max_length=120,
        blank=True,
        validators=[validate_unicode_slug],
        help_text=_(
            "The address of the article in this language; may use Thai script. Filled from the title if empty."
        ),
    )
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    status = models.CharField(_("status"), max_length=12, choices=ArticleStatus.choices, default=ArticleStatus.DRAFT)
    published_at = models.DateTimeField(pgettext_lazy("date of publication", "published"), null=True, blank=True)
    original_language = models.CharField(
        _("original language"), max_length=2, choices=Language.choices, default=Language.SPANISH
    )
    authors = models.ManyToManyField(Author, verbose_name=_("authors"), blank=True, related_name="articles")
    blocs = models.ManyToManyField(Bloc, verbose_name=_("blocs"), blank=True, related_name="articles")
    countries = models.ManyToManyField(Country, verbose_name=_("countries"), blank=True, related_name="articles")
    topics = models.ManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="articles")
    events = models.ManyToManyField(Event, verbose_name=_("related events"), blank=True, related_name="articles")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    demo_key = models.SlugField(_("demo key"), max_length=80, blank=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    translation_required = ("title", "summary", "body")

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("publish_article", _("Can publish, schedule and unpublish articles"))]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=ArticleStatus.PUBLISHED) | Q(published_at__isnull=False),
                name="article_published_has_date",
                violation_error_message=_("A published article needs a publication date."),
            ),
            models.UniqueConstraint(fields=["demo_key"], condition=~Q(demo_key=""), name="article_unique_demo_key"),
            *(
                models.UniqueConstraint(
                    fields=[f"slug_{code}"], condition=~Q(**{f"slug_{code}": ""}), name=f"article_unique_slug_{code}"
                )
                for code in ("es", "th", "en")
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        slug = self.translated("slug").value
        return reverse("articles:article-detail", kwargs={"slug": slug}) if slug else None

    def clean(self):
        errors = {}
        for code in language_codes():
            title = getattr(self, f"title_{code}", "")
            slug_field = f"slug_{code}"
            if title and not getattr(self, slug_field, ""):
                setattr(self, slug_field, slugify_unicode(title)[:120].strip("-"))
            slug = getattr(self, slug_field, "")
            if slug and Article.objects.filter(**{slug_field: slug}).exclude(pk=self.pk).exists():
                errors[slug_field] = _("Another article already uses this address.")
        if not self.is_translation_complete(self.original_language):
            errors["original_language"] = _(
                "The original language needs a title, summary and body; write them or choose another language."
            )
        if self.status == ArticleStatus.PUBLISHED and not self.published_at:
            self.published_at = timezone.now()
        if errors:
            raise ValidationError(errors)


class Footnote(TranslatedContent, models.Model):
    """A numbered note or source of an article; the body refers to it as (1), (2)…"""

    article = models.ForeignKey(Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="footnotes")
    number = models.PositiveSmallIntegerField(_("number"))
    text = models.TextField(_("text"))
    source_url = models.URLField(_("source URL"), blank=True)

    translation_required = ("text",)

    class Meta:
        ordering = ["article", "number"]
        verbose_name = _("footnote or source")
        verbose_name_plural = _("footnotes and sources")
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="footnote_unique_number"),
            models.CheckConstraint(condition=Q(number__gte=1), name="footnote_number_positive"),
        ]

    def __str__(self):
        return f"({self.number})"
