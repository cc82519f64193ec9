"""PostgreSQL: the pg_trgm extension, so a search whose words match nothing exactly can try similar words
(typos). A trusted extension since PostgreSQL 13: the database's owner may create it. Nothing on SQLite."""

from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_title_body_search_index")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
