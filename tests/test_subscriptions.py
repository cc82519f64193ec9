"""Newsletter subscriptions and email delivery, against a real SMTP server on loopback (aiosmtpd).

Sign-up with double opt-in, confirm and unsubscribe links that change nothing on GET, RFC 8058 one-click
unsubscribe, abuse (honeypot, rate limit, bad addresses, forged and expired links), and delivery: each
reader's language, exactly once across republishing, crashes and a mail server that gives up part-way.

Tasks run as they are queued (the test settings' immediate backend) except in the tests that run the
real database queue and its worker. A test's transaction never commits, so tests that rely on
`transaction.on_commit` (queuing a job after a sign-up or a publication) capture and run those callbacks.
"""

import email
import re
import socket
from email import policy
from urllib.parse import urlsplit

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.core.mail import EmailMessage
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.management import call_command
from django.db import IntegrityError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from core.mail import FolderEmailBackend
from newsletter import subscriptions, tokens
from newsletter.delivery import (
    RETRY_DELAYS,
    claim,
    deliver,
    list_recipients,
    resume_deliveries,
    start_delivery,
)
from newsletter.management.commands.run_scheduler import Command as SchedulerCommand
from newsletter.models import Delivery, IssueSend, NewsletterIssuePage, Subscriber
from newsletter.transport import Kind, Outcome, SMTPTransport
from tests.conftest import translate
from tests.test_newsletter import SCHEDULER_DB, add_archive, add_issue, paragraph, restrict_to_members

# --- A real SMTP server on loopback ----------------------------------------------------------------------


class Inbox:
    """An aiosmtpd handler that keeps every message; from `fail_after` on, it answers "try later"."""

    def __init__(self):
        self.messages = []
        self.fail_after = None

    async def handle_DATA(self, server, session, envelope):
        if self.fail_after is not None and len(self.messages) >= self.fail_after:
            return "421 4.7.0 Too many messages from you just now, try again later"
        parsed = email.message_from_bytes(envelope.content, policy=policy.default)
        parsed.envelope_to = list(envelope.rcpt_tos)
        self.messages.append(parsed)
        return "250 Message accepted"

    def to(self, address):
        return [message for message in self.messages if message["To"] == address]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10
    settings.DEFAULT_FROM_EMAIL = "HLS newsletter <newsletter@hls.example.org>"
    yield inbox
    controller.stop()


@pytest.fixture
def public_site(home):
    """The site as production has it: https on a real hostname, so absolute links can be checked."""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "hls.example.org", 443
    site.save()
    return site


@pytest.fixture
def archive(home, locales):
    return add_archive(home)


def parts(message):
    """(plain text, html) of a multipart/alternative message."""
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


def path_of(url):
    parts_ = urlsplit(url)
    return parts_.path + (f"?{parts_.query}" if parts_.query else "")


def link_in(text, name):
    match = re.search(rf"https?://[^\s>\])]+/subscriptions/{name}/[^\s>\])]+/", text)
    assert match, f"no {name} link in:\n{text}"
    return match.group(0)


def make_subscriber(email_address, language="en", status=Subscriber.Status.CONFIRMED, **fields):
    now = timezone.now()
    fields.setdefault("confirmed_at", now - timezone.timedelta(days=1) if status == "confirmed" else None)
    return Subscriber.objects.create(
        email=email_address,
        language=language,
        status=status,
        consent_text="We will email you the newsletter.",
        consent_given_at=now - timezone.timedelta(days=2),
        consent_source="/newsletter/",
        **fields,
    )


def sign_up(client, email_address, language="en", prefix="", **extra):
    return client.post(
        f"{prefix}/subscriptions/", {"email": email_address, "language": language, "website": "", **extra}
    )


# --- The whole path --------------------------------------------------------------------------------------


