"""Articles (analyses), their topics, authors and footnotes."""

from pathlib import PurePosixPath

from django.contrib.postgres.expressions import ArraySubquery
from django.core.exceptions import ValidationError
from django.core.files.images import get_image_dimensions
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.query import ModelIterable
from django.utils.translation import gettext_lazy as _

from blocs.models import Bloc, Country, Event
from integration_portal.core.languages import DEFAULT_LANGUAGE, language_codes
from integration_portal.core.publishing import PublicationStatus, Publishable, PublishableQuerySet, published_has_date
from integration_portal.core.reversed_urls import reversed_url
from integration_portal.core.rich_text import RichTextContent, long_text_limit
from integration_portal.core.slugs import slugify_unicode, validate_unicode_slug
from integration_portal.core.translation import Language, TranslatedModel
from integration_portal.web.kept_lists import kept_list


class Topic(TranslatedModel):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True, validators=long_text_limit())

    translation_required = ("name",)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class Author(TranslatedModel):
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


ArticleStatus = PublicationStatus


# The related analyses a page shows.
RELATED_SHOWN = 5


def kept_topics() -> dict[int, Topic]:
    """Every topic by its key, read once per process and content generation (a table of a few rows)."""
    return kept_list("topics", lambda: {topic.pk: topic for topic in Topic.objects.all()})


class CardIterable(ModelIterable):
    """Analyses with ``card_topics``: their topics, in the topics' order, found by the keys in each row.

    Prefetching them cost a second statement and 2 ms of a ten-card list (issue 17).
    """

    def __iter__(self):
        topics = kept_topics()
        for article in super().__iter__():
            keys = article.__dict__.pop("topic_keys") or []
            # A topic created after the list was read opens a new generation; a page of the old one skips it.
            article.card_topics = sorted((topics[key] for key in keys if key in topics), key=lambda topic: topic.slug)
            yield article


class ArticleQuerySet(PublishableQuerySet):
    def without_bodies(self, *, now=None):
        """Published analyses without their bodies, the bulk of each row: for lists and links."""
        return self.published(now=now).defer("body", *(f"body_{code}" for code in language_codes()))

    def cards(self):
        """Published analyses as a list shows them, with their topics (``card_topics``)."""
        topic_keys = ArraySubquery(Article.topics.through.objects.filter(article_id=OuterRef("pk")).values("topic_id"))
        cards = self.without_bodies().annotate(topic_keys=topic_keys)
        cards._iterable_class = CardIterable
        return cards

    def about_the_same_as(self, article_id: int, *, now=None):
        """Other published analyses about one of this one's blocs or countries, latest first, without bodies: the
        latest RELATED_SHOWN sharing a bloc and the latest RELATED_SHOWN sharing a country, so its first
        RELATED_SHOWN are the latest related analyses.

        Each half walks the latest-first index and probes the link table's (analysis, bloc) key.
        Matching every analysis of a shared bloc first read 38,000 link rows at 100,000 analyses (27 ms, issue
        17); under an OR, PostgreSQL hashes them all whatever the LIMIT. The analysis's own blocs and countries are
        read in the same statement, so it keeps one shape (``articles.views.RELATED_ARTICLES``).
        """
        candidates = self.without_bodies(now=now).exclude(pk=article_id)
        nearest = []
        for links, column in (
            (Article.blocs.through.objects, "bloc_id"),
            (Article.countries.through.objects, "country_id"),
        ):
            its_own = links.filter(article_id=article_id).values(column)
            shares = Exists(links.filter(article_id=OuterRef("pk"), **{f"{column}__in": its_own}))
            nearest.append(Q(pk__in=candidates.filter(shares).values("pk")[:RELATED_SHOWN]))
        return candidates.filter(nearest[0] | nearest[1])


