"""Factories for the case study library and its pages. Pages are created as children of a given `parent`:

    CaseStudyPageFactory(parent=library, themes=[human], sectors=[housing], tags=["co-production"])

A case study gets a summary, an organisation and a one-paragraph body by default (the model requires
them); taxonomy terms and tags are only attached when given, so counts in tests are predictable.
"""

import datetime

import factory
import wagtail_factories

from case_studies.models import CaseStudyIndexPage, CaseStudyPage, CaseStudyRelatedPage
from core.factories import ContentPageFactory, OrganisationFactory, paragraph


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Case studies"
    slug = "case-studies"
    intro = "Stories of public service becoming more human."

    class Meta:
        model = CaseStudyIndexPage


class CaseStudyPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Case study {n:03d}")
    summary = factory.LazyAttribute(lambda page: f"What changed in {page.title}.")
    organisation = factory.SubFactory(OrganisationFactory)
    period_start = datetime.date(2023, 1, 1)
    body = factory.LazyAttribute(lambda page: [paragraph(f"The story of {page.title}.")])

    class Meta:
        model = CaseStudyPage

    @factory.post_generation
    def related(page, create, extracted, **kwargs):
        for related in extracted or []:
            page.related_case_studies.add(CaseStudyRelatedPage(related=related))
