"""A reader subscribes from the newsletter archive, confirms from the email, and later leaves in one click.

Emails go through a real SMTP server on loopback (the `inbox` fixture): the site sends, the test reads.
"""

import re

from playwright.sync_api import expect

from newsletter.models import NewsletterIndexPage, NewsletterIssuePage, Subscriber
from tests.browser.conftest import screenshot
from tests.test_newsletter import add_issue
from tests.test_subscriptions import link_in, parts

ADDRESS = "journey-reader@example.org"


def test_subscriber_signs_up_confirms_from_the_email_and_unsubscribes_with_one_click(page, inbox):
    page.goto("/newsletter/")
    form = page.locator("form.signup-form")
    form.get_by_label("Email address").fill(ADDRESS)
    form.get_by_label("Language").select_option(label="English")
    form.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    assert Subscriber.objects.get(email=ADDRESS).status == Subscriber.Status.PENDING

    (confirmation,) = inbox.to(ADDRESS)
    text, html = parts(confirmation)
    confirm_url = link_in(text, "confirm")
    assert confirm_url in html
    page.goto(confirm_url)  # the address exactly as the email gives it
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your subscription")
    # Opening the link confirms nothing (mail scanners open links); pressing the button does.
    assert Subscriber.objects.get(email=ADDRESS).status == Subscriber.Status.PENDING
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are subscribed")
    screenshot(page, "journey-subscriber-confirmed")
    assert Subscriber.objects.get(email=ADDRESS).status == Subscriber.Status.CONFIRMED

    # Later, an issue is published and emailed; its footer has the way out.
    archive = NewsletterIndexPage.objects.get(locale__language_code="en")
    number = archive.next_issue_number()
    add_issue(archive, number, title=f"Issue {number}: a reader's journey", slug=f"issue-{number}-journey")
    issue = NewsletterIssuePage.objects.get(issue_number=number, locale__language_code="en")
    (message,) = [m for m in inbox.to(ADDRESS) if m["Subject"] == issue.title]
    text, html = parts(message)
    unsubscribe_url = link_in(text, "unsubscribe")
    assert unsubscribe_url in html
    assert re.findall(r"<([^>]+)>", message["List-Unsubscribe"])[0] == unsubscribe_url

    page.goto(unsubscribe_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Unsubscribe from the newsletter")
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You have unsubscribed")
    subscriber = Subscriber.objects.get(email=ADDRESS)
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_via == "link"
