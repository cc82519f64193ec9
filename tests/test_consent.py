"""Consent for quotes: what a quote records, where a quote whose consent has ended or been withdrawn is no
longer to be found (the page, the email, the feed, the search index, the API), that an anonymous quote
never shows a name, the report and its one-click withdrawal, telling the editors, translations, and the
migration of quotes saved before consent was recorded.

The clock is moved with time-machine. Dates are in the site's time zone (Europe/London).
"""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import PageLogEntry

from case_studies.models import CaseStudyPage
from core.migration_operations import AddQuoteConsentOperation
from editorial import consent, roles
from editorial.blocks import ANONYMOUS, FIRST_NAME, FULL_NAME, QuoteBlock
from editorial.models import ConsentNotice, ConsentWithdrawal, QuoteConsent
from newsletter.emails import render_issue
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
from tests.conftest import translate
from tests.factories import CaseStudyPageFactory

TODAY = datetime.date(2026, 3, 10)
NOON = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC)


def at_noon(day):
    return datetime.datetime.combine(day, datetime.time(12, 0), tzinfo=datetime.UTC)


def quote(
    words,
    *,
    name="",
    attribution="A tenant",
    role="",
    identified_as=ANONYMOUS,
    given_on="2025-01-06",
    valid_until=None,
):
    return {
        "type": "quote",
        "value": {
            "quote": words,
            "name": name,
            "attribution": attribution,
            "role": role,
            "consent": {
                "identified_as": identified_as,
                "given_on": given_on,
                "valid_until": valid_until.isoformat() if valid_until else None,
            },
        },
    }


def text(words):
    return {"type": "paragraph", "value": f"<p>{words}</p>"}


@pytest.fixture
def clock():
    with time_machine.travel(NOON, tick=False) as traveller:
        yield traveller


def publish_story(library, *blocks, title="Tenancy support that listens first"):
    """A case study published as an editor would (a revision, then publish), so the register sees it."""
    page = CaseStudyPageFactory(parent=library, title=title, body=list(blocks), live=False)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def quote_ids(page):
    return [child.id for child in page.body if child.block_type == "quote"]


def searchable(page):
    return " ".join(CaseStudyPage._meta.get_field("body").get_searchable_content(page.body))


def found_by_search(word):
    return {page.pk for page in CaseStudyPage.objects.live().search(word)}


# --- What a quote records -------------------------------------------------------------------------------


def clean(value):
    block = QuoteBlock()
    return block.clean(block.to_python(value["value"]))


def name_errors(error):
    return " ".join(str(message) for message in error.value.block_errors["name"])


@pytest.mark.django_db
class TestTheQuoteRecordsConsent:
    def test_a_complete_record_is_accepted(self, clock):
        value = clean(quote("We were heard.", name="Ruth Okafor", identified_as=FULL_NAME, valid_until=TODAY))
        assert value.shown_name == "Ruth Okafor"
        assert value.given_on == datetime.date(2025, 1, 6)
        assert value.valid_until == TODAY

    def test_an_anonymous_quote_cannot_carry_a_name(self, clock):
        with pytest.raises(StructBlockValidationError) as error:
            clean(quote("We were heard.", name="Ruth Okafor", identified_as=ANONYMOUS))
        assert "anonymous, so it cannot show a name" in name_errors(error)

    @pytest.mark.parametrize("identified_as", [FULL_NAME, FIRST_NAME])
    def test_a_named_quote_needs_the_name(self, clock, identified_as):
        with pytest.raises(StructBlockValidationError) as error:
            clean(quote("We were heard.", identified_as=identified_as))
        assert "enter" in name_errors(error)

    def test_the_consent_date_is_required_and_not_in_the_future(self, clock):
        with pytest.raises(StructBlockValidationError) as error:
            clean(quote("We were heard.", given_on=None))
        assert "given_on" in error.value.block_errors["consent"].block_errors
        with pytest.raises(StructBlockValidationError) as error:
            clean(quote("We were heard.", given_on="2026-03-11"))
        [message] = error.value.block_errors["consent"].block_errors["given_on"]
        assert "cannot be given in the future" in str(message)

    def test_consent_cannot_end_before_it_was_given(self, clock):
        with pytest.raises(StructBlockValidationError) as error:
            clean(quote("We were heard.", given_on="2025-01-06", valid_until=datetime.date(2025, 1, 5)))
        [message] = error.value.block_errors["consent"].block_errors["valid_until"]
        assert "cannot end before it was given" in str(message)

    def test_a_draft_may_be_saved_before_the_record_is_complete(self, clock):
        block = QuoteBlock()
        value = block.clean_deferred(
            block.to_python(quote("Half done.", given_on=None, identified_as=FULL_NAME)["value"])
        )
        assert value["quote"] == "Half done."


