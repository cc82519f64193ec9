"""Settings shared by every environment. Everything that varies is read from the environment.

`dev`, `production` and `test` only override what they must. Every variable is listed, with its
default, in the README's configuration table.
"""

import base64
import hashlib
import os
import re
from pathlib import Path

import dj_database_url
from django.conf import global_settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from search.settings import search_backends_from_environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false (got {value!r}).")


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "core",
    "home",
    "case_studies",
    "resources",
    "newsletter",
    "editorial",
    "search",
    "dashboards",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "csp",
    # Failed sign-ins and page passwords lock a client or an account out for a while (core/lockout.py).
    "axes",
]

MIDDLEWARE = [
    # /healthz answers before host validation and the HTTPS redirect: load balancers ask by IP over HTTP.
    "core.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # X-Frame-Options (X_FRAME_OPTIONS) on every response: static files, the 503 page and pages served
    # from the page cache too, which returns before the middleware below it.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The Content Security Policy, also on pages served from the page cache (one policy for the public
    # site, a looser one for the Wagtail admin; see core/security.py).
    "core.security.ContentSecurityPolicyMiddleware",
    # A database that is briefly away (a restart, a failover) answers 503 "try again", not 500.
    "core.health.DatabaseUnavailableMiddleware",
    # A form posted with a part missing (a StreamField's `body-count`, say) answers 400, not 500.
    "core.middleware.IncompleteFormMiddleware",
    # The full-page cache for anonymous visitors: a hit returns here, before sessions, CSRF and the view
    # (see core/pagecache.py and docs/caching.md). Optional: without it the memo still works.
    "core.pagecache.PageCacheMiddleware",
    # The content version for the rest of an anonymous visitor's request: the memo's answers are kept
    # under it (core/caching.py, core/memo.py). It reuses the version the page cache read, if it did.
    "core.caching.ContentVersionMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.localization.LocalizationCacheMiddleware",
    # Finds the page for a URL in two queries rather than two per level (core/routing.py).
    "core.routing.RouteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Page passwords and password-reset requests are counted and limited (core/lockout.py); then axes
    # answers a locked-out sign-in with the lockout page. Axes must come last.
    "core.lockout.LockoutMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "site_config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "site_config.wsgi.application"

# A SQLite file in the project folder unless DATABASE_URL names another database.
# Health checks let the site survive a database restart without serving errors.
DATABASE_CONN_MAX_AGE = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=DATABASE_CONN_MAX_AGE,
        conn_health_checks=True,
    )
}
# A read replica where the host offers one: searches and the open data API read from it (see
# core/db_router.py); everything else, and everything inside a transaction, uses the primary.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"], conn_max_age=DATABASE_CONN_MAX_AGE, conn_health_checks=True
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["core.db_router.ReplicaRouter"]
    MIDDLEWARE.insert(
        MIDDLEWARE.index("core.caching.ContentVersionMiddleware") + 1, "core.db_router.ReplicaMiddleware"
    )
for _database in DATABASES.values():
    if _database["ENGINE"] == "django.db.backends.postgresql":
        # Give up connecting after a few seconds (a down server answers 503 quickly rather than hanging).
        _database.setdefault("OPTIONS", {}).setdefault(
            "connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "5"))
        )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server, the worker and the scheduler write to the same file: wait for a lock rather than
    # fail, and take the write lock when a transaction starts so two writers never deadlock.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"timeout": 20, "transaction_mode": "IMMEDIATE"})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out account or client before any password is checked.
