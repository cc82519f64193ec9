"""The Content Security Policy: settings.CONTENT_SECURITY_POLICY for the public site, and
settings.CONTENT_SECURITY_POLICY_ADMIN for the Wagtail admin (its panels, date pickers and
wagtail-localize's editor use inline scripts and styles). Previews are served under /admin/ too.

Neither policy uses a nonce, so each header is built once per process rather than for every response
(pages from the page cache included); a response that asks for anything else (a nonce, a view's
csp_update/csp_replace/csp_exempt) goes through django-csp as usual.
"""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import build_policy
from django.conf import settings

_PER_RESPONSE = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")


def _is_admin(request) -> bool:
    return request.path_info.startswith("/admin/")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def __init__(self, get_response):
        super().__init__(get_response)
        self._headers = {}

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and _is_admin(request):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
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
        if admin not in self._headers:
            config = (settings.CONTENT_SECURITY_POLICY_ADMIN if admin else settings.CONTENT_SECURITY_POLICY)[
                "DIRECTIVES"
            ]
            self._headers[admin] = build_policy(config=config)
        response[HEADER] = self._headers[admin]
        return response
