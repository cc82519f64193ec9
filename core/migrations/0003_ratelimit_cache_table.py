"""The database table of the "ratelimit" cache (core/ratelimit.py), created as `createcachetable` would.

A migration rather than a separate `createcachetable` step, so that every install path that migrates
(`make run`, the Procfile's release step, the tests) has it. It is created whatever the cache settings say,
so that a site that drops REDIS_URL later finds its table there.
"""

import io

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

TABLE = "hls_ratelimit_cache"


def create_table(apps, schema_editor):
    command = CreateCacheTable(stdout=io.StringIO())
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, TABLE, dry_run=False)


def drop_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_searchabledocument"),
    ]

    operations = [
        migrations.RunPython(create_table, drop_table, elidable=False),
    ]
