"""The content version: one value, shared by every process, that changes whenever anything a visitor
could see on a page changes. Everything kept for visitors is kept under it (docs/caching.md):

- the page cache (core/pagecache.py, an optional middleware) stores each page under the version its
  request read, and an entry under an older version is dead;
- the memo (core/memo.py) keeps answers in the process's memory for one version.

This module owns the version: where it is kept (the `pages` cache, under VERSION_KEY), replacing it
(`content_changed`), the signal receivers that replace it, and which requests read it
(`ContentVersionMiddleware`). Neither the page cache nor the memo need the other.

What is shown on pages is declared by the apps, not listed here (core imports nothing above it). On its
AppConfig an app may set:

- `shown_on_pages = True`: a save or delete of any of its models changes what visitors see; or a tuple
  of its model names (`("consentwithdrawal",)`) when only those do;
- `not_shown_on_pages = ("subscriber", ...)`: its models visitors never see, left out of the above;
- `def next_page_change(self, now)`: the next time its content changes on pages by the clock alone
  (a quote's consent running out at midnight), or None. The page cache keeps no page past it.

Pages and settings models are always shown; the Wagtail and taggit models pages show are listed below.
"""

import logging
import uuid
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import transaction

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"
# The cache that holds the version. The page cache keeps its entries in the same one, so a hit reads
# the entry and the version in a single round trip.
VERSION_CACHE = "pages"

# Models of the layers below core (Wagtail, taggit) that pages show.
SHOWN_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.collection",
    "wagtailimages.image",
    "taggit.tag",
}


def version_cache():
    return caches[VERSION_CACHE]


# --- The version ----------------------------------------------------------------------------------------


def _new_version() -> str:
    return uuid.uuid4().hex


def current_version() -> str:
    """The content version, created if the cache has none (a new or emptied cache)."""
    cache_ = version_cache()
    version = cache_.get(VERSION_KEY)
    if version is None:
        cache_.add(VERSION_KEY, _new_version(), timeout=None)
        version = cache_.get(VERSION_KEY)
    return version


def _replace_version():
    try:
        version_cache().set(VERSION_KEY, _new_version(), timeout=None)
    except Exception:  # a cache that is down keeps nothing to invalidate; never fail a publish for it
        logger.exception("Could not replace the content version")


def content_changed(**kwargs):
    """Everything kept for visitors is out of date: replace the version now, and again once the
    transaction that made the change commits (anything computed in between, from the old data, dies
    with it)."""
    _replace_version()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_replace_version)


# --- Which requests read it -----------------------------------------------------------------------------

# The version the current request read (None: this request keeps and reuses nothing).
_request_version: ContextVar[str | None] = ContextVar("content_version", default=None)
_READ_ATTRIBUTE = "_content_version"


def request_version():
    """The content version the current request read, or None (editors, previews, form posts, commands,
    tests outside a request, no cache to keep a version in)."""
    return _request_version.get()


def visitor_is_anonymous(request) -> bool:
    """No session, no messages, no credentials: a visitor everything kept may be shown to."""
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def reads_version(request) -> bool:
    """Only anonymous visitors' GET and HEAD requests are served from what is kept."""
    return request.method in ("GET", "HEAD") and visitor_is_anonymous(request)


def version_was_read(request, version):
    """Called by a middleware that read the version already (the page cache reads it with its entry), so
    the request uses that one rather than reading it again. `version` may be None (the cache is down)."""
    setattr(request, _READ_ATTRIBUTE, version)


def version_for_request(request):
    """The version this request uses: the one read for it already, else read now (None when the request
    does not use one, or the cache is unavailable)."""
    if hasattr(request, _READ_ATTRIBUTE):
        return getattr(request, _READ_ATTRIBUTE)
    version = None
    if reads_version(request):
        try:
            version = current_version()
        except Exception:
            logger.exception("The content version is unavailable; serving without it")
    version_was_read(request, version)
    return version


