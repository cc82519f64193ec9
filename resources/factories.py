"""Factories for the resource library and its pages. Pages are created as children of a given `parent`:

    ResourcePageFactory(parent=resource_library, themes=[human], document=PdfDocumentFactory())

A resource gets a summary, an author organisation and a body, and a link to another site unless given a
document (a resource has exactly one of the two); taxonomy terms and tags are only attached when given.
"""

import datetime
import itertools

import factory
import wagtail_factories
from django.utils.text import slugify

from core.factories import ContentPageFactory, OrganisationFactory, paragraph
from resources.models import ResourceIndexPage, ResourcePage, ResourceRelatedCaseStudy, ResourceType


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Resources"
    slug = "resources"
    intro = "Guides, toolkits and reports for people changing public service."

    class Meta:
        model = ResourceIndexPage


# Each resource's publication date is a day after the previous one's unless told otherwise, so "newest
# first" is the creation order reversed.
_resource_day = itertools.count()


class ResourcePageFactory(ContentPageFactory):
    """A live resource with a link to another site, or the `document` given instead."""

    title = factory.Sequence(lambda n: f"Resource {n:03d}")
    summary = factory.LazyAttribute(lambda page: f"What {page.title} helps you do.")
    resource_type = ResourceType.GUIDE
    document = None
    external_url = factory.LazyAttribute(
        lambda page: "" if page.document else f"https://www.example.org/{slugify(page.title)}"
    )
    author_organisation = factory.SubFactory(OrganisationFactory)
    publication_date = factory.LazyFunction(
        lambda: datetime.date(2020, 1, 1) + datetime.timedelta(days=next(_resource_day))
    )
    body = factory.LazyAttribute(lambda page: [paragraph(f"How to use {page.title}.")])

    class Meta:
        model = ResourcePage

    @factory.post_generation
    def case_studies(page, create, extracted, **kwargs):
        """Case studies that use this resource (the link is made once, here), in the order given."""
        for order, case_study in enumerate(extracted or []):
            page.related_case_studies.add(ResourceRelatedCaseStudy(case_study=case_study, sort_order=order))