# --- Expiry -----------------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestAQuotePastItsConsent:
    def test_it_leaves_the_page_but_the_rest_of_the_page_stays(self, client, library, clock):
        page = publish_story(
            library,
            text("Tenants now meet the same officer every time."),
            quote("Somebody was waiting at the gate.", valid_until=TODAY),
        )
        html = client.get(page.url).content.decode()
        assert "Somebody was waiting at the gate." in html  # the last day of consent: still shown

        clock.move_to(at_noon(TODAY + datetime.timedelta(days=1)))
        response = client.get(page.url)
        html = response.content.decode()
        assert response.status_code == 200
        assert "Somebody was waiting at the gate." not in html
        assert "A tenant" not in html
        assert "Tenants now meet the same officer every time." in html

    def test_it_leaves_the_search_index_when_its_consent_ends(self, library, clock):
        page = publish_story(library, quote("The quokkaword moment.", valid_until=TODAY))
        assert page.pk in found_by_search("quokkaword")
        assert "quokkaword" in searchable(page)

        clock.move_to(at_noon(TODAY + datetime.timedelta(days=1)))
        assert "quokkaword" not in searchable(page)  # what any new index entry is made from
        consent.check_consents()  # the scheduler's minute: the page is indexed again
        assert page.pk not in found_by_search("quokkaword")
        assert found_by_search("Tenancy") == {page.pk}  # the page itself is still found

    def test_it_is_listed_in_the_report_as_ended(self, client, role_user, library, clock):
        ended = publish_story(library, quote("Ended words.", valid_until=TODAY - datetime.timedelta(days=1)))
        soon = publish_story(
            library, quote("Soon words.", valid_until=TODAY + datetime.timedelta(days=20)), title="B"
        )
        fine = publish_story(
            library, quote("Fine words.", valid_until=TODAY + datetime.timedelta(days=90)), title="C"
        )
        client.force_login(role_user(roles.EDITORS))
        response = client.get(reverse("editorial_consent_report"))
        assert response.status_code == 200
        rows = {item["row"].page_id: item["status"] for item in response.context["rows"]}
        assert rows == {ended.pk: consent.EXPIRED, soon.pk: consent.EXPIRING}
        everything = client.get(reverse("editorial_consent_report"), {"status": "all"}).context["rows"]
        assert {item["row"].page_id for item in everything} == {ended.pk, soon.pk, fine.pk}
        assert "Consent ended" in response.content.decode()

    def test_the_newsletter_email_and_feed_leave_it_out(self, client, home, locales, clock):
        archive = NewsletterIndexPage(title="Newsletter", slug="newsletter", intro="News.", live=False)
        home.add_child(instance=archive)
        archive.save_revision().publish()
        issue = NewsletterIssuePage(
            title="Issue 1",
            slug="issue-1",
            issue_number=1,
            intro="What is in issue 1.",
            body=[
                quote("Still agreed to.", attribution="A parent"),
                quote(
                    "No longer agreed to.",
                    attribution="A carer",
                    valid_until=TODAY - datetime.timedelta(days=1),
                ),
            ],
            live=False,
        )
        archive.add_child(instance=issue)
        issue.save_revision().publish()
        rendered = render_issue(NewsletterIssuePage.objects.get(pk=issue.pk))
        assert "Still agreed to." in rendered.html and "Still agreed to." in rendered.text
        assert "No longer agreed to." not in rendered.html and "No longer agreed to." not in rendered.text
        assert "A carer" not in rendered.text
        # The feeds carry each issue's title and introduction, never its body: no quote can reach them.
        for url in (archive.url + "feed/", archive.url + "feed/atom/"):
            feed = client.get(url).content.decode()
            assert "What is in issue 1." in feed
            assert "agreed to" not in feed
        assert "No longer agreed to." not in client.get(issue.url).content.decode()

    def test_the_api_leaves_it_out_and_never_shows_the_consent_record(self, client, library, clock):
        page = publish_story(
            library,
            quote("Kept.", valid_until=TODAY),
            quote("Gone.", valid_until=TODAY - datetime.timedelta(days=1)),
        )
        body = client.get(f"/api/v2/pages/{page.pk}/").json()["body"]
        assert [block["value"] for block in body] == [
            {"quote": "Kept.", "name": "", "attribution": "A tenant", "role": ""}
        ]

    def test_the_preview_tells_the_editor_why_a_quote_is_missing(self, client, superuser, library, clock):
        page = publish_story(library, quote("Hidden words.", valid_until=TODAY - datetime.timedelta(days=1)))
        client.force_login(superuser)
        preview = client.get(reverse("wagtailadmin_pages:view_draft", args=(page.pk,))).content.decode()
        assert "Quote hidden from visitors." in preview
        assert "Consent for it ended on 9 March 2026." in preview


