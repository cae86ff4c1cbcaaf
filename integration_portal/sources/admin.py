from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from integration_portal.editorial.admin import (
    ConflictCheckedInline,
    PortalImportExportMixin,
    RowsInOneQuery,
    TranslatedModelAdmin,
    partial_date_column,
)

from .models import Source
from .resources import SourceResource


@admin.register(Source)
class SourceAdmin(PortalImportExportMixin, TranslatedModelAdmin):
    resource_classes = [SourceResource]
    list_display = ("title", "kind", "identifier", "issuer", "date_display", "link", "translation_status")
    list_filter = ("kind", "date_precision", "original_language")
    # Also what the citation rows' autocomplete searches.
    search_fields = ("title_es", "title_th", "title_en", "identifier", "issuer_es", "issuer_en", "slug", "url")
    prepopulated_fields = {"slug": ("title",)}
    date_hierarchy = "date"
    fieldsets = (
        (None, {"fields": ("kind", "title", "slug", "original_language", "issuer", "identifier")}),
        (_("When"), {"fields": (("date", "date_precision"),)}),
        (_("Where to read it"), {"fields": ("url", "archive_url")}),
    )

    date_display = partial_date_column("date", _("date"))

    @admin.display(description=_("URL"))
    def link(self, obj):
        return format_html('<a href="{}" rel="noopener noreferrer">{}</a>', obj.url, _("open")) if obj.url else "–"


class CitationInline(RowsInOneQuery, ConflictCheckedInline, admin.TabularInline):
    """A fact's sources, in the fact's own change form; the source is picked by typing part of its title.

    Translators may only view citations (their role's permissions), so Django shows the rows read-only.
    """

    extra = 0
    autocomplete_fields = ("source",)
    list_select_related = ("source",)
    fields = ("source", "pinpoint", "position")
    verbose_name = _("source")
    verbose_name_plural = _("sources")
