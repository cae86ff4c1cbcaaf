"""Template filters of the admin's own templates (registered in settings as the "portal_admin" library)."""

from django import template
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.safestring import SafeString, mark_safe

from integration_portal.editorial.admin.calendar import in_buddhist_era
from integration_portal.editorial.admin.translation_status import translated_models

register = template.Library()


@register.filter
def buddhist_era(text) -> str:
    """Years in a text Django formatted, in the Buddhist Era in the Thai admin ("กรกฎาคม 2013" → "กรกฎาคม 2556")."""
    return in_buddhist_era(text)


@register.filter
def readonly_in_era(admin_field) -> SafeString:
    """A read-only field's contents (helpers.AdminReadonlyField), its years in the Buddhist Era in the Thai admin
    when it shows a date or a time; any other field's contents as Django gives them, numbers untouched."""
    contents = admin_field.contents()
    try:
        model_field = admin_field.form._meta.model._meta.get_field(admin_field.field["name"])
    except FieldDoesNotExist:
        return contents  # a method of the admin, such as a link
    if isinstance(model_field, models.DateField):  # DateTimeField is one too
        # Only digits change, in a text Django has escaped already.
        return mark_safe(in_buddhist_era(contents))
    return contents


@register.simple_tag(takes_context=True)
def can_see_translation_status(context) -> bool:
    """Whether the person may view some kind of content the translation status page counts."""
    user = context["request"].user
    return (
        user.is_active
        and user.is_staff
        and any(
            user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}") for model in translated_models()
        )
    )