# --- Anonymous quotes -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_anonymous_quote_never_renders_a_name_anywhere(client, library, home, locales, clock):
    """Even a name stored against the rules (an import, an old revision) stays out of every public place."""
    page = publish_story(
        library,
        quote("They asked what I wanted.", name="Zebedee Quartermaine", attribution="A young person"),
        quote(
            "We changed how we fund.",
            name="Ruth Okafor",
            attribution="Chief executive",
            identified_as=FULL_NAME,
        ),
    )
    html = client.get(page.url).content.decode()
    assert "They asked what I wanted." in html and "A young person" in html
    assert "Zebedee" not in html
    assert "<cite>Ruth Okafor</cite>" in html  # a named quote shows the agreed name
    assert "Zebedee" not in searchable(page)
    assert found_by_search("Zebedee") == set()
    assert found_by_search("Okafor") == {page.pk}
    assert "Zebedee" not in client.get(f"/api/v2/pages/{page.pk}/").content.decode()
    assert "Zebedee" not in QuoteConsent.objects.get(page=page, quote__startswith="They asked").byline

    archive = NewsletterIndexPage(title="Newsletter", slug="newsletter", intro="News.", live=False)
    home.add_child(instance=archive)
    archive.save_revision().publish()
    issue = NewsletterIssuePage(
        title="Issue 1",
        slug="issue-1",
        issue_number=1,
        intro="Hi.",
        live=False,
        body=[quote("They asked what I wanted.", name="Zebedee Quartermaine", attribution="A young person")],
    )
    archive.add_child(instance=issue)
    issue.save_revision().publish()
    rendered = render_issue(NewsletterIssuePage.objects.get(pk=issue.pk))
    assert "They asked what I wanted." in rendered.text
    assert "Zebedee" not in rendered.html and "Zebedee" not in rendered.text


