"""Import and export buttons in the admin (django-import-export), with the portal's formats and rules."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX


class PortalImportExportMixin(ImportExportMixin):
    """Import and export in the admin, for those whose role allows adding or viewing the model."""

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
