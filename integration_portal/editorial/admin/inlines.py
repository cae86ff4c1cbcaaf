"""Inlines whose cost does not grow with their rows: a change form with many rows opens and saves in a few queries.

Django's inline rows each look up their own related objects: the autocomplete widget the choice it shows,
``str(row)`` its relations, and on saving every row is validated again (its id, its choices, its model
checks), one to four queries a row, whether or not anyone touched it.
"""

from typing import TYPE_CHECKING

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect
from django.forms.utils import ErrorDict

from integration_portal.editorial.admin.typing import InlineAdminMixin

if TYPE_CHECKING:
    _FormBase = forms.ModelForm
else:
    _FormBase = object


class KnownChoicesAutocomplete(AutocompleteSelect):
    """An autocomplete that shows its selected choice from labels its formset fetched for all rows at once.

    A choice it was not given (a row the person changed to another country) is looked up as Django does.
    """

    known: dict[str, str] | None = None

    def optgroups(self, name, value, attr=None):
        selected = [str(item) for item in value if str(item) not in self.choices.field.empty_values]
        if self.known is None or not selected or any(item not in self.known for item in selected):
            return super().optgroups(name, value, attr)
        options = [self.create_option(name, item, self.known[item], True, index) for index, item in enumerate(selected)]
        if not self.is_required and not self.allow_multiple_selected:
            options.insert(0, self.create_option(name, "", "", False, 0))
        return [(None, options, 0)]


class UnchangedRowsKeepTheirValues(_FormBase):
    """A saved row nobody changed in the form is not saved again, so it is not validated again either: its
    cleaned values are its stored ones. A changed, new or deleted row is validated as usual."""

    def full_clean(self):
        instance = self.instance
        if not self.is_bound or instance.pk is None or self.has_changed():
            super().full_clean()
            return
        fields = {field.name: field for field in [*instance._meta.concrete_fields, *instance._meta.many_to_many]}
        self._errors = ErrorDict()
        self.cleaned_data = {
            name: fields[name].value_from_object(instance) if name in fields else field.initial
            for name, field in self.fields.items()
        }


def unwrapped(widget):
    """The widget inside the admin's add/change-related wrapper."""
    return getattr(widget, "widget", widget)


class RowsInOneQuery(InlineAdminMixin):
    """Fetches the related objects every row shows together with the rows, and skips re-validating rows
    nobody changed. ``list_select_related`` names the relations the rows show (``str(row)`` and the
    autocomplete fields)."""

    list_select_related: tuple[str, ...] = ()

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(*self.list_select_related)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:
            kwargs["widget"] = KnownChoicesAutocomplete(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        form = type(formset.form.__name__, (UnchangedRowsKeepTheirValues, formset.form), {})
        return type(formset.__name__, (KnownChoicesFormSet, formset), {"form": form})


class KnownChoicesFormSet(forms.BaseModelFormSet):
    """Gives each row's autocomplete the labels of the choices its saved rows hold, fetched with the rows."""

    def known_choices(self, name: str, field) -> dict[str, str]:
        cache = self.__dict__.setdefault("_known_choices", {})
        if name not in cache:
            model_field = self.model._meta.get_field(name)
            cache[name] = {
                str(getattr(row, model_field.attname)): field.label_from_instance(getattr(row, name))
                for row in self.get_queryset()
                if getattr(row, model_field.attname) is not None
            }
        return cache[name]

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)  # type: ignore[misc]  # a mixin for BaseInlineFormSet
        for name, field in form.fields.items():
            widget = unwrapped(field.widget)
            if isinstance(widget, KnownChoicesAutocomplete):
                widget.known = self.known_choices(name, field)
        return form
