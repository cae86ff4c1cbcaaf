from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationTabularInline

from integration_portal.editorial.admin import (
    BuddhistEraDates,
    ConflictCheckedInline,
    PortalImportExportMixin,
    PreviewAdmin,
    PublishingAdmin,
    RowsInOneQuery,
    TranslatedModelAdmin,
    TranslatorLimits,
    partial_date_column,
)
from integration_portal.sources.admin import CitationInline

from .models import Bloc, BlocCitation, Country, Era, EraCitation, Event, EventCitation, Membership, MembershipCitation
from .resources import EventResource, MembershipResource
from .views import number_sources

MEMBERSHIP_FIELDS = ("status", "start", "start_precision", "end", "end_precision", "note", "sources_link")
# A note is a line or two; the default ten-row box makes forms and every inline row tall.
SHORT_NOTES = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 40})}}


class MembershipCitationInline(CitationInline):
    model = MembershipCitation


class EventCitationInline(CitationInline):
    model = EventCitation


class EraCitationInline(CitationInline):
    model = EraCitation


class BlocCitationInline(CitationInline):
    model = BlocCitation
    fields = ("fact", "source", "pinpoint", "position")
    verbose_name_plural = _("sources of the founding and the end")


class MembershipInline(
    RowsInOneQuery, ConflictCheckedInline, TranslatorLimits, BuddhistEraDates, TranslationTabularInline
):
    model = Membership
    # A row's title names its country and bloc.
    list_select_related = ("country", "bloc")
    extra = 0
    formfield_overrides = SHORT_NOTES
    readonly_fields = ("sources_link",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(citation_count=Count("citations"))

    @admin.display(description=_("sources"))
    def sources_link(self, obj):
        """A period's sources are edited on its own page (Django's admin nests no inline in another)."""
        if obj is None or obj.pk is None:
            return _("Save, then add sources")
        count = getattr(obj, "citation_count", 0)
        label = ngettext("%(count)d source", "%(count)d sources", count) % {"count": count}
        return format_html('<a href="{}">{}</a>', reverse("admin:blocs_membership_change", args=[obj.pk]), label)


class MembershipInlineForBloc(MembershipInline):
    fields = ("country", *MEMBERSHIP_FIELDS)
    autocomplete_fields = ("country",)
    verbose_name_plural = _("memberships of countries in this bloc")


class MembershipInlineForCountry(MembershipInline):
    fields = ("bloc", *MEMBERSHIP_FIELDS)
    autocomplete_fields = ("bloc",)
    verbose_name_plural = _("memberships of this country")


@admin.register(Bloc)
class BlocAdmin(TranslatedModelAdmin):
    list_display = ("name", "acronym", "kind", "founded_display", "ended_display", "member_count", "translation_status")
    list_filter = ("kind",)
    search_fields = ("name_es", "name_th", "name_en", "acronym_es", "acronym_th", "acronym_en", "slug")
    prepopulated_fields = {"slug": ("acronym",)}
    autocomplete_fields = ("predecessor",)
    date_hierarchy = "founded"
    inlines = [BlocCitationInline, MembershipInlineForBloc]
    fieldsets = (
        (None, {"fields": ("name", "acronym", "slug", "kind", "summary", "description")}),
        (
            _("History"),
            {
                "fields": (
                    ("founded", "founded_precision"),
                    "founding_treaty",
                    ("ended", "ended_precision"),
                    "predecessor",
                )
            },
        ),
        (_("Contact"), {"fields": ("seat", "website")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).with_current_members()

    founded_display = partial_date_column("founded", _("founded"))
    ended_display = partial_date_column("ended", _("ended"))

    @admin.display(description=_("current members"), ordering="current_members")
    def member_count(self, obj):
        return obj.current_members


@admin.register(Country)
class CountryAdmin(TranslatedModelAdmin):
    list_display = ("name", "alpha2", "alpha3", "capital", "subregion", "in_latin_america", "translation_status")
    list_filter = ("subregion", "in_latin_america")
    search_fields = ("name_es", "name_th", "name_en", "alpha2", "alpha3", "slug")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [MembershipInlineForCountry]
    fields = ("name", "slug", "alpha2", "alpha3", "capital", "subregion", "in_latin_america")


@admin.register(Membership)
class MembershipAdmin(PortalImportExportMixin, TranslatedModelAdmin):
    resource_classes = [MembershipResource]
    list_display = ("country", "bloc", "status", "start_display", "end_display", "note")
    list_filter = ("status", "bloc", "start_precision")
    list_select_related = ("country", "bloc")
    search_fields = ("country__name_es", "country__name_th", "country__name_en", "bloc__name_es", "bloc__acronym_es")
    autocomplete_fields = ("country", "bloc")
    date_hierarchy = "start"
    fields = ("country", "bloc", "status", ("start", "start_precision"), ("end", "end_precision"), "note")
    formfield_overrides = SHORT_NOTES
    inlines = [MembershipCitationInline]

    start_display = partial_date_column("start", _("start"))
    end_display = partial_date_column("end", _("end"))


@admin.register(Era)
class EraAdmin(TranslatedModelAdmin):
    """Periods shaded behind the timeline; their sources say what each period was and when, by decade."""

    list_display = ("name", "decades_display", "translation_status")
    search_fields = ("name_es", "name_th", "name_en")
    inlines = [EraCitationInline]
    fields = ("name", "summary", ("first_decade", "last_decade"))

    @admin.display(description=_("decades"), ordering="first_decade")
    def decades_display(self, obj):
        return obj.decades()


@admin.register(Event)
class EventAdmin(PortalImportExportMixin, PublishingAdmin, PreviewAdmin, TranslatedModelAdmin):
    resource_classes = [EventResource]
    inlines = [EventCitationInline]
    list_display = ("title", "date_display", "kind", "publication", "translation_status")
    list_filter = ("status", "kind", "date_precision", "original_language", "blocs")
    search_fields = ("title_es", "title_th", "title_en", "summary_es", "summary_th", "summary_en")
    autocomplete_fields = ("blocs", "countries")
    date_hierarchy = "date"
    date_display = partial_date_column("date", _("date"))
    fieldsets = (
        (None, {"fields": ("title", "kind", "original_language", "summary", "body")}),
        (_("When"), {"fields": (("date", "date_precision"), ("end_date", "end_date_precision"))}),
        (_("Who"), {"fields": ("blocs", "countries")}),
        (_("Publication"), {"fields": ("status", "published_at")}),
    )

    def get_preview_queryset(self):
        return Event.objects.prefetch_related("blocs", "citations__source")

    def render_preview(self, request, obj, *, alternates, preview):
        sources = number_sources(events=[obj])
        context = {"events": [obj], "sources": sources, "alternates": alternates, "preview": preview}
        return render(request, "blocs/event_preview.html", context)
