"""Build a realistic demo site: taxonomy, pictures, documents, videos, case studies, resources, newsletter
issues and translations, quotes with their consent records, and the inclusive-language starter list.

Safe to run again: everything is found by a stable key (slug, issue number, title, embed URL or translation
key) and left alone if it exists, so a second run creates nothing and saves no new revisions.
"""

import hashlib
import io
import logging
import time
from datetime import datetime, timedelta
from datetime import time as time_of_day
from graphlib import TopologicalSorter
from html import escape

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import get_language_info
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail_localize.fields import TranslatableField, get_translatable_fields
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from case_studies.models import CaseStudyIndexPage, CaseStudyPage, CaseStudyRelatedPage
from core.documents import read_document_text
from core.factories import OrganisationFactory, RegionFactory, SectorFactory, ThemeFactory
from core.models import Organisation, Region, Sector, Theme
from demo import content
from demo.documents import plain_text, simple_docx, simple_pdf
from demo.images import landscape_jpeg, logo_png
from demo.translate import translate
from demo.translations import MEMORY
from editorial.factories import InclusiveTermFactory
from editorial.models import InclusiveTerm, QuoteConsent
from home.models import HomePage, HomePageFeaturedCaseStudy
from newsletter.factories import SubscriberFactory
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage, Subscriber
from newsletter.scheduling import scheduled_issues
from resources.models import ResourceIndexPage, ResourcePage, ResourceRelatedCaseStudy

TAXONOMY = [(Theme, content.THEMES), (Sector, content.SECTORS), (Region, content.REGIONS)]
# The tests' factories build the snippets (their defaults are all overridden by the demo's own words).
TERM_FACTORIES = {
    Theme: ThemeFactory,
    Sector: SectorFactory,
    Region: RegionFactory,
    Organisation: OrganisationFactory,
}
BODY_BLOCK = CaseStudyPage._meta.get_field("body").stream_block
ISSUE_BODY_BLOCK = NewsletterIssuePage._meta.get_field("body").stream_block
SKIP_WORDS = {"a", "an", "the"}
FILE_MAKERS = {"pdf": simple_pdf, "docx": simple_docx, "txt": plain_text}
RESOURCE_PUBLISHED_AT = time_of_day(9, 30)  # a resource counts as added to the site on its publication date


def language_names():
    """{code: name in English} for every language but the default (SITE_LANGUAGES): the demo translates into
    each of them."""
    names = {}
    for language in settings.SITE_LANGUAGES:
        code = language["code"]
        if code == settings.LANGUAGE_CODE:
            continue
        try:
            names[code] = get_language_info(code)["name"]
        except KeyError:  # a language Django does not know: its own name
            names[code] = language["name"]
    return names


def initial_of(title: str) -> str:
    """The letter drawn on a case study's picture: the first letter of its first real word."""
    words = [w for w in title.split() if w.lower() not in SKIP_WORDS]
    return (words or [title])[0][0].upper()


def linked_case_studies(body):
    """Slugs of the case studies a body's calls to action link to."""
    return {
        block["value"]["page"].slug
        for block in body
        if block["type"] == "call_to_action"
        and block["value"]["page"]
        and block["value"]["page"].slug != content.INDEX["slug"]
    }


