"""The Content Security Policy: settings.CONTENT_SECURITY_POLICY for the public site, and
settings.CONTENT_SECURITY_POLICY_ADMIN for the Wagtail admin (its panels, date pickers and
wagtail-localize's editor use inline scripts and styles). Previews are served under /admin/ too."""

from csp.middleware import CSPMiddleware
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith("/admin/"):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts
