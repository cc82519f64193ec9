"""The one module that touches Wagtail's (and Django's) private API: underscored names, request
attributes Wagtail keeps for itself, and the one method of Wagtail's replaced at start-up.

Everything else in the project uses what Wagtail documents, or the extension points of our own that are
built on this module: `core.memo` (the remembered site and locale look-ups) and the pages' `visible()`
and `public()` (core.models, from the remembered restricted paths; no Wagtail method is replaced for it).

Checked against the Wagtail versions in CHECKED_WAGTAIL_VERSIONS; tests/test_caching.py fails on any
other, naming what to re-check. When upgrading Wagtail, re-read:

- `Site.find_for_request` and `Site._find_for_request` (wagtail/models/sites.py): the site is still
  kept on `request._wagtail_site`, found by `_find_for_request(request)` from `request._get_raw_host()`
  and `request.get_port()` (Django);
- `LocaleManager.get_for_language` and `Locale.get_active`/`get_default` (wagtail/models/i18n.py):
  `get_for_language(language_code)` is still what `Page.localized`, `Locale.get_active` and
  `Locale.get_default` call, and still means `get(language_code=get_supported_content_language_variant(
  language_code))`.

Then add the version to CHECKED_WAGTAIL_VERSIONS.
"""

from django.http.request import split_domain_port

# (major, minor, patch) of the Wagtail releases this module was read against.
CHECKED_WAGTAIL_VERSIONS = [(8, 0, 1)]


# --- The site of a request ------------------------------------------------------------------------------


def site_found_for_request(request):
    """(True, site) when Wagtail or we found the request's site already (None is an answer too), else
    (False, None). Wagtail keeps it on the request, where Site.find_for_request looks first."""
    if hasattr(request, "_wagtail_site"):
        return True, request._wagtail_site
    return False, None


def set_site_for_request(request, site):
    """Leave the site where Site.find_for_request finds it, so Wagtail does not look it up again."""
    request._wagtail_site = site


def host_and_port(request):
    """The host (without port) and port Wagtail matches sites against, without Django's ALLOWED_HOSTS
    check (as Wagtail does: a disallowed host is answered 400 later, by CommonMiddleware)."""
    return split_domain_port(request._get_raw_host())[0], request.get_port()


def find_site(request):
    """Wagtail's own look-up of the request's site (a query), without keeping it on the request."""
    from wagtail.models import Site

    return Site._find_for_request(request)


# --- Locales --------------------------------------------------------------------------------------------

_wagtail_get_for_language = None


def find_locale(language_code):
    """Wagtail's own LocaleManager.get_for_language (a query), not the remembered one installed below."""
    from wagtail.models import Locale
    from wagtail.models.i18n import LocaleManager

    original = _wagtail_get_for_language or LocaleManager.get_for_language
    return original(Locale.objects, language_code)


def _remembered_get_for_language(self, language_code):
    from core.memo import locale_for_language

    return locale_for_language(language_code)


def install():
    """Wagtail's own code asks for locales too: `Page.localized` (the call-to-action block's page, a
    chosen search result), `Locale.get_active` and `Locale.get_default`, by LocaleManager.get_for_language,
    and offers no setting or hook to answer it. So that method is the remembered look-up
    (core.memo.locale_for_language), which without a content version is exactly Wagtail's. Called once,
    from core's AppConfig.ready. (Our own code calls core.memo's functions and does not depend on this.)"""
    global _wagtail_get_for_language
    from wagtail.models.i18n import LocaleManager

    if _wagtail_get_for_language is None:
        _wagtail_get_for_language = LocaleManager.get_for_language
        LocaleManager.get_for_language = _remembered_get_for_language
