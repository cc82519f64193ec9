"""Emailing a newsletter issue to every confirmed subscriber, exactly once, and finishing after a crash.

How it holds together:

- An issue's first publication (by an editor or by the scheduler) creates one `IssueSend` for the issue's
  translation key and queues `deliver_issue`. Publishing again, or publishing a translation, finds the
  send already there and queues nothing: nobody gets an issue twice because it was edited.
- The task lists the recipients once: one `Delivery` row per confirmed subscriber, with a unique
  (send, subscriber) pair, so running it twice can never list anyone twice.
- Workers claim rows in batches with a lease (a conditional UPDATE, so two workers never hold the same
  row), send each message through one transport (newsletter/transport.py: one SMTP connection by default),
  and mark each row sent straight after its message is accepted. A worker that dies leaves its rows
  pending; when its lease runs out, the scheduler's watchdog (`resume_deliveries`, every minute) queues
  the task again and the rest are sent.
- The transport says what came of each message, and only that is read here: temporary failures ("try
  again later") are retried with growing delays; permanent ones (the address does not exist) are recorded
  and never retried; when the server itself is away, the run stops and every copy waits, never given up.

Each copy has a Message-ID made from the send and the subscriber, so even the one unavoidable overlap
(a crash in the instant between the server accepting a message and the row being marked) produces an
identical message that mail programs treat as the same one.
"""

import logging
from datetime import timedelta
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import F, Min, Q
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks.exceptions import TaskResultDoesNotExist

from newsletter.emails import render_issue, site_root_url, subscription_message
from newsletter.models import Delivery, IssueSend, NewsletterIssuePage, Subscriber
from newsletter.transport import Kind, get_transport

logger = logging.getLogger("newsletter.delivery")

LEASE = timedelta(minutes=5)
LEASE_MARGIN = timedelta(minutes=2)  # renew a batch's lease when less than this is left (> one message)
RETRY_DELAYS = [
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=4),
]

# --- Subscription emails ---------------------------------------------------------------------------------


@task()
def send_subscription_email(subscriber_id, kind, language):
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or (kind == "confirm" and subscriber.status != Subscriber.Status.PENDING):
        return "not needed"
    subscription_message(subscriber, kind, language).send()
    return "sent"


# --- Starting a delivery ------------------------------------------------------------------------------------


def is_public_now(page):
    if not page.live or (page.expire_at and page.expire_at <= timezone.now()):
        return False
    return not page.get_view_restrictions().exists()


def start_delivery(page):
    """Called when an issue is published. Starts its delivery the first time only.

    It starts from the issue in the site's default language: publishing a translation first waits for
    it (an issue written only in another language starts from that one). A private or already expired
    issue is not emailed (publishing it later, once public, starts it). A delivery paused because the
    issue was unpublished part-way resumes.
    """
    if page.locale.language_code != settings.LANGUAGE_CODE:
        source = (
            NewsletterIssuePage.objects.filter(translation_key=page.translation_key)
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .first()
        )
        if source is not None:
            page = source
    if not is_public_now(page):
        return None
    send, created = IssueSend.objects.get_or_create(
        translation_key=page.translation_key, defaults={"issue": page}
    )
    if not created:
        if send.state != IssueSend.State.HALTED:
            return send
        IssueSend.objects.filter(pk=send.pk).update(state=IssueSend.State.SENDING, note="")
    transaction.on_commit(partial(queue_delivery, send.pk))
    return send


def on_issue_published(sender, instance, **kwargs):
    start_delivery(instance)


def queue_delivery(send_id, run_after=None):
    backend = deliver_issue.get_backend()
    if run_after is not None:
        if not backend.supports_defer:
            return None  # the scheduler's watchdog queues it once it is due
        result = deliver_issue.using(run_after=run_after).enqueue(send_id)
    else:
        result = deliver_issue.enqueue(send_id)
    IssueSend.objects.filter(pk=send_id).update(task_id=str(result.id))
    return result


# --- The worker's side -------------------------------------------------------------------------------------


@task()
def deliver_issue(send_id):
    return deliver(send_id)


class _Versions:
    """The live language versions of an issue, each rendered once, on first use."""

    def __init__(self, send):
        pages = (
            NewsletterIssuePage.objects.filter(translation_key=send.translation_key)
            .visible()
            .select_related("locale")
        )
        self.pages = {page.locale.language_code: page for page in pages}
        self.fallback = self.pages.get(settings.LANGUAGE_CODE) or next(iter(self.pages.values()), None)
        self.rendered = {}

    def __bool__(self):
        return self.fallback is not None

    def for_language(self, code):
        page = self.pages.get(code) or self.fallback
        if page.pk not in self.rendered:
            self.rendered[page.pk] = render_issue(page)
        return self.rendered[page.pk]


