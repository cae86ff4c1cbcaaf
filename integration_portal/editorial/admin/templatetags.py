"""Template filters of the admin's own templates (registered in settings as the "portal_admin" library)."""

from django import template

from integration_portal.editorial.admin.calendar import in_buddhist_era
from integration_portal.editorial.admin.translation_status import translated_models

register = template.Library()


@register.filter
def buddhist_era(text) -> str:
    """Years in a text Django formatted, in the Buddhist Era in the Thai admin ("กรกฎาคม 2013" → "กรกฎาคม 2556")."""
    return in_buddhist_era(text)


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
