"""Issue 19, finding 1: nobody publishes a translation without publish permission on its page.

Every way wagtail-localize offers to put a translation live, tried as a translator, an editor and a
newsletter manager (none of whom may publish) and, as the control, a moderator (who may):

- "Sync translated pages" (`localize/update/<id>/`) with "Publish immediately";
- the translation editor's "Publish in ..." (a POST of action=publish to the page's edit view);
- "Translate" (`localize/submit/...`), which published a new translation at once and re-saved existing
  translations of the pages it refers to;
- "Convert to alias page", which replaces a translation with its live source.

Without publish permission the translation goes into the review workflow like any other change: a draft
revision, a workflow a moderator approves. The live page does not change until then.
"""

import json
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from case_studies.models import CaseStudyPage
from editorial import roles
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
from tests.conftest import translate
from tests.factories import CaseStudyPageFactory

NOT_PUBLISHERS = (roles.TRANSLATORS, roles.EDITORS, roles.NEWSLETTER_MANAGERS)


def edit_string(client, translated, source_text, value):
    """Type `value` for `source_text` in the translation editor of `translated`, as its text box does."""
    translation = Translation.objects.get(
        target_locale=translated.locale, source__object_id=translated.translation_key
    )
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk))
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


def props_of(html):
    """The translation editor's props (the JSON its React app is started with)."""
    from wagtail.test.utils import WagtailTestUtils

    editor = WagtailTestUtils.get_soup(html).select_one(".js-translation-editor")
    return json.loads(editor["data-props"])


def source_of(page):
    return TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)


def update_url(page):
    return reverse("wagtail_localize:update_translations", args=(source_of(page).pk,))


