"""The resources library: guides, toolkits, reports and more, each a download or a link to another site."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import OuterRef, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Collection, Orderable
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.api_fields import TagListField, TermField, TermListField
from core.content_types import ContentPage
from core.filtering import CARD_IMAGE_SPEC, Facet, SortOption, Wording
from core.forms import TaxonomyPageForm
from core.indexing import index_changed
from core.localization import localize
from core.models import (
    BasePage,
    Organisation,
    Region,
    Sector,
    Theme,
    in_private_collection,
    with_card_image,
)
from core.pages import LibraryIndexPage, alt_text_errors, picture_with_alt_text
from editorial.blocks import BodyBlock
from resources.panels import DocumentTextPanel


class ResourceType(models.TextChoices):
    """Fixed choices rather than a snippet: the site's templates and filters rely on these, and the list
    changes rarely enough for a developer to add one (docs/resources.md says how)."""

    GUIDE = "guide", _("Guide")
    TOOLKIT = "toolkit", _("Toolkit")
    REPORT = "report", _("Report")
    TEMPLATE = "template", _("Template")
    VIDEO = "video", _("Video")
    PODCAST = "podcast", _("Podcast")
    WEBSITE = "website", _("Website")


class ResourceTag(TaggedItemBase):
    content_object = ParentalKey(
        "resources.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ResourceRelatedCaseStudy(Orderable):
    """A case study that shows the resource in use. Chosen once, here: the case study lists it too."""

    page = ParentalKey(
        "resources.ResourcePage", on_delete=models.CASCADE, related_name="related_case_studies"
    )
    case_study = models.ForeignKey(
        "case_studies.CaseStudyPage",
        on_delete=models.CASCADE,
        related_name="related_resource_links",
        verbose_name=_("case study"),
    )

    panels = [PageChooserPanel("case_study", "case_studies.CaseStudyPage")]


RESOURCE_FACETS = [
    Facet.field_choices("type", _("Type"), "resource_type", ResourceType.choices),
    Facet("theme", _("HLS theme"), "themes", Theme),
    Facet("sector", _("Sector"), "sectors", Sector),
    Facet("region", _("Region"), "regions", Region),
    Facet("organisation", _("Organisation"), "author_organisation", Organisation),
    Facet.tags("tag", _("Tag"), "tagged_items__tag"),
]

RESOURCE_SORTS = [
    SortOption("newest", _("Newest first"), ["-publication_date", "-pk"]),
    SortOption("title", _("A to Z"), ["title", "pk"]),
]

RESOURCE_WORDING = Wording(
    filter_heading=_("Filter resources"),
    items=ngettext_lazy("resource", "resources", "counter"),
    showing=ngettext_lazy("Showing %(counter)s resource", "Showing %(counter)s resources", "counter"),
)


class ResourceIndexPage(LibraryIndexPage):
    """The library of resources at /resources/."""

    library_key = "resources"
    subpage_types = ["resources.ResourcePage"]
    facets = RESOURCE_FACETS
    sorts = RESOURCE_SORTS
    wording = RESOURCE_WORDING

    class Meta:
        verbose_name = _("resource library")


class ResourcePage(ContentPage, BasePage):
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_(
            "Plain text, at most 300 characters. Say who it is for and what it helps them do, for example "
            "‘A workshop plan for teams starting to learn together about what matters to people’."
        ),
    )
    resource_type = models.CharField(
        _("type of resource"),
        max_length=20,
        choices=ResourceType.choices,
        default=ResourceType.GUIDE,
        help_text=_("Visitors can filter the library by type."),
    )
    document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="resources",
        verbose_name=_("document to download"),
        help_text=_(
            "The file visitors download: a PDF, Word or other document. Words inside PDF, Word and "
            "plain-text files are read so that search can find them. Fill in this or the link, not both."
        ),
    )
    external_url = models.URLField(
        _("link to another site"),
        blank=True,
        max_length=500,
        help_text=_(
            "Where the resource lives if it is not a file here, for example a video or podcast page, "
            "starting https://. Fill in this or the document, not both."
        ),
    )
    cover_image, cover_image_alt, cover_image_decorative = picture_with_alt_text(
        verbose_name=_("cover image"),
        help_text=_("Optional. A picture of the resource, such as its cover; shown at the top and on cards."),
        alt_verbose_name=_("cover image alt text"),
        alt_help_text=_(
            "Describe what the picture shows for people who cannot see it, for example ‘The cover of the "
            "toolkit: hands arranging sticky notes on a wall’. Required unless the picture is decorative."
        ),
        decorative_verbose_name=_("the cover image is decorative"),
    )
    publication_date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("When the resource itself was published, which may be before it was added here."),
    )
    author_organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="resources",
        verbose_name=_("author organisation"),
        help_text=_("Who wrote or made it. Add it under Taxonomy › Organisations if it is new."),
    )
    themes = ParentalManyToManyField(
        Theme,
        related_name="resources",
        verbose_name=_("HLS themes"),
        help_text=_("Which parts of Human Learning Systems this resource helps with. Choose at least one."),
    )
    sectors = ParentalManyToManyField(
        Sector,
        blank=True,
        related_name="resources",
        verbose_name=_("sectors"),
        help_text=_("Optional. Leave empty if it is useful in any field of public service."),
    )
    regions = ParentalManyToManyField(
        Region,
        blank=True,
        related_name="resources",
        verbose_name=_("regions"),
        help_text=_("Optional. Leave empty unless it is about particular places."),
    )
    tags = ClusterTaggableManager(
        through=ResourceTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Optional. Free words that help people find this, for example ‘equity’."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("description"),
        help_text=_("Optional. What is inside, who made it and how to use it. Start with a section heading."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary", widget=forms.Textarea(attrs={"rows": 3})),
        FieldPanel("resource_type"),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Give the resource either a document to download or a link to another site. "
                        "Other files can go in the description as document blocks."
                    )
                ),
                FieldPanel("document"),
                DocumentTextPanel(),
                FieldPanel("external_url"),
            ],
            heading=_("Download or link"),
        ),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_image_alt"), FieldPanel("cover_image_decorative")],
            heading=_("Cover image"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("author_organisation"), FieldPanel("publication_date")]),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Who and what"),
        ),
        FieldPanel("body"),
        InlinePanel(
            "related_case_studies",
            heading=_("Case studies that use it"),
            label=_("Case study"),
            help_text=_("Optional. Each case study chosen here lists this resource too, so link it once."),
        ),
    ]

    # The content-type interface (core/content_types.py).
    type_slug = "resources"
    type_label = _("Resources")
    digest_key = "resources"
    taxonomy = {
        "theme": "themes",
        "sector": "sectors",
        "region": "regions",
        "organisation": "author_organisation",
        "tag": "tagged_items__tag",
    }
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("author_organisation", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        # The words inside the file (read by core.documents.read_document_text), while it is public.
        index.SearchField("document_search_text"),
        index.FilterField("locale"),
        index.FilterField("resource_type"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("resource_type"),
        APIField("publication_date"),
        APIField("external_url"),
        # Named as on case studies, so partners read one field for "whose work this is".
        APIField("organisation", serializer=TermField(source="author_organisation")),
        APIField("themes", serializer=TermListField()),
        APIField("sectors", serializer=TermListField()),
        APIField("regions", serializer=TermListField()),
        APIField("tags", serializer=TagListField()),
        APIField("body"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("cover_image_alt"),
        TranslatableField("body"),
        SynchronizedField("resource_type"),
        # Overridable, so a translation may offer the file in its own language.
        SynchronizedField("document", overridable=True),
        SynchronizedField("external_url", overridable=True),
        SynchronizedField("cover_image"),
        SynchronizedField("cover_image_decorative"),
        SynchronizedField("social_image"),
        SynchronizedField("publication_date"),
        SynchronizedField("author_organisation"),
        SynchronizedField("themes"),
        SynchronizedField("sectors"),
        SynchronizedField("regions"),
        SynchronizedField("tagged_items"),
        SynchronizedField("related_case_studies"),
    ]

    alt_text_fields = [("cover_image", "cover_image_alt", "cover_image_decorative")]
    base_form_class = TaxonomyPageForm
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def clean(self):
        super().clean()
        errors = alt_text_errors(
            self,
            {
                "cover_image_alt": _(
                    "Describe the cover image for people who cannot see it, or tick ‘the cover image is "
                    "decorative’."
                )
            },
        )
        self.external_url = (self.external_url or "").strip()
        if self.document_id and self.external_url:
            message = _(
                "A resource has one place to get it: keep either the document or the link to another site, "
                "not both. Other files can go in the description as document blocks."
            )
            errors["document"] = errors["external_url"] = message
        elif not self.document_id and not self.external_url:
            errors["document"] = _("Choose the document visitors will download, or fill in the link below.")
            errors["external_url"] = _(
                "Or give the address where the resource lives on another site, starting https://."
            )
        if errors:
            raise ValidationError(errors)

    @classmethod
    def get_indexed_objects(cls):
        """Indexing many resources at once (update_index, reindex_resources) reads each one's document and
        its privacy with the resource, not one query per resource."""
        return (
            super()
            .get_indexed_objects()
            .select_related("locale", "document")
            .annotate(document_is_private=in_private_collection(OuterRef("document__collection__path")))
        )

    def document_search_text(self):
        """The words inside the resource's file, for the search index, only if anyone may download the
        file: a page found by the words of a private file would tell anyone what it says."""
        if self.document is None:
            return ""
        private = getattr(self, "document_is_private", None)  # annotated by get_indexed_objects
        if private is None:
            return self.document.public_text
        return "" if private else self.document.extracted_text

    @classmethod
    def card_queryset(cls, queryset, image_spec):
        """What a list of cards needs, fetched in a fixed number of queries however long the list."""
        return (
            with_card_image(queryset, "cover_image", image_spec)
            .select_related("author_organisation", "document")
            .prefetch_related("themes")
        )

    def get_meta_description(self):
        return self.search_description or self.summary

    route_select_related = ("social_image", "cover_image", "author_organisation", "document")

    def get_social_image(self):
        return self.social_image or self.cover_image

    # What the shared card shows (templates/components/card.html).
    @property
    def card_image(self):
        return self.cover_image

    @property
    def card_organisation(self):
        return self.author_organisation

    @property
    def card_label(self):
        return self.get_resource_type_display()

    card_kind = _("Resource")

    @property
    def card_date(self):
        return self.publication_date

    @property
    def cover_alt(self):
        return "" if self.cover_image_decorative else self.cover_image_alt

    @cached_property
    def localized_organisation(self):
        return localize(self.author_organisation)

    @property
    def external_host(self):
        from urllib.parse import urlsplit

        host = urlsplit(self.external_url).hostname or ""
        return host.removeprefix("www.")

    def get_related_case_studies(self):
        """The case studies chosen for this resource, in its locale, if live and public."""
        # The case study type as the link names it (a string reference): the two apps import neither.
        CaseStudyPage = ResourceRelatedCaseStudy._meta.get_field("case_study").related_model
        keys = list(
            dict.fromkeys(
                self.related_case_studies.order_by("sort_order", "pk").values_list(
                    "case_study__translation_key", flat=True
                )
            )
        )
        if not keys:
            return []
        pages = CaseStudyPage.card_queryset(
            CaseStudyPage.objects.visible()
            .filter(locale_id=self.locale_id, translation_key__in=keys)
            .defer_streamfields(),
            CARD_IMAGE_SPEC,
        )
        by_key = {page.translation_key: page for page in pages}
        return [by_key[key] for key in keys if key in by_key]

    @classmethod
    def for_case_study(cls, case_study, limit=6):
        """Live, public resources in the case study's locale that chose it (in any of its languages)."""
        queryset = (
            cls.objects.visible()
            .filter(
                locale_id=case_study.locale_id,
                pk__in=ResourceRelatedCaseStudy.objects.filter(
                    case_study__translation_key=case_study.translation_key
                ).values("page_id"),
            )
            .order_by("-publication_date", "-pk")
            .defer_streamfields()
        )
        return list(cls.card_queryset(queryset, CARD_IMAGE_SPEC)[:limit])