def list_recipients(send):
    """One pending row per subscriber confirmed when the issue went out. Safe to run again."""
    if send.recipients_listed_at:
        return
    recipients = (
        Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED, confirmed_at__lte=send.started_at)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    chunk = []
    for subscriber_id in recipients.iterator(chunk_size=2000):
        chunk.append(Delivery(send_id=send.pk, subscriber_id=subscriber_id))
        if len(chunk) == 2000:
            Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
            chunk = []
    if chunk:
        Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
    send.recipients_listed_at = timezone.now()
    IssueSend.objects.filter(pk=send.pk).update(recipients_listed_at=send.recipients_listed_at)


def _claimable(now):
    return (
        Q(status=Delivery.Status.PENDING)
        & (Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        & (Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
    )


def claim(send, worker, size):
    now = timezone.now()
    rows = Delivery.objects.filter(send=send).filter(_claimable(now))
    ids = list(rows.order_by("pk").values_list("pk", flat=True)[:size])
    if not ids:
        return []
    # Conditional on the row still being claimable, so two workers racing for a row cannot both win.
    Delivery.objects.filter(pk__in=ids).filter(_claimable(now)).update(
        claimed_by=worker, claimed_until=now + LEASE
    )
    return list(
        Delivery.objects.filter(pk__in=ids, claimed_by=worker, status=Delivery.Status.PENDING)
        .select_related("subscriber")
        .order_by("pk")
    )


class _ConnectionLost(Exception):
    """The server, not the message, is the problem: stop this run and try the rest later."""

    def __init__(self, retry_at):
        super().__init__(retry_at)
        self.retry_at = retry_at


def _retry_later(delivery, outcome, now, *, give_up=True):
    """Put a copy back in the queue for later; after the last delay, record it as failed.

    When the server rather than the message is at fault (`give_up=False`) the copy keeps waiting at the
    longest delay instead: an outage must not lose anyone their issue.
    """
    attempts = delivery.attempts + 1
    if give_up and attempts > len(RETRY_DELAYS):
        Delivery.objects.filter(pk=delivery.pk).update(
            status=Delivery.Status.FAILED,
            attempts=attempts,
            last_error=f"Gave up after {attempts} tries. {outcome.detail}",
            claimed_by="",
            claimed_until=None,
        )
        return None
    next_attempt = now + RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1]
    Delivery.objects.filter(pk=delivery.pk).update(
        attempts=attempts,
        next_attempt_at=next_attempt,
        last_error=outcome.detail,
        claimed_by="",
        claimed_until=None,
    )
    return next_attempt


def _release(deliveries, not_before=None):
    """Hand claimed copies back untouched (no attempt counted), to be sent from `not_before`."""
    Delivery.objects.filter(pk__in=[d.pk for d in deliveries], status=Delivery.Status.PENDING).update(
        claimed_by="", claimed_until=None, next_attempt_at=not_before
    )


def _postpone(send, until):
    """The server is away: every copy not held by a worker waits until `until`, then goes out again."""
    now = timezone.now()
    Delivery.objects.filter(send=send, status=Delivery.Status.PENDING).filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    ).filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lt=until)).update(next_attempt_at=until)


def deliver(send_id, *, batch_size=None, connection=None, transport=None):
    """Send every pending copy of one issue that is due. Returns the counts by status afterwards.

    The copies go through `transport` (default: the one NEWSLETTER_TRANSPORT names, over `connection`,
    a Django email backend, if one is given); newsletter/transport.py."""
    send = IssueSend.objects.filter(pk=send_id).first()
    if send is None or send.state != IssueSend.State.SENDING:
        return {}
    list_recipients(send)
    versions = _Versions(send)
    if not versions:
        IssueSend.objects.filter(pk=send.pk).update(
            state=IssueSend.State.HALTED,
            note="The issue is not live, so nothing more is sent. Publishing it again resumes the delivery.",
        )
        return send.counts()
    worker = get_random_string(16)
    size = batch_size or settings.NEWSLETTER_BATCH_SIZE
    domain = urlsplit(site_root_url()).hostname or "localhost"
    transport = transport or get_transport(connection)
    try:
        server_away = False
        while not server_away and (batch := claim(send, worker, size)):
            IssueSend.objects.filter(pk=send.pk).update(heartbeat_at=timezone.now())
            lease_end = timezone.now() + LEASE
            for index, delivery in enumerate(batch):
                if timezone.now() > lease_end - LEASE_MARGIN:
                    # A slow server: keep the claim on what is left before the lease can run out, so the
                    # watchdog never hands these rows to a second worker while this one still sends.
                    lease_end, held = _renew(send, worker, batch[index:])
                    if delivery.pk not in held:
                        continue
                try:
                    _deliver_one(send, delivery, versions, transport, domain)
                except _ConnectionLost as lost:
                    _release(batch[index + 1 :], not_before=lost.retry_at)
                    _postpone(send, lost.retry_at)
                    server_away = True
                    break
    finally:
        transport.close()
    return _finish(send)


