"""Make sure there is one demo user per editorial role, without ever prompting. For `make run` only.

Each is created once, in its group (editorial/roles.py), with the password from DEMO_USERS_PASSWORD when
set, otherwise a random one printed once, like the admin's (ensure_admin_user). An existing user is never
changed, so running this on every start is safe.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from editorial import roles

PASSWORD_VARIABLE = "DEMO_USERS_PASSWORD"
DEMO_USERS = [
    # (username, first name, last name, role, the role as one person)
    ("editor", "Erin", "Edwards", roles.EDITORS, "editor"),
    ("moderator", "Morgan", "Price", roles.MODERATORS, "moderator"),
    ("translator", "Tomos", "Rees", roles.TRANSLATORS, "translator"),
    ("newsletter", "Nadia", "Hussain", roles.NEWSLETTER_MANAGERS, "newsletter manager"),
]


class Command(BaseCommand):
    help = (
        "Create one demo user per role (editor, moderator, translator, newsletter) if missing. Never prompts."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        chosen_password = os.environ.get(PASSWORD_VARIABLE, "")
        for username, first_name, last_name, role, one in DEMO_USERS:
            group = Group.objects.filter(name=role).first()
            if group is None:
                raise CommandError(f"The group '{role}' does not exist. Run `manage.py migrate` first.")
            if User.objects.filter(**{User.USERNAME_FIELD: username}).exists():
                self.stdout.write(f"Demo {one} '{username}' exists; its password was left unchanged.")
                continue
            password = chosen_password or secrets.token_urlsafe(12)
            user = User.objects.create_user(
                **{User.USERNAME_FIELD: username},
                email=f"{username}@example.org",
                password=password,
                first_name=first_name,
                last_name=last_name,
            )
            user.groups.add(group)
            shown = f"the password from {PASSWORD_VARIABLE}" if chosen_password else f"password: {password}"
            self.stdout.write(
                self.style.SUCCESS(f"Demo {one} '{username}' created ({first_name} {last_name}), {shown}")
            )
        if not chosen_password:
            self.stdout.write(
                "Passwords are shown once. Forgot one? .venv/bin/python manage.py changepassword <user>"
            )
