from django import template
from django.utils.translation import get_language

from integration_portal.dates import format_partial_date

register = template.Library()


@register.simple_tag
def partial_date(date, precision):
    """{% partial_date event.date event.date_precision %} → "26 de marzo de 1991", "พ.ศ. 2512"."""
    return format_partial_date(date, precision, get_language())
