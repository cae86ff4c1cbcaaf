"""Events and memberships in and out of CSV and XLSX files, from the admin (django-import-export).

The shared rules (full_clean() on every row, the editorial roles, a version per row, all or nothing)
live in integration_portal.editorial.import_export; this module says which columns each file has.
"""

import datetime

from django.utils.translation import gettext_lazy as _
from import_export import fields

from integration_portal.editorial.import_export import (
    CitationsField,
    KnownObjectsWidget,
    KnownObjectWidget,
    PortalResource,
    PublishingResource,
    translated_columns,
)
from integration_portal.sources.models import Source
from integration_portal.sources.services import replace_citations

from .models import Bloc, Country, Event, Membership


class EventResource(PublishingResource):
    may_not_publish = _("You may not publish events: only an editor can publish, schedule or unpublish them.")
    blocs = fields.Field(attribute="blocs", column_name="blocs", widget=KnownObjectsWidget(Bloc, field="slug"))
    countries = fields.Field(
        attribute="countries", column_name="countries", widget=KnownObjectsWidget(Country, field="alpha2", upper=True)
    )
    sources = CitationsField(Source, write=replace_citations)

    class Meta:
        model = Event
        fields = (
            "id",
            "date",
            "date_precision",
            "end_date",
            "end_date_precision",
            "kind",
            "original_language",
            *translated_columns("title", "summary", "body"),
            "sources",
            "blocs",
            "countries",
            "status",
            "published_at",
        )
        # The library's default, as a list: a file without an id column only adds events.
        import_id_fields = ["id"]
        clean_model_instances = True

    def filter_export(self, queryset, **kwargs):
        return queryset.prefetch_related("blocs", "countries", "citations__source")

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        saved = instance.published_at
        super().import_field(field, instance, row, is_m2m, **kwargs)
        new = instance.published_at
        if field.attribute == "published_at" and saved and new and abs(new - saved) < datetime.timedelta(seconds=1):
            instance.published_at = saved  # files hold whole seconds: an exported time comes back unchanged


class MembershipResource(PortalResource):
    country = fields.Field(
        attribute="country", column_name="country", widget=KnownObjectWidget(Country, "alpha2", upper=True)
    )
    bloc = fields.Field(attribute="bloc", column_name="bloc", widget=KnownObjectWidget(Bloc, "slug"))
    sources = CitationsField(Source, write=replace_citations)

    class Meta:
        model = Membership
        fields = (
            "id",
            "country",
            "bloc",
            "status",
            "start",
            "start_precision",
            "end",
            "end_precision",
            *translated_columns("note"),
            "sources",
        )
        import_id_fields = ["id"]
        clean_model_instances = True

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("country", "bloc").prefetch_related("citations__source")
