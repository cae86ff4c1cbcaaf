"""Admin pages that span several models."""

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from integration_portal.core.languages import NAMES_IN_SENTENCE, language_codes
from integration_portal.core.translation import TranslationState, translation_state_q


def translated_models() -> list:
    """The kinds of content settings name, in the order a translator works through them."""
    return [apps.get_model(label) for label in settings.EDITORIAL_TRANSLATED_MODELS]


def state_counts(model) -> tuple[dict[tuple[str, str], int], int]:
    """Objects per (language, state), and all objects, counted in one query."""
    aggregates = {
        f"{code}_{state}": Count("pk", filter=translation_state_q(model, code, state))
        for code in language_codes()
        for state in TranslationState.values
    }
    row = model._default_manager.aggregate(total=Count("pk"), **aggregates)
    counts = {(code, state): row[f"{code}_{state}"] for code in language_codes() for state in TranslationState.values}
    return counts, row["total"]


def changelist_url(model) -> str | None:
    try:
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    except NoReverseMatch:
        return None


@staff_member_required
def translation_status(request):
    """Every kind of content × every language: how many translations are missing, outdated or complete."""
    rows = []
    totals = {(code, state): 0 for code in language_codes() for state in TranslationState.values}
    for model in translated_models():
        if not request.user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}"):
            continue
        counts, total = state_counts(model)
        url = changelist_url(model)
        cells = []
        for code in language_codes():
            for state in TranslationState.values:
                totals[(code, state)] += counts[(code, state)]
                link = f"{url}?translation={state}-{code}" if url and state != TranslationState.COMPLETE else None
                cells.append({"code": code, "state": state, "count": counts[(code, state)], "url": link})
        rows.append({"name": model._meta.verbose_name_plural, "url": url, "total": total, "cells": cells})
    context = {
        **admin.site.each_context(request),
        "title": _("Translation status"),
        "rows": rows,
        "total_items": sum(row["total"] for row in rows),
        "languages": [(code, NAMES_IN_SENTENCE[code]) for code in language_codes()],
        "states": TranslationState.choices,
        "totals": [
            {"code": code, "state": state, "count": totals[(code, state)]}
            for code in language_codes()
            for state in TranslationState.values
        ],
    }
    return TemplateResponse(request, "admin/portal/translation_status.html", context)
