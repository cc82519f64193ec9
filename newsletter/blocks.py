"""Blocks for newsletter issues. Text, pictures, quotes and calls to action are the site's shared blocks;
only what a newsletter adds lives here: featured pages shown as cards, news items and events."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from core.blocks import CallToActionBlock, ImageWithCaptionBlock, paragraph_block
from core.models import unexpired
from editorial.blocks import ConsentAwareStreamBlock, QuoteBlock


class FeaturedPageBlock(blocks.StructBlock):
    """A case study or resource shown as a card, in the reader's language when it is translated.

    A page that is not live and public (or not translated into the issue's language) shows nothing, so a
    newsletter never links to a draft.
    """

    class Meta:
        icon = "doc-full-inverse"
        template = "newsletter/blocks/featured_page_block.html"

    def visible_page(self, value, locale_id):
        page = value.get("page")
        if page is None:
            return None
        page = page.specific
        if locale_id and page.locale_id != locale_id:
            page = page.get_translation_or_none(locale_id)
        if page is None:
            return None
        model = type(page)
        return model.objects.live().public().filter(unexpired(), pk=page.pk).first()

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        issue = (parent_context or {}).get("page")
        context["card"] = self.visible_page(value, getattr(issue, "locale_id", None))
        return context


def note_block():
    return blocks.TextBlock(
        required=False,
        help_text=_(
            "Optional. A sentence on why it is worth reading now. The card shows the summary anyway."
        ),
    )


class FeaturedCaseStudyBlock(FeaturedPageBlock):
    page = blocks.PageChooserBlock(target_model="case_studies.CaseStudyPage", label=_("case study"))
    note = note_block()

    class Meta:
        label = _("Featured case study")


class FeaturedResourceBlock(FeaturedPageBlock):
    page = blocks.PageChooserBlock(target_model="resources.ResourcePage", label=_("resource"))
    note = note_block()

    class Meta:
        label = _("Featured resource")


class NewsItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=150, help_text=_("What happened, in a few words."))
    text = blocks.RichTextBlock(features=["bold", "italic", "link"], help_text=_("A short paragraph or two."))
    link = blocks.URLBlock(required=False, help_text=_("Optional. Where to read more."))
    link_label = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text=_("Optional. The link's words, for example ‘Read the report’. Say where it goes."),
    )

    class Meta:
        icon = "pick"
        label = _("News item")
        template = "newsletter/blocks/news_item_block.html"


class EventBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150)
    start = blocks.DateTimeBlock(help_text=_("When it starts, in UK time."))
    end = blocks.DateTimeBlock(required=False, help_text=_("Optional. When it ends, in UK time."))
    place = blocks.CharBlock(
        required=False, max_length=200, help_text=_("The venue and town. Leave blank for an online event.")
    )
    online = blocks.BooleanBlock(required=False, help_text=_("Tick if people can join online."))
    link = blocks.URLBlock(required=False, help_text=_("Optional. Where to find out more or book."))
    description = blocks.TextBlock(required=False, help_text=_("Optional. Who it is for and what happens."))

    class Meta:
        icon = "date"
        label = _("Event")
        template = "newsletter/blocks/event_block.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("end") and value.get("start") and value["end"] < value["start"]:
            errors["end"] = ErrorList([ValidationError(_("The event cannot end before it starts."))])
        if not value.get("place") and not value.get("online"):
            errors["place"] = ErrorList(
                [ValidationError(_("Say where the event is, or tick ‘online’ if people join online."))]
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class NewsletterBodyBlock(ConsentAwareStreamBlock):
    paragraph = paragraph_block()
    featured_case_study = FeaturedCaseStudyBlock()
    featured_resource = FeaturedResourceBlock()
    news_item = NewsItemBlock()
    event = EventBlock()
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
