"""Signing up, confirming and leaving: the rules, apart from the views that show them.

Double opt-in: signing up only records consent and sends a confirmation link; the address receives issues
once its owner opens that link and presses the button (a POST, so a mail scanner that follows links
confirms nothing). Nothing here tells a visitor whether an address was already on the list. The links
carry signed tokens (newsletter/tokens.py).
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from core import ratelimit
from newsletter.delivery import send_subscription_email
from newsletter.models import Subscriber

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