AUTHENTICATION_BACKENDS = [
    "core.lockout.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English is the default; Welsh and Urdu (right to left) are translated
# with wagtail-localize. The languages are declared once, here, and everything else reads them: Django's
# LANGUAGES and right-to-left list, Wagtail's content languages, the Open Graph locales, the search
# configurations and the demo's translations. The first is the default. `name`: in the language itself
# (the language switcher shows it); `direction`: "ltr" or "rtl"; `og`: the Open Graph locale (a language
# and a territory); `search_config`: the PostgreSQL text search configuration its pages are indexed and
# searched with ("simple" keeps words as written). Adding a language: docs/translations.md.
SITE_LANGUAGES = [
    {"code": "en", "name": "English", "direction": "ltr", "og": "en_GB", "search_config": "english"},
    {"code": "cy", "name": "Cymraeg", "direction": "ltr", "og": "cy_GB", "search_config": "simple"},
    {"code": "ur", "name": "اردو", "direction": "rtl", "og": "ur_PK", "search_config": "simple"},
]
LANGUAGE_CODE = SITE_LANGUAGES[0]["code"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True
LANGUAGES = [(language["code"], language["name"]) for language in SITE_LANGUAGES]
# Django's own right-to-left languages, and any of ours it does not know.
LANGUAGES_BIDI = global_settings.LANGUAGES_BIDI + [
    language["code"]
    for language in SITE_LANGUAGES
    if language["direction"] == "rtl" and language["code"] not in global_settings.LANGUAGES_BIDI
]
WAGTAIL_I18N_ENABLED = True
# A new translation starts as a draft, even when its source is live: it is published after review
# (editorial/translation_review.py), never at once with the source's text.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed files with content-hashed names, so they can be cached for a year.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploaded images and documents in S3-compatible storage (AWS, DigitalOcean Spaces, MinIO...) when a
# bucket is named, so every web process and worker on every machine sees the same files.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    # Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the machine's role (boto3).
    AWS_S3_FILE_OVERWRITE = False
    # Objects are private; the site hands out signed links, except through AWS_S3_CUSTOM_DOMAIN (a CDN).
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", not AWS_S3_CUSTOM_DOMAIN)
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=86400"}
    # Wagtail serves documents through /documents/ (privacy checks), redirecting to the bucket.
    WAGTAILDOCS_SERVE_METHOD = "redirect"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Human Learning Systems"
# Every editor sees and sets times in the site's zone, so "go live at 09:00" means the same to everyone.
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search: the database by default (PostgreSQL full-text search with a configuration per language, or
# SQLite FTS5); OpenSearch or Elasticsearch when SEARCH_URL is set (see search/settings.py and the README).
WAGTAILSEARCH_BACKENDS = search_backends_from_environment(
    os.environ, {language["code"]: language["search_config"] for language in SITE_LANGUAGES}
)
WAGTAILDOCS_DOCUMENT_MODEL = "core.SearchableDocument"
# Words read from an uploaded document for search are capped, so one huge report cannot bloat the index.
DOCUMENT_TEXT_MAX_CHARS = int(os.environ.get("DOCUMENT_TEXT_MAX_CHARS", 100_000))
# Each document is read in a child process with these limits (core/docreader.py), so a file built to be
# slow or huge to read ends with a note for editors instead of wearing out the worker.
DOCUMENT_READ_SECONDS = float(os.environ.get("DOCUMENT_READ_SECONDS", 60))
DOCUMENT_READ_MEMORY_MB = int(os.environ.get("DOCUMENT_READ_MEMORY_MB", 512))
DOCUMENT_READ_MAX_PAGES = int(os.environ.get("DOCUMENT_READ_MAX_PAGES", 500))
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# A page or document shared with a password asks for it in the site's own look and language.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "document_password_required.html"
# Editors may write alt text themselves; do not prefill it from the file name.
WAGTAILIMAGES_AUTO_ALT_TEXT = False

WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Review before publishing (editorial/roles.py): reviewers and authors discuss a draft in comments.
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
# Editors are emailed this many days before a quote's consent ends (and again when it has ended).
CONSENT_WARNING_DAYS = int(os.environ.get("CONSENT_WARNING_DAYS", "30"))

# Every snippet the public reads is translatable; the admin shows the locale switcher.
WAGTAILSNIPPETS_MENU_SHOW_ALL = False

TAGGIT_CASE_INSENSITIVE = True

# Background work (newsletter delivery, reading uploaded documents, search index updates) is queued in
# the database and run by the worker process (`manage.py db_worker`), so a web request never waits for it.
# Reading documents has a queue of its own ("documents", with its own worker), so email is never behind it.
TASK_QUEUES = ["default", "documents"]
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": TASK_QUEUES,
    }
}

# Email, with Django's own setting names. Without EMAIL_HOST, development writes each message to a file
# in EMAIL_FILE_PATH (see dev.py); production refuses to start (see production.py).
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587" if env_bool("EMAIL_USE_TLS", False) else "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Human Learning Systems <newsletter@humanlearning.systems>"
)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_FILE_PATH = Path(os.environ.get("EMAIL_FILE_PATH", BASE_DIR / "sent-emails"))