class Command(BaseCommand):
    help = (
        "Load demo taxonomy, media, case studies, resources, newsletter issues and Welsh and Urdu "
        "translations. Safe to run twice."
    )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        self.language_names = language_names()
        started = time.monotonic()
        self.edited = set()  # translation keys of English objects created or changed in this run
        self.created_images = 0
        if self.verbosity < 2:
            # Wagtail logs every page action, and each search or reference index update runs as an
            # inline background task that logs two lines: hundreds of INFO lines that would bury the
            # progress report. Warnings and errors still show; -v 2 shows everything.
            for name in ("wagtail", "django_tasks"):
                logging.getLogger(name).setLevel(logging.WARNING)

        english, self.locales = self.ensure_locales()
        home = HomePage.objects.filter(locale=english, depth=2).first()
        if home is None:
            raise CommandError("No English home page found. Run `manage.py migrate` first.")

        terms = self.load_taxonomy(english)
        self.images = self.load_images()
        self.documents = self.load_documents()
        self.load_embeds()
        index = self.ensure_library(home, CaseStudyIndexPage, content.INDEX)
        case_studies = self.load_case_studies(index, terms)
        self.update_home(home, case_studies)
        resource_library = self.ensure_library(home, ResourceIndexPage, content.RESOURCE_INDEX)
        resources = self.load_resources(resource_library, index, terms, case_studies)
        newsletter = self.ensure_library(home, NewsletterIndexPage, content.NEWSLETTER_INDEX)
        issues = self.load_newsletter_issues(newsletter, index, resource_library, case_studies, resources)
        libraries = (index, resource_library, newsletter)
        self.translate_everything(terms, home, libraries, case_studies, resources, issues)
        sent = [issue for issue in issues if issue.first_published_at]
        self.align_publication_dates(case_studies + resources + sent)
        self.read_pending_documents()
        self.load_subscribers()
        self.load_inclusive_terms(english)
        self.print_summary(time.monotonic() - started)

    def say(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)

    # --- Locales and taxonomy ----------------------------------------------------------------------

    def ensure_locales(self):
        english = Locale.get_default()
        locales = {}
        for code, name in self.language_names.items():
            locale, created = Locale.objects.get_or_create(language_code=code)
            self.say(f"{'Creating' if created else 'Exists, skipping'}: locale {name} ({code})")
            locales[code] = locale
        return english, locales

    def load_taxonomy(self, english):
        """English terms by model and slug. Organisations get a generated logo."""
        terms = {}
        for model, rows in TAXONOMY:
            terms[model] = {row["slug"]: self.ensure_term(model, english, row) for row in rows}
        terms[Organisation] = {
            row["slug"]: self.ensure_term(
                Organisation,
                english,
                {key: row[key] for key in ("slug", "name", "kind", "website", "description")},
                logo_from=row,
            )
            for row in content.ORGANISATIONS
        }
        return terms

    def ensure_term(self, model, english, fields, logo_from=None):
        label = model._meta.verbose_name
        term = model.objects.filter(locale=english, slug=fields["slug"]).first()
        if term:
            self.say(f"Exists, skipping: {label} {term.name}")
            return term
        self.say(f"Creating {label}: {fields['name']}")
        term = TERM_FACTORIES[model].build(locale=english, **fields)
        if logo_from:
            term.logo = self.ensure_image(
                f"Logo: {fields['name']}",
                f"logo-{fields['slug']}.png",
                lambda: logo_png(fields["slug"], logo_from["initials"]),
            )
        term.full_clean()
        term.save()
        self.edited.add(term.translation_key)
        return term

    # --- Media -------------------------------------------------------------------------------------

    def ensure_image(self, title, filename, make_bytes):
        Image = get_image_model()
        image = Image.objects.filter(title=title).order_by("pk").first()
        if image:
            return image
        data = make_bytes()
        image = Image(title=title, file=ImageFile(io.BytesIO(data), name=filename))
        image.file_size = len(data)
        image.file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        image.save()
        self.created_images += 1
        return image

    def load_images(self):
        """Hero pictures, one per case study, the pictures used inside stories, resource covers and
        newsletter pictures, by key."""
        images = {}
        for key, title in content.BODY_IMAGES.items():
            images[key] = self.ensure_image(title, f"{key}.jpg", lambda key=key: landscape_jpeg(key))
        for row in content.CASE_STUDIES:
            images[f"hero:{row['slug']}"] = self.ensure_image(
                f"Illustration: {row['title']}",
                f"{row['slug']}.jpg",
                lambda row=row: landscape_jpeg(row["slug"], initial_of(row["title"])),
            )
        for row in content.RESOURCES:
            if row["cover"]:
                images[f"cover:{row['slug']}"] = self.ensure_image(
                    f"Cover: {row['title']}",
                    f"resource-{row['slug']}.jpg",
                    lambda row=row: landscape_jpeg(f"resource:{row['slug']}", initial_of(row["title"])),
                )
        for row in content.NEWSLETTER_ISSUES:
            if row["hero"]:
                images[f"newsletter:{row['slug']}"] = self.ensure_image(
                    f"Newsletter picture: issue {row['issue_number']}",
                    f"newsletter-{row['slug']}.jpg",
                    lambda row=row: landscape_jpeg(f"newsletter:{row['slug']}"),
                )
        self.say(f"Images: {self.created_images} created, the rest already present")
        return images

    def load_documents(self):
        Document = get_document_model()
        documents = {}
        created = 0
        for key, row in {**content.DOCUMENTS, **content.RESOURCE_DOCUMENTS}.items():
            document = Document.objects.filter(title=row["title"]).order_by("pk").first()
            if document is None:
                make = FILE_MAKERS[row["filename"].rsplit(".", 1)[1]]
                data = make(row["title"], row["paragraphs"])
                document = Document(title=row["title"], file=ContentFile(data, name=row["filename"]))
                document.file_size = len(data)
                document.file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
                document.save()
                created += 1
            documents[key] = document
        self.say(f"Documents: {created} created, the rest already present")
        return documents

    def load_embeds(self):
        """Cache each video's embed as Wagtail's oEmbed finder would, so rendering never needs the network.

        get_embed() looks the cache up by a hash of the URL and max width; EmbedBlock renders with no
        max width, so one row per URL is enough.
        """
        created = 0
        for row in content.VIDEOS.values():
            video_id = row["url"].split("v=", 1)[1]
            _, was_created = Embed.objects.get_or_create(
                hash=get_embed_hash(row["url"]),
                defaults={
                    "url": row["url"],
                    "max_width": None,
                    "type": "video",
                    "html": (
                        f'<iframe width="1280" height="720" src="https://www.youtube-nocookie.com/embed/'
                        f'{video_id}" title="{escape(row["title"])}" loading="lazy" allow="accelerometer; '
                        'encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>'
                    ),
                    "title": row["title"],
                    "author_name": "Human Learning Systems",
                    "provider_name": "YouTube",
                    "thumbnail_url": "",
                    "width": 1280,
                    "height": 720,
                    "cache_until": None,
                },
            )
            created += was_created
        self.say(f"Video embeds: {created} created, the rest already present")

    # --- Pages -------------------------------------------------------------------------------------

    def ensure_library(self, home, model, fields):
        """The home page's library of this type. There may be only one, so an editor's own is kept."""
        label = model._meta.verbose_name
        libraries = model.objects.child_of(home)
        index = libraries.filter(slug=fields["slug"]).first() or libraries.first()
        if index:
            self.say(f"Exists, skipping: {label} {index.url_path}")
            return index
        self.say(f"Creating {label}: {fields['title']}")
        index = model(**fields)
        home.add_child(instance=index)
        index.save_revision().publish()
        self.edited.add(index.translation_key)
        return index

    def load_case_studies(self, index, terms):
        """English case studies by slug. New ones are created in dependency order, then published."""
        existing = {page.slug: page for page in CaseStudyPage.objects.child_of(index).specific()}
        rows = {row["slug"]: row for row in content.CASE_STUDIES}
        # A call to action may link to another case study, which must exist first.
        order = TopologicalSorter({slug: linked_case_studies(row["body"]) for slug, row in rows.items()})
        pages, created = {}, []
        for slug in order.static_order():
            if slug in existing:
                self.say(f"Exists, skipping: {rows[slug]['title']}")
                pages[slug] = existing[slug]
                continue
            self.say(f"Creating case study: {rows[slug]['title']}")
            pages[slug] = self.create_case_study(index, rows[slug], terms, pages)
            created.append(slug)
        now = timezone.now()
        for slug in created:
            self.publish_case_study(pages[slug], rows[slug], pages, now)
        return [pages[row["slug"]] for row in content.CASE_STUDIES]

    @transaction.atomic
    def create_case_study(self, index, row, terms, pages):
        decorative = row.get("hero_decorative", False)
        page = CaseStudyPage(
            title=row["title"],
            slug=row["slug"],
            summary=row["summary"],
            hero_image=self.images[f"hero:{row['slug']}"],
            hero_image_alt="" if decorative else content.hero_alt(initial_of(row["title"])),
            hero_image_decorative=decorative,
            organisation=terms[Organisation][row["organisation"]],
            period_start=row["period_start"],
            period_end=row["period_end"],
            contact_name=row["contact_name"],
            contact_role=row["contact_role"],
            contact_email=row["contact_email"],
            body=self.build_body(
                row["body"], index, pages, consent_date=row["period_end"] or content.CONSENT_GATHERED
            ),
            live=False,
        )
        page.themes = [terms[Theme][slug] for slug in row["themes"]]
        page.sectors = [terms[Sector][slug] for slug in row["sectors"]]
        page.regions = [terms[Region][slug] for slug in row["regions"]]
        page.tags.add(*row["tags"])
        index.add_child(instance=page)
        return page

    @transaction.atomic
    def publish_case_study(self, page, row, pages, now):
        """Add the editor's related choices (all pages exist now), publish once, then backdate."""
        # Numbered as the admin numbers them: unnumbered choices come back in whatever order the database likes.
        page.related_case_studies = [
            CaseStudyRelatedPage(related=pages[slug], sort_order=i) for i, slug in enumerate(row["related"])
        ]
        page.save_revision().publish()
        # Spread publication over the last two years so "newest first" means something.
        page.first_published_at = now - timedelta(days=row["days_ago"])
        CaseStudyPage.objects.filter(pk=page.pk).update(first_published_at=page.first_published_at)
        self.edited.add(page.translation_key)

    def build_body(
        self, raw_blocks, index, pages, stream_block=BODY_BLOCK, go_live_at=None, consent_date=None
    ):
        """Swap references for ids (and an unsent issue's dates for real ones, and quotes' consent dates
        for the page's own), then validate as the editor's form would (alt text, links, videos, event
        times, consent records)."""

        def resolve(value):
            if isinstance(value, dict) and "identified_as" in value and value.get("given_on") is None:
                value = {**value, "given_on": consent_date}
            if isinstance(value, dict):
                return {key: resolve(item) for key, item in value.items()}
            if isinstance(value, list):
                return [resolve(item) for item in value]
            if isinstance(value, content.ImageRef):
                return self.images[value.key].pk
            if isinstance(value, content.DocumentRef):
                return self.documents[value.key].pk
            if isinstance(value, content.PageRef):
                return index.pk if value.slug == content.INDEX["slug"] else pages[value.slug].pk
            if isinstance(value, content.DaysFromLoad):
                return timezone.localdate() + timedelta(days=value.days)
            if isinstance(value, content.AfterGoLive):
                day = timezone.localdate(go_live_at) + timedelta(days=value.days)
                return timezone.make_aware(datetime.combine(day, value.at))
            return value

        return stream_block.clean(stream_block.to_python(resolve(raw_blocks)))

    def load_resources(self, library, case_study_library, terms, case_studies):
        """English resources, in content order. New ones are created and published, dated by publication."""
        existing = {page.slug: page for page in ResourcePage.objects.child_of(library)}
        case_study_pages = {page.slug: page for page in case_studies}
        pages = {}
        for row in content.RESOURCES:
            page = existing.get(row["slug"])
            if page:
                self.say(f"Exists, skipping: {row['title']}")
            else:
                self.say(f"Creating resource: {row['title']}")
                page = self.create_resource(library, row, terms, case_study_library, case_study_pages)
            pages[row["slug"]] = page
        return [pages[row["slug"]] for row in content.RESOURCES]

    @transaction.atomic
    def create_resource(self, library, row, terms, case_study_library, case_study_pages):
        cover = row["cover"]
        page = ResourcePage(
            title=row["title"],
            slug=row["slug"],
            summary=row["summary"],
            resource_type=row["resource_type"],
            document=self.documents[row["document"]] if row["document"] else None,
            external_url=row["external_url"],
            cover_image=self.images[f"cover:{row['slug']}"] if cover else None,
            cover_image_alt=content.hero_alt(initial_of(row["title"])) if cover == "image" else "",
            cover_image_decorative=cover == "decorative",
            publication_date=row["publication_date"],
            author_organisation=terms[Organisation][row["organisation"]],
            body=self.build_body(
                row["body"], case_study_library, case_study_pages, consent_date=row["publication_date"]
            ),
            live=False,
        )
        page.themes = [terms[Theme][slug] for slug in row["themes"]]
        page.sectors = [terms[Sector][slug] for slug in row["sectors"]]
        page.regions = [terms[Region][slug] for slug in row["regions"]]
        page.tags.add(*row["tags"])
        page.related_case_studies = [
            ResourceRelatedCaseStudy(case_study=case_study_pages[slug], sort_order=i)
            for i, slug in enumerate(row["related"])
        ]
        library.add_child(instance=page)
        page.save_revision().publish()
        # The home page lists the latest resources by when they were added: let that follow publication.
        page.first_published_at = timezone.make_aware(
            datetime.combine(row["publication_date"], RESOURCE_PUBLISHED_AT)
        )
        ResourcePage.objects.filter(pk=page.pk).update(first_published_at=page.first_published_at)
        self.edited.add(page.translation_key)
        return page

    def load_newsletter_issues(
        self, newsletter, case_study_library, resource_library, case_studies, resources
    ):
        """English issues in content order, found by slug or by number (an editor's own issue 3 is kept).

        Past issues are published and dated when they went out. The issue still to go out is scheduled as
        an editor would: a revision published with a "go live at" two weeks ahead, which leaves the page
        not live until the scheduler publishes it. Found again on the next run, it is never rescheduled.
        """
        existing = list(NewsletterIssuePage.objects.child_of(newsletter))
        by_slug = {page.slug: page for page in existing}
        by_number = {page.issue_number: page for page in existing}
        pages = {page.slug: page for page in (*case_studies, *resources)}
        pages[resource_library.slug] = resource_library
        if len(pages) != len(case_studies) + len(resources) + 1:
            raise CommandError("A case study, resource or library slug is used twice in the demo content.")
        issues = []
        for row in content.NEWSLETTER_ISSUES:
            page = by_slug.get(row["slug"]) or by_number.get(row["issue_number"])
            if page:
                self.say(f"Exists, skipping: newsletter issue {page.issue_number}")
            else:
                verb = "Scheduling" if row["published_at"] is None else "Creating"
                self.say(f"{verb} newsletter issue: {row['title']}")
                page = self.create_issue(newsletter, row, case_study_library, pages)
            issues.append(page)
        return issues

    @transaction.atomic
    def create_issue(self, newsletter, row, case_study_library, pages):
        go_live_at = None
        if row["published_at"] is None:
            day = timezone.localdate() + timedelta(days=row["go_live_in_days"])
            go_live_at = timezone.make_aware(datetime.combine(day, content.GO_LIVE_TIME))
        hero = row["hero"]
        page = NewsletterIssuePage(
            title=row["title"],
            slug=row["slug"],
            issue_number=row["issue_number"],
            intro=row["intro"],
            hero_image=self.images[f"newsletter:{row['slug']}"] if hero else None,
            hero_image_alt=content.NEWSLETTER_HERO_ALT if hero == "image" else "",
            hero_image_decorative=hero == "decorative",
            body=self.build_body(
                row["body"],
                case_study_library,
                pages,
                ISSUE_BODY_BLOCK,
                go_live_at,
                consent_date=(row["published_at"].date() if row["published_at"] else timezone.localdate())
                - timedelta(days=7),
            ),
            go_live_at=go_live_at,
            live=False,
        )
        newsletter.add_child(instance=page)
        # As the admin's Publish button does: with a future "go live at" this only approves the revision.
        page.save_revision().publish()
        self.edited.add(page.translation_key)
        if go_live_at:
            return page
        # The archive and feeds order issues by when they went out.
        sent_at = timezone.make_aware(row["published_at"])
        NewsletterIssuePage.objects.filter(pk=page.pk).update(
            first_published_at=sent_at, last_published_at=sent_at
        )
        page.first_published_at = page.last_published_at = sent_at
        return page

    def update_home(self, home, case_studies):
        """Fill in the home page the migration created. Once it has a revision, an editor's words win."""
        if home.latest_revision_id:
            self.say("Exists, skipping: home page text and featured case studies")
            return
        self.say("Updating home page: introduction and featured case studies")
        by_slug = {page.slug: page for page in case_studies}
        for key in ("hero_heading", "intro", "search_description"):
            setattr(home, key, content.HOME[key])
        home.featured_case_studies = [
            HomePageFeaturedCaseStudy(case_study=by_slug[slug], sort_order=i)
            for i, slug in enumerate(content.HOME["featured"])
        ]
        home.save_revision().publish()
        self.edited.add(home.translation_key)

    # --- Translations ------------------------------------------------------------------------------

    def translate_everything(self, terms, home, libraries, case_studies, resources, issues):
        """Parents before children: the translated home page, then the libraries, then their pages."""
        for code, locale in self.locales.items():
            for model_terms in terms.values():
                for term in model_terms.values():
                    self.translate_one(term, code, locale)
            for page in (home, *libraries):
                self.translate_one(Page.objects.get(pk=page.pk).specific, code, locale)
        for rows, pages in (
            (content.CASE_STUDIES, case_studies),
            (content.RESOURCES, resources),
            (content.NEWSLETTER_ISSUES, issues),
        ):
            for row, page in zip(rows, pages, strict=True):
                if page.slug != row["slug"]:
                    continue  # an editor's own issue with the demo's number: not ours to translate
                for code in row["translate"]:
                    self.translate_one(Page.objects.get(pk=page.pk).specific, code, self.locales[code])

    def translate_one(self, instance, code, locale):
        if instance.translation_key not in self.edited and self.source_outdated(instance):
            self.edited.add(instance.translation_key)  # so that every language is brought up to date
        outcome = translate(instance, locale, MEMORY[code], instance.translation_key in self.edited)
        label = f"{type(instance)._meta.verbose_name} {instance}"
        progress = f"({outcome.translated}/{outcome.total} strings translated)"
        if outcome.status == "unchanged":
            self.say(f"Exists, skipping: {self.language_names[code]} translation of {label}")
        else:
            verb = "Translating" if outcome.status == "created" else "Updating translation"
            self.say(f"{verb} into {self.language_names[code]}: {label} {progress}")

    @staticmethod
    def source_outdated(instance):
        """True if a text field of `instance` has words its frozen TranslationSource never saw: a field added
        by a later migration, such as the home page's resources heading. Its source must then be re-read."""
        source = TranslationSource.objects.filter(
            object_id=instance.translation_key, locale_id=instance.locale_id
        ).first()
        if source is None:
            return False
        seen = {
            path.split(".", 1)[0]
            for path in StringSegment.objects.filter(source=source).values_list("context__path", flat=True)
        }
        for field in get_translatable_fields(type(instance)):
            model_field = field.get_field(type(instance))
            is_text = isinstance(model_field, (models.CharField, models.TextField))
            if isinstance(field, TranslatableField) and is_text and field.field_name not in seen:
                if (getattr(instance, field.field_name) or "").strip():
                    return True
        return False

    def align_publication_dates(self, pages):
        """Give each translation its source's publication date, so every language sorts the same way."""
        for page in pages:
            type(page).objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).exclude(
                first_published_at=page.first_published_at
            ).update(first_published_at=page.first_published_at)

    def read_pending_documents(self):
        """Make sure search can find each demo document by the words inside it.

        Each new file is read when its save is committed. Run inside an outer transaction (a test, or
        call_command under transaction.atomic), that has not happened yet, so read the rest here.
        """
        Document = get_document_model()
        pending = list(
            Document.objects.filter(
                pk__in=[document.pk for document in self.documents.values()],
                text_status=Document.TextStatus.PENDING,
            ).values_list("pk", flat=True)
        )
        for pk in pending:
            read_document_text.call(pk)
        if pending:
            self.say(f"Documents read for search now: {len(pending)}")

    def load_subscribers(self):
        """Demo subscribers, found again by address on the next run and left as they are."""
        now = timezone.now()
        created = 0
        for row in content.SUBSCRIBERS:
            if Subscriber.objects.filter(email__iexact=row["email"]).exists():
                continue
            status = row["status"]
            SubscriberFactory(
                email=row["email"],
                language=row["language"],
                status=status,
                consent_text=content.SUBSCRIBER_CONSENT,
                consent_given_at=now,
                consent_source="/subscriptions/",
                confirmed_at=now if status != "pending" else None,
                unsubscribed_at=now if status == "unsubscribed" else None,
                unsubscribed_via="link" if status == "unsubscribed" else "",
            )
            created += 1
        if created:
            self.say(f"Newsletter subscribers created: {created}")

    def load_inclusive_terms(self, english):
        """The starter list for the editor's inclusive-language check, found again by term."""
        created = 0
        for row in content.INCLUSIVE_TERMS:
            if InclusiveTerm.objects.filter(locale=english, term__iexact=row["term"]).exists():
                continue
            term = InclusiveTermFactory.build(locale=english, **row)
            term.full_clean()
            term.save()
            created += 1
        if created:
            self.say(f"Inclusive language terms created: {created}")

    # --- Summary -----------------------------------------------------------------------------------

    def print_summary(self, seconds):
        def per_locale(model):
            return ", ".join(
                f"{locale.language_code} {model.objects.filter(locale=locale).count()}"
                for locale in Locale.objects.order_by("pk")
            )

        Document = get_document_model()
        terms = ", ".join(
            f"{model._meta.verbose_name_plural} {model.objects.count()}"
            for model in (Theme, Sector, Region, Organisation)
        )
        lines = [
            f"Locales: {', '.join(Locale.objects.order_by('pk').values_list('language_code', flat=True))}",
            f"Case studies by locale: {per_locale(CaseStudyPage)}",
            f"Resources by locale: {per_locale(ResourcePage)}",
            f"Newsletter issues by locale: {per_locale(NewsletterIssuePage)}, "
            f"of which scheduled: {len(scheduled_issues())}",
            f"Pages in all: {Page.objects.count()}, revisions: {Revision.objects.count()}",
            f"Snippets in all languages: {terms}",
            f"Images: {get_image_model().objects.count()}, documents: {Document.objects.count()}, "
            f"video embeds: {Embed.objects.count()}, tags: {Tag.objects.count()}",
            "Documents whose words search can find: "
            f"{Document.objects.filter(text_status=Document.TextStatus.DONE).count()}",
            f"Synced translations (wagtail-localize): {Translation.objects.filter(enabled=True).count()}",
            f"Newsletter subscribers: {Subscriber.objects.filter(status='confirmed').count()} confirmed, "
            f"{Subscriber.objects.count()} in all",
            f"Quotes with their consent: {QuoteConsent.objects.count()} on pages in all languages; "
            f"inclusive language terms: {InclusiveTerm.objects.count()}",
        ]
        self.say(self.style.SUCCESS(f"Demo content ready in {seconds:.1f} s."))
        for line in lines:
            self.say(f"  {line}")
