from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField, TranslatableField

from case_studies.models import CaseStudyIndexPage, CaseStudyPage
from core.filtering import CARD_IMAGE_SPEC
from core.models import BasePage


class HomePageFeaturedCaseStudy(Orderable):
    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_case_studies")
    case_study = models.ForeignKey(
        "case_studies.CaseStudyPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("case study"),
        help_text=_("A case study to show near the top of the home page."),
    )

    panels = [PageChooserPanel("case_study", "case_studies.CaseStudyPage")]


class HomePage(BasePage):
    hero_heading = models.CharField(
        _("main heading"),
        max_length=120,
        blank=True,
        help_text=_("The large heading at the top. Leave blank to use the page title."),
    )
    intro = models.TextField(
        _("introduction"),
        max_length=800,
        help_text=_(
            "A few sentences that tell a first-time visitor what Human Learning Systems is and why it matters."
        ),
    )
    featured_heading = models.CharField(
        _("featured heading"),
        max_length=120,
        default="Featured case studies",
        help_text=_("The heading above the featured case studies."),
    )
    latest_heading = models.CharField(
        _("latest heading"),
        max_length=120,
        default="Latest case studies",
        help_text=_("The heading above the most recently published case studies."),
    )
    resources_heading = models.CharField(
        _("resources heading"),
        max_length=120,
        default="Latest resources",
        help_text=_("The heading above the most recently published resources."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("hero_heading"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("featured_heading"),
                InlinePanel(
                    "featured_case_studies",
                    label=_("Featured case study"),
                    max_num=6,
                    help_text=_("Choose up to six. Drafts, private and untranslated ones are skipped."),
                ),
            ],
            heading=_("Featured case studies"),
        ),
        FieldPanel("latest_heading"),
        FieldPanel("resources_heading"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("hero_heading"),
        TranslatableField("intro"),
        TranslatableField("featured_heading"),
        TranslatableField("latest_heading"),
        TranslatableField("resources_heading"),
        SynchronizedField("slug"),
        SynchronizedField("social_image"),
        SynchronizedField("featured_case_studies"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_meta_description(self):
        return self.search_description or self.intro

    @classmethod
    def query_parameters(cls):
        """The home page reads nothing from the query string: the page cache ignores every parameter."""
        return ()

    def _visible_case_studies(self):
        return CaseStudyPage.objects.visible().filter(locale_id=self.locale_id)

    def get_featured_case_studies(self):
        """Featured choices in this page's language, skipping any that are not live, public and translated."""
        # Ties broken by id: choices saved without a number keep the order they were added in.
        keys = list(
            self.featured_case_studies.order_by("sort_order", "pk").values_list(
                "case_study__translation_key", flat=True
            )
        )
        if not keys:
            return []
        pages = CaseStudyPage.card_queryset(
            self._visible_case_studies().filter(translation_key__in=keys).defer_streamfields(),
            CARD_IMAGE_SPEC,
        )
        by_key = {p.translation_key: p for p in pages}
        return [by_key[k] for k in dict.fromkeys(keys) if k in by_key]

    def get_latest_case_studies(self, limit=6):
        featured = self.featured_case_studies.values_list("case_study__translation_key", flat=True)
        queryset = (
            self._visible_case_studies()
            .exclude(translation_key__in=featured)
            .order_by("-first_published_at")
            .defer_streamfields()
        )
        return list(CaseStudyPage.card_queryset(queryset, CARD_IMAGE_SPEC)[:limit])

    def get_latest_resources(self, limit=3):
        from resources.models import ResourcePage

        queryset = (
            ResourcePage.objects.visible()
            .filter(locale_id=self.locale_id)
            .order_by("-publication_date", "-first_published_at", "-pk")
            .defer_streamfields()
        )
        return list(ResourcePage.card_queryset(queryset, CARD_IMAGE_SPEC)[:limit])

    def get_case_study_library(self):
        return CaseStudyIndexPage.objects.child_of(self).live().public().first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = self.get_featured_case_studies()
        context["latest"] = self.get_latest_case_studies()
        context["library_page"] = self.get_case_study_library()
        context["latest_resources"] = self.get_latest_resources()
        return context
