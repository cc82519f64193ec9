"""Production: refuses to start when it would be unsafe, and passes `manage.py check --deploy`."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEBUG, LOGGING, SECRET_KEY, env_bool

if DEBUG:
    raise ImproperlyConfigured(
        "DEBUG is on, but production settings must never run with DEBUG. Unset DEBUG or set DEBUG=false."
    )
if (
    not SECRET_KEY
    or len(SECRET_KEY) < 50
    or len(set(SECRET_KEY)) < 5
    or SECRET_KEY.startswith(("dev-only", "django-insecure"))
):
    raise ImproperlyConfigured(
        "SECRET_KEY is missing or too weak. Set SECRET_KEY to a random string of at least 50 characters, "
        "for example: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )

# Behind a proxy or load balancer that ends HTTPS, name the header it sets to say so (it must overwrite
# any such header from the visitor): SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto. Unset when the site
# itself ends HTTPS, or a visitor could claim to be on HTTPS.
_proxy_header = os.environ.get("SECURE_PROXY_SSL_HEADER", "").strip()
if _proxy_header:
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + _proxy_header.upper().replace("-", "_"), "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# HSTS: browsers use HTTPS only, for a year, on every subdomain too. Lower SECURE_HSTS_SECONDS while
# trying HTTPS out; SECURE_HSTS_PRELOAD=false if the domain must never be on the browsers' preload list.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# One JSON object per line on stdout unless LOG_FORMAT says otherwise.
if not os.environ.get("LOG_FORMAT"):
    LOG_FORMAT = "json"
    LOGGING["handlers"]["console"]["formatter"] = "json"

if not EMAIL_HOST:  # noqa: F405
    raise ImproperlyConfigured(
        "EMAIL_HOST is not set. The newsletter needs a mail server: set EMAIL_HOST (and EMAIL_PORT, "
        "EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, DEFAULT_FROM_EMAIL as your provider says)."
    )
