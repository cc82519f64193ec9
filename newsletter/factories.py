"""Factories for the newsletter's own models. Issues are pages; the tests build them with their own helpers.

SubscriberFactory(email="bethan@example.org", language="cy")  # confirmed, with its consent record
"""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from newsletter.models import Subscriber


class SubscriberFactory(DjangoModelFactory):
    """A confirmed subscriber with the consent record every subscriber has."""

    email = factory.Sequence(lambda n: f"subscriber{n}@example.org")
    language = "en"
    status = Subscriber.Status.CONFIRMED
    consent_text = "We will email you the newsletter."
    consent_given_at = factory.LazyFunction(timezone.now)
    consent_source = "/subscriptions/"
    confirmed_at = factory.LazyAttribute(
        lambda subscriber: (
            subscriber.consent_given_at if subscriber.status != Subscriber.Status.PENDING else None
        )
    )

    class Meta:
        model = Subscriber
