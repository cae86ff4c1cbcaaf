"""Import and export buttons in the admin (django-import-export), with the portal's formats and rules."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext as _
from import_export.admin import ImportExportMixin
from import_export.forms import ImportForm

from integration_portal.editorial.import_export import (
    MAX_IMPORT_BYTES,
    BoundedCSV,
    BoundedXLSX,
    ImportTooLarge,
    PreviewStorage,
)


class BoundedImportForm(ImportForm):
    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        if upload is not None and upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(
                _("The file is %(size)s; an import may be at most %(limit)s. Split it into smaller files.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_IMPORT_BYTES)}
            )
        return upload


class PortalImportExportMixin(ImportExportMixin):
    """Import and export in the admin, for those whose role allows adding or viewing the model."""

    formats = [BoundedCSV, BoundedXLSX]
    import_form_class = BoundedImportForm
    tmp_storage_class = PreviewStorage
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

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, ImportTooLarge):
            form.add_error("import_file", str(e))
        else:
            super().add_data_read_fail_error_to_form(form, e)

    def back_to_the_upload(self, request, message: str) -> HttpResponseRedirect:
        messages.error(request, message)
        app_label, model_name = self.get_model_info()
        return HttpResponseRedirect(reverse(f"admin:{app_label}_{model_name}_import", current_app=self.admin_site.name))

    def process_import(self, request, **kwargs):
        if not self.has_import_permission(request):
            raise PermissionDenied
        form = self.create_confirm_form(request)
        if form.is_valid():
            chosen = form.cleaned_data["format"]
            known_format = chosen.isascii() and chosen.isdigit() and int(chosen) < len(self.get_import_formats())
            if not known_format or not PreviewStorage(name=form.cleaned_data["import_file_name"]).exists():
                return self.back_to_the_upload(
                    request,
                    _(
                        "This preview is no longer available (previews are kept for two hours). "
                        "Nothing was imported. Upload the file again."
                    ),
                )
        return super().process_import(request, **kwargs)

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            return self.back_to_the_upload(
                request,
                _("Nothing was imported: some rows no longer pass the checks. Upload the file again to see them."),
            )
        return super().process_result(result, request)
