"""The signed tokens in subscription links, and the subscriber each one stands for.

Links carry signed tokens, not database ids: a confirmation link lasts seven days and dies when the person
signs up again; an unsubscribe link works for as long as the person is on the list.
"""

from datetime import timedelta

from django.core import signing

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
