"""Editors in the Wagtail admin: a case study, a scheduled newsletter issue, an Urdu translation.

Each journey ends on the public site, where a visitor would see the result.
"""

import datetime
import re
import xml.etree.ElementTree as ET

import time_machine
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from case_studies.models import CaseStudyIndexPage, CaseStudyPage
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
from tests.browser.conftest import screenshot

PASSWORD = "a-long-editor-password-42"


def log_in(page, username):
    get_user_model().objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def wait_for_autosave(page):
    """Let a pending autosave finish: the admin saves a draft moments after each change and then swaps
    in fresh side panels and header, which can close a menu opened meanwhile."""
    indicator = page.locator("#w-autosave-indicator")
    expect(indicator).not_to_have_attribute("data-w-autosave-state-value", "saving")


def add_block(page, kind):
    """Insert a StreamField block of `kind` at the end, through the block chooser menu.

    An autosave that lands as the menu opens can close it again, as it would for an editor, who would
    open it once more: so does this, at most three times.
    """
    option = page.get_by_role("option", name=kind, exact=True)
    for _attempt in range(3):
        wait_for_autosave(page)
        page.locator(".c-sf-add-button").last.click()
        try:
            expect(option).to_be_visible(timeout=5_000)
            option.click(timeout=5_000)
        except (AssertionError, PlaywrightTimeoutError):
            continue
        return
    raise AssertionError(f"The block chooser never offered {kind!r}")


def publish(page, action="Publish"):
    wait_for_autosave(page)
    page.locator("footer").get_by_role("button", name="More actions").click()
    # exact: with the review workflow on, "Submit to Review before publishing" also says "publish".
    page.locator("footer").get_by_role("button", name=action, exact=True).click()


def test_editor_creates_a_case_study_with_blocks_and_tags_publishes_it_and_finds_it(page):
    log_in(page, "case-study-editor")
    library = CaseStudyIndexPage.objects.get(locale__language_code="en")
    page.goto(f"/admin/pages/{library.pk}/")
    page.get_by_role("link", name="Add child page").click()
    expect(page).to_have_url(re.compile(r"/add/case_studies/casestudypage/"))

    title = "Tea, toast and tenancies: a housing team learns at the kitchen table"
    page.locator("#id_title").fill(title)
    page.locator("#id_summary").fill(
        "How a housing team swapped its checklist for marmalade and conversation."
    )
    page.get_by_role("button", name="Choose organisation").click()
    page.get_by_role("link", name="Good Cents").click()
    page.locator("#id_themes").get_by_label("Learning").check()
    page.locator("#id_sectors").get_by_label("Housing").check()
    page.locator("#id_regions").get_by_label("Wales").check()
    tags = page.locator("#id_tags ~ ul input")
    tags.press_sequentially("kitchen table,")
    tags.press_sequentially("tenancy sustainment,")
    page.locator("#id_period_start").fill("2025-02-01")
    page.locator("#id_period_start").press("Tab")

    add_block(page, "Heading")
    page.locator("#body-0-value-text").fill("What we changed")
    add_block(page, "Text")
    page.locator("[data-field-input]:has(#body-1-value) [role=textbox]").click()
    page.keyboard.type("We met tenants at their kitchen tables, with tea, toast and marmalade.")
    add_block(page, "Quote")
    page.locator("#body-2-value-quote").fill("Nobody had asked me what I needed before.")
    page.locator("#body-2-value-attribution").fill("A tenant in Swansea")
    # How the tenant agreed to be quoted (anonymous, the default), as the consent form says.
    page.locator("#body-2-value-consent-given_on").fill("2025-01-15")
    page.locator("#body-2-value-quote").click()  # away from the date, so its picker closes
    # The admin saves a draft by itself moments after each change, and then edits that draft; publishing
    # before that first save has landed would try to create the page a second time.
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    publish(page)
    expect(page.get_by_text(f"Page '{title}' has been published.")).to_be_visible()

    case_study = CaseStudyPage.objects.get(title=title)
    assert case_study.live
    assert [block.block_type for block in case_study.body] == ["heading", "paragraph", "quote"]
    assert sorted(tag.name for tag in case_study.tags.all()) == ["kitchen table", "tenancy sustainment"]

    # A visitor finds it in the library, filtered as the editor filed it, and reads every block.
    page.goto("/case-studies/?theme=learning&sector=housing&region=wales")
    page.locator("#results").get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_role("heading", level=2, name="What we changed")).to_be_visible()
    expect(page.get_by_text("with tea, toast and marmalade")).to_be_visible()
    expect(page.locator("blockquote")).to_contain_text("Nobody had asked me what I needed before.")
    screenshot(page, "journey-editor-case-study")
    page.get_by_role("link", name="kitchen table", exact=True).click()
    expect(page.locator("#results").get_by_role("heading", level=2)).to_have_text([title])

    # And in site search, by a word that is only in its story.
    page.goto("/search/")
    search_box = page.get_by_role("search").get_by_role("combobox")
    search_box.fill("marmalade")
    search_box.press("Enter")
    expect(page.locator("#results").get_by_role("link", name=title)).to_be_visible()


