"""Factories for the case study library and its pages. Pages are created as children of a given `parent`:

    CaseStudyPageFactory(parent=library, themes=[human], sectors=[housing], tags=["co-production"])

A case study gets a summary, an organisation and a one-paragraph body by default (the model requires
them); taxonomy terms and tags are only attached when given, so counts in tests are predictable.
"""

import datetime

import factory
import wagtail_factories

from case_studies.models import CaseStudyIndexPage, CaseStudyPage, CaseStudyRelatedPage
from core.factories import OrganisationFactory, index_again, next_publication_time, paragraph


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Case studies"
    slug = "case-studies"
    intro = "Stories of public service becoming more human."

    class Meta:
        model = CaseStudyIndexPage


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Case study {n:03d}")
    summary = factory.LazyAttribute(lambda page: f"What changed in {page.title}.")
    organisation = factory.SubFactory(OrganisationFactory)
    period_start = datetime.date(2023, 1, 1)
    body = factory.LazyAttribute(lambda page: [paragraph(f"The story of {page.title}.")])
    first_published_at = factory.LazyFunction(next_publication_time)
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        model = CaseStudyPage

    @factory.post_generation
    def themes(page, create, extracted, **kwargs):
        if extracted:
            page.themes.set(extracted)

    @factory.post_generation
    def sectors(page, create, extracted, **kwargs):
        if extracted:
            page.sectors.set(extracted)

    @factory.post_generation
    def regions(page, create, extracted, **kwargs):
        if extracted:
            page.regions.set(extracted)

    @factory.post_generation
    def tags(page, create, extracted, **kwargs):
        if extracted:
            page.tags.add(*extracted)

    @factory.post_generation
    def related(page, create, extracted, **kwargs):
        for related in extracted or []:
            page.related_case_studies.add(CaseStudyRelatedPage(related=related))

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        # Parental many-to-many links and tags live in memory until the page is saved.
        if create:
            instance.save()
            index_again(instance)
