from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from integration_portal.editorial.admin import (
    ConflictCheckedInline,
    PreviewAdmin,
    PublishingAdmin,
    TranslatedModelAdmin,
    TranslatorLimits,
)

from .models import Article, ArticleImage, Author, Footnote, Topic
from .views import render_article, with_page_relations


@admin.register(Topic)
class TopicAdmin(TranslatedModelAdmin):
    list_display = ("name", "slug", "translation_status")
    search_fields = ("name_es", "name_th", "name_en", "slug")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Author)
class AuthorAdmin(TranslatedModelAdmin):
    list_display = ("name", "affiliation", "translation_status")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}


class FootnoteInline(ConflictCheckedInline, TranslatorLimits, TranslationStackedInline):
    model = Footnote
    extra = 0
    fields = ("number", "text", "source_url")


class ArticleImageInline(ConflictCheckedInline, TranslatorLimits, TranslationStackedInline):
    model = ArticleImage
    extra = 0
    fields = ("image", "alt", "caption", "credit", "position")


@admin.register(Article)
class ArticleAdmin(PublishingAdmin, PreviewAdmin, TranslatedModelAdmin):
    list_display = ("title", "publication", "original_language", "translation_status")
    list_filter = ("status", "original_language", "topics", "blocs")
    search_fields = ("title_es", "title_th", "title_en", "summary_es", "summary_th", "summary_en")
    autocomplete_fields = ("authors", "blocs", "countries", "topics", "events")
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ("title",)}
    inlines = [FootnoteInline, ArticleImageInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Publication"), {"fields": ("status", "published_at", "original_language", "authors")}),
        (_("Related"), {"fields": ("blocs", "countries", "topics", "events")}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The browser's slug script drops Thai letters; the model builds Thai slugs itself.
        self.prepopulated_fields.pop("slug_th", None)

    def get_preview_queryset(self):
        return with_page_relations(Article.objects.all())

    def render_preview(self, request, obj, *, alternates, preview):
        return render_article(request, obj, alternates=alternates, preview=preview)
