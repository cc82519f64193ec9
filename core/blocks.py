"""The plain shared StreamField blocks that page bodies are built from.

Blocks that belong to a feature live with it: the consent-aware quote and the body stream that holds it
are the quote-consent feature's (editorial/blocks.py)."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul", "hr"]


def paragraph_block():
    """The rich text every body offers (a plain RichTextBlock, so migrations are unchanged)."""
    return blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        icon="pilcrow",
        template="components/streamfield/paragraph_block.html",
    )


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        help_text=_("A short heading that says what the next part is about."),
    )
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading (level 2)")), ("h3", _("Sub-heading (level 3)"))],
        default="h2",
        help_text=_("Use a section heading first; sub-headings go beneath one."),
    )

    class Meta:
        icon = "title"
        template = "components/streamfield/heading_block.html"


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock(
        help_text=_(
            "Describe what the picture shows in the alt text, or tick ‘decorative’ if it adds nothing."
        )
    )
    caption = blocks.CharBlock(
        required=False, max_length=250, help_text=_("Optional. Shown under the picture for everyone to read.")
    )
    credit = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Optional. Who took or owns the picture.")
    )

    class Meta:
        icon = "image"
        template = "components/streamfield/image_block.html"


class SynchronisedCharBlock(blocks.CharBlock):
    """A line of text that translations copy from the source instead of offering it for translation.

    wagtail-localize asks a block for its segments when it has `get_translatable_segments`: this one has
    none, so a translated page always carries the source's value (as it does for dates and choices).
    """

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=20, help_text=_("The number itself, for example ‘500+’ or ‘73%’."))
    label = blocks.CharBlock(
        max_length=120, help_text=_("What the number counts, for example ‘people took part’.")
    )


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Optional. For example ‘In numbers’.")
    )
    figures = blocks.ListBlock(
        KeyFigureBlock(), min_num=1, max_num=6, help_text=_("Between one and six figures.")
    )

    class Meta:
        icon = "pick"
        template = "components/streamfield/key_figures_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text=_("The address of the video, for example a YouTube or Vimeo link."))
    title = blocks.CharBlock(
        max_length=150,
        help_text=_("What the video is about. Screen readers announce it and it labels the link."),
    )
    transcript = blocks.TextBlock(
        required=False,
        help_text=_("Optional but strongly encouraged: a transcript for people who cannot watch or hear it."),
    )

    class Meta:
        icon = "media"
        template = "components/streamfield/video_block.html"


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(help_text=_("The file visitors can download."))
    title = blocks.CharBlock(
        required=False, max_length=150, help_text=_("Optional. Leave blank to use the document's own title.")
    )
    description = blocks.TextBlock(required=False, help_text=_("Optional. One sentence on what is inside."))

    class Meta:
        icon = "doc-full"
        template = "components/streamfield/document_block.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text=_("For example ‘Join the learning community’."))
    text = blocks.TextBlock(required=False, help_text=_("Optional. A sentence or two of encouragement."))
    button_label = blocks.CharBlock(
        max_length=60, help_text=_("The words on the button. Say where it goes, not ‘click here’.")
    )
    page = blocks.PageChooserBlock(required=False, help_text=_("A page on this site, or..."))
    url = blocks.URLBlock(required=False, help_text=_("...an address on another site. Fill in exactly one."))

    class Meta:
        icon = "link"
        template = "components/streamfield/call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = (
                _("Choose a page or enter an address, not both.")
                if value.get("page")
                else _("Choose a page on this site or enter an address on another site.")
            )
            raise StructBlockValidationError(block_errors={"page": ErrorList([ValidationError(message)])})
        return value


class NewsletterSignupBlock(blocks.StructBlock):
    """The newsletter sign-up form, for an editor to place wherever readers might want more."""

    heading = blocks.CharBlock(max_length=120, default=_("Get the newsletter"))
    text = blocks.TextBlock(required=False, help_text=_("Optional. A sentence on why it is worth reading."))

    class Meta:
        icon = "mail"
        label = _("Newsletter sign-up")
        template = "components/streamfield/newsletter_signup_block.html"
