"""The case study library: one index page per locale, with case study pages beneath it."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.api_fields import TagListField, TermField, TermListField
from core.content_types import ContentPage
from core.filtering import CARD_IMAGE_SPEC, Facet, SortOption, Wording
from core.forms import TaxonomyPageForm
from core.listing import compile_queryset
from core.localization import localize
from core.models import BasePage, Organisation, Region, Sector, Theme, unexpired, with_card_image
from core.pages import LibraryIndexPage, alt_text_errors, picture_with_alt_text
from editorial.blocks import BodyBlock


class CaseStudyTag(TaggedItemBase):
    content_object = ParentalKey(
        "case_studies.CaseStudyPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CaseStudyRelatedPage(Orderable):
    page = ParentalKey(
        "case_studies.CaseStudyPage", on_delete=models.CASCADE, related_name="related_case_studies"
    )
    related = models.ForeignKey(
        "case_studies.CaseStudyPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("case study"),
        help_text=_("A case study a reader of this one would want next."),
    )

    panels = [PageChooserPanel("related", "case_studies.CaseStudyPage")]


CASE_STUDY_FACETS = [
    Facet("theme", _("HLS theme"), "themes", Theme),
    Facet("sector", _("Sector"), "sectors", Sector),
    Facet("region", _("Region"), "regions", Region),
    Facet("organisation", _("Organisation"), "organisation", Organisation),
    Facet.tags("tag", _("Tag"), "tagged_items__tag"),
]

CASE_STUDY_SORTS = [
    SortOption("newest", _("Newest first"), ["-first_published_at", "-pk"]),
    SortOption("title", _("A to Z"), ["title", "pk"]),
]

CASE_STUDY_WORDING = Wording(
    filter_heading=_("Filter case studies"),
    items=ngettext_lazy("case study", "case studies", "counter"),
    showing=ngettext_lazy("Showing %(counter)s case study", "Showing %(counter)s case studies", "counter"),
)


class CaseStudyIndexPage(LibraryIndexPage):
    """The library of case studies at /case-studies/."""

    library_key = "case_studies"
    subpage_types = ["case_studies.CaseStudyPage"]
    facets = CASE_STUDY_FACETS
    sorts = CASE_STUDY_SORTS
    wording = CASE_STUDY_WORDING

    class Meta:
        verbose_name = _("case study library")


class CaseStudyPage(ContentPage, BasePage):
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_(
            "Plain text, at most 300 characters. Shown on cards and in search engines, so say who did what "
            "and what changed, for example ‘How a debt advice team rebuilt its service around trust’."
        ),
    )
    hero_image, hero_image_alt, hero_image_decorative = picture_with_alt_text(
        verbose_name=_("hero image"),
        help_text=_(
            "Optional but recommended. A landscape picture of the work; shown at the top and on cards."
        ),
        alt_verbose_name=_("hero image alt text"),
        alt_help_text=_(
            "Describe what the picture shows for people who cannot see it, for example ‘Two support workers "
            "talking with a resident in her kitchen’. Required unless the picture is decorative."
        ),
        decorative_verbose_name=_("the hero image is decorative"),
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="case_studies",
        verbose_name=_("organisation"),
        help_text=_(
            "The organisation whose work this is. Add it under Snippets › Organisations if it is new."
        ),
    )
    themes = ParentalManyToManyField(
        Theme,
        related_name="case_studies",
        verbose_name=_("HLS themes"),
        help_text=_("Which parts of Human Learning Systems this work shows. Choose at least one."),
    )
    sectors = ParentalManyToManyField(
        Sector,
        related_name="case_studies",
        verbose_name=_("sectors"),
        help_text=_("The fields of public service involved, for example housing or health. At least one."),
    )
    regions = ParentalManyToManyField(
        Region,
        related_name="case_studies",
        verbose_name=_("regions"),
        help_text=_("Where the work happened. At least one."),
    )
    tags = ClusterTaggableManager(
        through=CaseStudyTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Optional. Free words that help people find this, for example ‘co-production’."),
    )
    period_start = models.DateField(
        _("work started"),
        help_text=_("When the work began. The day can be approximate; visitors see the month."),
    )
    period_end = models.DateField(
        _("work ended"),
        null=True,
        blank=True,
        help_text=_("Leave blank if the work is still going on."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("story"),
        help_text=_(
            "Tell the story in sections: what the problem was, what people did, what changed and what was "
            "learned. Start with a section heading."
        ),
    )
    contact_name = models.CharField(
        _("contact name"),
        max_length=120,
        blank=True,
        help_text=_("Optional. Who readers can ask about this work."),
    )
    contact_role = models.CharField(
        _("contact role"),
        max_length=120,
        blank=True,
        help_text=_("Optional. Their role, for example ‘Service lead’."),
    )
    contact_email = models.EmailField(
        _("contact email"),
        blank=True,
        help_text=_("Optional. Only give an address the person has agreed to publish."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary", widget=forms.Textarea(attrs={"rows": 3})),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("hero_image_decorative")],
            heading=_("Hero image"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Who and what"),
        ),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("When")),
        FieldPanel("body"),
        InlinePanel(
            "related_case_studies",
            heading=_("Related case studies"),
            label=_("Related case study"),
            help_text=_("Optional. The site adds more that share themes and tags, up to three in all."),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
    ]

    # The content-type interface (core/content_types.py).
    type_slug = "case-studies"
    type_label = _("Case studies")
    digest_key = "case_studies"
    taxonomy = {
        "theme": "themes",
        "sector": "sectors",
        "region": "regions",
        "organisation": "organisation",
        "tag": "tagged_items__tag",
    }
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("locale"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("organisation", serializer=TermField()),
        APIField("themes", serializer=TermListField()),
        APIField("sectors", serializer=TermListField()),
        APIField("regions", serializer=TermListField()),
        APIField("tags", serializer=TagListField()),
        APIField("period_start"),
        APIField("period_end"),
        APIField("body"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("hero_image_alt"),
        TranslatableField("body"),
        TranslatableField("contact_role"),
        SynchronizedField("hero_image"),
        SynchronizedField("hero_image_decorative"),
        SynchronizedField("social_image"),
        SynchronizedField("organisation"),
        SynchronizedField("themes"),
        SynchronizedField("sectors"),
        SynchronizedField("regions"),
        SynchronizedField("tagged_items"),
        SynchronizedField("period_start"),
        SynchronizedField("period_end"),
        SynchronizedField("related_case_studies"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
    ]

    alt_text_fields = [("hero_image", "hero_image_alt", "hero_image_decorative")]
    base_form_class = TaxonomyPageForm
    parent_page_types = ["case_studies.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def clean(self):
        super().clean()
        errors = alt_text_errors(
            self,
            {
                "hero_image_alt": _(
                    "Describe the hero image for people who cannot see it, or tick ‘the hero image is "
                    "decorative’."
                )
            },
        )
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("The work cannot end before it started. Check both dates.")
        if errors:
            raise ValidationError(errors)

    @classmethod
    def card_queryset(cls, queryset, image_spec):
        """What a list of cards needs, fetched in a fixed number of queries however long the list."""
        return (
            with_card_image(queryset, "hero_image", image_spec)
            .select_related("organisation")
            .prefetch_related("themes")
        )

    def get_meta_description(self):
        return self.search_description or self.summary

    route_select_related = ("social_image", "hero_image", "organisation")

    def get_social_image(self):
        return self.social_image or self.hero_image

    # What the shared card shows (templates/components/card.html).
    @property
    def card_image(self):
        return self.hero_image

    @property
    def card_organisation(self):
        return self.organisation

    card_label = ""
    card_kind = _("Case study")

    @property
    def card_date(self):
        return self.first_published_at

    def get_related_resources(self):
        """Resources that chose this case study: the link is made once, on the resource, whose app owns
        the link model (reached here through its reverse relation, so neither app imports the other)."""
        link_model = self._meta.get_field("related_resource_links").related_model
        return link_model._meta.get_field("page").related_model.for_case_study(self)

    @property
    def hero_alt(self):
        return "" if self.hero_image_decorative else self.hero_image_alt

    @cached_property
    def localized_organisation(self):
        return localize(self.organisation)

    # Read once per page view: the page shows them and the suggestions are chosen by them.
    @cached_property
    def theme_list(self):
        return list(self.themes.all())

    @cached_property
    def tag_list(self):
        return list(self.tags.all())

    def _most_alike(self, candidates, limit):
        """Up to `limit` ids of `candidates` sharing the most of this page's themes and tags, the newest
        first among equals. The link tables are counted once, grouped by page, rather than once per
        candidate, so it stays quick as the library grows."""
        theme_slugs = [theme.slug for theme in self.theme_list]
        tag_ids = [tag.pk for tag in self.tag_list if tag.pk]
        counts = []
        if theme_slugs:
            counts.append(
                CaseStudyPage.themes.through.objects.filter(theme__slug__in=theme_slugs)
                .values(page=models.F("casestudypage_id"))
                .annotate(n=models.Count("*"))
                .values_list("page", "n")
            )
        if tag_ids:
            counts.append(
                CaseStudyTag.objects.filter(tag_id__in=tag_ids)
                .values(page=models.F("content_object_id"))
                .annotate(n=models.Count("*"))
                .values_list("page", "n")
            )
        if not counts:
            return []
        parts = [compile_queryset(links.order_by()) for links in counts]
        pages, page_params = compile_queryset(
            candidates.order_by()
            .annotate(_lid=models.F("pk"), _lpub=models.F("first_published_at"))
            .values_list("_lid", "_lpub")
        )
        sql = (
            f"SELECT c._lid FROM ({' UNION ALL '.join(sql for sql, _ in parts)}) s "
            f"JOIN ({pages}) c ON c._lid = s.page GROUP BY c._lid, c._lpub "
            "ORDER BY SUM(s.n) DESC, c._lpub DESC, c._lid DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*(p for _, params in parts for p in params), *page_params, limit])
            return [row[0] for row in cursor.fetchall()]

    def get_related_case_studies(self, limit=3):
        """The editor's choices first, topped up by others that share the most themes and tags.

        Choices point at case studies in the language they were made in; each is swapped for its
        translation in this page's locale, and left out if it has none or is not public. Which ones they
        are is remembered per content version for visitors (core.memo): choosing them is a third of
        the page's work, and only a publish or a change of tags can change the answer.
        """
        from core.memo import remembered

        chosen_ids = remembered(("related-case-studies", self.pk, limit), lambda: self._related_ids(limit))
        if not chosen_ids:
            return []
        # Live and unexpired again: a page may expire while the answer is remembered.
        pages = CaseStudyPage.card_queryset(
            CaseStudyPage.objects.live().filter(unexpired(), pk__in=chosen_ids).defer_streamfields(),
            CARD_IMAGE_SPEC,
        ).in_bulk()
        return [pages[pk] for pk in chosen_ids if pk in pages]

    def _related_ids(self, limit):
        visible = CaseStudyPage.objects.visible().filter(locale_id=self.locale_id).exclude(pk=self.pk)
        keys = list(
            dict.fromkeys(
                self.related_case_studies.order_by("sort_order", "pk").values_list(
                    "related__translation_key", flat=True
                )
            )
        )
        by_key = {p.translation_key: p for p in visible.filter(translation_key__in=keys)} if keys else {}
        chosen_ids = [by_key[k].pk for k in keys if k in by_key][:limit]
        if len(chosen_ids) < limit:
            others = visible.exclude(pk__in=[pk for pk in chosen_ids if pk])
            chosen_ids += self._most_alike(others, limit - len(chosen_ids))
        return tuple(chosen_ids)
