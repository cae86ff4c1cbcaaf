"""The table Django's database cache uses when several workers run without Redis (settings.CACHES).

The same table `manage.py createcachetable` would make, created here so that `migrate` alone prepares a release.
"""

from django.db import migrations

CREATE = """
CREATE TABLE IF NOT EXISTS "portal_cache" (
    "cache_key" varchar(255) NOT NULL PRIMARY KEY,
    "value" text NOT NULL,
    "expires" timestamp with time zone NOT NULL
);
CREATE INDEX IF NOT EXISTS "portal_cache_expires" ON "portal_cache" ("expires");
"""


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunSQL(CREATE, reverse_sql='DROP TABLE IF EXISTS "portal_cache"')]
