"""The full-page cache for anonymous visitors, an optional middleware. How it works: docs/caching.md.

- What is kept: the 200 response of a live, public page served by Wagtail, to a GET from a visitor with
  no session or messages cookie, when the response sets no cookie, used no CSRF token (so a page with the
  sign-up form is never kept), queued no message and did not say `private`/`no-cache`/`no-store`. The key
  is the scheme, host and path, the recognised query parameters (below), the language (from the URL, as
  LocaleMiddleware reads it) and the release (a fingerprint of the code and templates, so a deploy never
  serves old markup).
- Query parameters: each page type declares those it reads (`query_parameters()`; none by default).
  The key holds only parameters some page type reads, sorted, so `?utm_source=...` or a reordered query
  is the same entry; a page is kept only when every such parameter is one it reads, holding a value it
  took as given (it says so through `recognised_query`), so a value it ignored or corrected
  (`?theme=nonsense`, `?page=99999`) is rendered but never kept.
- Never kept: the admin and previews (sessions), the search page and everything else that is not a
  Wagtail page, 404s and redirects.
- Invalidation: the site-wide content version (core/caching.py owns it and the signals that replace
  it), read once per request together with the entry (one round trip to Redis) and handed on to the
  rest of the request (the memo uses the same one). Every entry stored under an older version is dead.
  A request stores its page under the version it read before rendering, so a page rendered from data
  older than a change is never stored under the version that follows the change.
- Time: each entry lives at most PAGE_CACHE_SECONDS, and never past the next scheduled expiry or go-live
  time of any page (pages leave the lists at their expiry even before the scheduler unpublishes them),
  nor past the next change the apps declare by the clock (a quote's consent running out at midnight).

Removing PageCacheMiddleware from MIDDLEWARE, or PAGE_CACHE_SECONDS=0, turns off only this cache: the
content version and the memo (core.caching.ContentVersionMiddleware, core/memo.py) do not depend on it.
"""

import hashlib
import logging
import os
import time
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.encoding import escape_uri_path
from django.utils.http import urlencode

from core import caching
from core.caching import VERSION_KEY, current_version, visitor_is_anonymous
from core.memo import restricted_paths

logger = logging.getLogger(__name__)

UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")
# Headers kept with an entry. Set-Cookie never is; Cache-Control is rebuilt for each hit, and the security
# headers (X-Frame-Options, the CSP, HSTS...) are added to hits and misses alike by the middleware around
# this one.
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "X-Robots-Tag", "Link", "Last-Modified")
# A page asked for with more recognised parameters than this (filter values, sort, page) is rendered but
# not kept: real visitors rarely combine more, and each combination would be an entry of its own.
MAX_KEPT_PARAMETERS = 6


def page_cache():
    """The cache the entries live in: the one that holds the content version (one round trip for both)."""
    return caching.version_cache()


@cache
def release() -> str:
    """RELEASE_ID if set, else a fingerprint of the code, templates, translations and static files."""
    if os.environ.get("RELEASE_ID"):
        return os.environ["RELEASE_ID"]
    root = Path(settings.BASE_DIR)
    skip = {".venv", "media", "staticfiles", "node_modules", "tests", "bench", "docs", ".git", ".page-cache"}
    digest = hashlib.sha256()
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in skip and not d.startswith("."))
        for name in sorted(files):
            if name.endswith((".py", ".html", ".txt", ".mo", ".css", ".js")):
                path = Path(folder, name)
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# --- Time ---------------------------------------------------------------------------------------------


def _next_scheduled_change(now):
    """The next time a page expires or goes live (None if nothing is scheduled)."""
    from django.db.models import Min, Q
    from wagtail.models import Page, Revision

    times = Page.objects.aggregate(
        expiry=Min("expire_at", filter=Q(live=True, expire_at__gt=now)),
        go_live=Min("go_live_at", filter=Q(go_live_at__gt=now)),
    )
    times["revision"] = Revision.objects.filter(approved_go_live_at__gt=now).aggregate(
        at=Min("approved_go_live_at")
    )["at"]
    # Content that changes by the clock alone, as the apps declare it (core/caching.py): a quote leaves
    # its pages the day after its consent runs out.
    times["declared"] = caching.next_page_change(now)
    upcoming = [value for value in times.values() if value is not None]
    return min(upcoming) if upcoming else None


def seconds_to_live(version) -> int:
    """How long a page rendered now may be kept: PAGE_CACHE_SECONDS, cut short by the next scheduled
    change. The next change is looked up once per content version and kept beside it."""
    cache_ = page_cache()
    now = time.time()
    key = f"next-change:{version}"
    horizon = cache_.get(key)
    if horizon is None or (horizon and horizon <= now):
        found = _next_scheduled_change(timezone.now())
        horizon = found.timestamp() if found else 0  # 0: nothing scheduled
        cache_.set(key, horizon, timeout=settings.PAGE_CACHE_SECONDS or 60)
    limit = max(settings.PAGE_CACHE_SECONDS, settings.CDN_CACHE_SECONDS)
    if horizon:
        limit = min(limit, int(horizon - now))
    return max(limit, 0)


# --- Requests -----------------------------------------------------------------------------------------


def _language(request) -> str:
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


# --- Query parameters ---------------------------------------------------------------------------------


def query_parameters(model) -> frozenset:
    """The query parameters pages of `model` read: its `query_parameters()`, or none."""
    declared = getattr(model, "query_parameters", None)
    return frozenset(declared()) if declared is not None else frozenset()