def test_newsletter_editor_starts_the_next_issue_schedules_it_and_the_scheduler_publishes_it(page, inbox):
    log_in(page, "newsletter-editor")
    archive = NewsletterIndexPage.objects.get(locale__language_code="en")
    number = archive.next_issue_number()
    page.goto(f"/admin/pages/{archive.pk}/")
    page.get_by_role("button", name="Actions").click()
    page.get_by_role("link", name="Start the next issue").click()
    expect(page.get_by_role("heading", name=f"Start issue {number} of Newsletter")).to_be_visible()
    page.get_by_role("button", name=f"Create issue {number} as a draft").click()
    expect(page.get_by_text(f"Issue {number} has been started as a draft.")).to_be_visible()

    title = f"Issue {number}: learning at the kitchen table"
    page.locator("#id_title").fill(title)
    # Go live a few minutes from now, in the site's time zone, which is what the admin shows.
    go_live = (timezone.localtime() + datetime.timedelta(minutes=3)).replace(second=0, microsecond=0)
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.get_by_role("dialog", name="Set publishing schedule")
    dialog.get_by_label("Go live date/time").fill(go_live.strftime("%Y-%m-%d %H:%M"))
    # Typed, not picked, so the field's calendar pop-up stays open over the button: press it by keyboard.
    dialog.get_by_role("button", name="Save schedule").press("Enter")
    screenshot(page, "journey-newsletter-schedule")
    publish(page, "Schedule to publish")
    expect(page.get_by_text(f"Page '{title}' has been scheduled for publishing.")).to_be_visible()

    issue = NewsletterIssuePage.objects.get(title=title)
    assert not issue.live
    assert issue.go_live_at == go_live
    archive_page = page.goto("/newsletter/")
    assert archive_page.ok
    expect(page.get_by_role("link", name=title)).to_have_count(0)

    # The scheduler's next run after the go-live time publishes it (and emails it).
    with time_machine.travel(go_live + datetime.timedelta(seconds=30), tick=True):
        call_command("run_scheduler", once=True, verbosity=0)
    issue.refresh_from_db()
    assert issue.live
    assert any(message["Subject"] == title for message in inbox.messages)

    page.goto("/newsletter/")
    page.get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    screenshot(page, "journey-newsletter-issue")
    feed = page.request.get("/newsletter/feed/")
    assert feed.ok
    items = ET.fromstring(feed.body()).findall("./channel/item")
    assert items[0].findtext("title") == title


def translate_segment(page, field, text, button="Translate"):
    """In wagtail-localize's editor: open a field's translation box ("Edit" for one translated already),
    type, save."""
    segment = page.locator("li", has=page.get_by_role("heading", name=field, exact=True)).first
    segment.get_by_role("button", name=button).click()
    segment.get_by_role("textbox").fill(text)
    segment.get_by_role("button", name="Save").click()
    expect(segment.get_by_role("button", name="Edit")).to_be_visible()


def test_translator_translates_a_case_study_into_urdu_publishes_it_and_it_reads_right_to_left(page):
    log_in(page, "urdu-translator")
    english = CaseStudyPage.objects.get(slug="tenancy-sustainment-wales", locale__language_code="en")
    assert not english.get_translations().filter(locale__language_code="ur").exists()
    page.goto(f"/admin/pages/{english.pk}/edit/")
    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Translate this page").click()
    page.get_by_label("اردو").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_text("was successfully submitted for translation into اردو")).to_be_visible()

    title = "کرایہ داری میں مدد جو پہلے سنتی ہے"
    translate_segment(page, "Title", title)
    translate_segment(page, "Summary", "ہاؤسنگ افسران کرایہ داروں کو جانتے ہیں اور جلد مدد کرتے ہیں۔")
    page.locator("footer").get_by_role("button", name="Publish in اردو").click()
    # The story's other strings stay in English until someone translates them; the page goes live anyway.
    expect(page.get_by_text(f"Published '{title}' in اردو")).to_be_visible()

    urdu = CaseStudyPage.objects.get(translation_key=english.translation_key, locale__language_code="ur")
    assert urdu.live and urdu.title == title
    page.goto(urdu.url)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ur")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    # The page really is laid out right to left, not only marked so.
    assert page.locator("h1").evaluate("element => getComputedStyle(element).direction") == "rtl"
    screenshot(page, "journey-translator-urdu")
    # And the English page's language switcher now offers it.
    page.goto(english.url)
    page.get_by_role("navigation", name="Language").get_by_role("link", name="اردو").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
