"""Admin pieces shared by every translated model: language completeness column and filter."""

from typing import TYPE_CHECKING

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_prose_editor.widgets import AdminProseEditorWidget
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.translator import translator

from integration_portal.core.dates import format_partial_date
from integration_portal.core.languages import NAMES_IN_SENTENCE, language_codes
from integration_portal.core.rich_text import EDITOR_EXTENSIONS
from integration_portal.core.translation import TranslationState, translation_state_q
from integration_portal.editorial.admin.calendar import BuddhistEraDates
from integration_portal.editorial.admin.history import HistoryAdmin
from integration_portal.editorial.admin.typing import ModelAdminMixin
from integration_portal.editorial.roles import is_translator


def partial_date_column(field: str, description):
    """A change-list column showing a date only as precisely as it is known ("1969", "julio de 2024")."""

    @admin.display(description=description, ordering=field)
    def column(_model_admin, obj):
        return format_partial_date(getattr(obj, field), getattr(obj, f"{field}_precision"), get_language()) or "–"

    column.__name__ = f"{field}_display"
    return column


# Fields that make up a page's address: read-only for translators, whatever the language.
ADDRESS_FIELDS = {"slug"}


def base_name(field) -> str:
    """The model field a translation column belongs to ("slug" for slug_th), or the field's own name."""
    return getattr(getattr(field, "translated_field", None), "name", field.name)


class TranslationStateFilter(admin.SimpleListFilter):
    """ "missing Thai", "outdated English", … as one list filter."""

    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [
            (f"{state}-{code}", f"{state_label} · {NAMES_IN_SENTENCE[code]}")
            for state, state_label in TranslationState.choices
            for code in language_codes()
            if state != TranslationState.COMPLETE
        ]

    def queryset(self, request, queryset):
        state, _sep, code = (self.value() or "").partition("-")
        if state in TranslationState.values and code in language_codes():
            return queryset.filter(translation_state_q(queryset.model, code, state))
        return queryset


def translatable_fields(model) -> set[str]:
    """The model's text fields registered with modeltranslation, with their per-language columns."""
    names = set()
    for base, fields in translator.get_options_for_model(model).all_fields.items():
        names.add(base)
        names.update(field.name for field in fields)
    return names


if TYPE_CHECKING:
    _FormMixin = forms.BaseForm
else:
    _FormMixin = object


class ErrorsOnShownFields(_FormMixin):
    """A model's clean() may blame a field this person cannot edit (read-only, so not in the form):
    the message then goes to the top of the form instead of failing with a server error."""

    def _update_errors(self, errors):
        if hasattr(errors, "error_dict"):
            for name in [name for name in errors.error_dict if name != NON_FIELD_ERRORS and name not in self.fields]:
                errors.error_dict.setdefault(NON_FIELD_ERRORS, []).extend(errors.error_dict.pop(name))
        super()._update_errors(errors)  # type: ignore[misc]  # ModelForm's, private to Django


class TranslatorLimits(ModelAdminMixin):
    """A translator changes the text of each language and nothing else: every other field is read-only.

    Read-only fields are left out of the form, so a crafted POST cannot change them either.
    """

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
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
        formset = super().get_formset(request, obj, **kwargs)  # type: ignore[misc]  # an inline's method
        formset.form = type(formset.form.__name__, (ErrorsOnShownFields, formset.form), {})
        return formset

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not is_translator(request.user):
            return readonly
        text = translatable_fields(self.model)
        meta = self.model._meta
        # A slug is an address, not a text: changing it would break links to the page, so it stays read-only
        # for translators in every language (a new translation's slug is built from its title on save).
        others = [
            field.name
            for field in [*meta.fields, *meta.many_to_many]
            if field.editable
            and not field.auto_created
            and (field.name not in text or base_name(field) in ADDRESS_FIELDS)
        ]
        return [*readonly, *(name for name in others if name not in readonly)]


def translation_badges(obj) -> str:
    return format_html_join(
        "",
        '<span class="translation-badge translation-{}" title="{}">{}</span>',
        (
            (state, TranslationState(state).label, code.upper())
            for code in language_codes()
            for state in [obj.translation_state(code)]
        ),
    )


class RichTextWidgets(ModelAdminMixin):
    """The rich-text editor on the model's rich-text fields, in every language tab."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        base = base_name(db_field)
        if field is not None and base in getattr(self.model, "rich_text_fields", ()):
            field.widget = AdminProseEditorWidget(
                attrs=field.widget.attrs, config={"extensions": EDITOR_EXTENSIONS}, preset="configurable"
            )
        return field


TABS_SCRIPT = "modeltranslation/js/tabbed_translation_fields.js"


# The stubs type ModelAdmin's templates and form more narrowly than reversion's untyped VersionAdmin sets them.
class TranslatedModelAdmin(  # type: ignore[misc]
    TranslatorLimits, BuddhistEraDates, RichTextWidgets, HistoryAdmin, TabbedTranslationAdmin
):
    """Tabbed es/th/en fields, history, each language's translation state as a column and a filter, and
    Buddhist-Era dates in the Thai admin."""

    change_list_template = "admin/portal/change_list.html"

    @property
    def media(self):
        # Named after modeltranslation's tabs script, which it corrects, so that the merged media keep that order.
        return super().media + forms.Media(js=[TABS_SCRIPT, "admin/portal-tabs.js"])

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        return [*filters, TranslationStateFilter] if self.model.translation_required else filters

    @admin.display(description=_("languages"))
    def translation_status(self, obj):
        return format_html('<span class="translation-badges">{}</span>', translation_badges(obj))

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.model.translation_required and self.has_change_permission(request):
            for code in language_codes():
                action = mark_translation_current(code)
                actions[action.__name__] = (action, action.__name__, action.short_description)
        return actions

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and self.model.translation_required:
            context["translation_states"] = [
                {"code": code, "state": state, "label": TranslationState(state).label}
                for code in language_codes()
                for state in [obj.translation_state(code)]
            ]
        if obj is not None and hasattr(self, "preview_url"):
            context["preview_links"] = [{"code": code, "url": self.preview_url(obj, code)} for code in language_codes()]
        return super().render_change_form(request, context, add, change, form_url, obj)

    def view_on_site(self, obj):
        # Hidden rather than broken for objects without a public page, or not public yet (drafts have a preview).
        if not hasattr(obj, "get_absolute_url") or not getattr(obj, "is_public", True):
            return None
        return obj.get_absolute_url()


def mark_translation_current(code: str):
    """An action: the translation into ``code`` was checked against the edited original and needs nothing."""

    def action(model_admin, request, queryset):
        for obj in queryset:
            obj.mark_translation_current(code)
        model_admin.message_user(
            request, _("Marked %(count)d translations as up to date.") % {"count": len(queryset)}, messages.SUCCESS
        )

    action.__name__ = f"mark_current_{code}"
    description = _("Mark the %(language)s translation as up to date") % {"language": NAMES_IN_SENTENCE[code]}
    action.short_description = description  # type: ignore[attr-defined]  # how the admin names an action
    return action
