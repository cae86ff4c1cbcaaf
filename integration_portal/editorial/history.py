"""Versions of content: what changed between two versions, field by field and language by language."""

import datetime
import difflib
import re
from dataclasses import dataclass

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from modeltranslation.fields import TranslationField

from integration_portal.core.text import has_thai, plain_text

# Words and the spaces between them; Thai has no spaces, so Thai text is compared letter by letter.
TOKENS = re.compile(r"\s+|[^\s]+")
HIDDEN_FIELDS = {"translations_changed", "demo_key", "updated_at", "created_at"}


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str
    diff: SafeString


def tokens(text: str) -> list[str]:
    return list(text) if has_thai(text) else TOKENS.findall(text)


def inline_diff(old: str, new: str) -> SafeString:
    """The new text with removed parts in <del> and added parts in <ins>, everything escaped."""
    before, after = tokens(old), tokens(new)
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            parts.append(format_html("<del>{}</del>", "".join(before[i1:i2])))
        if op in ("insert", "replace"):
            parts.append(format_html("<ins>{}</ins>", "".join(after[j1:j2])))
        if op == "equal":
            parts.append(escape("".join(before[i1:i2])))
    return mark_safe("".join(parts))


def field_label(field: models.Field) -> str:
    # modeltranslation already ends a translation field's verbose name with its language ("summary [th]").
    return str(capfirst(field.verbose_name))


def display_value(model, field: models.Field, value) -> str:
    if value is None or value == "":
        return ""
    related_model = field.related_model
    if field.many_to_many and isinstance(related_model, type):
        names = related_model._base_manager.filter(pk__in=value)
        return ", ".join(sorted(str(item) for item in names))
    if field.is_relation and isinstance(related_model, type):
        related = related_model._base_manager.filter(pk=value).first()
        return str(related) if related else f"#{value}"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, datetime.datetime):
        # Versions keep UTC, live rows the site's zone: the same instant must read the same.
        return date_format(timezone.localtime(value) if timezone.is_aware(value) else value, "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return value.isoformat()
    base = field.translated_field.name if isinstance(field, TranslationField) else field.name
    if base in getattr(model, "rich_text_fields", ()):
        # Compared as text: the editor may rewrite markup (spacing, attribute order) without a change in content.
        return " ".join(plain_text(value).split())
    return str(value)


def compared_fields(model) -> list[models.Field]:
    """Fields a reader of the history cares about: editable data, each language apart, no bookkeeping."""
    fields = [*model._meta.concrete_fields, *model._meta.many_to_many]
    translated_bases = {f.translated_field.name for f in fields if isinstance(f, TranslationField)}
    return [
        field
        for field in fields
        if not field.primary_key
        and field.name not in HIDDEN_FIELDS
        and field.name not in translated_bases  # the untranslated column mirrors one language
    ]


def changes_between(model, old: dict, new: dict) -> list[FieldChange]:
    """What differs between two sets of field values (a version's ``field_dict`` or a live object's)."""
    changes = []
    for field in compared_fields(model):
        key = field.attname if field.is_relation and not field.many_to_many else field.name
        old_value, new_value = normalise(old.get(key)), normalise(new.get(key))
        if old_value == new_value:
            # The same stored value reads the same: no lookup of a related name for fields that did not change,
            # so a history page costs the same however many versions it lists.
            continue
        before = display_value(model, field, old_value)
        after = display_value(model, field, new_value)
        if before != after:
            changes.append(FieldChange(field_label(field), before, after, inline_diff(before, after)))
    return changes


def normalise(value):
    if isinstance(value, list | tuple | set | models.QuerySet):
        return sorted(getattr(item, "pk", item) for item in value)
    return getattr(value, "pk", value)


def live_values(obj) -> dict:
    values = {field.attname: getattr(obj, field.attname) for field in obj._meta.concrete_fields}
    for field in obj._meta.many_to_many:
        values[field.name] = list(getattr(obj, field.name).values_list("pk", flat=True)) if obj.pk else []
    return values
