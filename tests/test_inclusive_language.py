"""The inclusive-language check: which words the rule finds, how the preview marks them for Wagtail's
content checker, what configuration the preview ships to the checker (one axe rule per listed term, with
the suggestion as its message), and that it only informs: saving is never blocked, visitors and emails
never see a mark.

That axe itself reports each mark was checked with axe-core 4.11.1 (the version in Wagtail 8.0.1's
userbar) on a marked page; a browser run of the checker belongs with the browser tests.
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from core.blocks import RICH_TEXT_FEATURES
from editorial import roles
from editorial.inclusive import (
    ABSENT_ATTRIBUTE,
    CHECK_ID,
    InclusiveLanguageCheckerItem,
    find_terms,
    mark_terms,
    rule_id,
)
from editorial.models import InclusiveTerm
from newsletter.emails import render_issue
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
from tests.conftest import translate
from tests.factories import (
    CaseStudyPageFactory,
)
from tests.test_page_types import _form_errors, add_url, case_study_form


@pytest.fixture
def listed(locales):
    english = locales["en"]
    return {
        "service users": InclusiveTerm.objects.create(
            locale=english,
            term="service users",
            suggestion="people who use services",
            why="It describes people by the services they use.",
        ),
        "hard to reach": InclusiveTerm.objects.create(
            locale=english,
            term="hard to reach",
            suggestion="seldom-heard groups",
            why="It puts the difficulty on people rather than on services.",
        ),
    }


def found(text, terms):
    return [(term.term, matched) for term, matched in find_terms(text, terms)]


# --- The rule's logic ---------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestWhichWordsAreFound:
    def test_whole_words_in_any_capitals_singular_or_plural(self, listed):
        terms = list(listed.values())
        assert found("We asked our Service Users first.", terms) == [("service users", "Service Users")]
        assert found("Each service user has a key worker.", terms) == [("service users", "service user")]
        assert found("Groups called hard-to-reach, or hard to\nreach.", terms) == [
            ("hard to reach", "hard-to-reach"),
            ("hard to reach", "hard to\nreach"),
        ]

    def test_not_inside_other_words_and_not_when_absent(self, listed):
        terms = list(listed.values())
        assert found("People who use services told us what mattered.", terms) == []
        assert found("Our disservice users? No: disservice-users is not a term.", terms) == []
        assert found("The service usership grew.", terms) == []
        assert found("", terms) == []
        assert found("Service users", []) == []

    def test_a_term_of_several_words_wins_over_a_shorter_one_inside_it(self, locales):
        short = InclusiveTerm.objects.create(locale=locales["en"], term="users", suggestion="people", why="-")
        long = InclusiveTerm.objects.create(
            locale=locales["en"], term="service users", suggestion="people who use services", why="-"
        )
        assert [term for term, _text in find_terms("our service users", [short, long])] == [long]


@pytest.mark.django_db
class TestMarkingAPage:
    PAGE = (
        "<html><head><title>Service users</title></head><body><header>service users</header>"
        "<main><h1>Working with service users</h1>"
        '<img alt="service users at a table" src="x.jpg">'
        "<p>Don&#x27;t call them <em>hard to reach</em> &amp; don&#x27;t label them.</p>"
        '<script>var note = "service users";</script>'
        "<!-- service users -->"
        "</main><footer>hard to reach</footer></body></html>"
    )

    def test_only_text_in_the_main_content_is_marked(self, listed):
        marked, count = mark_terms(self.PAGE, list(listed.values()))
        service, reach = listed["service users"].pk, listed["hard to reach"].pk
        assert count == 2
        assert f'<h1>Working with <span data-hls-term="{service}">service users</span></h1>' in marked
        assert f'<em><span data-hls-term="{reach}">hard to reach</span></em>' in marked
        assert '<img alt="service users at a table" src="x.jpg">' in marked  # attributes untouched
        assert '<script>var note = "service users";</script>' in marked
        assert "<!-- service users -->" in marked
        assert "<header>service users</header>" in marked and "<footer>hard to reach</footer>" in marked
        assert "<title>Service users</title>" in marked
        assert "& don" in marked or "&amp; don" in marked

    def test_a_page_without_listed_terms_is_returned_exactly_as_it_was(self, listed):
        page = "<html><body><main><p>People who use services &amp; their families.</p></main></body></html>"
        assert mark_terms(page, list(listed.values())) == (page, 0)
        assert mark_terms(self.PAGE, []) == (self.PAGE, 0)
        assert mark_terms("<p>service users, but no main</p>", list(listed.values()))[1] == 0


@pytest.mark.django_db
def test_the_checker_gets_one_rule_per_term_with_its_suggestion(listed):
    item = InclusiveLanguageCheckerItem(list(listed.values()))
    config = item.get_axe_configuration(None)
    term = listed["service users"]
    assert rule_id(term) in config["options"]["runOnly"]
    assert "alt-text-quality" in config["options"]["runOnly"]  # Wagtail's own checks still run
    [rule] = [rule for rule in config["spec"]["rules"] if rule["id"] == rule_id(term)]
    assert rule["selector"] == f'[data-hls-term="{term.pk}"]'
    assert rule["any"] == [CHECK_ID] and rule["enabled"]
    [check] = [check for check in config["spec"]["checks"] if check["id"] == CHECK_ID]
    # axe's own check, asked about an attribute no mark has: every mark is reported.
    assert check == {
        "id": CHECK_ID,
        "evaluate": "attr-non-space-content-evaluate",
        "options": {"attribute": ABSENT_ATTRIBUTE},
    }
    message = config["messages"][rule_id(term)]
    assert "people who use services" in str(message["error_name"])
    assert str(message["help_text"]) == term.why


# --- The preview and the editor ------------------------------------------------------------------------------


def preview_html(client, library, terms, words, in_panel=False):
    data = case_study_form(terms, [("paragraph", rich_text(f"<p>{words}</p>", features=RICH_TEXT_FEATURES))])
    url = reverse("wagtailadmin_pages:preview_on_add", args=("case_studies", "casestudypage", library.pk))
    posted = client.post(url, data)
    assert posted.status_code == 200 and posted.json()["is_valid"], posted.content
    response = client.get(url, {"in_preview_panel": "true"} if in_panel else {})
    assert response.status_code == 200
    return response.content.decode()


def shipped_configuration(html):
    # The userbar keeps its items in a <template>, which CSS selectors do not enter; find() does.
    script = BeautifulSoup(html, "html.parser").find("script", id="checker-axe-configuration")
    assert script is not None, "the content checker's configuration is not in the page"
    return json.loads(script.string)


@pytest.mark.django_db
class TestThePreview:
    @pytest.mark.parametrize("in_panel", [False, True], ids=["preview", "preview-panel"])
    def test_a_listed_term_is_marked_and_the_checker_knows_its_rule(
        self,
        client,
        role_user,
        library,
        terms,
        listed,
        in_panel,
    ):
        client.force_login(role_user(roles.EDITORS))
        html = preview_html(client, library, terms, "We met the service users on Tuesday.", in_panel)
        term = listed["service users"]
        assert f'<span data-hls-term="{term.pk}">service users</span>' in html
        config = shipped_configuration(html)
        assert rule_id(term) in config["options"]["runOnly"]
        assert (
            config["messages"][rule_id(term)]["error_name"]
            == "‘service users’: consider ‘people who use services’"
        )

    def test_a_page_without_the_term_has_no_mark(self, client, role_user, library, terms, listed):
        client.force_login(role_user(roles.EDITORS))
        html = preview_html(client, library, terms, "We met the people who use services on Tuesday.")
        assert "<span data-hls-term=" not in html
        assert rule_id(listed["service users"]) in shipped_configuration(html)["options"]["runOnly"]

    def test_the_checks_panel_in_the_editor_knows_the_rules(self, client, role_user, library, listed):
        page = CaseStudyPageFactory(parent=library)
        client.force_login(role_user(roles.EDITORS))
        html = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
        config = shipped_configuration(html)
        assert rule_id(listed["hard to reach"]) in config["options"]["runOnly"]

    def test_visitors_see_neither_marks_nor_the_checker(self, client, superuser, library, listed):
        page = CaseStudyPageFactory(
            parent=library, body=[{"type": "paragraph", "value": "<p>Our service users.</p>"}]
        )
        for who in (None, superuser):
            if who:
                client.force_login(who)
            html = client.get(page.url).content.decode()
            assert "Our service users." in html
            assert "data-hls-term" not in html and "checker-axe-configuration" not in html

    def test_the_email_is_never_marked(self, home, listed, locales):
        archive = NewsletterIndexPage(title="Newsletter", slug="newsletter", intro="News.", live=False)
        home.add_child(instance=archive)
        issue = NewsletterIssuePage(
            title="Issue 1",
            slug="issue-1",
            issue_number=1,
            intro="For service users.",
            live=False,
            body=[{"type": "paragraph", "value": "<p>Hard to reach groups.</p>"}],
        )
        archive.add_child(instance=issue)
        rendered = render_issue(issue)
        assert "For service users." in rendered.html
        assert "data-hls-term" not in rendered.html

    def test_a_welsh_page_is_checked_against_the_welsh_list(
        self, client, superuser, library, listed, cy, cy_home
    ):
        welsh_term = InclusiveTerm.objects.create(
            locale=cy, term="defnyddwyr gwasanaeth", suggestion="pobl sy'n defnyddio gwasanaethau", why="-"
        )
        page = CaseStudyPageFactory(
            parent=library, body=[{"type": "paragraph", "value": "<p>Service users.</p>"}]
        )
        page.save_revision().publish()
        welsh = translate(page, cy, {"Service users.": "Defnyddwyr gwasanaeth."})
        client.force_login(superuser)
        html = client.get(reverse("wagtailadmin_pages:view_draft", args=(welsh.pk,))).content.decode()
        assert f'data-hls-term="{welsh_term.pk}"' in html
        assert f'data-hls-term="{listed["service users"].pk}"' not in html
        assert rule_id(welsh_term) in shipped_configuration(html)["options"]["runOnly"]


@pytest.mark.django_db
def test_the_check_never_blocks_saving_or_publishing(client, superuser, library, terms, listed):
    client.force_login(superuser)
    body = [
        (
            "paragraph",
            rich_text("<p>Our service users and hard to reach groups.</p>", features=RICH_TEXT_FEATURES),
        )
    ]
    data = case_study_form(terms, body)
    response = client.post(add_url(library), data)
    assert response.status_code == 302, _form_errors(response)


# --- The list -------------------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestTheTermList:
    def test_a_term_is_listed_once_per_language(self, listed, locales):
        duplicate = InclusiveTerm(locale=locales["en"], term="  Service   Users ", suggestion="x", why="y")
        with pytest.raises(ValidationError) as error:
            duplicate.full_clean()
        assert "already on the list" in str(error.value)
        InclusiveTerm(locale=locales["cy"], term="service users", suggestion="x", why="y").full_clean()

    def test_a_term_needs_a_word(self, locales):
        with pytest.raises(ValidationError) as error:
            InclusiveTerm(locale=locales["en"], term=" -- ", suggestion="x", why="y").full_clean()
        assert "Enter a word or phrase" in str(error.value)

    def test_moderators_keep_the_list_and_editors_read_it(self, client, role_user, listed):
        url = reverse("wagtailsnippets_editorial_inclusiveterm:add")
        form = {
            "term": "clients",
            "suggestion": "people we work with",
            "why": "It sounds like a transaction.",
            "locale": "",
        }
        client.force_login(role_user(roles.EDITORS))
        assert client.get(reverse("wagtailsnippets_editorial_inclusiveterm:list")).status_code == 200
        client.post(url, form)
        assert not InclusiveTerm.objects.filter(term="clients").exists()
        client.force_login(role_user(roles.MODERATORS))
        response = client.post(url, form)
        assert response.status_code == 302, response.content[:2000]
        assert InclusiveTerm.objects.filter(term="clients").exists()