def test_sign_up_confirm_receive_and_unsubscribe_in_welsh(
    smtp, public_site, archive, cy, django_capture_on_commit_callbacks
):
    client = Client(enforce_csrf_checks=False)
    # A Welsh reader signs up on the Welsh site.
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client, "Gwen@Example.org", language="cy", prefix="/cy")
    assert response.status_code == 302
    assert response["Location"] == "/cy/subscriptions/check-your-email/"
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.language == "cy"
    assert subscriber.consent_source == "/cy/subscriptions/"
    assert subscriber.consent_text  # the wording shown, as shown

    # The confirmation email arrives, in Welsh, with a link to the Welsh confirmation page.
    (confirmation,) = smtp.to("Gwen@Example.org")
    assert confirmation["Content-Language"] == "cy"
    text, html = parts(confirmation)
    assert 'lang="cy"' in html
    confirm_url = link_in(text, "confirm")
    assert confirm_url.startswith("https://hls.example.org/cy/subscriptions/confirm/")

    # Opening the link (as a mail scanner would) changes nothing; the button does.
    page = client.get(path_of(confirm_url))
    assert page.status_code == 200
    assert b'<form method="post">' in page.content
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING
    done = client.post(path_of(confirm_url))
    assert done.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None

    # An issue with a live Welsh translation is published: the Welsh reader gets the Welsh version.
    issue = add_issue(archive, 1, publish=False, title="Learning together", body=[paragraph("Our news.")])
    translate(archive, cy, {"Newsletter": "Cylchlythyr", "newsletter": "cylchlythyr"})
    welsh = translate(issue, cy, {"Learning together": "Dysgu gyda'n gilydd", "Our news.": "Ein newyddion."})
    assert not IssueSend.objects.exists()  # a translation alone waits for the English issue
    with django_capture_on_commit_callbacks(execute=True):
        issue.save_revision().publish()

    (message,) = smtp.to("Gwen@Example.org")[1:]
    assert message["Subject"] == "Dysgu gyda'n gilydd"
    assert message["Content-Language"] == "cy"
    text, html = parts(message)
    assert 'lang="cy"' in html and 'dir="ltr"' in html
    assert "Ein newyddion." in html and "Ein newyddion." in text
    # The CSS is inlined, every link and picture is absolute, and there is a "view in browser" link.
    assert 'style="' in html
    assert not re.search(r'(href|src)="/', html)
    assert welsh.full_url in html
    assert client.get(path_of(welsh.full_url)).status_code == 200

    # RFC 8058: an https unsubscribe address and a mailto, and the one-click header.
    list_unsubscribe = message["List-Unsubscribe"]
    https_url, mailto = re.findall(r"<([^>]+)>", list_unsubscribe)
    assert https_url.startswith("https://hls.example.org/cy/subscriptions/unsubscribe/")
    assert mailto.startswith("mailto:newsletter@hls.example.org?subject=unsubscribe")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert https_url in html and https_url in text  # the visible link in the footer is the same

    # The mail program's one-click POST: no CSRF token, no cookie, answered 200 without a redirect.
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(path_of(https_url), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_via == "one-click"
    assert subscriber.unsubscribed_at is not None


@SCHEDULER_DB
def test_publishing_queues_one_job_that_the_database_worker_sends(smtp, settings, home, locales):
    """The real queue: publishing stores one delivery job; the worker process's loop runs it."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    archive = add_archive(home)
    make_subscriber("reader@example.org")
    issue = add_issue(archive, 1)
    send = IssueSend.objects.get(translation_key=issue.translation_key)
    job = DBTaskResult.objects.get(id=send.task_id)
    assert job.task_path == "newsletter.delivery.deliver_issue"
    assert smtp.messages == []  # queued, not sent by the request that published

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    (message,) = smtp.to("reader@example.org")
    assert message["Subject"] == "Issue 1"
    send.refresh_from_db()
    assert send.state == IssueSend.State.DONE
    assert DBTaskResult.objects.filter(task_path="newsletter.delivery.deliver_issue").count() == 1


# --- Who receives what, and when ---------------------------------------------------------------------------


def test_only_confirmed_subscribers_receive_and_each_in_their_language(
    smtp, archive, cy, django_capture_on_commit_callbacks
):
    make_subscriber("en@example.org", "en")
    make_subscriber("cy@example.org", "cy")
    make_subscriber("ur@example.org", "ur")  # no Urdu translation: gets English
    make_subscriber("pending@example.org", status=Subscriber.Status.PENDING)
    make_subscriber("left@example.org", status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now())
    issue = add_issue(archive, 3, publish=False, title="Issue three")
    translate(archive, cy, {"Newsletter": "Cylchlythyr"})
    translate(issue, cy, {"Issue three": "Rhifyn tri"})
    with django_capture_on_commit_callbacks(execute=True):
        issue.save_revision().publish()

    assert sorted(m["To"] for m in smtp.messages) == ["cy@example.org", "en@example.org", "ur@example.org"]
    assert smtp.to("cy@example.org")[0]["Subject"] == "Rhifyn tri"
    assert smtp.to("en@example.org")[0]["Subject"] == "Issue three"
    assert smtp.to("ur@example.org")[0]["Subject"] == "Issue three"
    assert smtp.to("ur@example.org")[0]["Content-Language"] == "en"
    languages = dict(Delivery.objects.values_list("subscriber__email", "language"))
    assert languages == {"en@example.org": "en", "cy@example.org": "cy", "ur@example.org": "en"}


def test_republishing_after_an_edit_never_sends_again(smtp, archive, django_capture_on_commit_callbacks):
    make_subscriber("reader@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        issue = add_issue(archive, 1)
    assert len(smtp.messages) == 1
    issue.title = "Issue 1, corrected"
    with django_capture_on_commit_callbacks(execute=True):
        issue.save_revision().publish()
        issue.save_revision().publish()
    assert len(smtp.messages) == 1
    assert IssueSend.objects.count() == 1
    assert Delivery.objects.get().status == Delivery.Status.SENT


def test_drafts_and_scheduled_issues_are_not_emailed_until_they_go_live(
    smtp, archive, django_capture_on_commit_callbacks
):
    make_subscriber("reader@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        draft = add_issue(archive, 1, publish=False)
        draft.title = "Still a draft"
        draft.save_revision()
    go_live = timezone.now() + timezone.timedelta(hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        scheduled = add_issue(archive, 2, publish=False)
        scheduled.go_live_at = go_live
        scheduled.save_revision(approved_go_live_at=go_live).publish()
    assert smtp.messages == []
    assert not IssueSend.objects.exists()

    with time_machine.travel(go_live + timezone.timedelta(minutes=1), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            assert SchedulerCommand().run_once()
    assert [m["Subject"] for m in smtp.messages] == ["Issue 2"]
    assert NewsletterIssuePage.objects.get(pk=scheduled.pk).live


def test_private_and_expired_issues_are_not_emailed(smtp, archive, django_capture_on_commit_callbacks):
    make_subscriber("reader@example.org")
    private = add_issue(archive, 1, publish=False)
    restrict_to_members(private)
    with django_capture_on_commit_callbacks(execute=True):
        private.save_revision().publish()
    assert smtp.messages == []
    assert start_delivery(NewsletterIssuePage.objects.get(pk=private.pk)) is None


def test_someone_who_unsubscribes_while_an_issue_is_sending_is_skipped(smtp, archive):
    first = make_subscriber("first@example.org")
    second = make_subscriber("second@example.org")
    issue = add_issue(archive, 1)  # outside captured callbacks: the job is not run yet
    send = IssueSend.objects.get(translation_key=issue.translation_key)
    list_recipients(send)  # the job has listed who gets the issue, then one of them leaves
    subscriptions.unsubscribe(second, via="link")
    deliver(send.pk)
    assert [m["To"] for m in smtp.messages] == ["first@example.org"]
    statuses = dict(Delivery.objects.values_list("subscriber", "status"))
    assert statuses == {first.pk: Delivery.Status.SENT, second.pk: Delivery.Status.SKIPPED}


def test_a_subscriber_who_confirms_after_the_issue_went_out_does_not_get_it(smtp, archive):
    issue = add_issue(archive, 1)
    send = IssueSend.objects.get(translation_key=issue.translation_key)
    make_subscriber("late@example.org", confirmed_at=timezone.now() + timezone.timedelta(seconds=1))
    deliver(send.pk)
    assert smtp.messages == []


# --- Exactly once, nothing lost ---------------------------------------------------------------------------------


def test_a_mail_server_that_gives_up_part_way_is_retried_later_and_nobody_gets_two(smtp, archive):
    readers = [make_subscriber(f"reader{n}@example.org") for n in range(10)]
    issue = add_issue(archive, 1)
    send = IssueSend.objects.get(translation_key=issue.translation_key)
    smtp.fail_after = 4
    deliver(send.pk, batch_size=3)
    assert len(smtp.messages) == 4
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 4
    waiting = Delivery.objects.filter(status=Delivery.Status.PENDING)
    assert waiting.count() == 6
    assert all(d.next_attempt_at > timezone.now() for d in waiting)
    assert "421" in waiting.exclude(last_error="").first().last_error

    # Too early: nothing is due yet, nothing is sent.
    smtp.fail_after = None
    deliver(send.pk, batch_size=3)
    assert len(smtp.messages) == 4

    # After the back-off delay the job finishes, and everyone has exactly one copy.
    with time_machine.travel(timezone.now() + timezone.timedelta(minutes=20), tick=False):
        deliver(send.pk, batch_size=3)
    assert sorted(m["To"] for m in smtp.messages) == sorted(r.email for r in readers)
    send.refresh_from_db()
    assert send.state == IssueSend.State.DONE


class DyingBackend(SMTPBackend):
    """The SMTP backend of a worker that is killed (SIGTERM) after sending `lives` messages."""

    lives = 0

    def send_messages(self, email_messages):
        if DyingBackend.lives <= 0:
            raise SystemExit(1)  # what a worker process does on a second SIGTERM, mid-task
        DyingBackend.lives -= 1
        return super().send_messages(email_messages)


def test_a_worker_killed_mid_batch_is_resumed_and_nobody_is_sent_two_or_missed(smtp, archive, settings):
    readers = [make_subscriber(f"reader{n}@example.org") for n in range(12)]
    issue = add_issue(archive, 1)
    send = IssueSend.objects.get(translation_key=issue.translation_key)
    DyingBackend.lives = 5
    with pytest.raises(SystemExit):
        deliver(send.pk, batch_size=4, connection=DyingBackend())
    assert len(smtp.messages) == 5
    # The dead worker's claim on the rest of its batch holds until its lease ends...
    held = Delivery.objects.filter(status=Delivery.Status.PENDING, claimed_until__gt=timezone.now())
    assert held.count() == 3
    assert resume_deliveries() == []  # ...so the watchdog waits, as it would for a live worker.

    # A lease later the scheduler's watchdog queues the job again, and it finishes.
    with time_machine.travel(timezone.now() + timezone.timedelta(minutes=6), tick=False):
        assert resume_deliveries() == [send.pk]
    received = sorted(m["To"] for m in smtp.messages)
    assert received == sorted(r.email for r in readers)
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 12
    # Each copy carries a Message-ID of its own that stays the same if it is ever sent again.
    assert len({m["Message-ID"] for m in smtp.messages}) == 12


def test_two_workers_never_claim_the_same_copy(archive):
    make_subscriber("a@example.org")
    make_subscriber("b@example.org")
    issue = add_issue(archive, 1)
    send = IssueSend.objects.get(translation_key=issue.translation_key)
    list_recipients(send)
    first = claim(send, "worker-one", 1)
    second = claim(send, "worker-two", 5)
    third = claim(send, "worker-three", 5)
    assert len(first) == 1 and len(second) == 1 and third == []
    assert first[0].pk != second[0].pk


def test_the_delivery_record_is_unique_per_issue_and_subscriber(archive):
    reader = make_subscriber("reader@example.org")
    issue = add_issue(archive, 1)
    send = IssueSend.objects.get(translation_key=issue.translation_key)
    Delivery.objects.create(send=send, subscriber=reader)
    with pytest.raises(IntegrityError):
        Delivery.objects.create(send=send, subscriber=reader)


def test_an_address_the_server_refuses_is_recorded_and_not_retried(smtp, archive):
    class Refusing(Inbox):
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address.startswith("nobody@"):
                return "550 5.1.1 No such user here"
            envelope.rcpt_tos.append(address)
            return "250 OK"

    refusing = Refusing()
    controller = Controller(refusing, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        from django.conf import settings

        settings.EMAIL_PORT = controller.port
        make_subscriber("nobody@example.org")
        make_subscriber("somebody@example.org")
        issue = add_issue(archive, 1)
        send = IssueSend.objects.get(translation_key=issue.translation_key)
        deliver(send.pk)
    finally:
        controller.stop()
    assert [m["To"] for m in refusing.messages] == ["somebody@example.org"]
    failed = Delivery.objects.get(subscriber__email="nobody@example.org")
    assert failed.status == Delivery.Status.FAILED
    assert "550" in failed.last_error
    send.refresh_from_db()
    assert send.state == IssueSend.State.DONE


def test_queries_per_message_do_not_grow_with_the_list(smtp, archive):
    def queries_to_send(count, number):
        Subscriber.objects.all().delete()
        for n in range(count):
            make_subscriber(f"reader{number}-{n}@example.org")
        issue = add_issue(archive, number)
        send = IssueSend.objects.get(translation_key=issue.translation_key)
        with CaptureQueriesContext(connection) as queries:
            deliver(send.pk, batch_size=10)
        assert Delivery.objects.filter(send=send, status=Delivery.Status.SENT).count() == count
        return len(queries)

    small, large = queries_to_send(10, 1), queries_to_send(40, 2)
    # One UPDATE per message, plus a few per batch of ten: the extra 30 messages cost about 30 + 3 * 4.
    assert large - small <= 30 + 3 * 5


# --- Sign-up, links and abuse ------------------------------------------------------------------------------


def test_the_archive_shows_the_sign_up_form(client, archive):
    response = client.get(archive.url)
    html = response.content.decode()
    assert 'action="/subscriptions/"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="website"' in html  # the honeypot, hidden from people
    assert 'type="email"' in html


def test_a_bad_address_gets_a_clear_message_and_keeps_what_was_typed(client, locales):
    response = sign_up(client, "not-an-address")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter an email address in the right format, like name@example.org." in html
    assert 'value="not-an-address"' in html
    assert 'aria-invalid="true"' in html
    assert not Subscriber.objects.exists()
    empty = sign_up(client, "   ")
    assert "Enter your email address." in empty.content.decode()
    bad_language = sign_up(client, "ok@example.org", language="xx")
    assert "Choose a language." in bad_language.content.decode()


def test_the_honeypot_looks_like_success_and_does_nothing(client, locales, mailoutbox):
    response = sign_up(client, "robot@example.org", website="http://spam.example")
    assert response.status_code == 302
    assert response["Location"] == "/subscriptions/check-your-email/"
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_the_rate_limit_stops_a_flood_from_one_address(client, locales, settings, mailoutbox):
    # The limit counts in the rate-limit cache, real in tests (tests/test_security_throttle.py).
    settings.NEWSLETTER_SIGNUP_LIMIT = 3
    for n in range(3):
        assert sign_up(client, f"person{n}@example.org").status_code == 302
    response = sign_up(client, "one-too-many@example.org")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many sign-ups from your connection just now" in html
    assert 'value="one-too-many@example.org"' in html  # nothing typed is lost
    assert Subscriber.objects.count() == 3
    # Another address is not affected.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert sign_up(other, "someone-else@example.org").status_code == 302


def test_signing_up_again_gives_no_hint_that_an_address_is_on_the_list(
    client, locales, mailoutbox, django_capture_on_commit_callbacks
):
    make_subscriber("known@example.org", "en")
    with django_capture_on_commit_callbacks(execute=True):
        known = sign_up(client, "KNOWN@example.org", language="cy")
        new = sign_up(client, "new@example.org")
    assert (known.status_code, known["Location"]) == (new.status_code, new["Location"])
    assert Subscriber.objects.count() == 2  # the same address whatever its case
    known_subscriber = Subscriber.objects.get(email="known@example.org")
    assert known_subscriber.status == Subscriber.Status.CONFIRMED
    assert known_subscriber.language == "en"  # nothing changed that its owner did not confirm
    to_known = [m for m in mailoutbox if m.to == ["KNOWN@example.org"] or m.to == ["known@example.org"]]
    # Told in the language just chosen on the form (Welsh here).
    assert (
        len(to_known) == 1
        and to_known[0].subject == "Rydych eisoes wedi tanysgrifio i gylchlythyr Systemau Dysgu Dynol"
    )
    assert "/subscriptions/confirm/" not in to_known[0].body


def test_the_email_address_is_unique_whatever_its_case(locales):
    make_subscriber("Case@Example.org")
    with pytest.raises(IntegrityError):
        make_subscriber("case@example.org")


def test_a_confirmation_link_expires_after_seven_days(client, locales):
    subscriber = make_subscriber("slow@example.org", status=Subscriber.Status.PENDING)
    url = reverse("newsletter:confirm", args=[tokens.confirm_token(subscriber)])
    with time_machine.travel(timezone.now() + timezone.timedelta(days=6, hours=23)):
        assert client.get(url).status_code == 200
    with time_machine.travel(timezone.now() + timezone.timedelta(days=7, minutes=5)):
        response = client.get(url)
        assert response.status_code == 410
        assert "This link has expired" in response.content.decode()
        assert client.post(url).status_code == 410
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


@pytest.mark.parametrize("action", ["confirm", "unsubscribe"])
def test_a_tampered_link_gets_a_clear_page_and_changes_nothing(client, locales, action):
    subscriber = make_subscriber("victim@example.org", status=Subscriber.Status.PENDING)
    token = tokens.confirm_token(subscriber) if action == "confirm" else tokens.unsubscribe_token(subscriber)
    for bad in (token[:-2] + ("AA" if not token.endswith("AA") else "BB"), "nonsense", "x" * 500, "%00"):
        response = client.post(reverse(f"newsletter:{action}", args=[bad]))
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_signing_up_again_makes_the_older_confirmation_link_useless(client, locales, mailoutbox):
    subscriber = make_subscriber("twice@example.org", status=Subscriber.Status.PENDING)
    old_url = reverse("newsletter:confirm", args=[tokens.confirm_token(subscriber)])
    with time_machine.travel(timezone.now() + timezone.timedelta(minutes=5)):
        sign_up(client, "twice@example.org")
    assert client.post(old_url).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_get_on_an_unsubscribe_link_changes_nothing_and_the_button_unsubscribes(client, locales):
    subscriber = make_subscriber("leaving@example.org")
    url = reverse("newsletter:unsubscribe", args=[tokens.unsubscribe_token(subscriber)])
    page = client.get(url)
    assert page.status_code == 200
    assert "Unsubscribe from the newsletter" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    response = client.post(url)
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.unsubscribed_via) == (Subscriber.Status.UNSUBSCRIBED, "link")
    # The link still answers, saying so, and confirmation links of the old sign-up no longer work.
    assert "You have unsubscribed" in client.get(url).content.decode()
    confirm_url = reverse("newsletter:confirm", args=[tokens.confirm_token(subscriber)])
    assert client.post(confirm_url).status_code == 400


def test_subscription_pages_are_not_indexed_and_switch_language_in_place(client, locales):
    response = client.get("/cy/subscriptions/check-your-email/")
    assert response["X-Robots-Tag"] == "noindex"
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert 'href="/ur/subscriptions/check-your-email/"' in html
    assert 'href="/subscriptions/check-your-email/"' in html


def test_the_sign_up_block_places_the_form_in_a_case_study(client, library):
    from tests.factories import CaseStudyPageFactory

    story = CaseStudyPageFactory(
        parent=library,
        body=[{"type": "newsletter_signup", "value": {"heading": "Hear about new stories", "text": ""}}],
    )
    html = client.get(story.url).content.decode()
    assert "Hear about new stories" in html
    assert 'action="/subscriptions/"' in html


# --- The email itself ----------------------------------------------------------------------------------------


def test_the_issue_email_is_safe_for_mail_programs(smtp, public_site, archive):
    from tests.factories import ImageFactory

    reader = make_subscriber("reader@example.org")
    image = ImageFactory()
    issue = add_issue(
        archive,
        1,
        hero_image=image,
        hero_image_alt="People round a table",
        body=[paragraph('Read <a href="/case-studies/">the case studies</a>.')],
    )
    deliver(IssueSend.objects.get(translation_key=issue.translation_key).pk)
    (message,) = smtp.messages
    text, html = parts(message)
    assert 'width="600"' in html  # the table layout
    assert "<link" not in html
    assert 'href="https://hls.example.org/case-studies/"' in html
    assert 'alt="People round a table"' in html
    assert re.search(r'src="https://hls\.example\.org/media/', html)
    assert "View this issue in your browser" in html and issue.full_url in html
    token = tokens.unsubscribe_token(reader)
    assert f"/subscriptions/unsubscribe/{token}/" in html
    assert "https://unsubscribe.invalid" not in html + text
    assert "the case studies" in text and "https://hls.example.org/case-studies/" in text
    assert message["Message-ID"].startswith(f"<issue-{IssueSend.objects.get().pk}-{reader.pk}@")


def test_development_writes_each_email_to_a_file(tmp_path, settings, locales):
    settings.EMAIL_FILE_PATH = tmp_path
    subscriber = make_subscriber("look@example.org", status=Subscriber.Status.PENDING)
    from newsletter.emails import subscription_message

    message = subscription_message(subscriber, "confirm", "en")
    FolderEmailBackend().send_messages([message])
    (eml,) = tmp_path.glob("*.eml")
    (html,) = tmp_path.glob("*.html")
    assert "confirm" in eml.name.lower()
    parsed = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert parsed["To"] == "look@example.org"
    assert "/subscriptions/confirm/" in html.read_text()


# --- The admin ---------------------------------------------------------------------------------------------------


@pytest.fixture
def staff(django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("comms", "comms@example.org", "a-strong-password-42")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_only_people_allowed_to_see_subscribers_can(client, staff, locales):
    from django.contrib.auth.models import Permission

    make_subscriber("private@example.org")
    client.force_login(staff)
    url = reverse("subscribers:index")
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert b"private@example.org" not in response.content
    assert b"Subscribers" not in client.get(reverse("wagtailadmin_home")).content

    staff.user_permissions.add(Permission.objects.get(codename="view_subscriber"))
    response = client.get(url)
    assert response.status_code == 200
    assert b"private@example.org" in response.content


def test_managers_filter_search_count_and_export_subscribers(client, superuser, locales):
    make_subscriber("ann@example.org", "en")
    make_subscriber("bryn@example.org", "cy")
    make_subscriber("pending@example.org", "cy", status=Subscriber.Status.PENDING)
    client.force_login(superuser)
    url = reverse("subscribers:index")
    html = client.get(url).content.decode()
    assert "Subscribed:</strong> 2" in html
    assert "Waiting for confirmation:</strong> 1" in html
    filtered = client.get(url, {"status": "confirmed", "language": "cy"}).content.decode()
    assert "bryn@example.org" in filtered and "pending@example.org" not in filtered and "ann@" not in filtered
    searched = client.get(url, {"q": "ann"}).content.decode()
    assert "ann@example.org" in searched and "bryn@" not in searched
    export = client.get(url, {"export": "csv"})
    assert export.status_code == 200
    body = b"".join(export.streaming_content).decode()
    assert body.splitlines()[0].lower().startswith("email address")
    assert "ann@example.org" in body and "bryn@example.org" in body
    # Nobody adds a subscriber by hand: people join only by confirming their own address.
    assert client.get(reverse("subscribers:add")).status_code in (302, 403)


def test_an_editor_sends_a_test_email_and_sees_the_delivery_progress(client, superuser, archive, mailoutbox):
    make_subscriber("reader@example.org")
    issue = add_issue(archive, 1, publish=False, title="Draft issue")
    url = reverse("newsletter_issue_email", args=[issue.pk])
    client.force_login(superuser)
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[issue.pk])).content.decode()
    assert "data-issue-email-panel" in edit_page and "Not emailed yet" in edit_page and url in edit_page
    page = client.get(url).content.decode()
    assert "Not emailed yet" in page
    response = client.post(url, {"email": "me@example.org"})
    assert response.status_code == 302
    (test_message,) = mailoutbox
    assert test_message.to == ["me@example.org"]
    assert test_message.subject == "[Test] Draft issue"
    bad = client.post(url, {"email": "nope"})
    assert bad.status_code == 200 and "Enter a valid email address" in bad.content.decode()

    issue.save_revision().publish()
    deliver(IssueSend.objects.get().pk)
    page = client.get(url).content.decode()
    assert "Finished" in page
    assert "Sent: 1" in page and "Pending: 0" in page and "Failed: 0" in page


def test_the_scheduler_watchdog_runs_in_the_scheduler(smtp, archive, settings):
    make_subscriber("reader@example.org")
    issue = add_issue(archive, 1)
    send = IssueSend.objects.get(translation_key=issue.translation_key)
    assert smtp.messages == []
    with time_machine.travel(timezone.now() + timezone.timedelta(minutes=10), tick=False):
        assert SchedulerCommand().run_once()
    assert [m["To"] for m in smtp.messages] == ["reader@example.org"]
    send.refresh_from_db()
    assert send.state == IssueSend.State.DONE


def test_set_site_address_points_absolute_links_at_the_running_site(home):
    call_command("set_site_address", "127.0.0.1", "8000", verbosity=0)
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"


def test_a_mail_server_that_is_down_loses_nobody_and_fails_nobody(smtp, archive, settings):
    readers = [make_subscriber(f"reader{n}@example.org") for n in range(5)]
    issue = add_issue(archive, 1)
    send = IssueSend.objects.get(translation_key=issue.translation_key)
    listening_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = free_port()  # nothing listens there: connection refused
    deliver(send.pk, batch_size=2)
    assert smtp.messages == []
    assert not Delivery.objects.exclude(status=Delivery.Status.PENDING).exists()
    assert all(d.next_attempt_at > timezone.now() for d in Delivery.objects.all())
    assert sorted(Delivery.objects.values_list("attempts", flat=True)) == [0, 0, 0, 0, 1]
    # Hours of outage: the copy that met the closed door keeps waiting, it is never given up on.
    for hours in range(1, 30, 4):
        with time_machine.travel(timezone.now() + timezone.timedelta(hours=hours), tick=False):
            deliver(send.pk, batch_size=2)
    assert not Delivery.objects.filter(status=Delivery.Status.FAILED).exists()

    settings.EMAIL_PORT = listening_port
    with time_machine.travel(timezone.now() + timezone.timedelta(days=2), tick=False):
        deliver(send.pk, batch_size=2)
    assert sorted(m["To"] for m in smtp.messages) == sorted(r.email for r in readers)


def test_messages_are_in_the_visitors_language(client, locales):
    welsh = sign_up(client, "dim-cyfeiriad", language="cy", prefix="/cy").content.decode()
    assert "Rhowch gyfeiriad e-bost yn y ffurf gywir" in welsh
    assert '<html lang="cy"' in welsh
    urdu = client.get("/ur/subscriptions/check-your-email/").content.decode()
    assert '<html lang="ur" dir="rtl"' in urdu
    assert "اپنی ای میل دیکھیں" in urdu


def test_a_slow_mail_server_never_lets_a_second_worker_send_the_same_copies(smtp, archive):
    readers = [make_subscriber(f"reader{n}@example.org") for n in range(6)]
    issue = add_issue(archive, 1)
    send = IssueSend.objects.get(translation_key=issue.translation_key)
    resumed = []
    with time_machine.travel(timezone.now(), tick=False) as clock:

        class SlowBackend(SMTPBackend):
            """Each message takes ninety seconds; meanwhile the scheduler's watchdog looks in."""

            def send_messages(self, email_messages):
                clock.shift(timezone.timedelta(seconds=90))
                resumed.extend(resume_deliveries())  # would run a second delivery at once if it queued one
                return super().send_messages(email_messages)

        deliver(send.pk, batch_size=6, connection=SlowBackend())
    assert resumed == []
    assert sorted(m["To"] for m in smtp.messages) == sorted(r.email for r in readers)


def test_a_subscribers_unsubscribe_link_is_the_same_in_every_email(locales):
    subscriber = make_subscriber("steady@example.org")
    first = tokens.unsubscribe_token(subscriber)
    with time_machine.travel(timezone.now() + timezone.timedelta(days=400)):
        assert tokens.unsubscribe_token(subscriber) == first
        assert tokens.subscriber_for_unsubscribe_token(first) == subscriber


# --- The transport: what came of each message, and what delivery does with it --------------------------


class Scripted(Inbox):
    """A mail server that answers each step by address: refuses a sender, a recipient, or the message."""

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if address.startswith("banned@"):
            return "550 5.7.1 Sender not allowed"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        answer = {"nobody@": "550 5.1.1 No such user here", "full@": "452 4.2.2 Mailbox full"}
        for start, reply in answer.items():
            if address.startswith(start):
                return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        answer = {"spam@": "554 5.7.1 Message refused as spam", "later@": "451 4.3.0 Try again later"}
        for start, reply in answer.items():
            if envelope.rcpt_tos[0].startswith(start):
                return reply
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def scripted(smtp, settings):
    server = Scripted()
    controller = Controller(server, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_PORT = controller.port
    yield server
    controller.stop()


def plain_message(to, from_email="newsletter@hls.example.org"):
    return EmailMessage(subject="Hello", body="Hello", from_email=from_email, to=[to])


@pytest.mark.parametrize(
    ("to", "from_email", "kind", "code"),
    [
        ("reader@example.org", "newsletter@hls.example.org", Kind.SENT, ""),
        ("nobody@example.org", "newsletter@hls.example.org", Kind.PERMANENT, "550"),
        ("full@example.org", "newsletter@hls.example.org", Kind.TEMPORARY, "452"),
        ("spam@example.org", "newsletter@hls.example.org", Kind.PERMANENT, "554"),
        ("later@example.org", "newsletter@hls.example.org", Kind.TEMPORARY, "451"),
        ("reader@example.org", "banned@hls.example.org", Kind.CONNECTION, "550"),
    ],
)
def test_the_smtp_transport_classifies_the_servers_answers(scripted, to, from_email, kind, code):
    transport = SMTPTransport()
    try:
        outcome = transport.send(plain_message(to, from_email))
    finally:
        transport.close()
    assert outcome.kind == kind
    assert code in outcome.detail
    assert [m["To"] for m in scripted.messages] == (["reader@example.org"] if kind == Kind.SENT else [])


def test_the_smtp_transport_reports_a_server_that_is_away_or_hangs_up_as_a_connection_failure(smtp, settings):
    listening_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = free_port()  # nothing listens there
    refused = SMTPTransport()
    outcome = refused.send(plain_message("reader@example.org"))
    refused.close()
    assert outcome.kind == Kind.CONNECTION and "ConnectionRefusedError" in outcome.detail

    # 421 closes the connection: that message is "try later", and the next one finds the server gone.
    settings.EMAIL_PORT = listening_port
    smtp.fail_after = 0
    transport = SMTPTransport()
    first = transport.send(plain_message("one@example.org"))
    second = transport.send(plain_message("two@example.org"))
    transport.close()
    assert (first.kind, second.kind) == (Kind.TEMPORARY, Kind.CONNECTION)
    assert "421" in first.detail and "SMTPServerDisconnected" in second.detail


class ScriptedTransport:
    """A stand-in for an email service: answers each address from `script` ({address: [outcome, ...]},
    then "sent"), so the retry rules are checked against outcomes alone, whatever produced them."""

    script = {}

    def __init__(self, connection=None):
        self.tried = []
        self.closed = 0

    def send(self, message):
        (address,) = message.to
        self.tried.append(address)
        answers = self.script.get(address)
        return answers.pop(0) if answers else Outcome.sent()

    def close(self):
        self.closed += 1


def started_send(archive, *addresses):
    for address in addresses:
        make_subscriber(address)
    issue = add_issue(archive, 1)
    return IssueSend.objects.get(translation_key=issue.translation_key)


def test_a_permanent_outcome_is_recorded_once_and_never_retried(archive):
    send = started_send(archive, "gone@example.org", "here@example.org")
    transport = ScriptedTransport()
    transport.script = {
        "gone@example.org": [Outcome.permanent("Rejected: the address is on the bounce list")]
    }
    deliver(send.pk, transport=transport)
    gone = Delivery.objects.get(subscriber__email="gone@example.org")
    assert gone.status == Delivery.Status.FAILED and gone.attempts == 1
    assert gone.last_error == "Rejected: the address is on the bounce list"
    assert Delivery.objects.get(subscriber__email="here@example.org").status == Delivery.Status.SENT
    with time_machine.travel(timezone.now() + timezone.timedelta(days=1), tick=False):
        later = ScriptedTransport()
        deliver(send.pk, transport=later)
    assert later.tried == []
    send.refresh_from_db()
    assert send.state == IssueSend.State.DONE


def test_a_temporary_outcome_is_retried_after_each_delay_then_recorded_as_failed(archive):
    send = started_send(archive, "busy@example.org")
    transport = ScriptedTransport()
    transport.script = {"busy@example.org": [Outcome.temporary(TimeoutError("slow")) for _ in range(10)]}
    with time_machine.travel(timezone.now(), tick=False) as clock:
        deliver(send.pk, transport=transport)
        for delay in RETRY_DELAYS:
            copy = Delivery.objects.get()
            assert copy.status == Delivery.Status.PENDING
            assert copy.next_attempt_at == timezone.now() + delay
            assert copy.last_error == "TimeoutError: slow"
            # Not before it is due...
            deliver(send.pk, transport=transport)
            assert len(transport.tried) == copy.attempts
            # ...and once it is.
            clock.move_to(copy.next_attempt_at)
            deliver(send.pk, transport=transport)
    copy = Delivery.objects.get()
    assert copy.status == Delivery.Status.FAILED and copy.attempts == len(RETRY_DELAYS) + 1
    assert copy.last_error == f"Gave up after {len(RETRY_DELAYS) + 1} tries. TimeoutError: slow"
    assert len(transport.tried) == len(RETRY_DELAYS) + 1


def test_a_connection_outcome_stops_the_run_and_nobody_is_ever_given_up_on(archive):
    send = started_send(archive, *(f"reader{n}@example.org" for n in range(5)))
    transport = ScriptedTransport()
    away = [Outcome.connection("The service answered 503") for _ in range(20)]
    transport.script = {"reader1@example.org": away}
    deliver(send.pk, batch_size=3, transport=transport)
    # The first copy went; the second met the outage; nothing more was tried in this run.
    assert transport.tried == ["reader0@example.org", "reader1@example.org"]
    assert transport.closed >= 1
    waiting = Delivery.objects.filter(status=Delivery.Status.PENDING)
    assert waiting.count() == 4 and all(d.next_attempt_at > timezone.now() for d in waiting)
    # A day of outage: the run keeps stopping at the same copy, which waits at most four hours at a time.
    for hours in range(4, 28, 4):
        with time_machine.travel(timezone.now() + timezone.timedelta(hours=hours, minutes=1), tick=False):
            deliver(send.pk, batch_size=3, transport=transport)
            stuck = Delivery.objects.get(subscriber__email="reader1@example.org")
            assert stuck.next_attempt_at <= timezone.now() + RETRY_DELAYS[-1]
    assert not Delivery.objects.filter(status=Delivery.Status.FAILED).exists()
    assert (
        Delivery.objects.get(subscriber__email="reader1@example.org").last_error == "The service answered 503"
    )

    transport.script = {}
    with time_machine.travel(timezone.now() + timezone.timedelta(days=2), tick=False):
        deliver(send.pk, batch_size=3, transport=transport)
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 5
    assert transport.tried.count("reader0@example.org") == 1


def test_the_transport_named_in_the_settings_sends_the_issue_and_the_test_email(
    client, superuser, archive, settings, monkeypatch
):
    settings.NEWSLETTER_TRANSPORT = "tests.test_subscriptions.ScriptedTransport"
    monkeypatch.setattr(
        ScriptedTransport, "script", {"me@example.org": [Outcome.permanent("Invalid recipient")]}
    )
    send = started_send(archive, "reader@example.org")
    assert deliver(send.pk)[Delivery.Status.SENT] == 1
    client.force_login(superuser)
    url = reverse("newsletter_issue_email", args=[send.issue_id])
    response = client.post(url, {"email": "me@example.org"}, follow=True)
    assert "The test email could not be sent: Invalid recipient" in response.content.decode()
