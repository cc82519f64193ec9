"""PostgreSQL: an index on the combined title and body of each search entry.

Wagtail's database backend matches `(title || body) @@ query`. With indexes only on each column the
database must read every entry to answer; this expression index lets it find the matches directly, so
search time grows with the number of matches rather than the size of the site. Nothing on SQLite.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(f'CREATE INDEX IF NOT EXISTS {INDEX} ON "{table}" USING gin (("title" || "body"))')


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]
    operations = [migrations.RunPython(create, drop)]
