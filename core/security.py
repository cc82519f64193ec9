"""The Content Security Policy: settings.CONTENT_SECURITY_POLICY for the public site, and
settings.CONTENT_SECURITY_POLICY_ADMIN for the Wagtail admin (its panels, date pickers and
wagtail-localize's editor use inline scripts and styles). Previews are served under /admin/ too.

Neither policy uses a nonce, so each header is built once per process rather than for every response
(pages from the page cache included); a response that asks for anything else (a nonce, a view's
csp_update/csp_replace/csp_exempt) goes through django-csp as usual.

Framing: one rule, said twice. X-Frame-Options is DENY everywhere (X_FRAME_OPTIONS) except where Wagtail
marks a view SAMEORIGIN: the previews its preview panel frames inside the admin (pages, StreamField blocks,
wagtail-localize's translation preview). The policy's `frame-ancestors` always says the same: 'none' for
DENY, 'self' for SAMEORIGIN, and nothing for a view exempt from X-Frame-Options. Browsers that know CSP
obey frame-ancestors and ignore X-Frame-Options, so the two must never disagree.
"""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import build_policy
from django.conf import settings

_PER_RESPONSE = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")
FRAME_ANCESTORS = {"DENY": ("'none'",), "SAMEORIGIN": ("'self'",)}


def _is_admin(request) -> bool:
    return request.path_info.startswith("/admin/")


def frame_ancestors(response):
    """The `frame-ancestors` sources that agree with the response's X-Frame-Options: the header a view set,
    else what XFrameOptionsMiddleware will set (it may run after this middleware); None when exempt."""
    if getattr(response, "xframe_options_exempt", False):
        return None
    value = (response.get("X-Frame-Options") or getattr(settings, "X_FRAME_OPTIONS", "DENY")).upper()
    return FRAME_ANCESTORS.get(value, FRAME_ANCESTORS["DENY"])


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def __init__(self, get_response):
        super().__init__(get_response)
        self._headers = {}

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and _is_admin(request):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        if not report_only:
            parts.replace = {**(parts.replace or {}), "frame-ancestors": frame_ancestors(response)}
        return parts

    def process_response(self, request, response):
        if (
            settings.DEBUG
            or getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            or HEADER in response
            or getattr(request, "_csp_nonce", None)
            or any(getattr(response, name, None) for name in _PER_RESPONSE)
        ):
            return super().process_response(request, response)
        admin = _is_admin(request)
        key = (admin, frame_ancestors(response))
        if key not in self._headers:
            config = (settings.CONTENT_SECURITY_POLICY_ADMIN if admin else settings.CONTENT_SECURITY_POLICY)[
                "DIRECTIVES"
            ]
            self._headers[key] = build_policy(config=config, replace={"frame-ancestors": key[1]})
        response[HEADER] = self._headers[key]
        return response