def reindex_resources(condition):
    """Index again the resources (in every language, live or not) matching `condition`, a Q on
    ResourcePage, in queries that do not grow with their number. How many there were."""
    pages = list(ResourcePage.get_indexed_objects().filter(condition))
    if pages:
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(ResourcePage, pages)
    return len(pages)


def reindex_resources_using(sender, document, **kwargs):
    """Once a document's words are read, put them in the search index of every resource offering it."""
    reindex_resources(Q(document_id=document.pk))


def reindex_resources_in_collection(collection_id):
    """After a collection's privacy changed (its own or a collection's above it): the resources offering a
    document from it or from a collection below it, so the words of private files leave the index and
    those of public ones return. The search vocabulary (search.words) is refreshed too, so it stops
    proposing the words of files that became private."""
    path = Collection.objects.filter(pk=collection_id).values_list("path", flat=True).first()
    if path and reindex_resources(Q(document__collection__path__startswith=path)):
        queue_vocabulary_refresh()


def reindex_on_view_restriction_change(sender, instance, raw=False, **kwargs):
    """post_save and post_delete of CollectionViewRestriction: privacy set, changed or removed."""
    if not raw:
        reindex_resources_in_collection(instance.collection_id)


def reindex_on_collection_change(sender, instance, created=False, raw=False, **kwargs):
    """post_save of Collection: the admin saves a collection, then moves it under its new parent, perhaps a
    private one; the move is done when the transaction commits."""
    if not created and not raw:
        collection_id = instance.pk
        transaction.on_commit(lambda: reindex_resources_in_collection(collection_id))


def reindex_on_document_move(sender, instance, created=False, raw=False, **kwargs):
    """post_save of the document model: a document moved to another collection may have become private,
    or public. (A document not loaded from the database has no stored collection: reindex to be safe.)"""
    if created or raw:
        return
    stored = getattr(instance, "stored_collection_id", None)
    if stored != instance.collection_id:
        instance.stored_collection_id = instance.collection_id
        if reindex_resources(Q(document_id=instance.pk)):
            queue_vocabulary_refresh()


def reindex_after_bulk_move(request, action_type, objects, action_class_instance):
    """Wagtail's after_bulk_action hook: "Add to collection" moves documents with one UPDATE, which sends
    no signal, so the resources offering them are reindexed here (and cached pages replaced)."""
    from wagtail.documents import get_document_model

    if action_type != "add_to_collection" or get_document_model() not in action_class_instance.models:
        return
    from core.caching import content_changed

    if reindex_resources(Q(document_id__in=[document.pk for document in objects])):
        queue_vocabulary_refresh()
    content_changed()


def queue_vocabulary_refresh():
    # The search app refreshes its vocabulary on this (core/indexing.py).
    index_changed.send(sender=ResourcePage)
