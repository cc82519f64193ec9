"""Brute-force protection: wrong passwords lock a client or an account out for a while.

- **Signing in** (the Wagtail admin at /admin/login/): django-axes counts failures in its AccessAttempt
  table. LOCKOUT_FAILURE_LIMIT failures for one account (from anywhere), or from one client (for any
  account), within LOCKOUT_MINUTES lock it out for LOCKOUT_MINUTES; a try while locked out starts the wait
  again. The right password before that forgets the failures.
- **Page and document passwords** (Wagtail's password view restrictions): the same count, kept by axes too,
  per restriction and client: the client is locked out of that page, everyone else is not.
- **Password reset emails**: at most PASSWORD_RESET_LIMIT requests per address and per client in
  PASSWORD_RESET_WINDOW seconds (core.ratelimit), answered the same whether or not an account has the
  address.

Each answers 429 with one page (templates/lockout.html) saying how long to wait and whom to ask. Superusers
see and lift sign-in and page-password lockouts under Settings › Lockouts (lockouts_view, unlock_view).
The client is core.clientip.client_ip, as everywhere (AXES_CLIENT_IP_CALLABLE).
"""

import math
from datetime import timedelta

from axes.backends import AxesStandaloneBackend
from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from core import ratelimit

# Password views of Wagtail's view restrictions: URL name -> (what is counted, the restriction's URL kwarg).
PASSWORD_VIEWS = {
    "wagtailcore_authenticate_with_password": ("page-password", "page_view_restriction_id"),
    "wagtaildocs_authenticate_with_password": ("document-password", "restriction_id"),
}
PASSWORD_RESET_VIEW = "wagtailadmin_password_reset"


# django-axes settings that are read at run time (AXES_* in settings/base.py) ---------------------------


def failure_limit(request=None, credentials=None) -> int:
    return settings.LOCKOUT_FAILURE_LIMIT


def cool_off(request=None) -> timedelta:
    return timedelta(minutes=settings.LOCKOUT_MINUTES)


def _is_password_key(username) -> bool:
    # Usernames cannot hold ":" (Django's username validator), so these never clash with an account.
    return isinstance(username, str) and username.split(":", 1)[0] in {p for p, _k in PASSWORD_VIEWS.values()}


def lockout_parameters(request_or_attempt, credentials=None):
    """What one count covers. A sign-in: the account (from anywhere), and separately the client (whatever
    account it tries). A page password: that page and that client together, so a stranger guessing cannot
    lock everyone else out of a page they were given the password for."""
    username = (credentials or {}).get("username") or getattr(request_or_attempt, "username", None)
    if _is_password_key(username):
        return [["username", "ip_address"]]
    return ["username", "ip_address"]


class LockoutBackend(AxesStandaloneBackend):
    """Axes' check before any password is compared, except when authenticate() is called without a request:
    code that does that (the test client's login(), a management command) has no client to count, and axes
    would otherwise refuse it with an error. Every sign-in form passes its request."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


# The lockout page ----------------------------------------------------------------------------------------


def lockout_page(request, kind: str, seconds: int):
    """429 with templates/lockout.html. kind: "login", "password" or "reset"."""
    seconds = max(int(seconds), 1)
    response = TemplateResponse(
        request,
        "lockout.html",
        {"kind": kind, "minutes": math.ceil(seconds / 60)},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "no-store"
    return response.render()


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: what a locked-out sign-in (or page password) gets."""
    username = (credentials or {}).get("username")
    kind = "password" if _is_password_key(username) else "login"
    return lockout_page(request, kind, int(cool_off(request).total_seconds()))


# Page passwords and password reset requests --------------------------------------------------------------


