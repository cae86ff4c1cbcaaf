from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from integration_portal.admin_base import TranslatedModelAdmin, TranslatorLimits
from integration_portal.roles import allowed_statuses, can_publish

from .models import Article, ArticleStatus, Author, Footnote, Topic


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


class FootnoteInline(TranslatorLimits, TranslationStackedInline):
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

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not can_publish(request.user):
            # Only editors set the publication time; an analyst's published article keeps its status.
            readonly += [name for name in ("published_at",) if name not in readonly]
            if obj is not None and obj.status == ArticleStatus.PUBLISHED and "status" not in readonly:
                readonly.append("status")
        return readonly

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        statuses = allowed_statuses(request.user, obj)

        class RoleForm(form):
            """Offers only the statuses this person may choose; anything else posted is an invalid choice."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if "status" in self.fields:
                    self.fields["status"].choices = [c for c in ArticleStatus.choices if c[0] in statuses]

        return RoleForm
