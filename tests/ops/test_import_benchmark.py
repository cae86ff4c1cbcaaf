"""make import-benchmark's parts on a small file: both ways import the same rows, and the old way is undone."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

from blocs.models import Event
from integration_portal.core.constraints import ChecksInOneQuery
from ops.management.commands.import_benchmark import event_file, per_row_upkeep, timed_import

pytestmark = pytest.mark.django_db


def test_the_file_imports_whole_both_ways_and_the_baseline_is_undone_after():
    user = get_user_model().objects.create_superuser("bench", "bench@example.org", None)
    data = event_file(4)
    assert len(data) == 4 and data.headers[0] == "date"
    before = Event.objects.count()
    assert timed_import(data, user, dry_run=True) > 0
    assert Event.objects.count() == before  # a preview writes nothing
    with per_row_upkeep():
        assert settings.EDITORIAL_IMPORT_CONTEXTS == []
        timed_import(data, user, dry_run=False)
    assert settings.EDITORIAL_IMPORT_CONTEXTS != []
    assert ChecksInOneQuery.validate_constraints is not models.Model.validate_constraints
    timed_import(data, user, dry_run=False)
    assert Event.objects.count() == before + 8
