"""Events and memberships in and out of CSV and XLSX files, from the admin (django-import-export).

Every row goes through the model's own full_clean(), so a file follows the same rules as the admin
form (date precision, order of dates, no overlapping memberships), and through the editorial roles:
someone who may not publish cannot publish, unpublish or schedule an event through a file either.
An import is all or nothing: if any row is invalid, no row is written.
"""

import copy
import datetime

import reversion
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.encoding import force_str
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX

from integration_portal.i18n import language_codes
from integration_portal.publishing import PublicationStatus
from integration_portal.roles import allowed_statuses, can_publish

from .models import Bloc, Country, Event, Membership

ISO_DATE = "%Y-%m-%d"
ISO_DATETIME = "%Y-%m-%d %H:%M:%S"


def translated_columns(*names: str) -> tuple[str, ...]:
    """Each language's column: title_es, title_th, title_en, …"""
    return tuple(f"{name}_{code}" for name in names for code in language_codes())


def lookup_key(model, text) -> str:
    """Country codes are case-insensitive, as in the admin form; slugs are matched as written."""
    key = force_str(text).strip()
    return key.upper() if model is Country else key


def not_found(model, field: str, keys) -> str:
    return _("No %(model)s has the %(field)s %(keys)s.") % {
        "model": model._meta.verbose_name,
        "field": model._meta.get_field(field).verbose_name,
        "keys": ", ".join(f"“{key}”" for key in sorted(keys)),
    }


class KnownObjectWidget(widgets.ForeignKeyWidget):
    """One related object by its slug or code; a key that matches nothing is a row error with the key in it."""

    def clean(self, value, row=None, **kwargs):
        key = lookup_key(self.model, value if value is not None else "")
        if not key:
            return None  # full_clean() reports the missing value
        try:
            return self.model.objects.get(**{self.field: key})
        except self.model.DoesNotExist:
            raise ValueError(not_found(self.model, self.field, [key])) from None


class KnownObjectsWidget(widgets.ManyToManyWidget):
    """Comma-separated slugs or codes; the library's widget silently drops those that match nothing."""

    def clean(self, value, row=None, **kwargs):
        keys = {lookup_key(self.model, key) for key in force_str(value or "").split(self.separator)} - {""}
        found = self.model.objects.filter(**{f"{self.field}__in": keys})
        if missing := keys - set(found.values_list(self.field, flat=True)):
            raise ValueError(not_found(self.model, self.field, missing))
        return found


class IdWidget(widgets.IntegerWidget):
    """The library raises a decimal error for an id such as "abc", which would end the row as a crash."""

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except (ArithmeticError, ValueError):
            raise ValueError(_("An id is a whole number; leave it empty to add a new row, not “%s”.") % value) from None


class IsoDateWidget(widgets.DateWidget):
    """YYYY-MM-DD only: 03/04/1991 is March in some countries of the region and April in others."""

    def __init__(self, **kwargs):
        super().__init__(format=ISO_DATE, **kwargs)

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):  # a date cell in a spreadsheet
            return value.date()
        try:
            return super().clean(value.strip() if isinstance(value, str) else value, row, **kwargs)
        except ValueError:
            raise ValueError(_("Enter the date as YYYY-MM-DD, such as 1991-03-26, not “%s”.") % value) from None


class IsoDateTimeWidget(widgets.DateTimeWidget):
    """Written as YYYY-MM-DD HH:MM:SS in the portal's time zone; read in any ISO 8601 form."""

    def __init__(self, **kwargs):
        super().__init__(format=ISO_DATETIME, **kwargs)

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, str) and value.strip():
            try:
                value = datetime.datetime.fromisoformat(value.strip())
            except ValueError:
                message = _("Enter the time as YYYY-MM-DD HH:MM:SS, such as 2024-07-01 09:30:00, not “%s”.")
                raise ValueError(message % value) from None
        return super().clean(value, row, **kwargs)  # a time without offset is in the portal's time zone


