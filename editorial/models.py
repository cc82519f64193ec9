"""The editors' records: the inclusive-language term list, and the register of quotes and their consent.

The quote blocks themselves hold each person's consent (editorial.blocks.QuoteBlock). The register below is a
copy kept up to date from every page's live version and latest draft (editorial.consent.sync_page), so
the consent report, the dashboard and the daily warnings can ask "which quotes expire soon?" without
reading every page. A withdrawal is recorded by block id, which the quote keeps in every revision and every
translation, so one withdrawal hides the quote everywhere at once.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

# How a quoted person agreed to be identified: the quote block's consent record and the register's copy.
FULL_NAME, FIRST_NAME, ANONYMOUS = "full_name", "first_name", "anonymous"
IDENTIFICATION_CHOICES = [
    (FULL_NAME, _("Their full name")),
    (FIRST_NAME, _("Their first name only")),
    (ANONYMOUS, _("No name: anonymous")),
]


class InclusiveTerm(TranslatableMixin, index.Indexed, models.Model):
    """A word or phrase the editor's content check flags, with why and what to write instead."""

    term = models.CharField(
        _("term"),
        max_length=100,
        help_text=_(
            "The word or phrase to flag, for example ‘service users’. Matched as whole words, in any "
            "capitals, singular or plural, with spaces or hyphens."
        ),
    )
    suggestion = models.CharField(
        _("suggested alternative"),
        max_length=200,
        help_text=_("What to write instead, for example ‘people who use services’."),
    )
    why = models.TextField(
        _("why"),
        help_text=_("One or two sentences an editor reads in the check, saying why the term is flagged."),
    )

    panels = [FieldPanel("term"), FieldPanel("suggestion"), FieldPanel("why")]
    translatable_fields = [
        TranslatableField("term"),
        TranslatableField("suggestion"),
        TranslatableField("why"),
    ]
    search_fields = [index.SearchField("term"), index.AutocompleteField("term"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("inclusive language term")
        verbose_name_plural = _("inclusive language terms")
        ordering = ["term"]

    def __str__(self):
        return self.term

    def clean(self):
        super().clean()
        self.term = re.sub(r"\s+", " ", (self.term or "").strip())
        if not re.search(r"\w", self.term):
            raise ValidationError(
                {"term": _("Enter a word or phrase: letters or numbers, not only punctuation.")}
            )
        clash = (
            type(self)
            .objects.filter(locale_id=self.locale_id, term__iexact=self.term)
            .exclude(pk=self.pk)
            .exists()
        )
        if clash:
            raise ValidationError({"term": _("This term is already on the list. Edit that one instead.")})


class QuoteConsent(models.Model):
    """One quote on one page (each translation is a page of its own), as the consent report lists it."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    quote = models.TextField()
    byline = models.CharField(max_length=400, blank=True, help_text="What the public sees after the quote.")
    identified_as = models.CharField(max_length=16, choices=IDENTIFICATION_CHOICES, default=ANONYMOUS)
    given_on = models.DateField(null=True, blank=True)
    valid_until = models.DateField(null=True, blank=True)
    in_live = models.BooleanField(default=False, help_text="The quote is in the page's live version.")
    in_draft = models.BooleanField(default=False, help_text="The quote is in the page's latest draft.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("quote consent")
        verbose_name_plural = _("quote consents")
        constraints = [
            models.UniqueConstraint(fields=["page", "block_id"], name="editorial_quote_once_per_page")
        ]
        indexes = [models.Index(fields=["valid_until"]), models.Index(fields=["block_id"])]

    def __str__(self):
        return f"{self.quote[:60]} ({self.page_id})"


class ConsentWithdrawal(models.Model):
    """A person withdrew their consent: the quote (every copy of its block, in every language and revision)
    is hidden from the public from this moment."""

    block_id = models.CharField(max_length=64, unique=True)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    quote = models.TextField(blank=True, help_text="The first words of the quote, so the record says which.")
    withdrawn_at = models.DateTimeField(auto_now_add=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("consent withdrawal")
        verbose_name_plural = _("consent withdrawals")

    def __str__(self):
        return f"Withdrawn {self.withdrawn_at:%Y-%m-%d}: {self.quote[:60]}"


class ConsentNotice(models.Model):
    """The editors have been told that a quote's consent ends soon, or has ended: told once per quote,
    level and end date (consent renewed with a new date is told about again when that one nears)."""

    class Level(models.TextChoices):
        SOON = "soon", _("Ends soon")
        EXPIRED = "expired", _("Ended")

    block_id = models.CharField(max_length=64)
    valid_until = models.DateField()
    level = models.CharField(max_length=8, choices=Level.choices)
    sent_at = models.DateTimeField(auto_now_add=True)
    recipients = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["block_id", "valid_until", "level"], name="editorial_notice_once")
        ]

    def __str__(self):
        return f"{self.get_level_display()}: {self.block_id} (valid until {self.valid_until})"
