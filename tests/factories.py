"""Every app's factories in one place for the tests. Each app keeps its own (`<app>/factories.py`, which the
demo loader uses too); pages are created as children of a given `parent` page.

    CaseStudyPageFactory(parent=library, themes=[human], sectors=[housing], tags=["co-production"])
    ResourcePageFactory(parent=resource_library, themes=[human], document=PdfDocumentFactory())

Case studies get a summary, an organisation and a one-paragraph body by default (the model requires
them); taxonomy terms and tags are only attached when given, so counts in tests are predictable.
Resources likewise get a summary, an author organisation and a body, and a link to another site unless
given a document (a resource has exactly one of the two).
"""

from case_studies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from core.factories import (
    DocumentFactory,
    ImageFactory,
    OrganisationFactory,
    PdfDocumentFactory,
    RegionFactory,
    SearchableDocumentFactory,
    SectorFactory,
    TermFactory,
    ThemeFactory,
    index_again,
    next_publication_time,
    paragraph,
    pdf_bytes,
)
from editorial.factories import InclusiveTermFactory
from newsletter.factories import SubscriberFactory
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory

__all__ = [
    "CaseStudyIndexPageFactory",
    "CaseStudyPageFactory",
    "DocumentFactory",
    "ImageFactory",
    "InclusiveTermFactory",
    "OrganisationFactory",
    "PdfDocumentFactory",
    "RegionFactory",
    "ResourceIndexPageFactory",
    "ResourcePageFactory",
    "SearchableDocumentFactory",
    "SectorFactory",
    "SubscriberFactory",
    "TermFactory",
    "ThemeFactory",
    "index_again",
    "next_publication_time",
    "paragraph",
    "pdf_bytes",
]
