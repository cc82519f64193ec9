"""Newsletter issues as pages: the archive at /newsletter/ with its feeds, and one page per issue.

Editors schedule an issue with Wagtail's own "go live at"; the scheduler process (`run_scheduler`) runs
`publish_scheduled` every minute so it goes live on time. What the public sees is only live, public and
unexpired issues, everywhere: archive, feeds, sitemap and search.
"""

from itertools import groupby

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Max, Q
from django.db.models.functions import Lower
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.content_types import ContentPage, LibraryPage
from core.filtering import pagination_links, requested_page_number
from core.models import BasePage, with_card_image
from core.pagecache import recognised_query
from core.pages import alt_text_errors, picture_with_alt_text
from newsletter.blocks import NewsletterBodyBlock


class NewsletterIndexPage(LibraryPage, RoutablePageMixin, BasePage):
    """The newsletter's archive at /newsletter/, with its RSS and Atom feeds."""

    intro = models.TextField(
        _("pitch"),
        max_length=600,
        help_text=_(
            "A few sentences on what the newsletter brings and how often, to persuade people to read it."
        ),
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
    subpage_types = ["newsletter.NewsletterIssuePage"]
    max_count_per_parent = 1
    per_page = 24

    library_key = "newsletter"

    class Meta:
        verbose_name = _("newsletter archive")

    def get_meta_description(self):
        return self.search_description or self.intro

    @classmethod
    def query_parameters(cls):
        """What this page reads from the query string (the archive's page number): the page cache keys
        on it, ignoring the rest."""
        return ("page",)

    def visible_issues(self):
        """Live, public issues of this archive that have not expired, newest first.

        Expiry is checked here as well as by the scheduler, so an issue leaves the archive and the feeds at
        its expiry time even if the scheduler is late.
        """
        return (
            NewsletterIssuePage.objects.child_of(self)
            .visible()
            .order_by("-first_published_at", "-issue_number")
        )

    def next_issue_number(self):
        """One more than the highest number used in this archive, drafts included."""
        highest = NewsletterIssuePage.objects.child_of(self).aggregate(n=Max("issue_number"))["n"]
        return (highest or 0) + 1

    @path("")
    def archive(self, request):
        paginator = Paginator(
            self.visible_issues().defer_streamfields().select_related("hero_image"), self.per_page
        )
        page = paginator.page(min(requested_page_number(request.GET), paginator.num_pages))
        recognised_query(request, [("page", str(page.number))] if page.number > 1 else [])
        years = [
            {"year": year, "issues": list(issues)}
            for year, issues in groupby(page.object_list, key=lambda issue: issue.published_on.year)
        ]
        return self.render(
            request,
            context_overrides={
                "issues_page": page,
                "years": years,
                "pagination": pagination_links(page, lambda n: f"?page={n}" if n > 1 else "?"),
            },
        )

    @path("feed/", name="rss")
    def rss_feed(self, request):
        from newsletter.feeds import IssuesRssFeed

        return IssuesRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from newsletter.feeds import IssuesAtomFeed

        return IssuesAtomFeed(self)(request)

    def feed_links(self):
        """(type, title, url) for the autodiscovery links in the page head."""
        base = self.url
        return [
            ("application/rss+xml", _("Newsletter (RSS)"), base + "feed/"),
            ("application/atom+xml", _("Newsletter (Atom)"), base + "feed/atom/"),
        ]


class NewsletterIssuePage(ContentPage, BasePage):
    issue_number = models.PositiveIntegerField(
        _("issue number"),
        help_text=_("Filled in with the next free number. Each issue in the newsletter has its own."),
    )
    intro = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("A short welcome: what is in this issue. Shown in the archive, the feeds and the email."),
    )
    hero_image, hero_image_alt, hero_image_decorative = picture_with_alt_text(
        verbose_name=_("hero image"),
        help_text=_("Optional. A landscape picture shown at the top of the issue and the email."),
        alt_verbose_name=_("hero image alt text"),
        alt_help_text=_(
            "Describe what the picture shows for people who cannot see it. Required unless decorative."
        ),
        decorative_verbose_name=_("the hero image is decorative"),
    )
    body = StreamField(
        NewsletterBodyBlock(),
        verbose_name=_("contents"),
        help_text=_("Text, featured case studies and resources, news, events, pictures, quotes and links."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("issue_number"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("hero_image_decorative")],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        # The admin package adds its email panel after these, and the issue's form (issue numbers):
        # newsletter/admin/panels.py, attach_to_issue_page().
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("locale"),
    ]
    api_fields = [APIField("issue_number"), APIField("intro"), APIField("body")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("hero_image_alt"),
        TranslatableField("body"),
        SynchronizedField("issue_number"),
        SynchronizedField("hero_image"),
        SynchronizedField("hero_image_decorative"),
        SynchronizedField("social_image"),
    ]

    alt_text_fields = [("hero_image", "hero_image_alt", "hero_image_decorative")]
    parent_page_types = ["newsletter.NewsletterIndexPage"]
    subpage_types = []

    preview_modes = [("", _("Web page")), ("email", _("Email"))]
    email_template = "newsletter/newsletter_issue_email.html"

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")

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
        if errors:
            raise ValidationError(errors)

    @property
    def hero_alt(self):
        return "" if self.hero_image_decorative else self.hero_image_alt

    @property
    def published_on(self):
        """The date readers see: when the issue first went live (or would, in a preview)."""
        return timezone.localtime(self.first_published_at or self.go_live_at or timezone.now())

    def get_meta_description(self):
        return self.search_description or self.intro

    route_select_related = ("social_image", "hero_image")

    def get_social_image(self):
        return self.social_image or self.hero_image

    # As a card (search results): the same component as case studies and resources.
    card_kind = _("Newsletter issue")
    card_organisation = None
    # The content-type interface (core/content_types.py): searched, no taxonomy; issues have their own
    # dashboard panel.
    type_slug = "newsletter"
    type_label = _("Newsletter")
    in_scheduled_panel = False

    @property
    def card_label(self):
        return _("Issue %(number)s") % {"number": self.issue_number}

    @property
    def card_image(self):
        return self.hero_image

    @property
    def card_date(self):
        return self.published_on

    @property
    def summary(self):
        return self.intro

    @classmethod
    def card_queryset(cls, queryset, image_spec):
        return with_card_image(queryset, "hero_image", image_spec)

    def get_archive(self):
        parent = self.get_parent()
        return parent.specific if parent is not None else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["archive"] = self.get_archive()
        return context

    def serve_preview(self, request, mode_name):
        if mode_name == "email":
            context = self.get_context(request)
            context["email_preview"] = True
            # Sending (newsletter.emails.render_issue) passes a placeholder that each reader's own
            # unsubscribe address replaces; an editor's preview has none.
            if getattr(request, "newsletter_unsubscribe_url", None):
                context["unsubscribe_url"] = request.newsletter_unsubscribe_url
            return TemplateResponse(request, self.email_template, context)
        return super().serve_preview(request, mode_name)


# --- Subscribers and delivery ------------------------------------------------------------------------


class Subscriber(models.Model):
    """A person on the mailing list: only what sending, consent and leaving need, nothing more."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email address"), max_length=254)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        help_text=_("Issues are sent in this language where a translation is live, else in English."),
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    # Consent as given: the words the person saw, when, and on which form.
    consent_text = models.TextField(_("consent wording shown"))
    consent_given_at = models.DateTimeField(_("consent given at"))
    consent_source = models.CharField(
        _("form used"), max_length=255, help_text=_("The address of the form they signed up on.")
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)
    unsubscribed_via = models.CharField(_("how they left"), max_length=32, blank=True)
    # Only staff may take someone off the list on their behalf (never on: that is the subscriber's own
    # confirmation); who did it is kept, with the time above and a log entry (newsletter/admin/viewsets.py).
    unsubscribed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("unsubscribed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The staff member who unsubscribed this person, if it was not their own choice."),
    )
    created_at = models.DateTimeField(_("first signed up"), auto_now_add=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="newsletter_subscriber_email_ci_unique"),
        ]
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        # Keep the address as typed but compare it ignoring case (see the constraint above).
        self.email = self.email.strip()
        super().save(*args, **kwargs)


class IssueSend(models.Model):
    """The one email delivery of one newsletter issue (all its translations), started by its first publish.

    Keyed by the issue's translation key, so publishing again, or publishing a translation, never starts
    a second one.
    """

    class State(models.TextChoices):
        SENDING = "sending", _("Sending")
        DONE = "done", _("Finished")
        HALTED = "halted", _("Paused: the issue is not live")

    translation_key = models.UUIDField(unique=True)
    issue = models.ForeignKey(
        NewsletterIssuePage,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text="The issue whose first publication started the delivery.",
    )
    state = models.CharField(max_length=16, choices=State.choices, default=State.SENDING)
    task_id = models.CharField(max_length=64, blank=True, help_text="The newest delivery task queued.")
    started_at = models.DateTimeField(auto_now_add=True)
    recipients_listed_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        verbose_name = _("issue delivery")
        # Newsletter managers send test emails and follow deliveries (editorial/roles.py).
        permissions = [("send_newsletter", "Can send test issues and follow their delivery")]

    def __str__(self):
        return f"Delivery of {self.issue or self.translation_key}"

    def counts(self):
        totals = dict.fromkeys(Delivery.Status.values, 0)
        for row in self.deliveries.values("status").annotate(n=models.Count("id")):
            totals[row["status"]] = row["n"]
        return totals


class Delivery(models.Model):
    """One subscriber's copy of one issue. The unique pair is what makes "exactly once" hold."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Not sent: unsubscribed")

    send = models.ForeignKey(IssueSend, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    language = models.CharField(max_length=8, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # A worker's claim on the row: others leave it alone until the lease runs out.
    claimed_by = models.CharField(max_length=40, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(fields=["send", "subscriber"], name="newsletter_delivery_once"),
        ]
        indexes = [
            models.Index(fields=["send", "status", "next_attempt_at"]),
            # Claiming the next batch walks only the rows still to send, however many are sent already.
            models.Index(
                fields=["send", "id"], condition=Q(status="pending"), name="newsletter_delivery_to_send"
            ),
        ]

    def __str__(self):
        return f"{self.send_id}/{self.subscriber_id}: {self.status}"
