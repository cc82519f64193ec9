"""The issue page's admin additions: its email panel and its form, attached when the app is ready."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from newsletter.admin.forms import NewsletterIssueForm
from newsletter.admin.views import SEND_PERMISSION, delivery_summary
from newsletter.models import IssueSend, NewsletterIssuePage


class IssueEmailPanel(Panel):
    """On an issue's edit page: whether it has been emailed, how far the delivery has got, and where to
    send a test. Shown once the issue exists (a new page has nothing to test yet)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Email"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "newsletter/admin/issue_email_panel.html"

        def is_shown(self):
            return bool(self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["can_send"] = self.request.user.has_perm(SEND_PERMISSION)
            if context["can_send"]:
                # Only newsletter managers see the delivery: its failures list subscribers' addresses.
                context.update(delivery_summary(self.instance))
                context["email_url"] = reverse("newsletter_issue_email", args=(self.instance.pk,))
            else:
                context["emailed"] = IssueSend.objects.filter(
                    translation_key=self.instance.translation_key
                ).first()
            return context


def attach_to_issue_page():
    """Give NewsletterIssuePage its admin form and, last of its content panels, the email panel.

    Called by the app's ready(), before Wagtail first builds (and caches) the page's edit handler, the
    way Wagtail's own admin app gives Page its form, so that the model imports nothing of the admin.
    Safe to call again (the app registry may be set up more than once in tests).
    """
    NewsletterIssuePage.base_form_class = NewsletterIssueForm
    if not any(isinstance(panel, IssueEmailPanel) for panel in NewsletterIssuePage.content_panels):
        NewsletterIssuePage.content_panels = [*NewsletterIssuePage.content_panels, IssueEmailPanel()]
