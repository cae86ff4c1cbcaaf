"""Admin pieces shared by every translated model: language completeness column and filter."""

from django.contrib import admin
from django.db.models import Q
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from integration_portal.dates import format_partial_date
from integration_portal.i18n import language_codes


def partial_date_column(field: str, description):
    """A change-list column showing a date only as precisely as it is known ("1969", "julio de 2024")."""

    @admin.display(description=description, ordering=field)
    def column(_model_admin, obj):
        return format_partial_date(getattr(obj, field), getattr(obj, f"{field}_precision"), get_language()) or "–"

    column.__name__ = f"{field}_display"
    return column


def missing_translation_q(model, language: str) -> Q:
    """Objects whose translation into ``language`` lacks one of the model's required fields."""
    query = Q()
    for field in model.translation_required:
        name = f"{field}_{language}"
        query |= Q(**{name: ""}) | Q(**{f"{name}__isnull": True})
    return query


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [(code, _("missing %(language)s") % {"language": code.upper()}) for code in language_codes()]

    def queryset(self, request, queryset):
        if self.value() in language_codes():
            return queryset.filter(missing_translation_q(queryset.model, self.value()))
        return queryset


class TranslatedModelAdmin(TabbedTranslationAdmin):
    """Tabbed es/th/en fields, a column of complete languages and a filter for missing ones."""

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        return [*filters, MissingTranslationFilter] if self.model.translation_required else filters

    @admin.display(description=_("languages"))
    def translation_status(self, obj):
        complete = set(obj.complete_languages())
        badges = format_html_join(
            "",
            '<span class="translation-badge translation-{}" title="{}">{}</span>',
            (
                (
                    "complete" if code in complete else "missing",
                    _("complete") if code in complete else _("missing"),
                    code.upper(),
                )
                for code in language_codes()
            ),
        )
        return format_html('<span class="translation-badges">{}</span>', badges)

    def view_on_site(self, obj):
        # Hidden rather than broken for objects without a public page.
        return obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else None
