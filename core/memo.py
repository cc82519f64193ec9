"""Answers that change only when content does, kept in this process's memory for one content version.

Every visitor's request asks the same few questions: which Site answers this host, which Locale is this
language, which pages carry a view restriction, where the home pages and the libraries are, which quotes
had their consent withdrawn. Each is a query, and together they were a third of a page's queries.

The page cache's content version (core.pagecache) is replaced whenever anything shown on a page changes
(a page, a snippet, a site, a locale, a view restriction, a withdrawal...), in the cache every process
shares, so an answer kept under one version is right for as long as that version lasts, in every process.
A request reads the version once, before it renders, as the page cache does.

Only anonymous visitors' GET requests have a version (PageCacheMiddleware gives it to the requests it may
cache). Editors in the admin, previews, form posts, management commands and tests without a cache ask
the database every time, so nobody who changes content can see an old answer.
"""

import copy

from core.localization import request_cache

VERSION = "content_version"

# {"version": ..., "values": {key: value}}: replaced, not cleared, when the version moves on, so a
# thread still reading the old one never sees a half-emptied dict.
_store = {"version": None, "values": {}}


def current_version():
    """The content version this request read, or None (no memo for this request)."""
    return request_cache().get(VERSION)


def remembered(key, compute):
    """compute(), kept under `key` for the current content version (computed every time without one).

    Values are shared by every request of this process: keep plain values (ids, paths, strings, frozen
    sets) or objects nobody changes, never a page a template might cache things on.
    """
    global _store
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


# --- Wagtail's own look-ups ------------------------------------------------------------------------------


def site_for_request(request):
    """The Site for this request (as Wagtail's Site.find_for_request finds it), remembered per host and
    port. Each request gets its own copy, so a related page one request loads is not kept for the next."""
    from django.http.request import split_domain_port
    from wagtail.models import Site

    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    key = ("site", split_domain_port(request._get_raw_host())[0], request.get_port())
    site = remembered(key, lambda: Site._find_for_request(request))
    if site is not None:
        site = copy.copy(site)
        site._state.fields_cache = {}
    request._wagtail_site = site
    return site


def restricted_paths():
    """Tree paths of the pages with a view restriction: they and their descendants are private."""
    from wagtail.models import PageViewRestriction

    return remembered(
        "restricted", lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    )


def _private_q(self):
    """PageQuerySet.private_q, from the remembered restricted paths (Wagtail reads the restrictions
    table each time `.public()` is called: several times per page)."""
    from django.db.models import Q

    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def _get_for_language(self, language_code):
    """LocaleManager.get_for_language, remembered: Wagtail asks it whenever a page is localised."""
    return remembered(("locale", language_code), lambda: _original_get_for_language(self, language_code))


_original_get_for_language = None


def install():
    """Route Wagtail's per-request look-ups of view restrictions and locales through the memo. Called
    once, from core's AppConfig.ready. Without a version (see above) both behave exactly as Wagtail's."""
    global _original_get_for_language
    from wagtail.models.i18n import LocaleManager
    from wagtail.query import PageQuerySet

    if _original_get_for_language is None:
        _original_get_for_language = LocaleManager.get_for_language
        LocaleManager.get_for_language = _get_for_language
        PageQuerySet.private_q = _private_q
