"""Factories for the site's models. Pages are created as children of a given `parent` page.

    CaseStudyPageFactory(parent=library, themes=[human], sectors=[housing], tags=["co-production"])
    ResourcePageFactory(parent=resource_library, themes=[human], document=PdfDocumentFactory())

Case studies get a summary, an organisation and a one-paragraph body by default (the model requires
them); taxonomy terms and tags are only attached when given, so counts in tests are predictable.
Resources likewise get a summary, an author organisation and a body, and a link to another site unless
given a document (a resource has exactly one of the two).
"""

import datetime
import io
import itertools

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from modelsearch import index
from pypdf import PdfWriter
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from case_studies.models import CaseStudyIndexPage, CaseStudyPage, CaseStudyRelatedPage
from core.models import Organisation, Region, Sector, Theme
from resources.models import (
    ResourceIndexPage,
    ResourcePage,
    ResourceRelatedCaseStudy,
    ResourceType,
)

# Each case study is published a minute after the previous one unless told otherwise, so "newest first"
# is the creation order reversed and never a tie.
_publish_clock = itertools.count()
_BASE_TIME = datetime.datetime(2025, 6, 1, 12, 0, tzinfo=datetime.UTC)


def next_publication_time():
    return _BASE_TIME + datetime.timedelta(minutes=next(_publish_clock))


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def index_again(page):
    """Index a saved page as the index task does once a save has committed: with its links and tags.
    (Run at once, as the immediate tasks backend does, the task sees the page before modelcluster has
    written them.)"""
    index.insert_or_update_object(page)


class ImageFactory(wagtail_factories.ImageFactory):
    """A tiny real image in the root collection (wagtail-factories would add a new root collection)."""

    title = factory.Sequence(lambda n: f"Image {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=16, height=9, color="teal")


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.FileField(filename="report.txt", data=b"A short report.")


def pdf_bytes(pages=1):
    """A real, valid PDF of blank A4 pages (a few hundred bytes each)."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


class SearchableDocumentFactory(DjangoModelFactory):
    """A document (core.SearchableDocument) with a real small text file, its size and hash set as the
    admin's upload form sets them. Its words are not read: that happens on commit, which tests skip."""

    title = factory.Sequence(lambda n: f"Resource file {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.FileField(
        filename="guide.txt", data=b"A short guide to learning together.\nStart by listening.\n"
    )

    class Meta:
        model = get_document_model()

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        document = model_class(*args, **kwargs)
        document._set_document_file_metadata()
        document.save()
        return document


class PdfDocumentFactory(SearchableDocumentFactory):
    """A document whose file is a real PDF."""

    file = factory.django.FileField(filename="toolkit.pdf", data=factory.LazyFunction(pdf_bytes))


class TermFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.name))
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")


class ThemeFactory(TermFactory):
    class Meta:
        model = Theme


class SectorFactory(TermFactory):
    class Meta:
        model = Sector


class RegionFactory(TermFactory):
    class Meta:
        model = Region


class OrganisationFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = Organisation.Kind.CHARITY

    class Meta:
        model = Organisation


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


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Resources"
    slug = "resources"
    intro = "Guides, toolkits and reports for people changing public service."

    class Meta:
        model = ResourceIndexPage


# Each resource's publication date is a day after the previous one's unless told otherwise, so "newest
# first" is the creation order reversed.
_resource_day = itertools.count()


class ResourcePageFactory(wagtail_factories.PageFactory):
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
    first_published_at = factory.LazyFunction(next_publication_time)
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        model = ResourcePage

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
    def case_studies(page, create, extracted, **kwargs):
        """Case studies that use this resource (the link is made once, here), in the order given."""
        for order, case_study in enumerate(extracted or []):
            page.related_case_studies.add(ResourceRelatedCaseStudy(case_study=case_study, sort_order=order))

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:
            instance.save()
            index_again(instance)
