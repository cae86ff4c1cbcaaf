"""Preview from the admin: a draft rendered by the public page's own view code, in any language, staff only."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path, reverse
from django.utils import translation

from integration_portal.core.languages import language_codes
from integration_portal.editorial.admin.typing import ModelAdminMixin


def is_row_id(text: str) -> bool:
    """ASCII digits that fit a bigint: "²" and "٣" pass str.isdigit() but are no id, nor is 10**30."""
    return text.isascii() and text.isdigit() and int(text) < 2**63


class PreviewAdmin(ModelAdminMixin):
    """Adds ``<id>/preview/<language>/``; subclasses say how to render the object (``render_preview``)."""

    def render_preview(self, request, obj, *, alternates: dict, preview: dict):
        raise NotImplementedError("say how the public page renders this object")

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/preview/<str:language>/",
                self.admin_site.admin_view(self.preview_view),
                name=f"{opts.app_label}_{opts.model_name}_preview",
            ),
            *super().get_urls(),
        ]

    def preview_url(self, obj, language: str) -> str:
        opts = self.model._meta
        return reverse(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_preview", args=(obj.pk, language))

    def preview_view(self, request, object_id, language):
        if language not in language_codes():
            raise Http404
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        obj = self.get_preview_queryset().filter(pk=int(object_id)).first() if is_row_id(object_id) else None
        if obj is None:
            raise Http404
        alternates = {code: self.preview_url(obj, code) for code in language_codes()}
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.render_preview(
                request, obj, alternates=alternates, preview={"status": obj.get_status_display()}
            )
        response["X-Robots-Tag"] = "noindex"
        response["Cache-Control"] = "private, no-store"
        return response

    def get_preview_queryset(self):
        return self.model._default_manager.all()
