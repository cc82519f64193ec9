"""Roles and review: the four groups and what each may do, tried through the admin's own views, and the
"Review before publishing" workflow from an editor's submission to a moderator's approval or rejection.

The groups and the workflow come from the data migration (editorial/migrations/0002), so every test here
starts with them exactly as a new site has them.
"""

import html
import json
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    TaskState,
    Workflow,
    WorkflowState,
)
from wagtail.test.utils import WagtailTestUtils

from case_studies.models import CaseStudyPage
from core.models import Theme
from editorial import roles
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage, Subscriber
from tests.conftest import translate
from tests.factories import (
    CaseStudyPageFactory,
    ThemeFactory,
)
from tests.test_page_types import _form_errors, add_url, case_study_form


@pytest.fixture
def archive(home, locales):
    archive = NewsletterIndexPage(title="Newsletter", slug="newsletter", intro="News.", live=False)
    home.add_child(instance=archive)
    archive.save_revision().publish()
    return archive


@pytest.fixture
def sections(library, resource_library, archive):
    return {"case studies": library, "resources": resource_library, "newsletter": archive}


def login(client, user):
    client.force_login(user)
    return client


def sidebar_labels(response):
    """The admin menu's item labels, from the sidebar's JSON."""
    soup = WagtailTestUtils.get_soup(response.content)
    props = json.loads(soup.select_one("#wagtail-sidebar-props").string)

    def walk(node):
        if isinstance(node, dict):
            if "label" in node and isinstance(node.get("label"), str):
                yield node["label"]
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    return set(walk(props))


def edit_string_translation(client, translated, source_text, value):
    """Type `value` for `source_text` in wagtail-localize's translation editor of `translated` (a page or
    a snippet), as its string field does; returns the segment."""
    from wagtail_localize.models import StringSegment, Translation

    translation = Translation.objects.get(
        target_locale=translated.locale, source__object_id=translated.translation_key
    )
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk))
    response = client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200, response.content
    return segment


