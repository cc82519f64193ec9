"""Page pieces the content apps share, so that each library is a declaration rather than a copy."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from core.content_types import LibraryPage
from core.filtering import LibraryFilter
from core.models import BasePage
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
        return self.listed_type().objects.child_of(self).visible()

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


def picture_with_alt_text(
    *, verbose_name, help_text, alt_verbose_name, alt_help_text, decorative_verbose_name
):
    """A picture field with its alt text and "decorative" tick, the three fields every picture a page
    shows by itself carries: `hero_image, hero_image_alt, hero_image_decorative = picture_with_alt_text(...)`.
    List them in the page's `alt_text_fields` so publishing checks them (alt_text_errors) and the
    alt-text dashboard finds them (BasePage.missing_alt_text)."""
    return (
        models.ForeignKey(
            "wagtailimages.Image",
            null=True,
            blank=True,
            on_delete=models.SET_NULL,
            related_name="+",
            verbose_name=verbose_name,
            help_text=help_text,
        ),
        models.CharField(alt_verbose_name, max_length=250, blank=True, help_text=alt_help_text),
        models.BooleanField(
            decorative_verbose_name,
            default=False,
            help_text=_("Tick only if the picture adds no information, so screen readers can skip it."),
        ),
    )


def alt_text_errors(page, messages):
    """{alt text field: message} for the page's pictures (alt_text_fields) chosen with neither alt text nor
    the decorative tick; nothing while a draft is saved (BasePage.publish_checks_apply). `messages` gives
    each alt text field's message."""
    if not page.publish_checks_apply():
        return {}
    return {
        alt: messages[alt]
        for image, alt, decorative in page.alt_text_fields
        if getattr(page, f"{image}_id") and not getattr(page, decorative) and not getattr(page, alt).strip()
    }
