"""axe-core on the pages people use most, in English and Urdu (right to left), at mobile and desktop widths.

A serious or critical violation fails the test; the lesser ones are written beside the screenshot
(tests/browser/screenshots/<page>-<language>-<width>.axe.json) for a person to weigh.
"""

import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Locale

from case_studies.models import CaseStudyIndexPage, CaseStudyPage
from newsletter.models import NewsletterIssuePage, Subscriber
from newsletter.tokens import confirm_token
from resources.models import ResourceIndexPage, ResourcePage
from tests.browser.conftest import DESKTOP, MOBILE, SCREENSHOTS, new_context, screenshot
from tests.conftest import translate

BLOCKING = {"serious", "critical"}
# Every rule axe has for WCAG 2.0, 2.1 and 2.2 A and AA, and its best practices.
AXE_OPTIONS = {"resultTypes": ["violations"]}
WIDTHS = {"mobile": MOBILE, "desktop": DESKTOP}
LANGUAGES = ["en", "ur"]
PREFIX = {"en": "", "ur": "/ur"}


def in_language(model, language, **source):
    """The `language` version of the English page found by `source`."""
    english = model.objects.get(locale__language_code="en", **source)
    return model.objects.get(translation_key=english.translation_key, locale__language_code=language)


@pytest.fixture(scope="module")
def urdu_issue(site):
    """The demo archive has no Urdu issue yet: translate the first one, as a translator would."""
    issue = NewsletterIssuePage.objects.get(locale__language_code="en", issue_number=1)
    return translate(
        issue, Locale.objects.get(language_code="ur"), {issue.title: "شمارہ 1: ایچ ایل ایس ویک 2022"}
    )


def pending_subscriber(language):
    now = timezone.now()
    subscriber, _created = Subscriber.objects.get_or_create(
        email=f"axe-{language}@example.org",
        defaults={
            "language": language,
            "consent_text": "We will email you the newsletter.",
            "consent_given_at": now,
            "consent_source": "/subscriptions/",
        },
    )
    return subscriber


def password_page(language):
    """A case study shared with a password: visitors see the site's password form."""
    from wagtail.models import PageViewRestriction

    story = in_language(CaseStudyPage, language, slug="lived-experience-team-system-change")
    PageViewRestriction.objects.get_or_create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, defaults={"password": "axe-password"}
    )
    return story.url


# Each checked page: how to reach it in a language, and the status it answers with.
PAGES = {
    "home": lambda lang: f"{PREFIX[lang]}/",
    "case-study-library-filtered": lambda lang: (
        in_language(CaseStudyIndexPage, lang, depth=3).url + "?theme=human&sector=community"
    ),
    "resource-library-filtered": lambda lang: (
        in_language(ResourceIndexPage, lang, depth=3).url + "?theme=human"
    ),
    "case-study": lambda lang: in_language(CaseStudyPage, lang, slug="trauma-informed-debt-advice").url,
    "resource": lambda lang: in_language(ResourcePage, lang, title__startswith="Equity in practice").url,
    "newsletter-issue": lambda lang: in_language(NewsletterIssuePage, lang, issue_number=1).url,
    "search-results": lambda lang: f"{PREFIX[lang]}/search/?q=" + {"en": "equality", "ur": "مساوات"}[lang],
    "search-no-results": lambda lang: f"{PREFIX[lang]}/search/?q=zqxwvkjplm",
    "sign-up": lambda lang: f"{PREFIX[lang]}/subscriptions/",
    "sign-up-check-email": lambda lang: f"{PREFIX[lang]}/subscriptions/check-your-email/",
    "sign-up-confirm": lambda lang: (
        f"{PREFIX[lang]}/subscriptions/confirm/{confirm_token(pending_subscriber(lang))}/"
    ),
    "not-found": lambda lang: f"{PREFIX[lang]}/no-such-page/",
    "password-required": password_page,
}
STATUS = {"not-found": 404}


def report(violations):
    lines = []
    for violation in violations:
        targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    return "\n".join(lines)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_no_serious_or_critical_accessibility_problems(browser, site, urdu_issue, name, language, width):
    context = new_context(browser, site, viewport=WIDTHS[width])
    page = context.new_page()
    try:
        response = page.goto(PAGES[name](language))
        assert response.status == STATUS.get(name, 200), page.url
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ur" else "ltr")
        label = f"{name}-{language}-{width}"
        screenshot(page, label)
        results = Axe().run(page, options=AXE_OPTIONS)
    finally:
        context.close()

    violations = results.response["violations"]
    assert results.response["passes"] or results.response["incomplete"] or violations, "axe checked nothing"
    (SCREENSHOTS / f"{label}.axe.json").write_text(
        json.dumps([{k: v[k] for k in ("id", "impact", "help", "nodes")} for v in violations], indent=1)
    )
    blocking = [violation for violation in violations if violation["impact"] in BLOCKING]
    assert not blocking, f"{label}:\n{report(blocking)}"


def test_the_check_fails_on_a_page_with_serious_problems(browser, site):
    """The same check, on the home page spoiled the way real pages go wrong, must report it."""
    context = new_context(browser, site)
    page = context.new_page()
    try:
        page.goto("/")
        page.evaluate(
            """() => document.querySelector("main").insertAdjacentHTML("afterbegin",
                '<img src="/no-such-picture.png"><p style="color:#bbb;background:#fff">Pale words</p>' +
                '<button></button>')"""
        )
        violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    finally:
        context.close()
    blocking = {violation["id"] for violation in violations if violation["impact"] in BLOCKING}
    assert {"image-alt", "color-contrast", "button-name"} <= blocking


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_suggestions_are_accessible_and_open_a_page_by_keyboard_or_pointer(browser, site, language):
    context = new_context(browser, site)
    page = context.new_page()
    try:
        page.goto(f"{PREFIX[language]}/search/")
        box = page.get_by_role("search").get_by_role("combobox")
        box.press_sequentially({"en": "deb", "ur": "قرض"}[language])
        options = page.get_by_role("listbox").get_by_role("option")
        expect(options.first).to_be_visible()
        box.press("ArrowDown")
        expect(box).to_have_attribute("aria-activedescendant", options.first.get_attribute("id"))
        screenshot(page, f"search-suggestions-{language}-desktop")
        violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
        blocking = [violation for violation in violations if violation["impact"] in BLOCKING]
        assert not blocking, report(blocking)

        chosen = options.first.get_attribute("data-url")
        box.press("Enter")
        expect(page).to_have_url(site(chosen))
        page.go_back()
        box.press_sequentially({"en": "deb", "ur": "قرض"}[language])
        chosen = options.first.get_attribute("data-url")
        options.first.click()
        expect(page).to_have_url(site(chosen))
    finally:
        context.close()