class Article(RichTextContent, TranslatedModel, Publishable):
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
    body = models.TextField(_("body"), blank=True, validators=long_text_limit())
    original_language = models.CharField(
        _("original language"), max_length=2, choices=Language.choices, default=DEFAULT_LANGUAGE
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
    rich_text_fields = ("body",)

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("publish_article", _("Can publish, schedule and unpublish articles"))]
        # Every public list filters on the status and reads the latest first: without this, a list of 100,000
        # articles read and sorted the whole table (issue 17).
        indexes = [models.Index(fields=["status", "-published_at", "-id"], name="article_public_latest")]
        constraints = [
            published_has_date("article_published_has_date"),
            models.UniqueConstraint(fields=["demo_key"], condition=~Q(demo_key=""), name="article_unique_demo_key"),
            *(
                models.UniqueConstraint(
                    fields=[f"slug_{code}"], condition=~Q(**{f"slug_{code}": ""}), name=f"article_unique_slug_{code}"
                )
                for code in language_codes()
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        slug = self.translated("slug").value
        return reversed_url("articles:article-detail", slug=slug) if slug else None

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
        self.fill_publication_time()
        if errors:
            raise ValidationError(errors)


class Footnote(TranslatedModel):
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


MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
# The name a stored image gets from its real format: the type it is served under follows the name, so a PNG
# uploaded as "chart.pdf" or ".eps" is stored and served as a PNG, never inline as PDF or PostScript.
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


def named_by_its_format(upload) -> None:
    """Gives a new upload the extension of the format its content is in."""
    from PIL import Image

    position = upload.tell()
    upload.seek(0)
    with Image.open(upload) as image:
        extension = EXTENSIONS[image.format]
    upload.seek(position)
    stem = PurePosixPath(upload.name).stem or "image"
    upload.name = f"{stem}.{extension}"


def validate_image_upload(upload) -> None:
    """JPEG, PNG, WebP or GIF, read from the file's content (not its name), at most 5 MB and 40 megapixels."""
    if upload.size > MAX_IMAGE_BYTES:
        raise ValidationError(
            _("The image is %(size)s MB; the limit is 5 MB."), params={"size": f"{upload.size / 1024 / 1024:.1f}"}
        )
    from PIL import Image, UnidentifiedImageError

    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            kind, width, height = image.format, image.width, image.height
            image.verify()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError, ValueError) as error:
        raise ValidationError(_("This file is not an image that can be read (JPEG, PNG, WebP or GIF).")) from error
    finally:
        upload.seek(position)
    if kind not in IMAGE_FORMATS:
        raise ValidationError(
            _("Images must be JPEG, PNG, WebP or GIF; this one is %(format)s."), params={"format": kind}
        )
    if width * height > MAX_IMAGE_PIXELS:
        raise ValidationError(_("The image is too large (at most 40 megapixels)."))


class ArticleImage(TranslatedModel):
    """An illustration of an article, shown with the text; described for readers who cannot see it."""

    article = models.ForeignKey(Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="images")
    image = models.ImageField(_("image"), upload_to="articles/%Y/%m/", validators=[validate_image_upload])
    # The size is stored with the row when a file is uploaded, so that pages give it to browsers without
    # reading the file, which may be in object storage. (ImageField's width_field would read the file again
    # whenever a row without a size is loaded.)
    width = models.PositiveIntegerField(_("width"), null=True, editable=False)
    height = models.PositiveIntegerField(_("height"), null=True, editable=False)
    alt = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("What the image shows, for readers who cannot see it. Required in every language."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    translation_required = ("alt",)

    class Meta:
        ordering = ["article", "position", "pk"]
        verbose_name = _("image")
        verbose_name_plural = _("images")
        constraints = [
            models.CheckConstraint(
                condition=Q(alt_es__gt="") & Q(alt_th__gt="") & Q(alt_en__gt=""),
                name="article_image_alt_in_every_language",
                violation_error_message=_("Describe the image in every language."),
            )
        ]

    def __str__(self):
        return self.alt or self.image.name

    def clean(self):
        missing = {
            f"alt_{code}": _("Describe the image in this language too.")
            for code in language_codes()
            if not (getattr(self, f"alt_{code}", "") or "").strip()
        }
        if missing:
            raise ValidationError(missing)

    def save(self, *args, **kwargs):
        if self.image and not self.image._committed:  # a new upload, still in memory or a temporary file
            named_by_its_format(self.image)
            self.width, self.height = get_image_dimensions(self.image)
        super().save(*args, **kwargs)
