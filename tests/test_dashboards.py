"""The admin dashboard for each role: drafts awaiting review (Wagtail's own panel, see test_roles), your
drafts, upcoming scheduled items, recently published, translations waiting to be published, quotes
needing attention, and subscriber counts for newsletter managers only."""

import datetime

import pytest
import time_machine
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from editorial import roles
from newsletter.models import Subscriber
from tests.conftest import translate
from tests.factories import CaseStudyPageFactory

NOW = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC)


def panel(client, panel_id):
    """The text of one dashboard panel, or None when the dashboard does not show it."""
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    section = WagtailTestUtils.get_soup(response.content).select_one(f"#{panel_id}-section")
    return " ".join(section.get_text(" ").split()) if section is not None else None


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.mark.django_db
def test_every_role_is_told_what_it_may_do(client, role_user, superuser):
    for role in roles.ROLES:
        client.force_login(role_user(role))
        assert panel(client, "editorial-your-role").startswith(f"Your role {role}.")
    client.force_login(superuser)
    assert "You can do everything" in panel(client, "editorial-your-role")


@pytest.mark.django_db
def test_an_editor_sees_their_drafts_and_what_was_published(client, role_user, library, clock):
    editor, moderator = role_user(roles.EDITORS), role_user(roles.MODERATORS)
    mine = CaseStudyPageFactory(parent=library, title="My unfinished story", live=False)
    mine.save_revision(user=editor)
    theirs = CaseStudyPageFactory(parent=library, title="Someone else's draft", live=False)
    theirs.save_revision(user=moderator)
    client.force_login(editor)
    drafts = panel(client, "editorial-your-drafts")
    assert "My unfinished story" in drafts and "Someone else" not in drafts
    assert panel(client, "editorial-recently-published") is None

    mine.get_latest_revision().publish(user=moderator)
    assert panel(client, "editorial-your-drafts") is None  # published: no longer a draft
    published = panel(client, "editorial-recently-published")
    assert "My unfinished story" in published and moderator.first_name in published


@pytest.mark.django_db
def test_scheduled_case_studies_are_listed_for_those_who_work_on_them(client, role_user, library, clock):
    page = CaseStudyPageFactory(parent=library, title="Coming next week", live=False)
    page.go_live_at = NOW + datetime.timedelta(days=7)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    client.force_login(role_user(roles.EDITORS))
    text = panel(client, "editorial-scheduled-pages")
    assert "Coming next week" in text and "17 March 2026, 12:00 GMT" in text
    client.force_login(role_user(roles.NEWSLETTER_MANAGERS))
    assert panel(client, "editorial-scheduled-pages") is None


@pytest.mark.django_db
def test_a_moderator_sees_a_translation_waiting_to_be_published(
    client, role_user, library, cy, cy_home, clock
):
    from wagtail_localize.models import StringSegment, StringTranslation, Translation

    story = CaseStudyPageFactory(parent=library, title="Listening first", live=False)
    story.save_revision().publish()
    welsh = translate(story, cy, {"Listening first": "Gwrando yn gyntaf"})
    moderator = role_user(roles.MODERATORS)
    client.force_login(moderator)
    assert panel(client, "editorial-translations-to-publish") is None

    clock.shift(datetime.timedelta(hours=1))  # a translator changes a word
    translation = Translation.objects.get(target_locale=cy, source__object_id=story.translation_key)
    segment = StringSegment.objects.get(source=translation.source, string__data="Listening first")
    changed = StringTranslation.objects.get(translation_of=segment.string, locale=cy)
    changed.data = "Gwrando cyn dim"
    changed.save()
    text = panel(client, "editorial-translations-to-publish")
    assert "Gwrando cyn dim" in text and "Cymraeg" in text  # the admin shows the draft title
    client.force_login(role_user(roles.EDITORS))
    assert panel(client, "editorial-translations-to-publish") is None

    clock.shift(datetime.timedelta(hours=1))
    with TestCase.captureOnCommitCallbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(user=moderator, publish=True)
    client.force_login(moderator)
    assert panel(client, "editorial-translations-to-publish") is None
    welsh.refresh_from_db()
    assert welsh.title == "Gwrando cyn dim"


@pytest.mark.django_db
def test_quotes_needing_attention_are_shown_to_editors_and_moderators_only(client, role_user, library, clock):
    page = CaseStudyPageFactory(
        parent=library,
        live=False,
        body=[
            {
                "type": "quote",
                "value": {
                    "quote": "Words.",
                    "name": "",
                    "attribution": "A tenant",
                    "role": "",
                    "consent": {
                        "identified_as": "anonymous",
                        "given_on": "2025-01-01",
                        "valid_until": "2026-03-01",
                    },
                },
            }
        ],
    )
    page.save_revision().publish()
    for role, shown in [
        (roles.EDITORS, True),
        (roles.MODERATORS, True),
        (roles.TRANSLATORS, False),
        (roles.NEWSLETTER_MANAGERS, False),
    ]:
        client.force_login(role_user(role))
        text = panel(client, "editorial-consent-attention")
        assert (text is not None) == shown, role
        if shown:
            assert "1 quote whose consent has ended" in text


@pytest.mark.django_db
def test_subscriber_counts_are_for_newsletter_managers_only(client, role_user, locales):
    for email, language, status in [
        ("a@example.org", "en", "confirmed"),
        ("b@example.org", "cy", "confirmed"),
        ("c@example.org", "en", "pending"),
    ]:
        Subscriber.objects.create(
            email=email, language=language, status=status, consent_text="Yes", consent_given_at=NOW
        )
    for role in roles.ROLES:
        client.force_login(role_user(role))
        text = panel(client, "editorial-subscribers")
        if role == roles.NEWSLETTER_MANAGERS:
            assert "2 confirmed subscribers" in text and "1 waiting to confirm" in text
            assert "Cymraeg 1" in text and "English 1" in text
        else:
            assert text is None, role
