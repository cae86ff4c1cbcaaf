"""Every error the API gives is JSON: ``{"error": "…", "fields": {"parameter": ["…"]}}``."""

from django.core.exceptions import SuspiciousOperation
from django.http import JsonResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.views import exception_handler


def error_body(message, fields=None, **extra) -> dict:
    return {"error": str(message), "fields": fields or {}, **extra}


def field_messages(detail) -> dict[str, list[str]]:
    if not isinstance(detail, dict):
        return {}
    return {
        str(name): [str(item) for item in (messages if isinstance(messages, list) else [messages])]
        for name, messages in detail.items()
    }


def api_exception_handler(exc, context):
    if isinstance(exc, SuspiciousOperation):
        # More than DATA_UPLOAD_MAX_NUMBER_FIELDS parameters, read when the view first looks at the query.
        exc = exceptions.ValidationError(_("The query string has too many parameters."))
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        fields = field_messages(exc.detail)
        message = _("The query string is not valid: see “fields”.") if fields else " ".join(map(str, exc.detail))
        response.data = error_body(message, fields)
    elif isinstance(exc, exceptions.Throttled):
        response.data = error_body(
            _("Too many requests from this address: try again in %(seconds)s seconds.") % {"seconds": exc.wait},
            retry_after=exc.wait,
        )
    else:
        detail = response.data.get("detail", "") if isinstance(response.data, dict) else ""
        response.data = error_body(detail)
    return response


def not_found(request, *args, **kwargs):
    """Any address under /api/v1/ that names no endpoint."""
    return JsonResponse(error_body(_("There is no such address in the API: see /api/v1/schema/.")), status=404)