def _renew(send, worker, deliveries):
    """Extend this worker's lease on `deliveries`; returns the new end and the ids it still holds."""
    now = timezone.now()
    ids = [d.pk for d in deliveries]
    Delivery.objects.filter(pk__in=ids, claimed_by=worker, status=Delivery.Status.PENDING).update(
        claimed_until=now + LEASE
    )
    IssueSend.objects.filter(pk=send.pk).update(heartbeat_at=now)
    held = set(Delivery.objects.filter(pk__in=ids, claimed_by=worker).values_list("pk", flat=True))
    return now + LEASE, held


def _deliver_one(send, delivery, versions, transport, domain):
    subscriber = delivery.subscriber
    if subscriber.status != Subscriber.Status.CONFIRMED:
        Delivery.objects.filter(pk=delivery.pk).update(
            status=Delivery.Status.SKIPPED, claimed_by="", claimed_until=None
        )
        return
    rendered = versions.for_language(subscriber.language)
    message = rendered.message_for(subscriber, message_id=f"<issue-{send.pk}-{subscriber.pk}@{domain}>")
    outcome = transport.send(message)
    if outcome.kind == Kind.SENT:
        Delivery.objects.filter(pk=delivery.pk).update(
            status=Delivery.Status.SENT,
            sent_at=timezone.now(),
            language=rendered.language,
            attempts=F("attempts") + 1,
            last_error="",
            claimed_by="",
            claimed_until=None,
        )
        return
    now = timezone.now()
    if outcome.kind == Kind.PERMANENT:
        Delivery.objects.filter(pk=delivery.pk).update(
            status=Delivery.Status.FAILED,
            attempts=F("attempts") + 1,
            last_error=outcome.detail,
            claimed_by="",
            claimed_until=None,
        )
        logger.warning("Issue %s to subscriber %s refused: %s", send.pk, subscriber.pk, outcome.detail)
        return
    retry_at = _retry_later(delivery, outcome, now, give_up=outcome.kind != Kind.CONNECTION)
    if outcome.kind == Kind.CONNECTION:
        transport.close()
        logger.warning("Mail server unavailable while sending issue %s: %s", send.pk, outcome.detail)
        raise _ConnectionLost(retry_at) from outcome.error


def _finish(send):
    pending = Delivery.objects.filter(send=send, status=Delivery.Status.PENDING)
    if not pending.exists():
        IssueSend.objects.filter(pk=send.pk, state=IssueSend.State.SENDING).update(
            state=IssueSend.State.DONE, finished_at=timezone.now()
        )
    else:
        # Copies waiting for a retry: come back when the first is due. (Copies held by another worker have
        # no retry time; that worker sends them, or the watchdog resumes them when its lease runs out.)
        next_due = pending.aggregate(due=Min("next_attempt_at"))["due"]
        if next_due and next_due > timezone.now():
            queue_delivery(send.pk, run_after=next_due)
    return send.counts()


# --- The watchdog ------------------------------------------------------------------------------------------


def _task_waiting(task_id):
    if not task_id or not deliver_issue.get_backend().supports_get_result:
        return False
    try:
        return deliver_issue.get_result(task_id).status == TaskResultStatus.READY
    except (TaskResultDoesNotExist, ValueError):
        return False


def resume_deliveries():
    """Queue the delivery again for any send that has copies due and no worker on it.

    "No worker on it": no sign of life for longer than a lease (the worker died, or its retry is due) and
    no task already waiting in the queue. Run every minute by the scheduler; returns the sends queued.
    """
    now = timezone.now()
    stale = now - LEASE
    resumed = []
    quiet = IssueSend.objects.filter(state=IssueSend.State.SENDING).filter(
        Q(heartbeat_at__lt=stale) | Q(heartbeat_at__isnull=True, started_at__lt=stale)
    )
    for send in quiet:
        due = send.recipients_listed_at is None or (
            Delivery.objects.filter(send=send).filter(_claimable(now)).exists()
        )
        if due and not _task_waiting(send.task_id):
            queue_delivery(send.pk)
            resumed.append(send.pk)
    return resumed
