"""A visitor finds case studies: filters, a story, Welsh, search; with and without JavaScript; by keyboard."""

import re

from playwright.sync_api import expect

from case_studies.models import CaseStudyPage
from tests.browser.conftest import screenshot


def live_case_studies(**filters):
    """Titles of the English case studies a visitor may see, sorted. Other tests in this folder add some."""
    pages = CaseStudyPage.objects.live().public().filter(locale__language_code="en", **filters).distinct()
    return sorted(pages.values_list("title", flat=True))


def test_visitor_filters_the_library_reads_a_story_switches_to_welsh_and_searches(page):
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    # Served as in production: the stylesheet under its content-hashed name, cacheable for good.
    stylesheet = page.locator("link[rel=stylesheet]").get_attribute("href")
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", stylesheet), stylesheet
    assert "immutable" in page.request.get(stylesheet).headers["cache-control"]
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Case studies").click()
    expect(page).to_have_url(re.compile(r"/case-studies/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Case studies")

    filters = page.get_by_role("form", name="Filter case studies")
    filters.get_by_role("group", name="HLS theme").get_by_label(re.compile("^Learning")).check()
    filters.get_by_role("group", name="Sector").get_by_label(re.compile("^Housing")).check()
    filters.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_url(re.compile(r"theme=learning.*sector=housing|sector=housing.*theme=learning"))
    results = page.locator("#results")
    expected = live_case_studies(themes__slug="learning", sectors__slug="housing")
    assert "Tenancy support that listens first" in expected  # one of the demo's three
    expect(results.get_by_text(f"{len(expected)} case studies")).to_be_visible()
    assert sorted(results.get_by_role("heading", level=2).all_inner_texts()) == expected
    screenshot(page, "journey-visitor-filtered")

    results.get_by_role("link", name="Tenancy support that listens first").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tenancy support that listens first")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Cymraeg").click()
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    expect(page).to_have_url(re.compile(r"/cy/"))
    welsh_title = page.get_by_role("heading", level=1).inner_text()
    assert welsh_title != "Tenancy support that listens first"

    page.get_by_role("navigation").get_by_role("link", name="Chwilio").click()
    # With JavaScript the search box is a combobox (it suggests pages as you type).
    search_box = page.get_by_role("search").get_by_role("combobox")
    search_box.fill("dyledion")
    search_box.press("Enter")
    expect(page).to_have_url(re.compile(r"/cy/search/\?q=dyledion"))
    first_result = page.locator("#results .card").first.get_by_role("link").first
    result_title = first_result.inner_text()
    first_result.click()
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    expect(page.get_by_role("heading", level=1)).to_have_text(result_title)


def test_without_javascript_the_library_filters_and_search_still_work(no_js_page):
    page = no_js_page
    page.goto("/case-studies/")
    filters = page.get_by_role("form", name="Filter case studies")
    filters.get_by_role("group", name="HLS theme").get_by_label(re.compile("^Learning")).check()
    filters.get_by_role("group", name="Sector").get_by_label(re.compile("^Housing")).check()
    filters.get_by_role("button", name="Apply filters").click()
    results = page.locator("#results")
    expected = live_case_studies(themes__slug="learning", sectors__slug="housing")
    expect(results.get_by_text(f"{len(expected)} case studies")).to_be_visible()
    assert sorted(results.get_by_role("heading", level=2).all_inner_texts()) == expected

    # The library's own keyword box narrows the filtered list, still with a plain form.
    filters.get_by_label("Search the case studies").fill("homelessness")
    filters.get_by_role("button", name="Apply filters").click()
    expect(results.get_by_role("heading", level=2)).to_have_text(
        ["Learning cycles replace targets in a homelessness service"]
    )

    # Removing one chosen filter is a link; the other filter and the keywords stay.
    results.get_by_role("link", name=re.compile("Remove filter Sector: Housing")).click()
    expect(page).to_have_url(re.compile(r"theme=learning"))
    assert "sector=" not in page.url
    assert "Learning cycles replace targets in a homelessness service" in results.inner_text()
    screenshot(page, "journey-no-js-library")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Search").click()
    # Without JavaScript the box stays a plain search box.
    search_box = page.get_by_role("search").get_by_role("searchbox")
    search_box.fill("debt advice")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/search/\?q=debt\+advice"))
    results.get_by_role("link", name="Debt advice that starts with safety").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Debt advice that starts with safety")


# --- Keyboard only ---------------------------------------------------------------------------------------

# A ring of at least 2px around the element, or around its ::after (a card's whole area is its link).
FOCUS_RING = """element => [null, "::after"].some(pseudo => {
    const style = getComputedStyle(element, pseudo);
    return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
})"""


def tab_to(page, target, limit=200):
    """Press Tab until `target` has the focus, as a keyboard user would; fail if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            assert target.evaluate(FOCUS_RING), f"no visible focus ring on {target}"
            return
    raise AssertionError(f"{target} cannot be reached with Tab")


def test_filters_search_and_language_switcher_work_by_keyboard_alone(page):
    page.goto("/case-studies/")
    learning = page.get_by_role("group", name="HLS theme").get_by_label(re.compile("^Learning"))
    tab_to(page, learning)
    page.keyboard.press("Space")
    apply = page.get_by_role("button", name="Apply filters")
    tab_to(page, apply)
    screenshot(page, "keyboard-focus-apply-filters")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"theme=learning"))
    expect(page.get_by_role("group", name="HLS theme").get_by_label(re.compile("^Learning"))).to_be_checked()

    tab_to(page, page.get_by_role("navigation", name="Main").get_by_role("link", name="Search"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/$"))
    search_box = page.get_by_role("search").get_by_role("combobox")
    tab_to(page, search_box)
    page.keyboard.type("debt advice")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=debt\+advice"))
    result = page.locator("#results").get_by_role("link", name="Debt advice that starts with safety")
    tab_to(page, result)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Debt advice that starts with safety")

    welsh = page.get_by_role("navigation", name="Language").get_by_role("link", name="Cymraeg")
    tab_to(page, welsh)
    screenshot(page, "keyboard-focus-language-switcher")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "cy")