# --- Withdrawal -------------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestWithdrawal:
    @pytest.fixture
    def story(self, library, clock):
        return publish_story(
            library, text("The rest of the story."), quote("The zebraword day.", attribution="A tenant")
        )

    def withdraw(self, client, block_id, **extra):
        return client.post(
            reverse("editorial_consent_withdraw"), {"block_id": block_id, **extra}, follow=True
        )

    def test_withdrawal_removes_the_quote_everywhere_at_once(self, client, role_user, story, cy, cy_home):
        welsh = translate(story, cy, {"The zebraword day.": "Y diwrnod zebraword."})
        visitor = client.__class__()
        assert "zebraword" in visitor.get(story.url).content.decode()
        assert "zebraword" in visitor.get(welsh.url).content.decode()
        assert story.pk in found_by_search("zebraword")
        [block_id] = quote_ids(story)
        assert quote_ids(welsh) == [block_id]  # the translation keeps the quote's id

        editor = role_user(roles.EDITORS)
        client.force_login(editor)
        response = self.withdraw(client, block_id)
        assert response.status_code == 200
        assert "Consent withdrawn." in response.content.decode()

        for page in (story, welsh):
            html = visitor.get(page.url).content.decode()
            assert "zebraword" not in html
            assert "The rest of the story." in html  # the rest of the page stays
        assert found_by_search("zebraword") == set()
        assert "zebraword" not in visitor.get(f"/api/v2/pages/{story.pk}/").content.decode()
        withdrawal = ConsentWithdrawal.objects.get(block_id=block_id)
        assert withdrawal.withdrawn_by == editor and withdrawal.page_id == story.pk
        assert PageLogEntry.objects.filter(page=story, action=consent.WITHDRAW_ACTION, user=editor).exists()
        rows = client.get(reverse("editorial_consent_report")).context["rows"]
        assert {(item["row"].page_id, item["status"]) for item in rows} == {
            (story.pk, consent.WITHDRAWN),
            (welsh.pk, consent.WITHDRAWN),
        }

    def test_a_new_draft_or_publish_keeps_it_withdrawn(self, client, role_user, story):
        [block_id] = quote_ids(story)
        consent.withdraw(block_id)
        story.title = "Tenancy support, revised"
        story.save_revision().publish()
        assert "zebraword" not in client.get(story.url).content.decode()
        assert found_by_search("zebraword") == set()

    def test_a_moderator_can_undo_a_withdrawal_made_by_mistake(self, client, role_user, story):
        [block_id] = quote_ids(story)
        client.force_login(role_user(roles.EDITORS))
        self.withdraw(client, block_id)
        response = client.post(reverse("editorial_consent_restore"), {"block_id": block_id})
        assert response.status_code in (302, 403)
        assert ConsentWithdrawal.objects.filter(block_id=block_id).exists()  # an editor cannot undo

        client.force_login(role_user(roles.MODERATORS))
        response = client.post(reverse("editorial_consent_restore"), {"block_id": block_id}, follow=True)
        assert "Withdrawal undone." in response.content.decode()
        assert not ConsentWithdrawal.objects.exists()
        assert "zebraword" in client.get(story.url).content.decode()
        assert story.pk in found_by_search("zebraword")

    def test_bad_requests_get_a_clear_answer(self, client, role_user, story):
        client.force_login(role_user(roles.EDITORS))
        response = self.withdraw(client, "no-such-quote")
        assert response.status_code == 200
        assert "no longer on any page" in response.content.decode()
        response = self.withdraw(client, "")
        assert "no longer on any page" in response.content.decode()
        assert client.get(reverse("editorial_consent_withdraw")).status_code == 302
        [block_id] = quote_ids(story)
        self.withdraw(client, block_id)
        response = self.withdraw(client, block_id)
        assert "already withdrawn" in response.content.decode()
        assert ConsentWithdrawal.objects.count() == 1
        response = client.get(reverse("editorial_consent_report"), {"status": "<script>"}, follow=True)
        assert response.status_code == 200
        assert "There is no filter called" in response.content.decode()
        assert "<script>" not in response.content.decode()
        response = self.withdraw(client, block_id, next="https://elsewhere.example/")
        assert response.redirect_chain[-1][0] == reverse("editorial_consent_report")

    @pytest.mark.parametrize("role", [roles.TRANSLATORS, roles.NEWSLETTER_MANAGERS])
    def test_only_editors_and_moderators_use_the_report(self, client, role_user, story, role):
        [block_id] = quote_ids(story)
        client.force_login(role_user(role))
        for response in (
            client.get(reverse("editorial_consent_report")),
            client.post(reverse("editorial_consent_withdraw"), {"block_id": block_id}),
        ):
            assert response.status_code in (302, 403)
        assert not ConsentWithdrawal.objects.exists()
        assert "zebraword" in client.get(story.url).content.decode()


