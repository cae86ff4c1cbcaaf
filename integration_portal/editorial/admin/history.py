"""Admin history: every saved version with who and when, what changed, restore, and refused stale saves."""

import hashlib

from django import forms
from django.core import serializers
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reversion.admin import VersionAdmin
from reversion.models import Version

from integration_portal.editorial.admin.typing import InlineAdminMixin
from integration_portal.editorial.history import changes_between, live_values, normalise
from integration_portal.editorial.roles import can_restore

BASED_ON = "based_on"


def fingerprint(obj) -> str:
    """A digest of the object's saved row and relations; it changes with every save that changes anything."""
    return hashlib.sha256(serializers.serialize("json", [obj]).encode()).hexdigest()


class EditConflictForm(forms.ModelForm):
    """Carries the digest of the object as it was when the form was loaded.

    If someone else saved in between, the save is refused: the form comes back with this person's
    text untouched and a table of what differs from the saved version. Saving again after reading it
    is a deliberate overwrite, and the other version stays in the history.
    """

    based_on = forms.CharField(widget=forms.HiddenInput, required=False)
    edit_conflict = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None and not self.is_bound:
            self.initial[BASED_ON] = fingerprint(self.instance)

    @property
    def changed_data(self):
        # The marker is bookkeeping, not content: it stays out of the change message.
        return [name for name in super().changed_data if name != BASED_ON]

    def clean(self):
        cleaned = super().clean() or {}
        if self.instance.pk is None:
            return cleaned
        model = type(self.instance)
        # Locked until this save commits, so no other save slips in between the check and the write.
        saved = model._base_manager.select_for_update().filter(pk=self.instance.pk).first()
        if saved is None:
            raise forms.ValidationError(_("Someone deleted this item while you were editing it."))
        current = fingerprint(saved)
        if cleaned.get(BASED_ON) == current:
            return cleaned
        yours = {**live_values(saved), **self.posted_values(model)}
        self.edit_conflict = {
            "latest": Version.objects.get_for_object(saved).select_related("revision__user").first(),
            "changes": changes_between(model, yours, live_values(saved)),
        }
        # A second save after reading the differences overwrites on purpose.
        data = self.data.copy()  # type: ignore[attr-defined]  # a bound form's data is a QueryDict
        data[self.add_prefix(BASED_ON)] = current
        self.data = data
        raise forms.ValidationError(
            _(
                "Someone else saved this item after you opened it. Your changes are not saved yet and are "
                "still in the form below; the table shows where the saved version differs from yours. "
                "Save again to replace it with yours (the other version stays in the history), or copy "
                "what you need and reload."
            ),
            code="edit_conflict",
        )

    def posted_values(self, model) -> dict:
        """This person's values, keyed like ``live_values``: foreign keys by their column, as ids."""
        fields = {field.name: field for field in [*model._meta.concrete_fields, *model._meta.many_to_many]}
        values = {}
        for name, value in self.cleaned_data.items():
            if field := fields.get(name):
                key = field.attname if field.is_relation and not field.many_to_many else name
                values[key] = normalise(value)
        return values


class ConflictCheckedInline(InlineAdminMixin):
    """Inline rows carry the digest of their row too: a row someone else saved since the form was opened is
    refused with the same table of differences, and the parent's save with it, so nothing is overwritten."""

    form = EditConflictForm

    def get_fields(self, request, obj=None):
        return [*super().get_fields(request, obj), BASED_ON]


def inline_conflicts(inline_admin_formsets) -> list[tuple[str, dict]]:
    """(row, conflict) for each inline row refused as stale, for the change form to show."""
    return [
        (f"{formset.opts.verbose_name}: {form.instance}", form.edit_conflict)
        for formset in inline_admin_formsets
        for form in formset.formset.forms
        if getattr(form, "edit_conflict", None)
    ]


class HistoryAdmin(VersionAdmin):
    """django-reversion's history and recovery, plus a diff of each version and role checks on restoring."""

    form = EditConflictForm
    object_history_template = "admin/portal/object_history.html"
    change_form_template = "admin/portal/change_form.html"
    history_latest_first = True

    def render_change_form(self, request, context, *args, **kwargs):
        context["inline_conflicts"] = inline_conflicts(context.get("inline_admin_formsets", ()))
        return super().render_change_form(request, context, *args, **kwargs)

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/history/<int:version_id>/changes/",
                self.admin_site.admin_view(self.version_changes_view),
                name=f"{opts.app_label}_{opts.model_name}_version_changes",
            ),
            *super().get_urls(),
        ]

    def check_restore(self, request):
        if not can_restore(request.user, self.model):
            raise PermissionDenied

    def revision_view(self, request, object_id, version_id, extra_context=None):
        self.check_restore(request)
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        self.check_restore(request)
        return super().recover_view(request, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        self.check_restore(request)
        return super().recoverlist_view(request, extra_context)

    def changelist_view(self, request, extra_context=None):
        context = {"can_restore": can_restore(request.user, self.model), **(extra_context or {})}
        # Not VersionAdmin's: it makes one revision of a whole bulk action, and restoring any one
        # object would then roll back all of them. Actions make a revision per object instead.
        return super(VersionAdmin, self).changelist_view(request, context)

    def versions_of(self, object_id):
        return list(
            Version.objects.get_for_object_reference(self.model, object_id)
            .select_related("revision__user")
            .order_by("-revision__date_created", "-pk")
        )

    def history_view(self, request, object_id, extra_context=None):
        versions = self.versions_of(object_id)
        opts = self.model._meta
        rows = []
        for version, previous in zip(versions, [*versions[1:], None], strict=False):  # the last has no previous
            changed = None  # the first version: everything in it is new
            if previous:
                changed = [c.label for c in changes_between(self.model, previous.field_dict, version.field_dict)]
            rows.append(
                {
                    "version": version,
                    "changed": changed,
                    "changes_url": reverse(
                        f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_version_changes",
                        args=(object_id, version.pk),
                    ),
                    "restore_url": reverse(
                        f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                        args=(object_id, version.pk),
                    ),
                }
            )
        context = {"versions": rows, "can_restore": can_restore(request.user, self.model), **(extra_context or {})}
        return super().history_view(request, object_id, context)

    def version_changes_view(self, request, object_id, version_id):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        versions = self.versions_of(object_id)
        version = get_object_or_404(
            Version, pk=version_id, object_id=object_id, content_type__model=self.opts.model_name
        )
        older = [v for v in versions if (v.revision.date_created, v.pk) < (version.revision.date_created, version.pk)]
        previous = older[0] if older else None
        current = self.model._base_manager.filter(pk=object_id).first()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Changes in the version of %(date)s")
            % {"date": date_format(timezone.localtime(version.revision.date_created), "DATETIME_FORMAT")},
            "object_id": object_id,
            "object": current,
            "version": version,
            "previous": previous,
            "changes": changes_between(self.model, previous.field_dict if previous else {}, version.field_dict),
            "since": changes_between(self.model, version.field_dict, live_values(current)) if current else None,
            "can_restore": can_restore(request.user, self.model),
            "restore_url": reverse(
                f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_revision",
                args=(object_id, version.pk),
            ),
        }
        return TemplateResponse(request, "admin/portal/version_changes.html", context)