class LockoutMiddleware:
    """Counts wrong page and document passwords (with axes) and password reset requests (core.ratelimit).

    Wagtail's views know nothing of this, so it is done around them: before the view, a locked-out client
    gets the lockout page; after it, the form shown again means a wrong password, and a redirect means the
    right one, which forgets the client's mistakes for that page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        credentials = getattr(request, "password_credentials", None)
        if credentials is None:
            return response
        if response.status_code == 200:
            AxesProxyHandler.user_login_failed(sender=type(self), credentials=credentials, request=request)
            if getattr(request, "axes_locked_out", False):
                return lockout_response(request, credentials=credentials)
        elif 300 <= response.status_code < 400:
            AxesProxyHandler.reset_attempts(
                username=credentials["username"], ip_address=request.axes_ip_address
            )
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match is None:
            return None
        name = request.resolver_match.url_name
        if name in PASSWORD_VIEWS:
            what, kwarg = PASSWORD_VIEWS[name]
            credentials = {"username": f"{what}:{view_kwargs.get(kwarg)}"}
            if not AxesProxyHandler.is_allowed(request, credentials):
                return lockout_response(request, credentials=credentials)
            request.password_credentials = credentials
        elif name == PASSWORD_RESET_VIEW:
            return self.limit_password_reset(request)
        return None

    def limit_password_reset(self, request):
        """Count the request against the client and the address asked for, existing or not: the answer
        must not tell anyone whether an account has that address."""
        limit, window = settings.PASSWORD_RESET_LIMIT, settings.PASSWORD_RESET_WINDOW
        verdict = ratelimit.hit_client(request, "password-reset-client", limit, window)
        if verdict.allowed:
            address = (request.POST.get("email") or "").strip().lower()
            if not address:
                return None  # the form says what is missing
            verdict = ratelimit.hit("password-reset-address", address, limit, window)
        if verdict.allowed:
            return None
        return lockout_page(request, "reset", verdict.retry_after)


# Settings › Lockouts in the Wagtail admin ----------------------------------------------------------------


def _require_superuser(request):
    if not request.user.is_superuser:
        raise PermissionDenied


def _what_for(attempts):
    """{username: label}: an account's name, or which page or document a password was for."""
    labels = {}
    pages = {}
    collections = {}
    for attempt in attempts:
        kind, _sep, pk = (attempt.username or "").partition(":")
        # isascii: str.isdigit() also passes '²' and other scripts' digits, which int() refuses.
        if _is_password_key(attempt.username) and pk.isascii() and pk.isdigit():
            (pages if kind == "page-password" else collections)[attempt.username] = int(pk)
        else:
            labels[attempt.username] = attempt.username or _("(no username)")
    restrictions = PageViewRestriction.objects.select_related("page").in_bulk(pages.values())
    for key, pk in pages.items():
        found = restrictions.get(pk)
        labels[key] = (
            _("Password of the page ‘%(title)s’") % {"title": found.page.title}
            if found
            else _("Password of a page no longer protected")
        )
    restrictions = CollectionViewRestriction.objects.select_related("collection").in_bulk(
        collections.values()
    )
    for key, pk in collections.items():
        found = restrictions.get(pk)
        labels[key] = (
            _("Password of the documents in ‘%(name)s’") % {"name": found.collection.name}
            if found
            else _("Password of documents no longer protected")
        )
    return labels


def current_lockouts():
    """Failed attempts still counting (within the cool-off), newest first, each with whether it locks."""
    since = timezone.now() - cool_off()
    attempts = list(AccessAttempt.objects.filter(attempt_time__gte=since).order_by("-attempt_time"))
    limit = failure_limit()
    recent = AccessAttempt.objects.filter(attempt_time__gte=since)
    # As axes counts: an account's failures from every client, a client's for every account; a lock lasts
    # until the cool-off has passed since the last failure it counts.
    per_account = {
        row["username"]: (row["n"], row["last"])
        for row in recent.values("username").annotate(n=Sum("failures_since_start"), last=Max("attempt_time"))
    }
    per_client = {
        row["ip_address"]: (row["n"], row["last"])
        for row in recent.values("ip_address").annotate(
            n=Sum("failures_since_start"), last=Max("attempt_time")
        )
    }
    labels = _what_for(attempts)
    rows = []
    for attempt in attempts:
        if _is_password_key(attempt.username):
            counts = [(attempt.failures_since_start, attempt.attempt_time)]
        else:
            counts = [per_account[attempt.username], per_client[attempt.ip_address]]
        locking = [last for failures, last in counts if failures >= limit]
        rows.append(
            {
                "attempt": attempt,
                "what": labels.get(attempt.username, attempt.username),
                "is_password": _is_password_key(attempt.username),
                "locked": bool(locking),
                "until": max(locking) + cool_off() if locking else None,
            }
        )
    return rows


def lockouts_view(request):
    _require_superuser(request)
    return TemplateResponse(
        request,
        "core/admin/lockouts.html",
        {
            "rows": current_lockouts(),
            "limit": failure_limit(),
            "minutes": settings.LOCKOUT_MINUTES,
            "page_title": _("Lockouts"),
            "header_icon": "lock",
        },
    )


@require_POST
def unlock_view(request):
    _require_superuser(request)
    pk = request.POST.get("attempt", "")
    attempt = (
        AccessAttempt.objects.filter(pk=int(pk)).first()
        if pk.isascii() and pk.isdigit() and len(pk) < 19
        else None
    )
    if attempt is None:
        messages.info(request, _("That lockout had already ended or been lifted."))
        return redirect("core_lockouts")
    if _is_password_key(attempt.username):
        # That client, for that page only.
        AxesProxyHandler.reset_attempts(username=attempt.username, ip_address=attempt.ip_address)
        what = _what_for([attempt])[attempt.username]
    else:
        # The account from everywhere, and the client for every account.
        AxesProxyHandler.reset_attempts(
            username=attempt.username, ip_address=attempt.ip_address, ip_or_username=True
        )
        what = attempt.username or _("(no username)")
    messages.success(
        request,
        _("Unlocked: %(what)s, from %(address)s, can try again.")
        % {"what": what, "address": attempt.ip_address or _("an unknown address")},
    )
    return redirect("core_lockouts")