# Newsletter: where "unsubscribe" emails go (the mailto half of List-Unsubscribe), and how many
# messages a worker claims at a time while sending an issue.
NEWSLETTER_UNSUBSCRIBE_MAILTO = os.environ.get("NEWSLETTER_UNSUBSCRIBE_MAILTO", "")
NEWSLETTER_BATCH_SIZE = int(os.environ.get("NEWSLETTER_BATCH_SIZE", "100"))
# Sign-up attempts allowed from one IP address in NEWSLETTER_SIGNUP_WINDOW seconds.
NEWSLETTER_SIGNUP_LIMIT = int(os.environ.get("NEWSLETTER_SIGNUP_LIMIT", "5"))
NEWSLETTER_SIGNUP_WINDOW = int(os.environ.get("NEWSLETTER_SIGNUP_WINDOW", "600"))
# Who the client is (core/clientip.py). Behind TRUSTED_PROXY_COUNT proxies, each appending the address it
# saw to CLIENT_IP_HEADER (X-Forwarded-For when empty), the client is that many entries from the header's
# right; entries further left were written by the client and are ignored. 0: no proxy, REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured(f"TRUSTED_PROXY_COUNT must be 0 or more (got {TRUSTED_PROXY_COUNT}).")

# Brute-force protection (core/lockout.py, django-axes). LOCKOUT_FAILURE_LIMIT failed sign-ins for one
# account, or from one client, lock it out for LOCKOUT_MINUTES (each further try starts the wait again); the
# same number of wrong passwords for one private page from one client locks that client out of the page.
LOCKOUT_FAILURE_LIMIT = max(int(os.environ.get("LOCKOUT_FAILURE_LIMIT", "5")), 1)
LOCKOUT_MINUTES = max(int(os.environ.get("LOCKOUT_MINUTES", "15")), 1)
# Password reset emails asked for, per address and per client, in PASSWORD_RESET_WINDOW seconds.
PASSWORD_RESET_LIMIT = int(os.environ.get("PASSWORD_RESET_LIMIT", "5"))
PASSWORD_RESET_WINDOW = int(os.environ.get("PASSWORD_RESET_WINDOW", "3600"))
AXES_FAILURE_LIMIT = "core.lockout.failure_limit"
AXES_COOLOFF_TIME = "core.lockout.cool_off"
AXES_LOCKOUT_PARAMETERS = "core.lockout.lockout_parameters"
AXES_CLIENT_IP_CALLABLE = "core.clientip.client_ip"
AXES_LOCKOUT_CALLABLE = "core.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
# Only failures are kept (and only for the cool-off): no record of every successful sign-in, which nothing
# reads and nothing would ever delete. The site has no Django admin to show axes' own pages in.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
AXES_VERBOSE = False  # no banner at every start; failures and lockouts are still logged (WARNING)
# The search terms report (wagtail.contrib.search_promotions): new terms one client may add per
# SEARCH_LOG_WINDOW seconds (searching itself is never limited), and the days of searches it keeps; the
# scheduler deletes older ones every day.
SEARCH_LOG_LIMIT = int(os.environ.get("SEARCH_LOG_LIMIT", "30"))
SEARCH_LOG_WINDOW = int(os.environ.get("SEARCH_LOG_WINDOW", "3600"))
WAGTAILSEARCH_HITS_MAX_AGE = int(os.environ.get("WAGTAILSEARCH_HITS_MAX_AGE", "30"))

# Caches. REDIS_URL: Redis, shared by every web process, worker and machine. Without it, the process's
# own memory for the default cache, and files in PAGE_CACHE_DIR for the page cache, which must be shared
# by the processes that publish (web, scheduler, worker) so that publishing empties it (docs/caching.md).
REDIS_URL = os.environ.get("REDIS_URL", "")
PAGE_CACHE_DIR = Path(os.environ.get("PAGE_CACHE_DIR", BASE_DIR / ".page-cache"))
if REDIS_URL:
    _redis_options = {"socket_connect_timeout": 2, "socket_timeout": 2}
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "hls"),
            "OPTIONS": _redis_options,
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "hls") + "-pages",
            "OPTIONS": _redis_options,
        },
        # Rate-limit counters (core/ratelimit.py): one count for every process and machine.
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "hls") + "-ratelimit",
            "OPTIONS": _redis_options,
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "hls"},
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(PAGE_CACHE_DIR),
            "OPTIONS": {"MAX_ENTRIES": 5_000},
        },
        # Rate-limit counters (core/ratelimit.py) in a database table, so that every process counts the
        # same (process memory would give each gunicorn worker its own limit). The table is created by a
        # migration (core/migrations/0003_ratelimit_cache_table.py).
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "hls_ratelimit_cache",
            "OPTIONS": {"MAX_ENTRIES": 50_000},
        },
    }
