"""Production: refuses to start when it would be unsafe."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEBUG, SECRET_KEY, env_bool

if DEBUG:
    raise ImproperlyConfigured(
        "DEBUG is on, but production settings must never run with DEBUG. Unset DEBUG or set DEBUG=false."
    )
if not SECRET_KEY or len(SECRET_KEY) < 40 or SECRET_KEY.startswith(("dev-only", "django-insecure")):
    raise ImproperlyConfigured(
        "SECRET_KEY is missing or too weak. Set SECRET_KEY to a random string of at least 40 characters, "
        "for example: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

if not EMAIL_HOST:  # noqa: F405
    raise ImproperlyConfigured(
        "EMAIL_HOST is not set. The newsletter needs a mail server: set EMAIL_HOST (and EMAIL_PORT, "
        "EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, DEFAULT_FROM_EMAIL as your provider says)."
    )