def refused(response):
    """Wagtail answers a forbidden admin page with 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url in (reverse("wagtailadmin_home"), "/admin/")
    )


def published_by(user, page):
    """Whether `user` put `page` live: the publish is logged as theirs, or the live revision is theirs
    (wagtail-localize publishes once the transaction commits, where no one may be named in the log)."""
    live = Page.objects.get(pk=page.pk).live_revision
    return (live is not None and live.user_id == user.pk) or PageLogEntry.objects.filter(
        page=page, action="wagtail.publish", user=user
    ).exists()


def in_review(page, user):
    return WorkflowState.objects.filter(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS, requested_by=user
    ).exists()


@pytest.fixture
def story(library, cy, cy_home):
    """A live English case study and its live Welsh translation (a synced translation)."""
    english = CaseStudyPageFactory(parent=library, title="Listening first", slug="listening-first")
    english.save_revision().publish()
    welsh = translate(english, cy, {"Listening first": "Gwrando yn gyntaf"})
    return {"en": english, "cy": welsh}


@pytest.fixture
def people(role_user):
    return {role: role_user(role) for role in (*NOT_PUBLISHERS, roles.MODERATORS)}


# --- "Sync translated pages" ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_translators_update_with_publish_goes_to_review_and_a_moderator_publishes_it(
    client, story, people, django_capture_on_commit_callbacks
):
    translator, welsh = people[roles.TRANSLATORS], story["cy"]
    client.force_login(translator)
    assert edit_string(client, welsh, "Listening first", "Gwrando cyn dim").status_code == 200
    # The form says what will happen, rather than promising to publish.
    form = client.get(update_url(story["en"]))
    assert "Publish, or send for review" in form.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(update_url(story["en"]), {"publish_translations": "on"}, follow=True)
    assert response.status_code == 200
    assert "Sent to the moderators for review" in response.content.decode()

    welsh.refresh_from_db()
    assert welsh.title == "Gwrando yn gyntaf"  # the live page is unchanged
    assert client.get(welsh.url).content.decode().count("Gwrando cyn dim") == 0
    assert not published_by(translator, welsh)
    assert welsh.has_unpublished_changes
    assert welsh.get_latest_revision_as_object().title == "Gwrando cyn dim"
    assert in_review(welsh, translator)

    # The moderator approves in the workflow, which publishes the translation.
    moderator = people[roles.MODERATORS]
    client.force_login(moderator)
    task_state = WorkflowState.objects.get(object_id=str(welsh.pk)).current_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=(welsh.pk, "approve", task_state.pk))
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(approve, {"comment": ""}).status_code in (200, 302)
    welsh.refresh_from_db()
    assert welsh.live and welsh.title == "Gwrando cyn dim"
    assert published_by(moderator, welsh)


@pytest.mark.django_db
def test_a_moderators_update_with_publish_publishes(
    client, story, people, django_capture_on_commit_callbacks
):
    """The control: with publish permission, "Publish immediately" still publishes."""
    moderator, welsh = people[roles.MODERATORS], story["cy"]
    client.force_login(people[roles.TRANSLATORS])
    edit_string(client, welsh, "Listening first", "Gwrando cyn dim")
    # Moderators do not hold wagtail-localize's "submit translation" permission; give it to this one.
    from django.contrib.auth.models import Permission

    moderator.user_permissions.add(Permission.objects.get(codename="submit_translation"))
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(update_url(story["en"]), {"publish_translations": "on"})
    welsh.refresh_from_db()
    assert welsh.title == "Gwrando cyn dim" and published_by(moderator, welsh)


@pytest.mark.django_db
def test_a_translators_update_leaves_the_home_pages_they_may_not_edit_alone(
    client, home, cy_home, ur_home, people, django_capture_on_commit_callbacks
):
    translator = people[roles.TRANSLATORS]
    before = {page.pk: (page.title, page.latest_revision_id) for page in (cy_home, ur_home)}
    client.force_login(translator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(update_url(home), {"publish_translations": "on"}, follow=True)
    assert "Left as they were, as you may not change them" in response.content.decode()
    for page in (cy_home, ur_home):
        page.refresh_from_db()
        assert (page.title, page.latest_revision_id) == before[page.pk]
        assert not published_by(translator, page)
        assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


@pytest.mark.django_db
def test_a_translators_update_does_not_schedule_an_unapproved_newsletter_issue(
    client, home, cy, cy_home, people, django_capture_on_commit_callbacks
):
    archive = NewsletterIndexPage(title="Newsletter", slug="newsletter", intro="News.", live=False)
    home.add_child(instance=archive)
    archive.save_revision().publish()
    issue = NewsletterIssuePage(
        title="Issue 9", slug="issue-9", issue_number=9, intro="Hello.", body=[], live=False
    )
    archive.add_child(instance=issue)
    issue.save_revision()
    with django_capture_on_commit_callbacks(execute=True):
        translate(archive, cy, {"Newsletter": "Cylchlythyr"})
    welsh_issue = translate(issue, cy, {"Issue 9": "Rhifyn 9"})
    # The Welsh issue is a draft; the English one is scheduled for next week.
    welsh_issue.unpublish()
    issue.go_live_at = timezone.now() + timezone.timedelta(days=7)
    issue.save_revision().publish()
    assert not NewsletterIssuePage.objects.get(pk=issue.pk).live

    translator = people[roles.TRANSLATORS]
    client.force_login(translator)
    edit_string(client, welsh_issue, "Hello.", "Helo.")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(update_url(issue), {"publish_translations": "on"})
    welsh_issue.refresh_from_db()
    assert not welsh_issue.live
    assert welsh_issue.get_scheduled_revision_as_object() is None
    assert not published_by(translator, welsh_issue)
    assert in_review(welsh_issue, translator)


@pytest.mark.django_db
@pytest.mark.parametrize("role", [roles.EDITORS, roles.NEWSLETTER_MANAGERS])
def test_editors_and_newsletter_managers_cannot_sync_translations(client, story, people, role):
    client.force_login(people[role])
    assert refused(client.get(update_url(story["en"])))
    assert refused(client.post(update_url(story["en"]), {"publish_translations": "on"}))
    story["cy"].refresh_from_db()
    assert story["cy"].latest_revision.user is None


# --- The translation editor's "Publish in ..." ------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("role", [roles.TRANSLATORS, roles.EDITORS])
def test_publish_in_the_translation_editor_without_permission_goes_to_review(
    client, story, people, role, django_capture_on_commit_callbacks
):
    user, welsh = people[role], story["cy"]
    client.force_login(people[roles.TRANSLATORS])
    edit_string(client, welsh, "Listening first", "Gwrando cyn dim")
    client.force_login(user)
    edit = reverse("wagtailadmin_pages:edit", args=(welsh.pk,))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit, {"action": "publish"}, follow=True)
    assert response.status_code == 200
    assert "Sent to the moderators for review" in response.content.decode()
    welsh.refresh_from_db()
    assert welsh.title == "Gwrando yn gyntaf"
    assert not published_by(user, welsh)
    assert welsh.get_latest_revision_as_object().title == "Gwrando cyn dim"
    assert in_review(welsh, user)


@pytest.mark.django_db
def test_the_translation_editor_offers_people_who_cannot_publish_a_send_for_review_button(
    client, story, people
):
    edit = reverse("wagtailadmin_pages:edit", args=(story["cy"].pk,))
    client.force_login(people[roles.TRANSLATORS])
    page = client.get(edit).content.decode()
    assert 'value="submit-for-review"' in page and "Send for review" in page
    # Nor does it offer "Convert to alias page", which would put the English text live at once.
    assert props_of(page)["links"]["convertToAliasUrl"] is None
    client.force_login(people[roles.MODERATORS])
    page = client.get(edit).content.decode()
    assert 'value="submit-for-review"' not in page
    assert props_of(page)["links"]["convertToAliasUrl"]


@pytest.mark.django_db
def test_send_for_review_from_the_translation_editor(
    client, story, people, django_capture_on_commit_callbacks
):
    translator, welsh = people[roles.TRANSLATORS], story["cy"]
    client.force_login(translator)
    edit_string(client, welsh, "Listening first", "Gwrando cyn dim")
    edit = reverse("wagtailadmin_pages:edit", args=(welsh.pk,))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit, {"action": "submit-for-review"})
    welsh.refresh_from_db()
    assert welsh.title == "Gwrando yn gyntaf" and in_review(welsh, translator)


@pytest.mark.django_db
def test_a_newsletter_manager_cannot_reach_the_translation_editor(client, story, people):
    welsh = story["cy"]
    client.force_login(people[roles.NEWSLETTER_MANAGERS])
    edit = reverse("wagtailadmin_pages:edit", args=(welsh.pk,))
    assert refused(client.post(edit, {"action": "publish"}))
    assert edit_string(client, welsh, "Listening first", "Gwrando cyn dim").status_code == 403
    welsh.refresh_from_db()
    assert not welsh.has_unpublished_changes


@pytest.mark.django_db
def test_a_moderator_publishes_from_the_translation_editor(
    client, story, people, django_capture_on_commit_callbacks
):
    moderator, welsh = people[roles.MODERATORS], story["cy"]
    client.force_login(moderator)
    edit_string(client, welsh, "Listening first", "Gwrando cyn dim")
    edit = reverse("wagtailadmin_pages:edit", args=(welsh.pk,))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit, {"action": "publish"})
    welsh.refresh_from_db()
    assert welsh.title == "Gwrando cyn dim" and published_by(moderator, welsh)


# --- "Translate" ------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_new_translation_of_a_live_page_starts_as_a_draft(
    client, library, story, people, ur, ur_home, django_capture_on_commit_callbacks
):
    """wagtail-localize published a new translation at once, in the source's words, with no review."""
    translate(library, ur, {"Case studies": "کیس اسٹڈیز"})
    translator = people[roles.TRANSLATORS]
    client.force_login(translator)
    url = reverse("wagtail_localize:submit_page_translation", args=(story["en"].pk,))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [ur.pk]})
    assert response.status_code == 302
    urdu = CaseStudyPage.objects.get(translation_key=story["en"].translation_key, locale=ur)
    assert not urdu.live
    assert not published_by(translator, urdu)


