"""Tests: fast hashing, no real email, plain static storage. The database comes from DATABASE_URL."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run as they are queued; tests of the worker itself switch to the database backend.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": TASK_QUEUES}  # noqa: F405
}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    # The page cache is off in tests except where a test turns it on (tests/test_page_cache.py).
    "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    # Rate limits are real in tests, in the database table as in production without Redis: each test's
    # counts are rolled back with its transaction.
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "hls_ratelimit_cache",
    },
}
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING = {"version": 1, "disable_existing_loggers": False}
import tempfile  # noqa: E402

MEDIA_ROOT = tempfile.mkdtemp(prefix="hls-test-media-")