# --- Telling the editors ------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestTellingTheEditors:
    def test_editors_and_moderators_are_emailed_once_when_consent_nears_its_end_and_once_when_it_ends(
        self, library, role_user, clock
    ):
        editor, moderator, translator = (
            role_user(roles.EDITORS),
            role_user(roles.MODERATORS),
            role_user(roles.TRANSLATORS),
        )
        page = publish_story(library, quote("Soon gone.", valid_until=TODAY + datetime.timedelta(days=40)))
        assert consent.check_consents() == []
        assert not mail.outbox

        clock.move_to(at_noon(TODAY + datetime.timedelta(days=11)))  # 29 days left
        [notice] = consent.check_consents()
        assert notice.level == "soon"
        assert sorted(address for message in mail.outbox for address in message.to) == sorted(
            [editor.email, moderator.email]
        )
        assert translator.email not in {address for message in mail.outbox for address in message.to}
        assert "Soon gone." in mail.outbox[0].body and page.title in mail.outbox[0].body
        assert consent.check_consents() == []  # told once
        assert len(mail.outbox) == 2

        clock.move_to(at_noon(TODAY + datetime.timedelta(days=41)))
        mail.outbox.clear()
        [notice] = consent.check_consents()
        assert notice.level == "expired"
        assert "no longer shown to visitors" in mail.outbox[0].body
        assert reverse("editorial_consent_report") in mail.outbox[0].body
        assert consent.check_consents() == []
        assert ConsentNotice.objects.count() == 2

    def test_a_renewed_consent_is_told_about_again_when_the_new_date_nears(self, library, role_user, clock):
        role_user(roles.EDITORS)
        page = publish_story(library, quote("Renewed.", valid_until=TODAY + datetime.timedelta(days=5)))
        assert len(consent.check_consents()) == 1
        page.body = [quote("Renewed.", valid_until=TODAY + datetime.timedelta(days=25))]
        page.body[0].id = quote_ids(CaseStudyPage.objects.get(pk=page.pk))[0]
        page.save_revision().publish()
        assert len(consent.check_consents()) == 1

    def test_the_scheduler_runs_the_check(self, library, role_user, clock):
        from newsletter.management.commands.run_scheduler import Command

        role_user(roles.EDITORS)
        publish_story(library, quote("Ended.", valid_until=TODAY - datetime.timedelta(days=1)))
        assert Command().run_once()
        assert len(mail.outbox) == 1
        assert ConsentNotice.objects.filter(level="expired").count() == 1

    def test_the_command_rebuilds_the_register_and_reports(self, library, role_user, clock, capsys):
        page = publish_story(library, quote("Ended.", valid_until=TODAY - datetime.timedelta(days=1)))
        QuoteConsent.objects.all().delete()
        call_command("check_consents", "--rebuild")
        out = capsys.readouterr().out
        assert "Consent register rebuilt" in out
        assert f"Consent ended: “Ended.” on {page.title} (en)" in out
        assert QuoteConsent.objects.filter(page=page).count() == 1


# --- The register follows drafts and publishing ---------------------------------------------------------