def was_refused(response):
    """Wagtail answers a forbidden admin page with a redirect to the dashboard (or a 403)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url in (reverse("wagtailadmin_home"), "/admin/")
    )


# --- The groups ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_each_group_has_exactly_its_permissions_and_nothing_on_the_rest_of_the_tree(sections):
    for name in roles.ROLES:
        group = Group.objects.get(name=name)
        have = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        }
        assert have == set(roles.MODEL_PERMISSIONS[name]), name
        collection = {
            f"{p.permission.content_type.app_label}.{p.permission.codename}"
            for p in GroupCollectionPermission.objects.filter(group=group).select_related(
                "permission__content_type"
            )
        }
        assert collection == set(roles.COLLECTION_PERMISSIONS[name]), name
    # Wagtail's first migration gave Editors and Moderators the whole tree; now only the sections.
    section_ids = {page.pk for page in sections.values()}
    granted = set(GroupPagePermission.objects.values_list("page_id", flat=True))
    assert granted == section_ids
    assert not GroupPagePermission.objects.filter(page__depth__lte=2).exists()
    moderators = GroupPagePermission.objects.filter(group__name=roles.MODERATORS, page=sections["resources"])
    assert {p.permission.codename for p in moderators} == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    editors = GroupPagePermission.objects.filter(group__name=roles.EDITORS, page=sections["newsletter"])
    assert {p.permission.codename for p in editors} == {"add_page", "change_page"}
    assert not GroupPagePermission.objects.filter(group__name=roles.TRANSLATORS).exists()  # no Welsh yet
    assert not GroupPagePermission.objects.filter(group__name=roles.NEWSLETTER_MANAGERS).exists()


@pytest.mark.django_db
def test_every_section_is_under_review_and_a_new_translation_of_one_is_too(sections, cy, cy_home):
    workflow = Workflow.objects.get(name=roles.WORKFLOW_NAME)
    assert workflow.active
    [task] = [task.specific for task in workflow.tasks]
    assert list(task.groups.values_list("name", flat=True)) == [roles.MODERATORS]
    for page in sections.values():
        assert page.get_workflow() == workflow
    # Wagtail's own default workflow on the root page is switched off: the home page is not under it.
    assert cy_home.get_workflow() is None
    assert not Workflow.objects.get(name="Moderators approval").active

    welsh_library = translate(sections["case studies"], cy)
    assert welsh_library.get_workflow() == workflow
    translators = GroupPagePermission.objects.filter(group__name=roles.TRANSLATORS, page=welsh_library)
    assert [p.permission.codename for p in translators] == ["change_page"]


# --- What each role may do --------------------------------------------------------------------------------


@pytest.mark.django_db
class TestEditors:
    def test_an_editor_saves_a_draft_but_cannot_publish_it(self, client, role_user, library, terms):
        login(client, role_user(roles.EDITORS))
        response = client.post(
            add_url(library), case_study_form(terms, [("heading", {"text": "Start", "level": "h2"})])
        )
        assert response.status_code == 302, _form_errors(response)
        page = CaseStudyPage.objects.get(slug="rebuilding-debt-advice")
        assert not page.live  # "Publish" was in the form; without the permission it only saved a draft
        assert page.latest_revision is not None
        edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        assert edit.status_code == 200
        html = edit.content.decode()
        assert 'name="action-publish"' not in html
        assert 'name="action-submit"' in html

    def test_an_editor_cannot_unpublish_or_bulk_publish(self, client, role_user, library):
        live = CaseStudyPageFactory(parent=library)
        draft = CaseStudyPageFactory(parent=library, live=False)
        draft.save_revision()
        login(client, role_user(roles.EDITORS))
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=(live.pk,)))
        assert was_refused(response)
        live.refresh_from_db()
        assert live.live
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={draft.pk}"
        client.post(url, {"include_descendants": ""})
        draft.refresh_from_db()
        assert not draft.live

    def test_an_editor_sees_no_subscribers_and_no_settings(self, client, role_user, library, locales):
        Subscriber.objects.create(
            email="private@example.org",
            language="en",
            consent_text="Yes",
            consent_given_at="2025-01-01T00:00Z",
        )
        login(client, role_user(roles.EDITORS))
        dashboard = client.get(reverse("wagtailadmin_home"))
        labels = sidebar_labels(dashboard)
        assert {"Pages", "Images", "Documents", "Reports", "Quote consent"} <= labels
        assert not labels & {"Subscribers", "Settings", "Users", "Groups", "Workflows list"}
        response = client.get(reverse("subscribers:index"))
        assert was_refused(response)
        assert b"private@example.org" not in response.content
        assert was_refused(client.get(reverse("wagtailusers_users:index")))

    def test_an_editor_cannot_open_the_newsletter_email_page(self, client, role_user, archive):
        issue = NewsletterIssuePage(
            title="Issue 1", slug="issue-1", issue_number=1, intro="Hi.", body=[], live=False
        )
        archive.add_child(instance=issue)
        login(client, role_user(roles.EDITORS))
        assert client.get(reverse("wagtailadmin_pages:edit", args=(issue.pk,))).status_code == 200
        assert was_refused(client.get(reverse("newsletter_issue_email", args=(issue.pk,))))
        assert was_refused(
            client.post(reverse("newsletter_issue_email", args=(issue.pk,)), {"email": "a@example.org"})
        )
        assert not mail.outbox


@pytest.mark.django_db
class TestModerators:
    def test_a_moderator_publishes_and_unpublishes(self, client, role_user, library):
        draft = CaseStudyPageFactory(parent=library, live=False)
        draft.save_revision()
        login(client, role_user(roles.MODERATORS))
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={draft.pk}"
        client.post(url, {"include_descendants": ""})
        draft.refresh_from_db()
        assert draft.live
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=(draft.pk,)))
        assert response.status_code == 302
        draft.refresh_from_db()
        assert not draft.live

    def test_a_moderator_cannot_edit_the_home_page_or_see_subscribers(self, client, role_user, home, library):
        login(client, role_user(roles.MODERATORS))
        assert was_refused(client.get(reverse("wagtailadmin_pages:edit", args=(home.pk,))))
        assert was_refused(client.get(reverse("subscribers:index")))
        assert "Subscribers" not in sidebar_labels(client.get(reverse("wagtailadmin_home")))


@pytest.mark.django_db
class TestTranslators:
    @pytest.fixture
    def welsh(self, library, cy, cy_home):
        story = CaseStudyPageFactory(parent=library, title="Listening first", slug="listening-first")
        story.save_revision().publish()
        return {
            "source": story,
            "translation": translate(story, cy, {"Listening first": "Gwrando yn gyntaf"}),
        }

    def test_a_translator_cannot_edit_the_source_page(self, client, role_user, welsh):
        login(client, role_user(roles.TRANSLATORS))
        source = welsh["source"]
        assert was_refused(client.get(reverse("wagtailadmin_pages:edit", args=(source.pk,))))
        response = client.post(reverse("wagtailadmin_pages:edit", args=(source.pk,)), {"title": "Changed"})
        assert was_refused(response)
        source.refresh_from_db()
        assert source.title == "Listening first"

    def test_a_translator_translates_in_the_translation_editor(self, client, role_user, welsh):
        from wagtail_localize.models import StringTranslation

        login(client, role_user(roles.TRANSLATORS))
        translated = welsh["translation"]
        response = client.get(reverse("wagtailadmin_pages:edit", args=(translated.pk,)))
        assert response.status_code == 200
        assert (
            b'class="js-translation-editor"' in response.content
        )  # wagtail-localize's editor, not Wagtail's
        segment = edit_string_translation(client, translated, "Listening first", "Gwrando cyn dim")
        assert (
            StringTranslation.objects.get(translation_of=segment.string, locale=translated.locale).data
            == "Gwrando cyn dim"
        )
        # Publishing is a moderator's: the translation editor refuses it.
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=(translated.pk,)), {"action": "publish"}
        )
        translated.refresh_from_db()
        assert translated.title == "Gwrando yn gyntaf"

    def test_a_translator_cannot_use_the_ordinary_editor_or_delete(self, client, role_user, welsh, cy):
        from wagtail_localize.models import Translation

        translated = welsh["translation"]
        Translation.objects.filter(target_locale=cy).update(enabled=False)  # no longer a synced translation
        login(client, role_user(roles.TRANSLATORS))
        response = client.get(reverse("wagtailadmin_pages:edit", args=(translated.pk,)), follow=True)
        assert "is not a synced translation" in response.content.decode()
        assert was_refused(client.post(reverse("wagtailadmin_pages:delete", args=(translated.pk,))))
        assert Page.objects.filter(pk=translated.pk).exists()

    def test_a_translator_sees_no_subscribers(self, client, role_user, welsh):
        login(client, role_user(roles.TRANSLATORS))
        assert was_refused(client.get(reverse("subscribers:index")))
        assert "Subscribers" not in sidebar_labels(client.get(reverse("wagtailadmin_home")))


@pytest.mark.django_db
class TestTranslatorsAndTheTaxonomy:
    """Translators translate themes, sectors, regions and organisations in wagtail-localize's editor, as
    they do pages; the English terms stay as administrators (and, for organisations, editors) keep them."""

    @pytest.fixture
    def theme(self, cy):
        english = ThemeFactory(name="Equity", slug="equity")
        return {"source": english, "welsh": translate(english, cy, {"Equity": "Tegwch"})}

    def test_a_translator_translates_a_term_and_saving_makes_it_live(self, client, role_user, theme):
        login(client, role_user(roles.TRANSLATORS))
        welsh = theme["welsh"]
        edit = reverse("wagtailsnippets_core_theme:edit", args=(welsh.pk,))
        response = client.get(edit)
        assert response.status_code == 200
        assert b'class="js-translation-editor"' in response.content
        edit_string_translation(client, welsh, "Equity", "Cyfiawnder")
        response = client.post(edit, {"action": "publish"})
        assert response.status_code == 302, response.content
        welsh.refresh_from_db()
        assert welsh.name == "Cyfiawnder"
        assert welsh.slug == "equity"  # slugs are the same in every language (filter URLs)
        theme["source"].refresh_from_db()
        assert theme["source"].name == "Equity"

    def test_a_translator_cannot_rename_an_english_term(self, client, role_user, theme):
        login(client, role_user(roles.TRANSLATORS))
        source = theme["source"]
        edit = reverse("wagtailsnippets_core_theme:edit", args=(source.pk,))
        response = client.get(edit, follow=True)
        assert "is not a synced translation" in response.content.decode()
        assert response.redirect_chain[-1][0] == reverse("wagtailsnippets_core_theme:list")
        response = client.post(edit, {"name": "Renamed", "slug": "renamed", "description": ""})
        assert response.status_code == 302
        source.refresh_from_db()
        assert (source.name, source.slug) == ("Equity", "equity")
        # Nor a translation through the ordinary form: the translation editor answers its address.
        welsh = theme["welsh"]
        edit = reverse("wagtailsnippets_core_theme:edit", args=(welsh.pk,))
        client.post(edit, {"name": "Renamed", "slug": "renamed", "description": ""})
        welsh.refresh_from_db()
        assert (welsh.name, welsh.slug) == ("Tegwch", "equity")

    def test_a_translator_neither_adds_nor_deletes_terms(self, client, role_user, theme):
        login(client, role_user(roles.TRANSLATORS))
        assert was_refused(client.get(reverse("wagtailsnippets_core_theme:add")))
        welsh = theme["welsh"]
        assert was_refused(client.post(reverse("wagtailsnippets_core_theme:delete", args=(welsh.pk,))))
        assert Theme.objects.filter(pk=welsh.pk).exists()

    def test_a_translator_starts_the_translation_of_a_new_term(self, client, role_user, theme, ur):
        login(client, role_user(roles.TRANSLATORS))
        source = theme["source"]
        url = reverse("wagtail_localize:submit_snippet_translation", args=("core", "theme", source.pk))
        response = client.post(url, {"locales": [ur.pk]})
        assert response.status_code == 302, response.content
        urdu = Theme.objects.get(translation_key=source.translation_key, locale=ur)
        response = client.get(reverse("wagtailsnippets_core_theme:edit", args=(urdu.pk,)))
        assert b'class="js-translation-editor"' in response.content

    def test_the_guard_is_only_for_translators(self, client, role_user, terms):
        organisation = terms["organisation"]
        login(client, role_user(roles.EDITORS))  # editors keep organisations up to date
        response = client.get(reverse("wagtailsnippets_core_organisation:edit", args=(organisation.pk,)))
        assert response.status_code == 200
        assert b'class="js-translation-editor"' not in response.content


@pytest.mark.django_db
class TestNewsletterManagers:
    @pytest.fixture
    def issue(self, archive):
        issue = NewsletterIssuePage(
            title="Issue 1", slug="issue-1", issue_number=1, intro="Hi.", body=[], live=False
        )
        archive.add_child(instance=issue)
        issue.save_revision()
        return issue

    def test_only_newsletter_managers_see_subscribers(self, client, role_user, issue):
        Subscriber.objects.create(
            email="private@example.org",
            language="en",
            consent_text="Yes",
            consent_given_at="2025-01-01T00:00Z",
        )
        for role in roles.ROLES:
            login(client, role_user(role))
            response = client.get(reverse("subscribers:index"))
            sees = response.status_code == 200 and b"private@example.org" in response.content
            assert sees == (role == roles.NEWSLETTER_MANAGERS), role
            assert ("Subscribers" in sidebar_labels(client.get(reverse("wagtailadmin_home")))) == sees, role

    def test_a_newsletter_manager_sends_a_test_but_touches_no_page(self, client, role_user, issue, library):
        login(client, role_user(roles.NEWSLETTER_MANAGERS))
        dashboard = client.get(reverse("wagtailadmin_home"))
        labels = sidebar_labels(dashboard)
        assert "Subscribers" in labels
        assert not labels & {"Pages", "Images", "Documents", "Snippets", "Quote consent"}
        assert reverse("newsletter_issue_email", args=(issue.pk,)) in dashboard.content.decode()
        response = client.post(
            reverse("newsletter_issue_email", args=(issue.pk,)), {"email": "nadia@example.org"}
        )
        assert response.status_code == 302
        [message] = mail.outbox
        assert message.to == ["nadia@example.org"] and message.subject.startswith("[Test]")
        assert was_refused(client.get(reverse("wagtailadmin_pages:edit", args=(issue.pk,))))
        assert was_refused(client.get(reverse("wagtailadmin_explore", args=(library.pk,))))
        assert was_refused(client.get(reverse("editorial_consent_report")))
        assert was_refused(client.get(reverse("wagtail_localize:translations_report")))


# --- Review before publishing ------------------------------------------------------------------------------


def submit_new_case_study(client, library, terms, **overrides):
    data = case_study_form(terms, [("heading", {"text": "Start", "level": "h2"})], **overrides)
    del data["action-publish"]
    data["action-submit"] = "action-submit"
    response = client.post(add_url(library), data)
    assert response.status_code == 302, _form_errors(response)
    return CaseStudyPage.objects.get(slug="rebuilding-debt-advice")


def current_task_state(page):
    return TaskState.objects.get(workflow_state__in=WorkflowState.objects.for_instance(page).active())


@pytest.mark.django_db
class TestReviewBeforePublishing:
    def test_an_editor_submits_a_moderator_approves_and_the_page_goes_live(
        self, client, role_user, library, terms
    ):
        editor, moderator = role_user(roles.EDITORS), role_user(roles.MODERATORS)
        page = submit_new_case_study(login(client, editor), library, terms)
        assert not page.live
        state = current_task_state(page)
        assert state.task.name == roles.TASK_NAME
        # The moderators are told, and the dashboard lists it under "Awaiting your review".
        assert moderator.email in {address for message in mail.outbox for address in message.to}

        login(client, moderator)
        dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Awaiting your review" in dashboard and "Rebuilding debt advice around trust" in dashboard
        url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", state.pk))
        response = client.post(url, {"comment": ""})
        assert response.status_code == 302
        page.refresh_from_db()
        assert page.live
        assert client.get(page.url).status_code == 200

    def test_a_rejection_returns_the_page_with_a_comment(self, client, role_user, library, terms):
        editor, moderator = role_user(roles.EDITORS), role_user(roles.MODERATORS)
        page = submit_new_case_study(login(client, editor), library, terms)
        state = current_task_state(page)
        mail.outbox.clear()

        login(client, moderator)
        comment = "Please say when the work ended, and check the quote's consent date."
        response = client.post(
            reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", state.pk)),
            {"comment": comment},
        )
        assert response.status_code == 302
        page.refresh_from_db()
        assert not page.live
        state.refresh_from_db()
        assert state.status == TaskState.STATUS_REJECTED
        assert state.get_comment() == comment
        assert WorkflowState.objects.for_instance(page).get().status == WorkflowState.STATUS_NEEDS_CHANGES
        # The editor is emailed the comment and sees it on the page's status in the editor.
        assert any(comment in message.body and editor.email in message.to for message in mail.outbox)
        login(client, editor)
        edit = " ".join(
            html.unescape(
                client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
            ).split()
        )
        assert "Changes requested by Moderators" in edit
        assert f'with comment: <em>"{comment}"</em>' in edit
        # The editor can submit again once the changes are made.
        assert 'name="action-submit"' in edit or 'name="action-restart-workflow"' in edit

    def test_a_moderator_cannot_approve_what_is_not_submitted(self, client, role_user, library):
        page = CaseStudyPageFactory(parent=library, live=False)
        page.save_revision()
        login(client, role_user(roles.MODERATORS))
        response = client.post(
            reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", 999999))
        )
        assert response.status_code in (302, 404)
        page.refresh_from_db()
        assert not page.live

    def test_an_editor_cannot_approve_their_own_submission(self, client, role_user, library, terms):
        editor = role_user(roles.EDITORS)
        page = submit_new_case_study(login(client, editor), library, terms)
        state = current_task_state(page)
        response = client.post(
            reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", state.pk))
        )
        assert was_refused(response)
        page.refresh_from_db()
        assert not page.live

    def test_comments_are_on_in_the_editor(self, client, role_user, library, settings):
        assert settings.WAGTAILADMIN_COMMENTS_ENABLED
        page = CaseStudyPageFactory(parent=library)
        login(client, role_user(roles.EDITORS))
        content = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
        assert (
            "Toggle comments" in content
        )  # the comments side panel, for discussing the draft with reviewers
