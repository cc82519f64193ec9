"""The one module that touches Wagtail's (and Django's) private API: underscored names and the request
attributes Wagtail keeps for itself. No method of Wagtail's is replaced.

Everything else in the project uses what Wagtail documents, or extension points of our own built on it:
`core.memo` (the remembered site, locale and restricted-paths look-ups), the pages' `visible()` and
`public()` (core.models, from the remembered restricted paths) and `core.localization.localized_page`
(`page.localized` with the remembered locale; templates: `|localized`).

Checked against the Wagtail versions in CHECKED_WAGTAIL_VERSIONS; tests/test_caching.py fails on any
other, naming what to re-check. When upgrading Wagtail, re-read `Site.find_for_request` and
`Site._find_for_request` (wagtail/models/sites.py): the site is still kept on `request._wagtail_site`,
found by `_find_for_request(request)` from `request._get_raw_host()` and `request.get_port()` (Django);
and `Page.route_for_request` (wagtail/models/pages.py) and the serve view: the route is still kept on
`request._wagtail_route_for_request`, and a page's known parent on `_cached_parent_obj`.
Then run tests/test_caching.py, tests/test_page_cache.py and tests/test_query_budgets.py and add the
version to CHECKED_WAGTAIL_VERSIONS.

Also check, though nothing here depends on it for correctness, that Wagtail's own serving code asks no new
`Locale.get_active()` or `.public()` on a visitor's request (it would cost a query where ours cost none):
tests/test_page_cache.py holds an uncached case study page to its query count.
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


# --- Routing (core/routing.py) --------------------------------------------------------------------------


def route_is_known(request) -> bool:
    """Whether the request's route was found already: Page.route_for_request keeps it (a RouteResult, or
    None for "nothing here") on `request._wagtail_route_for_request`, and Wagtail's serve view reads it."""
    return hasattr(request, "_wagtail_route_for_request")


def set_route_for_request(request, result):
    """Leave a RouteResult (or None: 404) where Wagtail's serve view finds it, so it does not route again."""
    request._wagtail_route_for_request = result


def set_known_parent(page, parent):
    """Tell the page its parent, as Wagtail's own routing does (treebeard's get_parent reads
    `_cached_parent_obj`), so get_parent() costs nothing."""
    page._cached_parent_obj = parent
