"""Factories for the editorial features' models.

InclusiveTermFactory(term="service users", suggestion="people who use services")
"""

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from editorial.models import InclusiveTerm


class InclusiveTermFactory(DjangoModelFactory):
    """A term of the inclusive-language list, in the default language unless given a locale."""

    term = factory.Sequence(lambda n: f"flagged phrase {n}")
    suggestion = factory.LazyAttribute(lambda entry: f"a better word than {entry.term}")
    why = "It describes people by a label. Say who they are, or what they do."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = InclusiveTerm
