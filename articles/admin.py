from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from integration_portal.admin_base import TranslatedModelAdmin

from .models import Article, Author, Footnote, Topic


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


class FootnoteInline(TranslationStackedInline):
    model = Footnote
    extra = 0
    fields = ("number", "text", "source_url")


@admin.register(Article)
class ArticleAdmin(TranslatedModelAdmin):
    list_display = ("title", "status", "published_at", "original_language", "translation_status")
    list_filter = ("status", "original_language", "topics", "blocs")
    search_fields = ("title_es", "title_th", "title_en", "summary_es", "summary_th", "summary_en")
    autocomplete_fields = ("authors", "blocs", "countries", "topics", "events")
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ("title",)}
    inlines = [FootnoteInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Publication"), {"fields": ("status", "published_at", "original_language", "authors")}),
        (_("Related"), {"fields": ("blocs", "countries", "topics", "events")}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The browser's slug script drops Thai letters; the model builds Thai slugs itself.
        self.prepopulated_fields.pop("slug_th", None)