class PortalResource(resources.ModelResource):
    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
        "BigAutoField": IdWidget,
        "DateField": IsoDateWidget,
        "DateTimeField": IsoDateTimeWidget,
    }

    def get_instance(self, instance_loader, row):
        try:
            return super().get_instance(instance_loader, row)
        except ValueError:  # a malformed id: import_instance reports it with the row's other errors
            return None

    def import_instance(self, instance, row, **kwargs):
        before = copy.copy(instance)
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for field, message in self.check_row(before, instance, row, kwargs.get("user") or AnonymousUser()):
            errors.setdefault(field, []).append(message)
        if errors:
            raise ValidationError(errors)  # combined with full_clean()'s errors by validate_instance()

    def check_row(self, before, instance, row, user):
        """(field, message) for what the row may not do, beyond full_clean(); ``before`` is the saved object."""
        if instance._state.adding and instance.pk is not None:
            message = _("No %(model)s has the id %(id)s; leave the id empty to add a new one.")
            yield "id", message % {"model": self._meta.model._meta.verbose_name, "id": instance.pk}
        # Relations to many are written after the save, too late for a row error: they are checked here.
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as error:
                    yield field.attribute, str(error)

    def import_row(self, row, instance_loader, **kwargs):
        if kwargs.get("dry_run"):  # everything is rolled back: no history to record
            return super().import_row(row, instance_loader, **kwargs)
        # A revision per row, by the person who imported the file: restoring one object never rolls back the others.
        with reversion.create_revision():
            if getattr(kwargs.get("user"), "pk", None):
                reversion.set_user(kwargs["user"])
            reversion.set_comment(_("Imported from %s.") % (kwargs.get("file_name") or _("a file")))
            return super().import_row(row, instance_loader, **kwargs)


class EventResource(PortalResource):
    blocs = fields.Field(attribute="blocs", column_name="blocs", widget=KnownObjectsWidget(Bloc, field="slug"))
    countries = fields.Field(
        attribute="countries", column_name="countries", widget=KnownObjectsWidget(Country, field="alpha2")
    )

    class Meta:
        model = Event
        fields = (
            "id",
            "date",
            "date_precision",
            "end_date",
            "end_date_precision",
            "kind",
            "original_language",
            *translated_columns("title", "summary", "body"),
            "source_url",
            "blocs",
            "countries",
            "status",
            "published_at",
        )
        # The library's default, as a list: a file without an id column only adds events.
        import_id_fields = ["id"]
        clean_model_instances = True

    def filter_export(self, queryset, **kwargs):
        return queryset.prefetch_related("blocs", "countries")

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        saved = instance.published_at
        super().import_field(field, instance, row, is_m2m, **kwargs)
        new = instance.published_at
        if field.attribute == "published_at" and saved and new and abs(new - saved) < datetime.timedelta(seconds=1):
            instance.published_at = saved  # files hold whole seconds: an exported time comes back unchanged

    def check_row(self, before, instance, row, user):
        yield from super().check_row(before, instance, row, user)
        if can_publish(user, Event):
            return
        # The admin form's rules (integration_portal.roles): draft or in review, and no publication time.
        statuses = allowed_statuses(user, Event, None if instance._state.adding else before)
        may_not = _("You may not publish events: only an editor can publish, schedule or unpublish them.")
        if instance.status in PublicationStatus.values and instance.status not in statuses:
            yield "status", may_not
        if instance.published_at != before.published_at:
            yield "published_at", may_not


class MembershipResource(PortalResource):
    country = fields.Field(attribute="country", column_name="country", widget=KnownObjectWidget(Country, "alpha2"))
    bloc = fields.Field(attribute="bloc", column_name="bloc", widget=KnownObjectWidget(Bloc, "slug"))

    class Meta:
        model = Membership
        fields = (
            "id",
            "country",
            "bloc",
            "status",
            "start",
            "start_precision",
            "end",
            "end_precision",
            *translated_columns("note"),
            "source_url",
        )
        import_id_fields = ["id"]
        clean_model_instances = True

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("country", "bloc")


class PortalImportExportMixin(ImportExportMixin):
    """Import and export in the admin, for those whose role allows adding or viewing the model.

    Kept with the resources so that the admin classes only name it, their resource and nothing else.
    """

    formats = [CSV, XLSX]
    # With a byte-order mark, Excel opens the CSV as UTF-8 and shows Thai text; the import skips the mark.
    to_encoding = "utf-8-sig"
    # The library's change list shows the other object tools only to those who may add; this one always does.
    import_export_change_list_template = "admin/import_export/portal_change_list.html"

    def has_import_permission(self, request):
        # An import adds rows and changes existing ones.
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def get_import_data_kwargs(self, **kwargs):
        # Confirming checks every row again (someone may have saved since the preview): one invalid row undoes all.
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            messages.error(
                request,
                _("Nothing was imported: some rows no longer pass the checks. Upload the file again to see them."),
            )
            app_label, model_name = self.get_model_info()
            url = reverse(f"admin:{app_label}_{model_name}_import", current_app=self.admin_site.name)
            return HttpResponseRedirect(url)
        return super().process_result(result, request)
