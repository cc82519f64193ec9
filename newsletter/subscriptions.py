"""Signing up, confirming and leaving: the rules, apart from the views that show them.

Double opt-in: signing up only records consent and sends a confirmation link; the address receives issues
once its owner opens that link and presses the button (a POST, so a mail scanner that follows links
confirms nothing). Nothing here tells a visitor whether an address was already on the list.

Links carry signed tokens, not database ids: a confirmation link lasts seven days and dies when the person
signs up again; an unsubscribe link works for as long as the person is on the list.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from core import ratelimit
from newsletter.models import Subscriber

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
CONFIRM_MAX_AGE = timedelta(days=7)


class TokenError(Exception):
    """A link that cannot be used. `expired` tells an old link from a damaged or forged one."""

    def __init__(self, expired=False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def _consent_stamp(subscriber):
    return int(subscriber.consent_given_at.timestamp())


def confirm_token(subscriber):
    return signing.dumps([subscriber.pk, _consent_stamp(subscriber)], salt=CONFIRM_SALT, compress=True)


def unsubscribe_token(subscriber):
    # No timestamp: the same stable link in every email, and it never expires.
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object(subscriber.pk)


def subscriber_for_confirm_token(token):
    try:
        pk, stamp = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired as error:
        raise TokenError(expired=True) from error
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise TokenError from error
    subscriber = Subscriber.objects.filter(pk=pk).first()
    # A newer sign-up (or none at all) makes older links useless.
    if subscriber is None or _consent_stamp(subscriber) != stamp:
        raise TokenError
    return subscriber


def subscriber_for_unsubscribe_token(token):
    try:
        pk = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token)
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise TokenError from error
    subscriber = Subscriber.objects.filter(pk=pk).first() if isinstance(pk, int) else None
    if subscriber is None:
        raise TokenError
    return subscriber


# Rate limit ---------------------------------------------------------------------------------------------


def over_rate_limit(request):
    """Count one sign-up attempt from this client (core.clientip: behind proxies, the address they saw).
    Returns 0 while under NEWSLETTER_SIGNUP_LIMIT in the window, else the seconds until it may try again.
    The count is shared by every process (core.ratelimit)."""
    verdict = ratelimit.hit_client(
        request, "newsletter-signup", settings.NEWSLETTER_SIGNUP_LIMIT, settings.NEWSLETTER_SIGNUP_WINDOW
    )
    return 0 if verdict.allowed else verdict.retry_after


# Sign up, confirm, unsubscribe --------------------------------------------------------------------------


@dataclass
class SignUp:
    email: str
    language: str
    consent_text: str
    source: str


def sign_up(request: SignUp):
    """Record consent and send the right email. Returns nothing a visitor should see: the page says the
    same ("check your inbox") whether the address was new, waiting, subscribed or had left."""
    from newsletter.delivery import send_subscription_email

    now = timezone.now()
    with transaction.atomic():
        subscriber = (
            Subscriber.objects.select_for_update().filter(email__iexact=request.email.strip()).first()
        )
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(
                        email=request.email,
                        language=request.language,
                        consent_text=request.consent_text,
                        consent_given_at=now,
                        consent_source=request.source,
                    )
            except IntegrityError:
                # Someone signed the same address up at the same moment; treat it as theirs.
                subscriber = Subscriber.objects.get(email__iexact=request.email.strip())
        if subscriber.status == Subscriber.Status.CONFIRMED:
            # Tell the owner, in the language just chosen; change nothing they did not confirm.
            kind, language = "already_subscribed", request.language
        else:
            subscriber.status = Subscriber.Status.PENDING
            subscriber.language = request.language
            subscriber.consent_text = request.consent_text
            subscriber.consent_given_at = now
            subscriber.consent_source = request.source
            subscriber.save()
            kind, language = "confirm", request.language
        pk = subscriber.pk
        transaction.on_commit(lambda: send_subscription_email.enqueue(pk, kind, language))


def confirm(subscriber):
    """Returns True if this confirmed the subscription, False if it was confirmed already."""
    updated = Subscriber.objects.filter(pk=subscriber.pk, status=Subscriber.Status.PENDING).update(
        status=Subscriber.Status.CONFIRMED,
        confirmed_at=timezone.now(),
        unsubscribed_at=None,
        unsubscribed_via="",
        unsubscribed_by=None,
    )
    subscriber.refresh_from_db()
    return bool(updated)


def unsubscribe(subscriber, via):
    """Returns True if this took the person off the list, False if they had already left."""
    updated = (
        Subscriber.objects.filter(pk=subscriber.pk)
        .exclude(status=Subscriber.Status.UNSUBSCRIBED)
        .update(status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now(), unsubscribed_via=via)
    )
    subscriber.refresh_from_db()
    return bool(updated)
