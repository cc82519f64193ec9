"""Local development: debug on, a fixed throwaway key when none is given, email to the console."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
# With no mail server named, every email is written as a file you can open: sent-emails/*.eml (any mail
# program) with a .html copy beside it (any browser).
if not EMAIL_HOST:  # noqa: F405
    EMAIL_BACKEND = "core.mail.FolderEmailBackend"
# In development the plain storage avoids the need to run collectstatic first.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# Let whitenoise serve static files straight from the apps, with DEBUG on or off, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Uploaded images and documents are served by Django itself in development only.
SERVE_MEDIA = True
