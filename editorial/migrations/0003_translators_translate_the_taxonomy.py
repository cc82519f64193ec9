"""Translators may open the taxonomy's translation editor: the change permission on themes, sectors,
regions and organisations (editorial/roles.py; editorial.wagtail_hooks keeps them to synced translations).

Only these permissions are added, so anything else an administrator has given the group stays.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from editorial.roles import TAXONOMY_CHANGE_PERMISSIONS, TRANSLATORS


def forwards(apps, schema_editor):
    # Permissions are normally made after every migration has run (see 0002).
    core = apps.get_app_config("core")
    core.models_module = True
    create_permissions(core, apps=apps, verbosity=0)
    core.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=TRANSLATORS).first()
    if group is None:
        return
    for dotted in TAXONOMY_CHANGE_PERMISSIONS:
        app_label, codename = dotted.split(".", 1)
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=TRANSLATORS).first()
    if group is None:
        return
    codenames = [dotted.split(".", 1)[1] for dotted in TAXONOMY_CHANGE_PERMISSIONS]
    group.permissions.remove(*group.permissions.filter(content_type__app_label="core", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [("editorial", "0002_roles_and_review_workflow")]

    operations = [migrations.RunPython(forwards, backwards)]
