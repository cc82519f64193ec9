"""The four editorial groups with exactly their permissions, and the "Review before publishing" workflow
on every case study library, resource library and newsletter archive that exists (see editorial/roles.py;
sections created later get the same as they are created).

Wagtail's own first migrations made an "Editors" and a "Moderators" group with rights over the whole tree,
and a "Moderators approval" workflow on the root page. The groups are narrowed to their roles here, and
that default workflow is switched off so the sections have the one review, as the README describes.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from editorial.roles import apply_roles


def forwards(apps, schema_editor):
    # Permissions for new models are normally made after every migration has run; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    apply_roles(apps)
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for workflow in Workflow.objects.filter(name="Moderators approval"):
        WorkflowPage.objects.filter(workflow=workflow, page__depth=1).delete()
        if not WorkflowPage.objects.filter(workflow=workflow).exists():
            workflow.active = False
            workflow.save(update_fields=["active"])


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("core", "0002_searchabledocument"),
        ("case_studies", "0004_quote_consent"),
        ("resources", "0003_quote_consent"),
        ("newsletter", "0004_quote_consent_and_send_permission"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
