"""Page pieces the content apps share, so that each library is a declaration rather than a copy."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from core.content_types import LibraryPage
from core.filtering import LibraryFilter
from core.models import BasePage, unexpired
from core.pagecache import recognised_query


class LibraryIndexPage(LibraryPage, BasePage):
    """A section's library, one per language (/case-studies/, /resources/): an introduction, then the
    filterable list of the one page type it holds (its `subpage_types`).

    A library declares `library_key`, `subpage_types` and its `facets`, `sorts` and `wording` (see
    core.filtering); the list, the filters, the counts and the page cache's parameters follow from them.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("One short paragraph under the page title that says what visitors will find here."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
    ]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    facets = ()
    sorts = ()
    wording = None

    class Meta:
        abstract = True

    @classmethod
    def listed_type(cls):
        """The page type this library lists: its one allowed child type."""
        return cls.clean_subpage_models()[0]

    def get_meta_description(self):
        return self.search_description or self.intro

    def items(self):
        """Every page of the library a visitor may see, in this library's locale."""
        return self.listed_type().objects.child_of(self).live().public().filter(unexpired())

    def get_library(self, request):
        return LibraryFilter(
            request,
            self.items(),
            facets=self.facets,
            sorts=self.sorts,
            wording=self.wording,
            card_queryset=self.listed_type().card_queryset,
        )

    @classmethod
    def query_parameters(cls):
        """What this page reads from the query string: the page cache keys on these, ignoring the rest."""
        return LibraryFilter.parameter_names(cls.facets)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["library"] = library = self.get_library(request)
        # Kept in the page cache only when the library took every parameter as given (core/pagecache.py).
        recognised_query(request, library.cacheable_query)
        return context