@pytest.mark.django_db
def test_the_register_follows_drafts_and_publishing(library, clock):
    page = CaseStudyPageFactory(parent=library, body=[text("No quotes yet.")], live=False)
    page.save_revision()
    assert not QuoteConsent.objects.filter(page=page).exists()
    page.body = [quote("A new quote.")]
    page.save_revision()
    row = QuoteConsent.objects.get(page=page)
    assert (row.in_draft, row.in_live, row.given_on) == (True, False, datetime.date(2025, 1, 6))
    page.get_latest_revision().publish()
    row.refresh_from_db()
    assert (row.in_draft, row.in_live) == (True, True)
    live = CaseStudyPage.objects.get(pk=page.pk)
    live.body = [text("The quote is taken out.")]
    live.save_revision()
    row.refresh_from_db()
    assert (row.in_draft, row.in_live) == (False, True)  # still public until the draft is published
    live.get_latest_revision().publish()
    assert not QuoteConsent.objects.filter(page=page).exists()


# --- Translations -----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_translation_synchronises_the_consent_record_and_the_name(library, cy, cy_home, clock):
    from wagtail_localize.models import StringSegment, TranslationSource

    page = publish_story(
        library,
        quote(
            "We were heard.",
            name="Ruth Okafor",
            attribution="Chief executive",
            identified_as=FULL_NAME,
            valid_until=TODAY + datetime.timedelta(days=100),
        ),
    )
    welsh = translate(
        page, cy, {"We were heard.": "Cawsom ein clywed.", "Chief executive": "Prif weithredwr"}
    )
    [value] = [child.value for child in welsh.body]
    assert value["quote"] == "Cawsom ein clywed."
    assert value["attribution"] == "Prif weithredwr"
    assert value.shown_name == "Ruth Okafor"  # names are not translated
    assert (value.identified_as, value.valid_until) == (FULL_NAME, TODAY + datetime.timedelta(days=100))
    source = TranslationSource.objects.get(object_id=page.translation_key)
    offered = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert {"We were heard.", "Chief executive"} <= offered
    assert "Ruth Okafor" not in offered
    assert not [text for text in offered if "2025" in text or "full_name" in text]

    # Consent changed on the English page reaches the Welsh one at the next sync.
    source_page = CaseStudyPage.objects.get(pk=page.pk)
    source_page.body[0].value["consent"]["valid_until"] = TODAY + datetime.timedelta(days=5)
    source_page.save_revision().publish()
    welsh = translate(source_page, cy)
    assert welsh.body[0].value.valid_until == TODAY + datetime.timedelta(days=5)
    assert welsh.body[0].value["quote"] == "Cawsom ein clywed."


# --- Quotes saved before consent was recorded ---------------------------------------------------------------


def test_the_migration_makes_old_quotes_anonymous_with_no_date():
    old = {"quote": "It felt like they were on my side.", "attribution": "A tenant", "role": ""}
    assert AddQuoteConsentOperation().apply(old) == {
        "quote": "It felt like they were on my side.",
        "attribution": "A tenant",
        "role": "",
        "name": "",
        "consent": {"identified_as": "anonymous", "given_on": None, "valid_until": None},
    }
    recorded = {
        **old,
        "name": "Ruth",
        "consent": {"identified_as": "first_name", "given_on": "2025-01-01", "valid_until": None},
    }
    assert AddQuoteConsentOperation().apply(recorded) == recorded  # running it twice changes nothing


@pytest.mark.django_db
def test_an_old_quote_shows_as_before_and_is_listed_as_not_recorded(client, library, role_user, clock):
    page = publish_story(library, text("Before."))
    legacy = {"quote": "Old words.", "attribution": "A tenant", "role": ""}
    CaseStudyPage.objects.filter(pk=page.pk).update(
        body=[{"type": "quote", "value": AddQuoteConsentOperation().apply(legacy), "id": "legacy-1"}]
    )
    consent.sync_page(CaseStudyPage.objects.get(pk=page.pk))
    html = client.get(page.url).content.decode()
    assert "Old words." in html and "A tenant" in html
    client.force_login(role_user(roles.EDITORS))
    [item] = client.get(reverse("editorial_consent_report")).context["rows"]
    assert item["status"] == consent.UNRECORDED
