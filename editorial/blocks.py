"""The quote-consent feature's blocks: the quote with its consent record, and the streams that hold quotes.

A quote is public while its consent is valid: not withdrawn (editorial.models.ConsentWithdrawal), and its
"valid until" day (if any) not yet past in the site's time zone. Rendering, the search index and the API
all ask `quote_is_public` (or the stream's equivalent), so a quote leaves every public place together.
The register, withdrawal and the editors' warnings are in editorial.consent.

`BodyBlock` is the body of the site's content pages: the plain shared blocks of core.blocks plus the quote.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from core.blocks import (
    CallToActionBlock,
    DocumentDownloadBlock,
    HeadingBlock,
    ImageWithCaptionBlock,
    KeyFiguresBlock,
    NewsletterSignupBlock,
    SynchronisedCharBlock,
    VideoBlock,
    paragraph_block,
)
from core.localization import request_cache
from core.memo import remembered
from editorial.models import ANONYMOUS, FIRST_NAME, FULL_NAME, IDENTIFICATION_CHOICES, ConsentWithdrawal

# --- Is a quote public? -------------------------------------------------------------------------------


def withdrawn_block_ids():
    """The ids of every quote whose consent has been withdrawn; read once per request."""
    cache = request_cache()
    if "withdrawn_quotes" not in cache:
        # Remembered per content version too (core.memo): a withdrawal replaces the version.
        cache["withdrawn_quotes"] = remembered(
            "withdrawn_quotes",
            lambda: frozenset(ConsentWithdrawal.objects.values_list("block_id", flat=True)),
        )
    return cache["withdrawn_quotes"]


def quote_is_public(value, block_id=None, today=None):
    """May the public see this quote (a QuoteValue) now? Without a block id only the dates are known."""
    if value.has_expired(today):
        return False
    return not (block_id and block_id in withdrawn_block_ids())


# --- The blocks ------------------------------------------------------------------------------------------


class ConsentBlock(blocks.StructBlock):
    """How a person agreed to appear on the site. Kept with what they said, never shown to visitors.

    Every child is a choice or a date, so wagtail-localize synchronises the record to translations
    rather than offering it for translation: consent is the same in every language.
    """

    identified_as = blocks.ChoiceBlock(
        choices=IDENTIFICATION_CHOICES,
        default=ANONYMOUS,
        label=_("They agreed to be named by"),
        help_text=_("As on their consent form. An anonymous quote never shows a name anywhere."),
    )
    given_on = blocks.DateBlock(
        label=_("Consent given on"),
        help_text=_("The date they agreed to be quoted."),
    )
    valid_until = blocks.DateBlock(
        required=False,
        label=_("Consent valid until"),
        help_text=_(
            "Optional. The last day the quote may be shown. From the next day visitors no longer see it "
            "(the rest of the page stays) and the editors are told."
        ),
    )

    class Meta:
        icon = "lock"
        label = _("Consent")
        form_classname = "struct-block consent-block"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        today = timezone.localdate()
        given_on, valid_until = value.get("given_on"), value.get("valid_until")
        if given_on and given_on > today:
            errors["given_on"] = ErrorList(
                [ValidationError(_("Consent cannot be given in the future. Check the date on the form."))]
            )
        if given_on and valid_until and valid_until < given_on:
            errors["valid_until"] = ErrorList(
                [ValidationError(_("Consent cannot end before it was given. Check both dates."))]
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class QuoteValue(blocks.StructValue):
    """A quote as the site shows it: the name only when the person agreed to be named."""

    @property
    def identified_as(self):
        consent = self.get("consent") or {}
        return consent.get("identified_as") or ANONYMOUS  # a missing record is treated as anonymous

    @property
    def is_anonymous(self):
        return self.identified_as == ANONYMOUS

    @property
    def shown_name(self):
        return "" if self.is_anonymous else (self.get("name") or "").strip()

    @property
    def given_on(self):
        return (self.get("consent") or {}).get("given_on")

    @property
    def valid_until(self):
        return (self.get("consent") or {}).get("valid_until")

    def has_expired(self, today=None):
        valid_until = self.valid_until
        return bool(valid_until and valid_until < (today or timezone.localdate()))

    @property
    def byline(self):
        """What follows the quote: the agreed name, the description and the role, in that order."""
        parts = [self.shown_name, (self.get("attribution") or "").strip(), (self.get("role") or "").strip()]
        return [part for part in parts if part]


class QuoteBlock(blocks.StructBlock):
    """Words someone said, with the record of how they agreed to be quoted.

    The quote is left out everywhere the public can reach (page, email, search index, API) once its
    consent has expired or been withdrawn (quote_is_public above).
    """

    quote = blocks.TextBlock(help_text=_("The words, without quotation marks."))
    name = SynchronisedCharBlock(
        required=False,
        max_length=120,
        label=_("Name"),
        help_text=_(
            "The person's name exactly as they agreed to be named: their full name or their first name "
            "only. Leave empty for an anonymous quote. Names are not translated."
        ),
    )
    attribution = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Description"),
        help_text=_(
            "Optional. Who they are, in words that cannot identify an anonymous person, for example "
            "‘A young person at Lighthouse’."
        ),
    )
    role = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Optional. Their role or organisation.")
    )
    consent = ConsentBlock()

    class Meta:
        icon = "openquote"
        template = "components/streamfield/quote_block.html"
        value_class = QuoteValue

    def clean(self, value):
        value = super().clean(value)
        if self.is_deferred_validation:
            return value  # a draft may be saved half done; submitting or publishing checks it
        name = (value.get("name") or "").strip()
        identified_as = value.identified_as
        message = None
        if identified_as == ANONYMOUS and name:
            message = _(
                "This quote is anonymous, so it cannot show a name. Clear the name, or change how the "
                "person agreed to be named."
            )
        elif identified_as == FULL_NAME and not name:
            message = _("The person agreed to be named: enter their full name.")
        elif identified_as == FIRST_NAME and not name:
            message = _("The person agreed to be named by their first name: enter it.")
        if message:
            raise StructBlockValidationError(block_errors={"name": ErrorList([ValidationError(message)])})
        return value

    def is_public(self, value, block_id=None):
        return quote_is_public(value, block_id)

    def render(self, value, context=None):
        context = context or {}
        if not self.is_public(value, context.get("id")):
            request = context.get("request")
            if getattr(request, "is_preview", False) and not getattr(request, "newsletter_email", False):
                return render_to_string(
                    "components/streamfield/quote_hidden_notice.html", {"value": value}, request=request
                )
            return ""
        return super().render(value, context)

    def get_searchable_content(self, value):
        # What the public may read, and nothing of the consent record. Public-ness is checked by the
        # stream (ConsentAwareStreamBlock), which knows each quote's id.
        return [text for text in (value.get("quote"), *value.byline) if text]

    def get_api_representation(self, value, context=None):
        return {
            "quote": value.get("quote") or "",
            "name": value.shown_name,
            "attribution": value.get("attribution") or "",
            "role": value.get("role") or "",
        }


class ConsentAwareStreamBlock(blocks.StreamBlock):
    """A stream that leaves quotes without valid consent out of the search index and the API."""

    def _public_children(self, value):
        withdrawn = withdrawn_block_ids()
        for child in value:
            if isinstance(child.block, QuoteBlock) and (child.id in withdrawn or child.value.has_expired()):
                continue
            yield child

    def get_searchable_content(self, value):
        if not self.search_index:
            return []
        content = []
        for child in self._public_children(value):
            content.extend(child.block.get_searchable_content(child.value))
        return content

    def get_api_representation(self, value, context=None):
        if value is None:
            return []
        return [
            {
                "type": child.block.name,
                "value": child.block.get_api_representation(child.value, context=context),
                "id": child.id,
            }
            for child in self._public_children(value)
        ]


class BodyBlock(ConsentAwareStreamBlock):
    heading = HeadingBlock()
    paragraph = paragraph_block()
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    video = VideoBlock()
    document = DocumentDownloadBlock()
    call_to_action = CallToActionBlock()
    newsletter_signup = NewsletterSignupBlock()