@cache
def recognised_parameter_names() -> frozenset:
    """Every query parameter some page type reads. A request's other parameters (utm_source, fbclid,
    anything made up) change nothing on any page, so the key leaves them out."""
    from wagtail.models import get_page_models

    return frozenset().union(*(query_parameters(model) for model in get_page_models()))


def _recognised_pairs(request) -> list[tuple[str, str]]:
    """The request's recognised (name, value) pairs, sorted, so their order does not matter."""
    names = recognised_parameter_names()
    return sorted((name, value) for name, values in request.GET.lists() if name in names for value in values)


def recognised_query(request, shown):
    """Called by a page that reads query parameters, with what it shows: the (name, value) pairs its own
    links would write for it, or a callable returning them after rendering, or None (keep nothing). The
    page is kept only when these are exactly the recognised pairs the request asked for."""
    state = getattr(request, "_page_cache", None)
    if state is not None:
        state["shown"] = shown


def _query_taken_as_given(request, page) -> bool:
    """True when the page read every recognised parameter of the request and showed what was asked."""
    asked = _recognised_pairs(request)
    if not asked:
        return True
    read = query_parameters(type(page))
    if len(asked) > MAX_KEPT_PARAMETERS or any(name not in read for name, _value in asked):
        return False  # e.g. ?theme= on the home page: rendered as without it, but not kept under it
    shown = request._page_cache.get("shown")
    if callable(shown):
        shown = shown()
    return shown is not None and sorted(shown) == asked


def _entry_key(request):
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: the normal stack answers 400
        return None
    url = f"{request.scheme}://{host}{escape_uri_path(request.path)}?{urlencode(_recognised_pairs(request))}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"page:{release()}:{_language(request)}:{digest}"


def _public_cache_control(response, seconds):
    patch_cache_control(
        response,
        public=True,
        max_age=min(settings.BROWSER_CACHE_SECONDS, seconds),
        s_maxage=min(settings.CDN_CACHE_SECONDS, seconds),
    )


def _private_cache_control(response):
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_cache=True)


def _cache_control_allows(response) -> bool:
    value = response.get("Cache-Control", "").lower()
    return not any(directive in value for directive in UNCACHEABLE_DIRECTIVES)


def _messages_used(request) -> bool:
    storage = getattr(request, "_messages", None)
    return bool(storage is not None and (getattr(storage, "used", False) or storage._queued_messages))


def _page_is_public(page, version) -> bool:
    expired = bool(page.expire_at and page.expire_at <= timezone.now())
    private = any(page.path.startswith(path) for path in restricted_paths(version))
    return page.live and not expired and not private


def _storable(request, response) -> bool:
    state = request._page_cache
    page = state.get("page")
    return (
        page is not None
        and request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "is_preview", False)
        and _cache_control_allows(response)
        and not _messages_used(request)
        and translation.get_language() == state["language"]
        and _page_is_public(page, state["version"])
        and _query_taken_as_given(request, page)
    )


def _hit(entry, request, now):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response["Content-Length"] = str(len(entry["content"]))
    _public_cache_control(response, int(entry["until"] - now))
    response["X-Page-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """Serves and stores anonymous visitors' pages. Sits before sessions, CSRF and the view, so a hit costs
    one cache round trip; everything outside it (security headers, the CSP) still applies."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not visitor_is_anonymous(request):
            response = self.get_response(request)
            _private_cache_control(response)
            return response
        key = _entry_key(request)
        if key is None:
            return self.get_response(request)
        serving = settings.PAGE_CACHE_SECONDS > 0
        try:
            found = page_cache().get_many([VERSION_KEY, key] if serving else [VERSION_KEY])
            version = found.get(VERSION_KEY) or current_version()
        except Exception:
            logger.exception("The page cache is unavailable; serving without it")
            version = None
        caching.version_was_read(request, version)  # the rest of the request uses this one
        if version is None:  # no cache to keep a version in (the dummy cache, or Redis is down)
            response = self.get_response(request)
            _private_cache_control(response)
            return response
        now = time.time()
        entry = found.get(key)
        if entry is not None and entry["version"] == version and entry["until"] > now:
            return _hit(entry, request, now)

        state = {"version": version, "language": _language(request), "page": None, "shown": None}
        request._page_cache = state
        response = self.get_response(request)
        try:
            storable = _storable(request, response)
            seconds = seconds_to_live(version) if storable else 0
        except DatabaseError:  # the database went away after the page was rendered: send it, keep nothing
            logger.warning("Could not decide whether to keep %s: the database is unavailable", request.path)
            storable = False
        if not storable:
            _private_cache_control(response)
            return response
        if seconds <= 0:
            _private_cache_control(response)
            return response
        _public_cache_control(response, seconds)
        if serving:
            lifetime = min(seconds, settings.PAGE_CACHE_SECONDS)
            entry = {
                "version": version,
                "until": now + lifetime,
                "status": response.status_code,
                "headers": [(name, response[name]) for name in KEPT_HEADERS if response.has_header(name)],
                "content": response.content,
            }
            try:
                page_cache().set(key, entry, timeout=lifetime)
            except Exception:
                logger.exception("Could not store a page in the page cache")
            response["X-Page-Cache"] = "miss"
        return response


def mark_served_page(page, request, serve_args, serve_kwargs):
    """Wagtail's before_serve_page hook: this request is a page Wagtail serves (see wagtail_hooks)."""
    state = getattr(request, "_page_cache", None)
    if state is not None:
        state["page"] = page
