"""Sources in and out of CSV and XLSX files, from the admin, with every language's title."""

from integration_portal.editorial.import_export import PortalResource, translated_columns

from .models import Source


class SourceResource(PortalResource):
    class Meta:
        model = Source
        fields = (
            "id",
            "slug",
            "kind",
            *translated_columns("title", "issuer"),
            "date",
            "date_precision",
            "identifier",
            "url",
            "archive_url",
            "original_language",
        )
        import_id_fields = ["id"]
        clean_model_instances = True
