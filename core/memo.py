"""Answers that change only when content does, kept in this process's memory for one content version.

Every visitor's request asks the same few questions: which Site answers this host, which Locale is this
language, which pages carry a view restriction, where the home pages and the libraries are, which quotes
had their consent withdrawn. Each is a query, and together they were a third of a page's queries.

The content version (core/caching.py owns it) is replaced whenever anything shown on a page changes (a
page, a snippet, a site, a locale, a view restriction, a withdrawal...), in the cache every process
shares, so an answer kept under one version is right for as long as that version lasts, in every process.
A request reads the version once, before it renders (core.caching.ContentVersionMiddleware, or the page
cache when it is installed: the same version either way).

Only anonymous visitors' GET requests have a version. Editors in the admin, previews, form posts,
management commands and tests without a cache ask the database every time, so nobody who changes content
can see an old answer. The page cache is not needed: with it removed or switched off, the memo still
works and still forgets on every change.
"""

import copy

from core import caching, wagtail_private

# {"version": ..., "values": {key: value}}: replaced, not cleared, when the version moves on, so a
# thread still reading the old one never sees a half-emptied dict.
_store = {"version": None, "values": {}}


def current_version():
    """The content version this request read, or None (no memo for this request)."""
    return caching.request_version()


def remembered(key, compute, version=None):
    """compute(), kept under `key` for the current content version (computed every time without one).
    `version` is for callers outside the request's rendering (the page cache, once the response is
    made), which pass the version their request read.

    Values are shared by every request of this process: keep plain values (ids, paths, strings, frozen
    sets) or objects nobody changes, never a page a template might cache things on.
    """
    global _store
    if version is None:
        version = current_version()
    if version is None:
        return compute()
    store = _store
    if store["version"] != version:
        store = _store = {"version": version, "values": {}}
    values = store["values"]
    if key not in values:
        values[key] = compute()
    return values[key]


# --- Look-ups every page makes ----------------------------------------------------------------------------


def site_for_request(request):
    """The Site for this request (as Wagtail's Site.find_for_request finds it), remembered per host and
    port. Each request gets its own copy, so a related page one request loads is not kept for the next."""
    found, site = wagtail_private.site_found_for_request(request)
    if found:
        return site
    site = remembered(
        ("site", *wagtail_private.host_and_port(request)), lambda: wagtail_private.find_site(request)
    )
    if site is not None:
        site = copy.copy(site)
        site._state.fields_cache = {}
    wagtail_private.set_site_for_request(request, site)
    return site


def restricted_paths(version=None):
    """Tree paths of the pages with a view restriction: they and their descendants are private. The one
    list of restricted sections: the pages' `visible()` and `public()` (core.models), the pages' own
    view-restriction check and the page cache all read it."""
    from wagtail.models import PageViewRestriction

    return remembered(
        "restricted",
        lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
        version=version,
    )


def locale_for_language(language_code):
    """The Locale of a language code, as Wagtail's Locale.objects.get_for_language finds it, remembered."""
    from wagtail.models import Locale

    return remembered(("locale", language_code), lambda: Locale.objects.get_for_language(language_code))


def active_locale():
    """The Locale of the active language, as Wagtail's Locale.get_active finds it (the default locale when
    the language has none), remembered."""
    from django.conf import settings
    from django.utils import translation
    from wagtail.models import Locale

    try:
        return locale_for_language(translation.get_language())
    except (Locale.DoesNotExist, LookupError):
        return locale_for_language(settings.LANGUAGE_CODE)


def default_locale():
    """The Locale of LANGUAGE_CODE, as Wagtail's Locale.get_default finds it, remembered."""
    from django.conf import settings

    return locale_for_language(settings.LANGUAGE_CODE)
