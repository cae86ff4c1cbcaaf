"""Rows in and out of CSV and XLSX files (django-import-export): the parts every resource shares.

Every row goes through the model's own full_clean(), so a file follows the same rules as the admin
form (date precision, order of dates, no overlapping periods), and through the editorial roles:
someone who may not publish cannot publish, unpublish or schedule through a file either.
Each imported row gets its own history version, by the person who imported the file.
"""

import copy
import datetime
import io
import re
from contextlib import ExitStack

import reversion
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.core.exceptions import ValidationError
from django.db import connections, router
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets
from import_export.formats.base_formats import CSV, XLSX
from import_export.tmp_storages import CacheStorage

from integration_portal.core.languages import language_codes
from integration_portal.core.publishing import PublicationStatus
from integration_portal.editorial.roles import allowed_statuses, can_publish

ISO_DATE = "%Y-%m-%d"
ISO_DATETIME = "%Y-%m-%d %H:%M:%S"


def translated_columns(*names: str) -> tuple[str, ...]:
    """Each language's column: title_es, title_th, title_en, …"""
    return tuple(f"{name}_{code}" for name in names for code in language_codes())


def lookup_key(text, *, upper: bool) -> str:
    """Codes such as a country's are case-insensitive, as in the admin form; slugs are matched as written."""
    key = force_str(text).strip()
    return key.upper() if upper else key


def not_found(model, field: str, keys) -> str:
    return _("No %(model)s has the %(field)s %(keys)s.") % {
        "model": model._meta.verbose_name,
        "field": model._meta.get_field(field).verbose_name,
        "keys": ", ".join(f"“{key}”" for key in sorted(keys)),
    }


class KnownObjectWidget(widgets.ForeignKeyWidget):
    """One related object by its slug or code; a key that matches nothing is a row error with the key in it."""

    def __init__(self, model, field="pk", *, upper: bool = False, **kwargs):
        self.upper = upper
        super().__init__(model, field, **kwargs)

    def clean(self, value, row=None, **kwargs):
        key = lookup_key(value if value is not None else "", upper=self.upper)
        if not key:
            return None  # full_clean() reports the missing value
        try:
            return self.model.objects.get(**{self.field: key})
        except self.model.DoesNotExist:
            raise ValueError(not_found(self.model, self.field, [key])) from None


class KnownObjectsWidget(widgets.ManyToManyWidget):
    """Comma-separated slugs or codes; the library's widget silently drops those that match nothing."""

    def __init__(self, model, field="pk", *, upper: bool = False, **kwargs):
        self.upper = upper
        super().__init__(model, field=field, **kwargs)

    def clean(self, value, row=None, **kwargs):
        keys = {lookup_key(key, upper=self.upper) for key in force_str(value or "").split(self.separator)} - {""}
        found = self.model.objects.filter(**{f"{self.field}__in": keys})
        if missing := keys - set(found.values_list(self.field, flat=True)):
            raise ValueError(not_found(self.model, self.field, missing))
        return found


CITATION = re.compile(r"^\s*(?P<key>[^\s(;]+)\s*(?:\((?P<pinpoint>.*)\))?\s*$")


class CitationsWidget(widgets.ManyToManyWidget):
    """A fact's sources in one cell: ``treaty-of-asuncion (Art. 1); cmc-dec-28-05``, keys with optional pinpoints.

    A ManyToManyWidget so that the library writes it after the row is saved, and the rows are checked with the
    other relations (PortalResource.check_row).
    """

    def __init__(self, source_model):
        super().__init__(source_model, field="slug", separator=";")

    @staticmethod
    def parts(text: str) -> list[str]:
        """The cell split at each ";" outside brackets: a pinpoint may hold one ("Art. 1; Art. 3")."""
        parts: list[str] = []
        current: list[str] = []
        depth = 0
        for character in text:
            depth += {"(": 1, ")": -1}.get(character, 0)
            if character == ";" and depth <= 0:
                parts.append("".join(current))
                current, depth = [], 0
            else:
                current.append(character)
        return [*parts, "".join(current)]

    def clean(self, value, row=None, **kwargs) -> list[tuple[object, str]]:
        cited: list[tuple[str, str]] = []
        for part in self.parts(force_str(value or "")):
            if not part.strip():
                continue
            if not (match := CITATION.match(part)):
                raise ValueError(
                    _("Write each source as its key, with an optional pinpoint in brackets, not “%s”.") % part
                )
            cited.append((match["key"], (match["pinpoint"] or "").strip()))
        found = self.model.objects.in_bulk({key for key, _pinpoint in cited}, field_name="slug")
        if missing := {key for key, _pinpoint in cited} - set(found):
            raise ValueError(not_found(self.model, "slug", missing))
        return [(found[key], pinpoint) for key, pinpoint in dict.fromkeys(cited)]

    def render(self, value, obj=None, **kwargs) -> str:
        if value is None or value.instance.pk is None:  # a row not saved yet cites nothing
            return ""
        return "; ".join(
            f"{citation.source.slug} ({citation.pinpoint})" if citation.pinpoint else citation.source.slug
            for citation in value.all()
        )


class CitationsField(fields.Field):
    """Writes a fact's citations from a CitationsWidget's cell: the file's list replaces the saved one, through
    ``write(fact=, citations=)`` (the sources app's service; this layer cannot import it)."""

    def __init__(self, source_model, *, write, **kwargs):
        super().__init__(attribute="citations", column_name="sources", widget=CitationsWidget(source_model), **kwargs)
        self.write = write

    def save(self, instance, row, is_m2m=False, **kwargs):
        if is_m2m and self.column_name in row:
            self.write(fact=instance, citations=self.clean(row, **kwargs))


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


