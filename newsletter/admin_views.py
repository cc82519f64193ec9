"""Admin views for newsletter editors: the dashboard panel and "Start the next issue"."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component

from newsletter.digest import create_next_issue, new_since_last_issue
from newsletter.models import NewsletterIndexPage
from newsletter.scheduling import scheduled_issues


class ScheduledIssuesPanel(Component):
    """Dashboard: upcoming scheduled issues, and a clear warning when one is overdue."""

    name = "scheduled_newsletter_issues"
    template_name = "newsletter/admin/scheduled_issues_panel.html"
    order = 90  # near the top: a late issue needs attention

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        issues = [
            issue
            for issue in scheduled_issues()
            if issue.page.permissions_for_user(self.request.user).can_edit()
        ]
        return {
            "issues": issues,
            "overdue": [issue for issue in issues if issue.overdue],
            "time_zone": settings.TIME_ZONE,
        }

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not context["issues"]:
            return ""
        return render_to_string(self.template_name, context, request=self.request)


def start_next_issue(request, archive_id):
    """GET: what the next issue would feature. POST: create it as a draft and open it in the editor."""
    archive = get_object_or_404(NewsletterIndexPage, pk=archive_id)
    if not archive.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    if request.method == "POST":
        issue = create_next_issue(archive, request.user)
        messages.success(
            request,
            _("Issue %(number)s has been started as a draft. Edit it, then schedule or publish it.")
            % {"number": issue.issue_number},
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=(issue.pk,)))
    digest = new_since_last_issue(archive)
    return TemplateResponse(
        request,
        "newsletter/admin/start_next_issue.html",
        {"archive": archive, "digest": digest, "next_number": archive.next_issue_number()},
    )