@contextmanager
def serving_version(version):
    """Within the block, `request_version()` is `version` (None: nothing is kept or reused)."""
    token = _request_version.set(version)
    try:
        yield version
    finally:
        _request_version.reset(token)


class ContentVersionMiddleware:
    """Gives anonymous visitors' GET requests the content version for the rest of the request (the memo
    reads it through `request_version()`). Independent of the page cache: with the page cache removed or
    switched off the memo still works and still forgets everything when content changes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with serving_version(version_for_request(request)):
            return self.get_response(request)


# --- What replaces it -----------------------------------------------------------------------------------


@cache
def _declarations():
    """(apps whose every model is shown, model labels shown, model labels never shown), from the apps'
    AppConfig declarations (see the module's docstring) and SHOWN_MODELS."""
    shown_apps, shown, hidden = set(), set(SHOWN_MODELS), set()
    for config in apps.get_app_configs():
        declared = getattr(config, "shown_on_pages", False)
        if declared is True:
            shown_apps.add(config.label)
        elif declared:
            shown.update(f"{config.label}.{name.lower()}" for name in declared)
        hidden.update(f"{config.label}.{name.lower()}" for name in getattr(config, "not_shown_on_pages", ()))
    return frozenset(shown_apps), frozenset(shown), frozenset(hidden)


@cache
def _is_settings_model(model) -> bool:
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    return issubclass(model, BaseSiteSetting | BaseGenericSetting)


@cache
def shows_on_pages(model) -> bool:
    """Whether a save or delete of `model` can change what a visitor sees on a page."""
    from wagtail.models import Page

    model = model._meta.concrete_model if model._meta.proxy else model
    shown_apps, shown, hidden = _declarations()
    label = model._meta.label_lower
    if label in hidden:
        return False
    return (
        issubclass(model, Page)
        or _is_settings_model(model)
        or model._meta.app_label in shown_apps
        or label in shown
    )


def next_page_change(now):
    """The next time an app says its content changes on pages by the clock alone (None if none does)."""
    found = []
    for config in apps.get_app_configs():
        finder = getattr(config, "next_page_change", None)
        if finder is not None:
            found.append(finder(now))
    found = [value for value in found if value is not None]
    return min(found) if found else None


def _on_save_or_delete(sender, **kwargs):
    if kwargs.get("raw"):
        return
    if kwargs.get("created") and _is_settings_model(sender):
        # Wagtail creates an empty settings row the first time a page reads it: nothing visible changed.
        return
    if shows_on_pages(sender):
        content_changed()


def _on_m2m_changed(sender, action, **kwargs):
    if action.startswith("post_") and shows_on_pages(sender):
        content_changed()


def _on_page_change(sender, instance, **kwargs):
    content_changed()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        transaction.on_commit(lambda: purge_cdn(instance))


def connect_signals():
    """Called once, from core's AppConfig.ready."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_on_save_or_delete, dispatch_uid="core.caching.save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="core.caching.delete")
    m2m_changed.connect(_on_m2m_changed, dispatch_uid="core.caching.m2m")
    page_published.connect(_on_page_change, dispatch_uid="core.caching.published")
    page_unpublished.connect(_on_page_change, dispatch_uid="core.caching.unpublished")
    post_page_move.connect(_on_page_change, dispatch_uid="core.caching.moved")


def purge_cdn(page=None):
    """Ask the CDN to drop a changed page's own addresses (every translation) and the pages that list
    it: its ancestors (libraries, the home page) in every language. Wagtail's own signal handler purges
    the page itself; everything else leaves the CDN within CDN_CACHE_SECONDS."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page

    batch = PurgeBatch()
    if page is not None:
        related = Page.objects.filter(translation_key=page.translation_key)
        for ancestor in page.get_ancestors().filter(depth__gt=1):
            related = related | Page.objects.filter(translation_key=ancestor.translation_key)
        batch.add_pages(related.live())
    batch.purge()
