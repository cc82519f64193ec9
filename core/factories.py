"""Factories for the ground's models: pictures, documents and the taxonomy terms, and the helpers the
content apps' factories share. The tests use them (tests/factories.py gathers every app's), and so does the
demo loader (demo/).

    ThemeFactory(name="Human")  # found again by its slug and locale
    PdfDocumentFactory()  # a document whose file is a real one-page PDF
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

from core.models import Organisation, Region, Sector, Theme

# Each page a factory makes is published a minute after the previous one unless told otherwise, so
# "newest first" is the creation order reversed and never a tie.
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


class ContentPageFactory(wagtail_factories.PageFactory):
    """What every content type's page factory shares: a publication time in creation order, and the
    shared taxonomy (themes, sectors, regions, tags) attached only when given, saved and indexed with the
    page."""

    first_published_at = factory.LazyFunction(next_publication_time)
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        abstract = True

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

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        # Parental many-to-many links and tags live in memory until the page is saved.
        if create:
            instance.save()
            index_again(instance)


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