# Seconds an anonymous visitor's page is kept in the page cache (0 turns it off). Each entry also ends
# at the next scheduled expiry, and publishing anything empties the cache.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Cache-Control for those pages: how long a CDN or other shared cache may keep them (s-maxage), and a
# browser (max-age). The CDN is told to drop changed pages when one is named (CDN below).
CDN_CACHE_SECONDS = int(os.environ.get("CDN_CACHE_SECONDS", "300"))
BROWSER_CACHE_SECONDS = int(os.environ.get("BROWSER_CACHE_SECONDS", "0"))
# Front-end cache invalidation (wagtail.contrib.frontend_cache) when a CDN is named: cloudflare,
# cloudfront or http (Varnish, Squid, nginx with a PURGE handler).
CDN = os.environ.get("CDN", "").strip().lower()
WAGTAILFRONTENDCACHE_LANGUAGES = []  # each translation is its own page; core.pagecache purges them
if CDN:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    _hostnames = env_list("CDN_HOSTNAMES", "") or ["*"]
    if CDN == "cloudflare":
        WAGTAILFRONTENDCACHE = {
            "cdn": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
                "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
                "ZONEID": os.environ.get("CLOUDFLARE_ZONEID", ""),
                "HOSTNAMES": _hostnames,
            }
        }
    elif CDN == "cloudfront":
        WAGTAILFRONTENDCACHE = {
            "cdn": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
                "DISTRIBUTION_ID": os.environ.get("CLOUDFRONT_DISTRIBUTION_ID", ""),
                "HOSTNAMES": _hostnames,
            }
        }
    elif CDN == "http":
        WAGTAILFRONTENDCACHE = {
            "cdn": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": os.environ.get("CDN_PURGE_URL", ""),
                "HOSTNAMES": _hostnames,
            }
        }
    else:
        raise ImproperlyConfigured(f"CDN must be cloudflare, cloudfront or http (got {CDN!r}).")

# Content Security Policy (django-csp). The public pages run no inline script; the Wagtail admin and
# wagtail-localize's editor do, so /admin/ gets its own policy (core/security.py).
_csp_hosts = env_list("CSP_EXTRA_SOURCES", "")
_media_hosts = [f"https://{AWS_S3_CUSTOM_DOMAIN}"] if AWS_STORAGE_BUCKET_NAME and AWS_S3_CUSTOM_DOMAIN else []
if AWS_STORAGE_BUCKET_NAME and not AWS_S3_CUSTOM_DOMAIN:
    _media_hosts.append("https://*.amazonaws.com")
    if AWS_S3_ENDPOINT_URL:
        _media_hosts.append(AWS_S3_ENDPOINT_URL.rstrip("/"))


def _inline_style_hashes() -> list[str]:
    """CSP hashes of the <style> blocks of the self-contained error pages (their one layout)."""
    hashes = []
    for name in ("error_base.html",):
        template = BASE_DIR / "templates" / name
        if template.exists():
            for style in re.findall(r"<style>(.*?)</style>", template.read_text(), flags=re.S):
                digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
                hashes.append(f"'sha256-{digest}'")
    return sorted(set(hashes))


CSP_FRAME_SOURCES = env_list(
    "CSP_FRAME_SOURCES", "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com"
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", *_csp_hosts],
        # The error pages style themselves inline (they must not depend on anything else working): their
        # <style> blocks are allowed by hash. A few newsletter blocks set a style attribute.
        "style-src": ["'self'", *_inline_style_hashes(), *_csp_hosts],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:", *_media_hosts, *_csp_hosts],
        "media-src": ["'self'", *_media_hosts, *_csp_hosts],
        "font-src": ["'self'", *_csp_hosts],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *CSP_FRAME_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # Nobody frames the site: as X-Frame-Options DENY says. Where Wagtail allows SAMEORIGIN (the
        # admin's preview panel), core/security.py makes this 'self' to agree.
        "frame-ancestors": ["'none'"],
    }
}
# DENY (Django's default, said here because the policy above must agree with it).
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'", *_csp_hosts],
        "style-src": ["'self'", "'unsafe-inline'", *_csp_hosts],
        "img-src": ["'self'", "data:", "blob:", *_media_hosts, *_csp_hosts],
        "worker-src": ["'self'", "blob:"],
    }
}
# The admin asks no outside service: no avatars from gravatar.com, no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Logs: one line per event on the console. LOG_FORMAT=json (production's default) writes each event,
# traceback included, as one JSON object; text is for reading in a terminal.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "core.logs.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO"), "propagate": False},
        # Background tasks (search and reference index updates) log two lines per save at INFO.
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django_tasks_db": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# Used in sitemap and canonical links when there is no request.
SITE_NAME = _("Human Learning Systems")
