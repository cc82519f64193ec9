"""What every part of the site shares: the taxonomy snippets, the abstract base page, site settings."""

import copy

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.http import Http404
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term of the shared vocabulary. The slug is the same in every language, so a filter URL such as
    `?theme=learning` means the same thing under `/cy/` and `/ur/`."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("The name visitors see, for example ‘Learning’.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_(
            "Used in web addresses for filters, for example ‘learning’. Lower-case letters, numbers and "
            "hyphens only. Keep it the same once people have shared links."
        ),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Optional. One or two sentences that explain the term to a visitor."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        clash = (
            type(self).objects.filter(slug=self.slug).exclude(translation_key=self.translation_key).exists()
        )
        if self.slug and clash:
            raise ValidationError({"slug": _("Another term already uses this slug. Choose a different one.")})


class Theme(TaxonomyTerm):
    """The three HLS themes: Human, Learning, Systems."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("HLS theme")
        verbose_name_plural = _("HLS themes")


class Sector(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class Region(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Organisation(TaxonomyTerm):
    class Kind(models.TextChoices):
        LOCAL_AUTHORITY = "local_authority", _("Local authority")
        CHARITY = "charity", _("Charity or voluntary organisation")
        NHS = "nhs", _("NHS body")
        NATIONAL_GOVERNMENT = "national_government", _("National government")
        SOCIAL_ENTERPRISE = "social_enterprise", _("Social enterprise")
        FUNDER = "funder", _("Funder")
        OTHER = "other", _("Other")

    kind = models.CharField(
        _("kind of organisation"),
        max_length=32,
        choices=Kind.choices,
        default=Kind.CHARITY,
        help_text=_("What sort of body this is. Shown beside its name."),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("Optional. The organisation's own site, starting https://")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. A logo, ideally on a transparent or white background."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    translatable_fields = TaxonomyTerm.translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")


def unexpired():
    """Pages whose expiry time has not come. Wagtail unpublishes an expired page only when the scheduler
    runs `publish_scheduled`; until then it is still "live", so every public list checks the time too."""
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def private_q():
    """Pages with a view restriction and their descendants, from the remembered restricted paths
    (core.memo.restricted_paths, read once per content version; Wagtail reads the restrictions table at
    each `.public()`)."""
    from core.memo import restricted_paths

    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


class SitePageQuerySet(PageQuerySet):
    """The pages' queryset: Wagtail's, with `visible()` and a `public()` that asks no query of its own."""

    def public(self):
        """Pages in no private section (as Wagtail's `public()`), from the remembered restricted paths."""
        return self.exclude(private_q())

    def visible(self):
        """What a visitor may see: live, public and unexpired. Every public list starts here."""
        return self.live().public().filter(unexpired())


SitePageManager = PageManager.from_queryset(SitePageQuerySet)


def pages():
    """Every page of any type (as Wagtail's `Page.objects`), with `visible()` and the remembered
    `public()`: for lists of several page types (search, the sitemap) and a page's ancestors."""
    return SitePageQuerySet(Page).order_by("path")


def with_card_image(queryset, field, image_spec):
    """`queryset` with its cards' picture read in the same query and the picture's `image_spec`
    rendition in one more (Wagtail's prefetch_renditions would read the pictures in a query of their own)."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=image_spec)
    return queryset.select_related(field).prefetch_related(
        Prefetch(f"{field}__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


class BasePage(Page):
    """Fields and behaviour every public page shares: a social image and a meta description."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional. The picture shown when this page is shared on social media (1200×630 works best). "
            "Without one, the page's main image is used."
        ),
    )

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, _("Common page configuration")),
        FieldPanel("social_image"),
    ]

    objects = SitePageManager()

    class Meta:
        abstract = True

    # What core.routing reads with the page when it serves it (the template shows them all).
    route_select_related = ("social_image",)

    def get_meta_description(self):
        return self.search_description

    def get_social_image(self):
        return self.social_image

    def get_view_restrictions(self):
        """Wagtail asks this of every page it serves (two queries). Most pages sit under no restriction,
        which the remembered restricted paths tell at once (core.memo); the rest ask Wagtail."""
        from wagtail.models import PageViewRestriction

        from core.memo import restricted_paths

        if self.alias_of_id is None and not any(self.path.startswith(path) for path in restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def publish_checks_apply(self):
        """False while the admin saves a draft: alt text, like other required fields, is asked for when
        the page is submitted for review or published (core.forms.PublishChecksMixin sets the flag)."""
        return not getattr(self, "_deferring_publish_checks", False)

    # Pictures that carry their own alt text: (image field, alt text field, "decorative" field).
    alt_text_fields = ()

    def missing_alt_text(self):
        """What on this page shows a picture with neither alt text nor the decorative tick: the picture
        fields' names, and one entry per such picture in the body. Empty when all is well."""
        missing = []
        for image, alt, decorative in self.alt_text_fields:
            if (
                getattr(self, f"{image}_id")
                and not getattr(self, decorative)
                and not (getattr(self, alt) or "").strip()
            ):
                missing.append(str(self._meta.get_field(image).verbose_name))
        for field in self._meta.get_fields():
            if not isinstance(field, StreamField):
                continue
            for child in getattr(self, field.name) or []:
                picture = child.value.get("image") if hasattr(child.value, "get") else None
                if picture is not None and hasattr(picture, "contextual_alt_text"):
                    if (
                        not getattr(picture, "decorative", False)
                        and not (picture.contextual_alt_text or "").strip()
                    ):
                        missing.append(_("a picture in the %(field)s") % {"field": field.verbose_name})
        return missing

    def is_expired_now(self):
        return bool(self.expire_at and self.expire_at <= timezone.now())

    def serve(self, request, *args, **kwargs):
        # Past its expiry the page is gone, even in the minute before the scheduler unpublishes it.
        if self.is_expired_now():
            raise Http404
        return super().serve(request, *args, **kwargs)

    def serve_preview(self, request, mode_name):
        # Features adjust previews (never what visitors are served) through the "after_serve_preview" hook:
        # each is called with (page, request, response) and may return a response to use instead.
        response = super().serve_preview(request, mode_name)
        for hook in hooks.get_hooks("after_serve_preview"):
            response = hook(self, request, response) or response
        return response

    @cached_property
    def breadcrumbs(self):
        """Ancestors below the site root, in the page's own locale."""
        return pages().ancestor_of(self).live().public().filter(depth__gt=2)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Details shown in the footer that comms staff may change without a developer."""

    contact_email = models.EmailField(
        blank=True,
        help_text=_("Optional. Shown in the footer so visitors can get in touch."),
    )

    panels = [FieldPanel("contact_email")]

    @classmethod
    def for_site(cls, site):
        """Read on every page (the footer): remembered per content version for visitors (core.memo).
        Each caller gets its own copy, since Wagtail sets the request on the one it is given."""
        from core.memo import remembered

        if site is None:
            return super().for_site(site)
        return copy.copy(
            remembered(("site-settings", site.pk), lambda: super(SiteSettings, cls).for_site(site))
        )


class SearchableDocument(AbstractDocument):
    """A downloadable file, with the words inside it kept so that search can find them.

    The words are read by a background task after the file is saved (see core.documents); the status and
    note tell editors whether that worked, for example when a PDF is password-protected.
    """

    class TextStatus(models.TextChoices):
        PENDING = "pending", _("Waiting to be read")
        DONE = "done", _("Words read")
        TRUNCATED = "truncated", _("Words read (long file: only the first part is searchable)")
        EMPTY = "empty", _("No words found")
        UNSUPPORTED = "unsupported", _("Not read: only PDF, Word (.docx) and plain-text files are read")
        FAILED = "failed", _("Could not be read")

    extracted_text = models.TextField(_("words in the file"), blank=True, editable=False)
    text_status = models.CharField(
        _("search status"),
        max_length=16,
        choices=TextStatus.choices,
        default=TextStatus.PENDING,
        editable=False,
    )
    text_note = models.CharField(_("search note"), max_length=500, blank=True, editable=False)
    # The file the text was read from (name and content hash; see core.documents.text_source_of).
    text_source = models.CharField(max_length=255, blank=True, editable=False)

    admin_form_fields = WagtailDocument.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # The collection as stored, so a save can tell whether the document moved (resources.apps).
        instance.stored_collection_id = instance.__dict__.get("collection_id")
        return instance

    @property
    def is_public(self):
        """Whether anyone may download the file: no privacy set on its collection or on a collection above
        it, the restrictions Wagtail's document view checks."""
        return not self.collection.get_view_restrictions().exists()

    @property
    def public_text(self):
        """The words inside the file for a public search index: none while the file is private, since
        a page found by them would tell anyone what the file says."""
        return self.extracted_text if self.is_public else ""

    @property
    def download_details(self):
        """‘PDF, 1.2 MB’: the format and size visitors are told before they download."""
        parts = [(self.file_extension or "").upper()]
        try:
            size = self.get_file_size()  # stored at upload; measured (and stored) once if missing
        except OSError:
            size = None
        if size:
            parts.append(filesizeformat(size))
        return ", ".join(part for part in parts if part)


def in_private_collection(collection_path):
    """An expression for querysets: whether the collection whose path is `collection_path` (e.g.
    OuterRef("document__collection__path")), or a collection above it, has privacy set. The rule of
    SearchableDocument.is_public, for many rows in one query: a collection's path starts with the paths
    of the collections above it."""
    from django.db.models import Exists
    from django.db.models.functions import Length, Substr
    from wagtail.models import CollectionViewRestriction

    return Exists(
        CollectionViewRestriction.objects.filter(
            collection__path=Substr(collection_path, 1, Length("collection__path"))
        )
    )