@pytest.mark.django_db
def test_a_translation_whose_section_has_no_version_in_that_language_is_refused(
    client, story, people, ur, django_capture_on_commit_callbacks
):
    """wagtail-localize would put live copies of the English home page and library at /ur/ to hold it."""
    client.force_login(people[roles.TRANSLATORS])
    url = reverse("wagtail_localize:submit_page_translation", args=(story["en"].pk,))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [ur.pk]})
    assert response.status_code == 200
    assert "has no اردو version yet" in response.content.decode()
    assert not Page.objects.filter(locale=ur).exists()


@pytest.mark.django_db
def test_translating_a_section_with_its_pages_leaves_their_live_translations_alone(
    client, library, story, people, cy, django_capture_on_commit_callbacks
):
    """The Welsh story's library is an alias of the English one (Wagtail made it to hold the story).
    "Translate" on the English library with its subtree saved and published the live Welsh story again,
    as the translator, with no review."""
    welsh_library = library.get_translation(cy)
    assert welsh_library.alias_of_id == library.pk
    translator, welsh = people[roles.TRANSLATORS], story["cy"]
    before = (welsh.title, welsh.latest_revision_id, welsh.live_revision_id)

    client.force_login(translator)
    url = reverse("wagtail_localize:submit_page_translation", args=(library.pk,))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [cy.pk], "include_subtree": "on"}, follow=True)
    assert response.status_code == 200
    welsh.refresh_from_db()
    assert (welsh.title, welsh.latest_revision_id, welsh.live_revision_id) == before
    assert not published_by(translator, welsh)
    assert "already had a translation, which was left as it is" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", [roles.EDITORS, roles.NEWSLETTER_MANAGERS])
def test_only_translators_start_translations(client, story, people, ur, role):
    client.force_login(people[role])
    url = reverse("wagtail_localize:submit_page_translation", args=(story["en"].pk,))
    assert refused(client.post(url, {"locales": [ur.pk]}))
    assert not CaseStudyPage.objects.filter(locale=ur).exists()


# --- "Convert to alias page" ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("role", NOT_PUBLISHERS)
def test_converting_a_translation_to_an_alias_needs_publish_permission(client, story, people, role):
    welsh = story["cy"]
    client.force_login(people[role])
    url = reverse("wagtail_localize:convert_to_alias", args=(welsh.pk,))
    for response in (client.get(url), client.post(url)):
        assert response.status_code in (302, 403)
    welsh.refresh_from_db()
    assert welsh.alias_of_id is None and welsh.title == "Gwrando yn gyntaf"


@pytest.mark.django_db
def test_a_moderator_may_convert_a_translation_to_an_alias(client, story, people):
    welsh = story["cy"]
    client.force_login(people[roles.MODERATORS])
    url = reverse("wagtail_localize:convert_to_alias", args=(welsh.pk,))
    assert client.get(url).status_code == 200
    client.post(url)
    welsh.refresh_from_db()
    assert welsh.alias_of_id == story["en"].pk
