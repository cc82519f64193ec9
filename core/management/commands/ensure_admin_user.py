"""Make sure a superuser called `admin` exists, without ever prompting.

The password comes from DJANGO_SUPERUSER_PASSWORD when set; otherwise a random one is generated and
printed once. An existing user is never changed, so running this on every start is safe.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"
PASSWORD_VARIABLE = "DJANGO_SUPERUSER_PASSWORD"


class Command(BaseCommand):
    help = f"Create the superuser '{USERNAME}' if it does not exist. Never prompts or changes a password."

    def handle(self, *args, **options):
        User = get_user_model()
        chosen_password = os.environ.get(PASSWORD_VARIABLE, "")

        if User.objects.filter(**{User.USERNAME_FIELD: USERNAME}).exists():
            self.report_existing(chosen_password)
            return

        password = chosen_password or secrets.token_urlsafe(16)
        User.objects.create_superuser(**{User.USERNAME_FIELD: USERNAME}, email="", password=password)
        if chosen_password:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin user '{USERNAME}' created with the password from {PASSWORD_VARIABLE}."
                )
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin user '{USERNAME}' created. Password: {password} "
                    f"(shown once; set {PASSWORD_VARIABLE} to choose your own)"
                )
            )

    def report_existing(self, chosen_password):
        if chosen_password:
            self.stdout.write(
                f"Admin user '{USERNAME}' exists; its password was left unchanged ({PASSWORD_VARIABLE} is only "
                "used when the user is first created)."
            )
        else:
            self.stdout.write(
                f"Admin user '{USERNAME}' exists; log in with the password shown when it was created, or reset "
                f"it with: .venv/bin/python manage.py changepassword {USERNAME}"
            )
