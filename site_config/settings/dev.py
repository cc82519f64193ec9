"""Local development: debug on, a key of this checkout's own when none is given, emails to files."""

import os
import secrets
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BASE_DIR, env_bool


def checkout_secret_key(path):
    """The key kept in `path`, made on first use. A key known to everyone (as a constant in the code would be)
    lets anyone forge this site's signed links, unsubscribe links included, and its sessions; so each
    checkout makes its own, readable by its owner only, kept out of git and removed by `make clean`.

    The web server, the worker and the scheduler start together under `make run`: the first to link its
    new file into place wins, and the others read that one."""
    path = Path(path)
    try:
        key = path.read_text().strip()
    except FileNotFoundError:
        key = secrets.token_urlsafe(50)
        draft = path.with_name(f"{path.name}.{os.getpid()}.new")
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(descriptor, 0o600)  # even over a draft left by a crash
        with os.fdopen(descriptor, "w") as file:
            file.write(key + "\n")
        try:
            os.link(draft, path)
        except FileExistsError:
            key = path.read_text().strip()
        except OSError:
            # A file system without hard links: a plain rename (losing the race only costs a restart).
            os.replace(draft, path)
        finally:
            draft.unlink(missing_ok=True)
    if not key:
        raise ImproperlyConfigured(f"{path} is empty: delete it and a new development key is made.")
    return key


DEBUG = env_bool("DEBUG", True)
# SECRET_KEY_FILE moves the file (tests use a temporary one, so the checkout's own is never touched).
SECRET_KEY = os.environ.get("SECRET_KEY") or checkout_secret_key(
    os.environ.get("SECRET_KEY_FILE") or BASE_DIR / ".secret-key"
)
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
