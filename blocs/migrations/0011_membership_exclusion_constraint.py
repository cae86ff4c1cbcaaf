"""No two periods of one status for a country in a bloc overlap: an exclusion constraint replaces the trigger.

The embedded server's wheel now ships btree_gist (docs/database.md), so the database refuses overlaps
declaratively, on both database paths; the trigger of 0002 and its function go. btree_gist is a trusted
extension (PostgreSQL 13+): a database owner may create it without being a superuser.
"""

import importlib

import django.contrib.postgres.fields.ranges
import django.db.models.lookups
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.operations import BtreeGistExtension
from django.db import migrations, models

import blocs.models

trigger = importlib.import_module("blocs.migrations.0002_membership_no_overlap_trigger")


class Migration(migrations.Migration):
    dependencies = [("blocs", "0010_public_list_indexes")]

    operations = [
        BtreeGistExtension(),
        migrations.RunSQL(trigger.DROP, trigger.CREATE),
        migrations.AddConstraint(
            model_name="membership",
            constraint=ExclusionConstraint(
                expressions=[
                    ("country", "="),
                    ("bloc", "="),
                    ("status", "="),
                    (
                        blocs.models.DateRange(
                            "start",
                            models.Case(
                                models.When(
                                    django.db.models.lookups.LessThan(models.F("end"), models.F("start")),
                                    then=models.F("start"),
                                ),
                                default=models.F("end"),
                            ),
                            django.contrib.postgres.fields.ranges.RangeBoundary(),
                        ),
                        "&&",
                    ),
                ],
                name="membership_periods_do_not_overlap",
                violation_error_message=(
                    "This period overlaps another period of the same status of the same country in the same bloc."
                ),
            ),
        ),
    ]