# A cell a spreadsheet would run as a formula (=HYPERLINK(…), +cmd, -2+3, @SUM): exported with an apostrophe in
# front, which spreadsheets take as "text", and read back without it, so a file round-trips unchanged.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_START) else value


def unneutralised(value):
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


class PortalResource(resources.ModelResource):
    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
        "BigAutoField": IdWidget,
        "DateField": IsoDateWidget,
        "DateTimeField": IsoDateTimeWidget,
    }

    def import_data_inner(self, dataset, dry_run, *args, **kwargs):
        # Upkeep the other apps do after a save (the search index) is done once for the file, not per row.
        with ExitStack() as stack:
            for path in settings.EDITORIAL_IMPORT_CONTEXTS:
                stack.enter_context(import_string(path)(dry_run=dry_run))
            return super().import_data_inner(dataset, dry_run, *args, **kwargs)

    def export_field(self, field, instance, **kwargs):
        return neutralised(super().export_field(field, instance, **kwargs))

    def before_import_row(self, row, **kwargs):
        for column, value in list(row.items()):
            row[column] = unneutralised(value)
        super().before_import_row(row, **kwargs)

    def get_instance(self, instance_loader, row):
        try:
            return super().get_instance(instance_loader, row)
        except ValueError:  # a malformed id: import_instance reports it with the row's other errors
            return None

    def import_instance(self, instance, row, **kwargs):
        before = copy.copy(instance)
        errors: dict = {}
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


class PublishingResource(PortalResource):
    """Rows of content with a publication workflow: the admin form's role rules apply to files too.

    ``may_not_publish`` is the row error, in words that name the kind of content.
    """

    may_not_publish = ""

    def check_row(self, before, instance, row, user):
        yield from super().check_row(before, instance, row, user)
        model = self._meta.model
        if can_publish(user, model):
            return
        # The admin form's rules (integration_portal.editorial.roles): draft or in review, and no publication time.
        statuses = allowed_statuses(user, model, None if instance._state.adding else before)
        may_not = str(self.may_not_publish)
        if instance.status in PublicationStatus.values and instance.status not in statuses:
            yield "status", may_not
        if instance.published_at != before.published_at:
            yield "published_at", may_not


# What one import may hold. A spreadsheet compresses well: 0.12 MB of XLSX held 100,000 rows and kept a worker
# busy for minutes, so rows are counted before any is read into memory.
MAX_IMPORT_BYTES = 2 * 1024 * 1024
# An import runs inside the request: 500 rows of events take about 8 s to preview and 14 s to confirm here
# (make import-benchmark), inside gunicorn's 30 s timeout with room to spare.
MAX_IMPORT_ROWS = 500
PREVIEW_ID = re.compile(r"[0-9a-f]{32}")


class ImportTooLarge(ValueError):
    """A file over the limits; its message is shown on the upload field."""


def too_many_rows() -> ImportTooLarge:
    return ImportTooLarge(
        _("The file has more than %(rows)s rows. Split it into files of at most %(rows)s rows each.")
        % {"rows": f"{MAX_IMPORT_ROWS:,}"}
    )


class BoundedCSV(CSV):
    def create_dataset(self, in_stream, **kwargs):
        lines = in_stream.count(b"\n" if isinstance(in_stream, bytes) else "\n")
        if lines > MAX_IMPORT_ROWS + 1:  # the header, then the rows (a quoted line break counts too: a safe bound)
            raise too_many_rows()
        return super().create_dataset(in_stream, **kwargs)


class BoundedXLSX(XLSX):
    def create_dataset(self, in_stream):
        import openpyxl  # type: ignore[import-untyped]  # no stubs pinned for it

        sheet = openpyxl.load_workbook(io.BytesIO(in_stream), read_only=True, data_only=True).active
        # Counted as the rows stream by, not from the file's own claim of its size, which it may leave out.
        for count, _row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if count > MAX_IMPORT_ROWS + 1:
                raise too_many_rows()
        return super().create_dataset(in_stream)


class PreviewStorage(CacheStorage):
    """An uploaded file between its preview and the confirmation, in the shared cache (Redis or PostgreSQL).

    Any app server can confirm what another previewed; the id is a random hex string, so a posted name can only
    ever find a preview, never a file; a preview nobody confirms expires after two hours.
    """

    CACHE_LIFETIME = 2 * 60 * 60
    CACHE_PREFIX = "import-preview-"

    def save(self, data):
        drop_expired_cache_entries()
        super().save(data)

    def exists(self) -> bool:
        return bool(self.name and PREVIEW_ID.fullmatch(self.name)) and cache.has_key(self.CACHE_PREFIX + self.name)


def drop_expired_cache_entries() -> None:
    """Redis forgets expired keys by itself; Django's database cache deletes them only once it holds more than
    MAX_ENTRIES, so up to 5,000 unconfirmed previews of 2 MB each could stay. Each new preview clears them."""
    backend = caches["default"]
    if not isinstance(backend, DatabaseCache):
        return
    database = router.db_for_write(backend.cache_model_class)
    operations = connections[database].ops
    table = operations.quote_name(backend._table)  # type: ignore[attr-defined]
    with connections[database].cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE expires < %s",
            [operations.adapt_datetimefield_value(timezone.now())],
        )
