"""The newsletter's Wagtail hooks (loaded by newsletter/wagtail_hooks.py): Subscribers, the admin URLs,
the dashboard panel and the page buttons."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from newsletter.admin.views import SEND_PERMISSION, ScheduledIssuesPanel, issue_email, start_next_issue
from newsletter.admin.viewsets import subscriber_viewset
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return subscriber_viewset


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "newsletter/<int:archive_id>/start-next-issue/",
            start_next_issue,
            name="newsletter_start_next_issue",
        ),
        path("newsletter/issue/<int:page_id>/email/", issue_email, name="newsletter_issue_email"),
    ]


@hooks.register("construct_homepage_panels")
def add_scheduled_issues_panel(request, panels):
    panels.append(ScheduledIssuesPanel(request))


def _start_next_issue_button(page, user, priority):
    page = page.specific_deferred if hasattr(page, "specific_deferred") else page
    if not isinstance(page.specific, NewsletterIndexPage):
        return
    if not page.permissions_for_user(user).can_add_subpage():
        return
    yield Button(
        _("Start the next issue"),
        reverse("newsletter_start_next_issue", args=(page.pk,)),
        icon_name="mail",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def start_next_issue_header_button(page, user, view_name=None, next_url=None):
    yield from _start_next_issue_button(page, user, priority=5)


@hooks.register("register_page_listing_buttons")
def start_next_issue_listing_button(page, user, next_url=None):
    yield from _start_next_issue_button(page, user, priority=5)


@hooks.register("register_page_header_buttons")
def issue_email_header_button(page, user, view_name=None, next_url=None):
    if page.specific_class is NewsletterIssuePage and user.has_perm(SEND_PERMISSION):
        yield Button(
            _("Email: test and progress"),
            reverse("newsletter_issue_email", args=(page.pk,)),
            icon_name="mail",
            priority=6,
        )
