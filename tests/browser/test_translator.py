"""A translator's day, logged in as a translator (never an administrator): translate a Welsh case study in
wagtail-localize's editor and send it for review; the live page keeps its words until a moderator, logged
in as a moderator, approves the translation from the dashboard. Then a visitor reads the new words.
"""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from case_studies.models import CaseStudyPage
from editorial import roles
from tests.browser.conftest import new_context, screenshot
from tests.browser.test_editors import translate_segment

PASSWORD = "a-long-role-password-42"


def log_in_as(page, username, role):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=role))
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    return user


def test_translator_sends_a_welsh_translation_for_review_and_a_moderator_publishes_it(page, browser, site):
    english = CaseStudyPage.objects.get(slug="tenancy-sustainment-wales", locale__language_code="en")
    welsh = english.get_translation(english.get_translations().get(locale__language_code="cy").locale)
    live_title = welsh.title
    new_title = "Cymorth tenantiaeth sy'n gwrando gyntaf, bob tro"

    log_in_as(page, "journey-translator", roles.TRANSLATORS)
    # The Welsh library in the admin lists the story; it opens in the translation editor.
    page.goto(f"/admin/pages/{welsh.get_parent().pk}/")
    page.get_by_role("link", name=live_title).first.click()
    expect(page.locator(".js-translation-editor")).to_be_visible()
    # Publishing is not theirs: the editor offers no "Publish in Cymraeg", and sending for review instead.
    expect(page.locator("footer").get_by_role("button", name=re.compile("^Publish in"))).to_have_count(0)
    translate_segment(page, "Title", new_title, button="Edit")
    expect(
        page.locator("li", has=page.get_by_role("heading", name="Title", exact=True)).first
    ).to_contain_text(new_title)
    page.get_by_role("button", name="Send for review").click()
    expect(page.get_by_text("Sent to the moderators for review")).to_be_visible()
    screenshot(page, "journey-translator-sent-for-review")

    # Visitors still read the live words.
    visitor = new_context(browser, site).new_page()
    visitor.goto(welsh.url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(live_title)

    # The moderator approves it from the dashboard's list of pages awaiting review.
    moderator_context = new_context(browser, site)
    moderator = moderator_context.new_page()
    log_in_as(moderator, "journey-moderator", roles.MODERATORS)
    row = moderator.locator("#awaiting-review-section tr").filter(has_text=new_title)
    expect(row).to_contain_text("journey-translator")
    expect(row).to_contain_text("Cymraeg")
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    # The dashboard reloads without it: nothing is left to review.
    expect(moderator.locator("#awaiting-review-section tr").filter(has_text=new_title)).to_have_count(0)
    screenshot(moderator, "journey-moderator-approved-translation")
    moderator_context.close()

    welsh.refresh_from_db()
    assert welsh.live and welsh.title == new_title
    visitor.goto(welsh.url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(new_title)
    expect(visitor.locator("html")).to_have_attribute("lang", "cy")
    screenshot(visitor, "journey-translator-welsh-published")
    visitor.context.close()
