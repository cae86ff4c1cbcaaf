"""Admin pieces shared by every translated model: language completeness column and filter."""

from django.contrib import admin
from django.core.exceptions import NON_FIELD_ERRORS
from django.db.models import Q
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.translator import translator

from integration_portal.dates import format_partial_date
from integration_portal.i18n import language_codes
from integration_portal.roles import is_translator


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


def translatable_fields(model) -> set[str]:
    """The model's text fields registered with modeltranslation, with their per-language columns."""
    names = set()
    for base, fields in translator.get_options_for_model(model).all_fields.items():
        names.add(base)
        names.update(field.name for field in fields)
    return names


class ErrorsOnShownFields:
    """A model's clean() may blame a field this person cannot edit (read-only, so not in the form):
    the message then goes to the top of the form instead of failing with a server error."""

    def _update_errors(self, errors):
        if hasattr(errors, "error_dict"):
            for name in [name for name in errors.error_dict if name != NON_FIELD_ERRORS and name not in self.fields]:
                errors.error_dict.setdefault(NON_FIELD_ERRORS, []).extend(errors.error_dict.pop(name))
        super()._update_errors(errors)


class TranslatorLimits:
    """A translator changes the text of each language and nothing else: every other field is read-only.

    Read-only fields are left out of the form, so a crafted POST cannot change them either.
    """

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (ErrorsOnShownFields, form), {})

    def get_prepopulated_fields(self, request, obj=None):
        # A read-only slug is not in the form, so nothing can fill it from the name.
        readonly = set(self.get_readonly_fields(request, obj))
        return {
            name: sources
            for name, sources in super().get_prepopulated_fields(request, obj).items()
            if name not in readonly
        }

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = type(formset.form.__name__, (ErrorsOnShownFields, formset.form), {})
        return formset

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not is_translator(request.user):
            return readonly
        text = translatable_fields(self.model)
        meta = self.model._meta
        others = [
            field.name
            for field in [*meta.fields, *meta.many_to_many]
            if field.editable and not field.auto_created and field.name not in text
        ]
        return [*readonly, *(name for name in others if name not in readonly)]


class TranslatedModelAdmin(TranslatorLimits, TabbedTranslationAdmin):
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
