"""Admin views for newsletter editors: the dashboard panel, "Start the next issue" and an issue's email."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component

from newsletter.admin.forms import TestEmailForm
from newsletter.digest import create_next_issue, new_since_last_issue
from newsletter.emails import render_issue
from newsletter.models import Delivery, IssueSend, NewsletterIndexPage, NewsletterIssuePage, Subscriber
from newsletter.scheduling import scheduled_issues
from newsletter.transport import Kind, get_transport

SEND_PERMISSION = "newsletter.send_newsletter"


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


def delivery_summary(issue):
    """What an editor needs to know about an issue's email: not sent yet, or how far along it is."""
    send = IssueSend.objects.filter(translation_key=issue.translation_key).first()
    confirmed = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).count()
    if send is None:
        return {"send": None, "confirmed": confirmed}
    counts = send.counts()
    return {
        "send": send,
        "confirmed": confirmed,
        "counts": counts,
        "total": sum(counts.values()),
        "failures": send.deliveries.filter(status=Delivery.Status.FAILED).select_related("subscriber")[:50],
    }


def issue_email(request, page_id):
    """An issue's email: send a test of the latest draft, and see the delivery's progress once live."""
    issue = get_object_or_404(NewsletterIssuePage, pk=page_id)
    # Sending is the newsletter managers' job: the delivery lists subscribers' addresses.
    if not request.user.has_perm(SEND_PERMISSION):
        raise PermissionDenied
    form = TestEmailForm(request.POST or None, initial={"email": request.user.email})
    if request.method == "POST" and form.is_valid():
        draft = issue.get_latest_revision_as_object()
        message = render_issue(draft, test=True).message_for(
            # A stand-in reader, so the test shows the real footer without a real unsubscribe token.
            Subscriber(pk=0, email=form.cleaned_data["email"], language=issue.locale.language_code),
            to=form.cleaned_data["email"],
        )
        # The same way the issue goes out (NEWSLETTER_TRANSPORT), one message on its own connection.
        transport = get_transport()
        try:
            outcome = transport.send(message)
        finally:
            transport.close()
        if outcome.kind != Kind.SENT:
            # The mail server's answer is what the editor needs to see.
            answer = outcome.error if outcome.error is not None else outcome.detail
            messages.error(request, _("The test email could not be sent: %(error)s") % {"error": answer})
        else:
            messages.success(
                request, _("A test email has been sent to %(email)s.") % {"email": form.cleaned_data["email"]}
            )
            return redirect("newsletter_issue_email", page_id=issue.pk)
    return TemplateResponse(
        request,
        "newsletter/admin/issue_email.html",
        {
            "issue": issue,
            "form": form,
            "can_edit": issue.permissions_for_user(request.user).can_edit(),
            **delivery_summary(issue),
        },
    )
