"""Admin for content with a publication workflow (articles, events): who may set which status."""

from typing import Any

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from integration_portal.core.publishing import PublicationStatus
from integration_portal.editorial.admin.calendar import in_buddhist_era
from integration_portal.editorial.admin.typing import ModelAdminMixin
from integration_portal.editorial.roles import allowed_statuses, can_publish, is_translator
from integration_portal.editorial.services import set_publication_status


class PublishingAdmin(ModelAdminMixin):
    """Status choices and publication time follow the person's role; a crafted POST gets an invalid choice."""

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not can_publish(request.user, self.model):
            # Only editors set the publication time; a published object keeps its status.
            readonly += [name for name in ("published_at",) if name not in readonly]
            if obj is not None and obj.status == PublicationStatus.PUBLISHED and "status" not in readonly:
                readonly.append("status")
        return readonly

    def get_form(self, request, obj=None, change=False, **kwargs):
        form: Any = super().get_form(request, obj, change=change, **kwargs)
        statuses = allowed_statuses(request.user, self.model, obj)

        class RoleForm(form):
            """Offers only the statuses this person may choose; anything else posted is an invalid choice."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if "status" in self.fields:
                    self.fields["status"].choices = [c for c in PublicationStatus.choices if c[0] in statuses]

        return RoleForm

    @admin.display(description=_("publication"), ordering="published_at")
    def publication(self, obj):
        """One column for status and time: "published 3 Mar 2026", "scheduled for …", "in review"."""
        if obj.status != PublicationStatus.PUBLISHED:
            return obj.get_status_display()
        when = in_buddhist_era(date_format(timezone.localtime(obj.published_at), "SHORT_DATETIME_FORMAT"))
        if obj.is_public:
            return format_html("{} <small>{}</small>", obj.get_status_display(), when)
        return format_html('<span class="scheduled">{}</span>', _("scheduled for %(time)s") % {"time": when})

    def get_actions(self, request):
        actions = super().get_actions(request)
        if is_translator(request.user):
            return {}
        if not can_publish(request.user, self.model):
            for name in ("publish_now", "unpublish"):
                actions.pop(name, None)
        return actions

    def _set_status(self, request, queryset, status, message):
        changed = set_publication_status(
            objects=queryset, status=status, user=request.user, comment=str(message(1) % {"count": 1})
        )
        self.message_user(request, message(changed) % {"count": changed}, messages.SUCCESS)

    @admin.action(description=_("Submit the selected items for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._set_status(
            request,
            queryset.filter(status=PublicationStatus.DRAFT),
            PublicationStatus.IN_REVIEW,
            lambda n: ngettext("%(count)d item submitted for review.", "%(count)d items submitted for review.", n),
        )

    @admin.action(description=_("Publish the selected items now"), permissions=["change"])
    def publish_now(self, request, queryset):
        self._set_status(
            request,
            queryset.exclude(status=PublicationStatus.PUBLISHED),
            PublicationStatus.PUBLISHED,
            lambda n: ngettext("%(count)d item published.", "%(count)d items published.", n),
        )

    @admin.action(description=_("Unpublish the selected items (back to draft)"), permissions=["change"])
    def unpublish(self, request, queryset):
        self._set_status(
            request,
            queryset.filter(status=PublicationStatus.PUBLISHED),
            PublicationStatus.DRAFT,
            lambda n: ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", n),
        )

    actions = ["submit_for_review", "publish_now", "unpublish"]
