"""`manage.py load_demo_content` builds a realistic, translated demo site and is safe to run twice;
`manage.py ensure_admin_user` creates the admin once and never prompts, and `ensure_demo_users` one user per
editorial role."""

import datetime
import io
import json

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from case_studies.models import CaseStudyIndexPage, CaseStudyPage, CaseStudyRelatedPage, CaseStudyTag
from core.documents import _read_docx
from core.models import Organisation, Region, Sector, Theme
from demo import content
from demo.documents import simple_docx
from demo.translations import MEMORY
from editorial import consent
from editorial.blocks import BodyBlock
from editorial.models import InclusiveTerm, QuoteConsent
from editorial.roles import ROLES
from home.models import HomePage, HomePageFeaturedCaseStudy
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage, Subscriber
from newsletter.scheduling import scheduled_issues
from resources.models import (
    ResourceIndexPage,
    ResourcePage,
    ResourceRelatedCaseStudy,
    ResourceTag,
    ResourceType,
)
from tests.conftest import shared_data

pytestmark = pytest.mark.django_db


def load_demo_content():
    out = io.StringIO()
    # Run on_commit callbacks as a real commit would; a test's transaction never commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content", verbosity=1, stdout=out)
    return out.getvalue()


def per_locale(model):
    return dict(
        model.objects.values_list("locale__language_code")
        .annotate(n=Count("pk"))
        .order_by("locale__language_code")
    )


def snapshot():
    """Everything the demo loader makes, counted."""
    return {
        "pages per locale": per_locale(Page),
        "case studies per locale": per_locale(CaseStudyPage),
        "resources per locale": per_locale(ResourcePage),
        "newsletter archives per locale": per_locale(NewsletterIndexPage),
        "newsletter issues per locale": per_locale(NewsletterIssuePage),
        "scheduled revisions": list(
            Revision.objects.filter(approved_go_live_at__isnull=False).values_list(
                "object_id", "approved_go_live_at"
            )
        ),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "documents read for search": get_document_model().objects.filter(text_status="done").count(),
        "embeds": Embed.objects.count(),
        "themes": per_locale(Theme),
        "sectors": per_locale(Sector),
        "regions": per_locale(Region),
        "organisations": per_locale(Organisation),
        "tags": Tag.objects.count(),
        "tagged items": CaseStudyTag.objects.count(),
        "related choices": CaseStudyRelatedPage.objects.count(),
        "resource tags": ResourceTag.objects.count(),
        "resources' case studies": ResourceRelatedCaseStudy.objects.count(),
        "featured": HomePageFeaturedCaseStudy.objects.count(),
        "translation sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "enabled translations": Translation.objects.filter(enabled=True).count(),
        "string translations": StringTranslation.objects.count(),
        "quotes and their consent": sorted(
            QuoteConsent.objects.values_list(
                "page_id", "block_id", "identified_as", "given_on", "valid_until"
            )
        ),
        "inclusive language terms": InclusiveTerm.objects.count(),
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once for this module: (snapshot after the first run, its output)."""
    with shared_data(django_db_blocker):
        output = load_demo_content()
        yield snapshot(), output


def english_case_studies():
    return CaseStudyPage.objects.filter(locale__language_code="en")


def english_resources():
    return ResourcePage.objects.filter(locale__language_code="en")


def test_loading_twice_changes_nothing(demo):
    first, _output = demo
    second_output = load_demo_content()
    assert snapshot() == first
    assert "Creating" not in second_output
    assert "Translating" not in second_output
    assert "Updating" not in second_output
    assert "Scheduling" not in second_output
    # Nothing twice: one page per resource, one document per title.
    assert english_resources().count() == len(content.RESOURCES)
    assert english_issues().count() == len(content.NEWSLETTER_ISSUES)
    titles = list(get_document_model().objects.values_list("title", flat=True))
    assert len(titles) == len(set(titles))


def test_the_first_run_made_something(demo):
    first, output = demo
    assert first["images"] > 0
    assert first["documents"] > 0
    assert first["documents read for search"] == first["documents"]
    assert first["tags"] > 0
    assert first["enabled translations"] > 0
    assert "Creating case study" in output
    assert "Creating resource library: Resources" in output
    assert "Creating resource: Equity in practice: a guide for practitioners" in output
    assert "Creating newsletter archive: Newsletter" in output
    assert "Scheduling newsletter issue: Issue 8: Stewarding healthy systems" in output


def test_at_least_15_live_english_case_studies(demo):
    case_studies = english_case_studies()
    assert case_studies.count() >= 15
    assert case_studies.live().count() == case_studies.count()
    library = CaseStudyIndexPage.objects.get(locale__language_code="en")
    assert all(page.get_parent().pk == library.pk for page in case_studies)


def test_all_three_themes_are_used(demo):
    used = set(english_case_studies().values_list("themes__slug", flat=True))
    assert {"human", "learning", "systems"} <= used
    assert set(Theme.objects.filter(locale__language_code="en").values_list("slug", flat=True)) == {
        "human",
        "learning",
        "systems",
    }


def test_every_case_study_has_the_fields_the_library_needs(demo):
    for page in english_case_studies():
        assert page.summary and len(page.summary) <= 300, page.title
        assert page.organisation_id, page.title
        assert page.themes.exists() and page.sectors.exists() and page.regions.exists(), page.title
        assert page.first_published_at, page.title
        page.full_clean()  # alt text or decorative, dates in order


def test_every_body_block_type_is_used(demo):
    used = {block.block_type for page in english_case_studies() for block in page.body}
    assert used == set(BodyBlock().child_blocks)


def test_case_studies_differ_in_taxonomy_and_dates(demo):
    pages = english_case_studies()
    assert pages.values("organisation").distinct().count() >= 5
    assert len(set(pages.values_list("sectors__slug", flat=True))) >= 3
    assert len(set(pages.values_list("regions__slug", flat=True))) >= 3
    assert len(set(pages.values_list("first_published_at", flat=True))) == pages.count()


def test_welsh_and_urdu_translations(demo):
    assert CaseStudyPage.objects.live().filter(locale__language_code="cy").count() >= 2
    assert CaseStudyPage.objects.live().filter(locale__language_code="ur").count() >= 1
    english_home = HomePage.objects.get(locale__language_code="en")
    for code in ("cy", "ur"):
        home = HomePage.objects.get(locale__language_code=code)
        assert home.live
        assert home.translation_key == english_home.translation_key
    assert HomePage.objects.get(locale__language_code="cy").title != english_home.title


def test_translations_are_synced_through_wagtail_localize(demo):
    translated = Page.objects.exclude(locale__language_code="en").filter(depth__gt=1).specific()
    assert translated
    for page in translated:
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=page.locale, enabled=True
        )
        assert translation.source.locale.language_code == "en"
        assert translation.source.get_translated_instance(page.locale).pk == page.pk
    # The taxonomy is translated too, so filters show Welsh and Urdu names.
    for model in (Theme, Sector, Region, Organisation):
        english = model.objects.filter(locale__language_code="en").count()
        assert model.objects.filter(locale__language_code="cy").count() == english
        assert model.objects.filter(locale__language_code="ur").count() == english


def test_welsh_text_is_really_translated(demo):
    welsh = CaseStudyPage.objects.filter(locale__language_code="cy")
    for page in welsh:
        english = page.get_translation(page.locale.get_default())
        assert page.title != english.title
        assert page.summary != english.summary


def test_every_demo_page_renders(demo, client):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        url = page.url
        response = client.get(url)
        assert response.status_code == 200, url
    for url in (
        "/case-studies/",
        "/cy/case-studies/",
        "/ur/case-studies/",
        "/resources/",
        "/cy/resources/",
        "/ur/resources/",
        "/sitemap.xml",
        "/cy/sitemap.xml",
    ):
        assert client.get(url).status_code == 200, url


def test_the_demo_library_filters(demo, client):
    response = client.get("/case-studies/?theme=learning")
    library = response.context["library"]
    expected = english_case_studies().filter(themes__slug="learning").distinct().count()
    assert library.count == expected > 0


# The resources library --------------------------------------------------------------------------------


def own_text(page):
    """Everything a resource page says itself, without its file: title, summary, description, tags, author."""
    parts = [page.title, page.summary, json.dumps(page.body.get_prep_value(), ensure_ascii=False)]
    parts += [tag.name for tag in page.tags.all()] + [page.author_organisation.name]
    return " ".join(parts).lower()


def test_at_least_ten_live_english_resources_in_the_library(demo):
    resources = english_resources()
    assert resources.count() >= 10
    assert resources.live().count() == resources.count()
    library = ResourceIndexPage.objects.get(locale__language_code="en")
    assert library.url == "/resources/"
    assert library.title == "Resources" and library.intro
    assert all(page.get_parent().pk == library.pk for page in resources)


def test_every_resource_type_is_used(demo):
    assert set(english_resources().values_list("resource_type", flat=True)) == set(ResourceType.values)


def test_every_resource_has_what_the_library_needs(demo):
    resources = english_resources()
    for page in resources:
        assert page.summary and len(page.summary) <= 300, page.title
        assert page.author_organisation_id and page.themes.exists() and page.body, page.title
        assert bool(page.document_id) != bool(page.external_url), page.title
        page.full_clean()  # one download or link, alt text unless decorative
    years = {page.publication_date.year for page in resources}
    assert {2021, 2026} <= years and len(years) >= 5
    assert resources.exclude(cover_image=None).count() > resources.count() / 2
    assert resources.values("author_organisation").distinct().count() >= 5
    assert len(set(resources.values_list("sectors__slug", flat=True))) >= 5
    assert len(set(resources.values_list("tagged_items__tag__name", flat=True))) >= 10
    # The home page lists the latest resources by when they were added: that follows publication.
    newest_first = list(resources.order_by("-first_published_at"))
    assert newest_first == sorted(resources, key=lambda page: page.publication_date, reverse=True)


def test_there_is_an_equity_diversity_and_inclusion_resource_for_practitioners(demo):
    page = english_resources().get(slug="equity-in-practice")
    assert "Equity" in page.title and "practitioners" in page.title
    assert {"equity", "diversity", "inclusion"} <= set(page.tags.names())
    assert set(page.themes.values_list("slug", flat=True)) == {"human", "learning", "systems"}
    assert page.document and page.document.file_extension == "docx"


def test_resource_files_are_pdfs_and_word_documents_read_for_search(demo):
    documents = [page.document for page in english_resources().exclude(document=None)]
    extensions = [document.file_extension for document in documents]
    assert extensions.count("pdf") >= 3 and extensions.count("docx") >= 2
    for document in documents:
        assert document.file_size and document.file_hash, document.title
        assert document.text_status == "done" and document.extracted_text, document.title
    assert not get_document_model().objects.filter(text_status="pending").exists()


def test_each_searchable_phrase_is_only_inside_its_file(demo):
    assert set(content.SEARCHABLE_PHRASES) <= set(english_resources().values_list("slug", flat=True))
    extensions = set()
    for slug, phrase in content.SEARCHABLE_PHRASES.items():
        page = english_resources().get(slug=slug)
        extensions.add(page.document.file_extension)
        assert phrase.lower() in page.document.extracted_text.lower(), slug
        assert phrase.lower() not in own_text(page), slug
    assert {"pdf", "docx"} <= extensions


@pytest.mark.parametrize("slug", sorted(content.SEARCHABLE_PHRASES))
def test_search_finds_a_resource_by_words_inside_its_file(demo, slug):
    phrase = content.SEARCHABLE_PHRASES[slug]
    page = english_resources().get(slug=slug)
    assert page in ResourcePage.objects.live().search(phrase)
    # Every word of the phrase together: only the resource whose file holds it.
    english = ResourcePage.objects.live().filter(locale=page.locale)
    assert list(english.search(phrase, operator="and")) == [page]


def test_resources_link_to_case_studies(demo, client):
    assert ResourceRelatedCaseStudy.objects.filter(page__locale__language_code="en").count() >= 10
    case_study = english_case_studies().get(slug="trauma-informed-debt-advice")
    response = client.get(case_study.url)
    assert "Resources used in this work" in response.content.decode()
    assert "relationships-first-podcast" in [page.slug for page in ResourcePage.for_case_study(case_study)]


def test_welsh_and_urdu_resources(demo):
    for code, at_least in (("cy", 2), ("ur", 1)):
        translated = ResourcePage.objects.live().filter(locale__language_code=code)
        assert translated.count() >= at_least, code
        for page in translated:
            english = page.get_translation(page.locale.get_default())
            assert page.title != english.title and page.summary != english.summary, page.title
            assert page.document_id == english.document_id and page.external_url == english.external_url
            if english.cover_image_alt:
                assert page.cover_image_alt == MEMORY[code][english.cover_image_alt]
            translation = Translation.objects.get(
                source__object_id=page.translation_key, target_locale=page.locale, enabled=True
            )
            assert translation.source.get_translated_instance(page.locale).pk == page.pk
    welsh_guide = ResourcePage.objects.get(locale__language_code="cy", slug="tegwch-ar-waith")
    assert welsh_guide.title == "Tegwch ar waith: canllaw i ymarferwyr"
    assert welsh_guide.url == "/cy/resources/tegwch-ar-waith/"


def test_welsh_and_urdu_home_pages_translate_the_resources_heading(demo, client):
    english = HomePage.objects.get(locale__language_code="en")
    assert english.resources_heading == "Latest resources"
    for code in ("cy", "ur"):
        home = HomePage.objects.get(locale__language_code=code)
        assert home.resources_heading == MEMORY[code]["Latest resources"] != english.resources_heading
        response = client.get(home.url)
        assert home.resources_heading in response.content.decode()
        assert response.context["latest_resources"], code
    assert HomePage.objects.get(locale__language_code="cy").resources_heading == "Adnoddau diweddaraf"


@pytest.mark.parametrize("code", ["en", "cy", "ur"])
def test_the_resource_library_answers_in_every_language(demo, client, code):
    library = ResourceIndexPage.objects.get(locale__language_code=code)
    assert library.live
    if code != "en":
        assert library.title == MEMORY[code]["Resources"]
    response = client.get(library.url)
    assert response.status_code == 200
    assert '<form class="filters"' in response.content.decode()
    expected = ResourcePage.objects.live().filter(locale__language_code=code).count()
    assert response.context["library"].count == expected > 0


def test_the_demo_resource_library_filters(demo, client):
    response = client.get("/resources/?type=podcast")
    assert response.context["library"].count == english_resources().filter(resource_type="podcast").count()


def test_simple_docx_writes_a_word_file_search_can_read():
    data = simple_docx("A template", ["First paragraph.", "Try the equity impact walk-through."])
    assert data == simple_docx("A template", ["First paragraph.", "Try the equity impact walk-through."])
    assert _read_docx(data).splitlines() == [
        "A template",
        "First paragraph.",
        "Try the equity impact walk-through.",
    ]


def test_an_outdated_home_translation_source_is_brought_up_to_date(demo):
    """A database loaded before the resources heading existed: its home page's frozen source lacks it."""
    home = HomePage.objects.get(locale__language_code="en")
    source = TranslationSource.objects.get(object_id=home.translation_key, locale=home.locale)
    frozen = json.loads(source.content_json)
    del frozen["resources_heading"]
    source.content_json = json.dumps(frozen)
    source.save(update_fields=["content_json"])
    StringSegment.objects.filter(source=source, context__path="resources_heading").delete()
    HomePage.objects.exclude(pk=home.pk).update(resources_heading="Latest resources")

    output = load_demo_content()

    assert "Updating translation into Welsh: home page" in output
    for code in ("cy", "ur"):
        home = HomePage.objects.get(locale__language_code=code)
        assert home.resources_heading == MEMORY[code]["Latest resources"]
    assert "Updating" not in load_demo_content()


# The newsletter -------------------------------------------------------------------------------------


def english_issues():
    return NewsletterIssuePage.objects.filter(locale__language_code="en")


def issue_text(page):
    return " ".join([page.title, page.intro, json.dumps(page.body.get_prep_value(), ensure_ascii=False)])


def scheduled_issue():
    return english_issues().get(slug="stewarding-healthy-systems")


@pytest.mark.parametrize(
    "code, url", [("en", "/newsletter/"), ("cy", "/cy/cylchlythyr/"), ("ur", "/ur/newsletter/")]
)
def test_the_newsletter_archive_in_every_language(demo, client, code, url):
    archive = NewsletterIndexPage.objects.get(locale__language_code=code)
    assert archive.live and archive.url == url
    if code == "en":
        assert archive.title == "Newsletter"
        assert "once a month" in archive.intro and "case studies" in archive.intro
    else:
        english = archive.get_translation(archive.locale.get_default())
        assert archive.title == MEMORY[code]["Newsletter"] != english.title
        assert archive.intro == MEMORY[code][english.intro] != english.intro
        Translation.objects.get(
            source__object_id=archive.translation_key, target_locale=archive.locale, enabled=True
        )
    response = client.get(url)
    assert response.status_code == 200
    assert escape(archive.intro) in response.content.decode()


def test_at_least_five_live_english_issues_numbered_from_one(demo):
    issues = english_issues()
    live = issues.live()
    assert live.count() >= 5
    assert sorted(issues.values_list("issue_number", flat=True)) == list(range(1, issues.count() + 1))
    archive = NewsletterIndexPage.objects.get(locale__language_code="en")
    assert all(page.get_parent().pk == archive.pk for page in issues)
    # Spread from late 2022 to 2026, each on its own date, and numbered in the order they went out.
    dates = [page.first_published_at for page in live.order_by("issue_number")]
    assert dates == sorted(dates) and len(set(dates)) == len(dates)
    assert dates[0] < timezone.make_aware(datetime.datetime(2023, 1, 1)) and dates[0].year == 2022
    assert dates[-1].year == 2026
    assert len({date.year for date in dates}) >= 4
    for page in issues:
        page.full_clean()  # alt text unless decorative
        used = {block.block_type for block in page.body}
        assert len(used) >= 5, page.title
        assert {"featured_case_study", "featured_resource", "call_to_action"} <= used, page.title


def test_the_issues_use_every_kind_of_block_and_feature_demo_pages(demo):
    issues = list(english_issues())
    used = {block.block_type for page in issues for block in page.body}
    assert used == {
        "paragraph",
        "featured_case_study",
        "featured_resource",
        "news_item",
        "event",
        "image",
        "quote",
        "call_to_action",
    }
    featured = [
        block.value["page"].specific
        for page in issues
        for block in page.body
        if block.block_type in ("featured_case_study", "featured_resource")
    ]
    assert {type(page) for page in featured} == {CaseStudyPage, ResourcePage}
    assert all(page.live and page.locale.language_code == "en" for page in featured)
    # A resource is featured only once it has been published.
    for page in issues:
        for block in page.body:
            if block.block_type == "featured_resource" and page.first_published_at:
                resource = block.value["page"].specific
                assert resource.publication_date <= page.first_published_at.date(), page.title


def test_issue_1_recaps_hls_week_2022(demo, client):
    issue = english_issues().get(issue_number=1)
    assert issue.live and "HLS Week 2022" in issue.title
    text = issue_text(issue)
    for figure in ("500 people", "25 events", "50 practitioners"):
        assert figure in text, figure
    html = client.get(issue.url).content.decode()
    assert "more than 500 people" in html and "Over 25 events, more than 50" in html


def test_one_issue_is_scheduled_about_two_weeks_ahead(demo):
    issue = scheduled_issue()
    now = timezone.now()
    assert not issue.live and issue.first_published_at is None
    revision = issue.latest_revision
    assert revision.approved_go_live_at == issue.go_live_at
    assert (
        now + datetime.timedelta(days=13) < revision.approved_go_live_at < now + datetime.timedelta(days=15)
    )
    assert issue.issue_number == english_issues().count()
    assert [scheduled.page.pk for scheduled in scheduled_issues()] == [issue.pk]
    # Its event moves with the schedule: three weeks after the issue goes out.
    [event] = [block.value for block in revision.as_object().body if block.block_type == "event"]
    assert event["start"] > revision.approved_go_live_at


def test_the_scheduled_issue_is_on_the_admin_dashboard(demo, client, superuser):
    client.force_login(superuser)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html.split('id="scheduled-newsletter-issues-section"', 1)[1]
    assert "Issue 8: Stewarding healthy systems" in panel
    assert "The scheduler does not seem to be running." not in panel


def test_the_scheduler_publishes_the_scheduled_issue_on_time(demo):
    issue = scheduled_issue()
    go_live_at = issue.latest_revision.approved_go_live_at
    with time_machine.travel(go_live_at + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", verbosity=0)
    issue.refresh_from_db()
    assert issue.live and issue.first_published_at == go_live_at + datetime.timedelta(minutes=1)


def test_demo_subscribers_get_the_scheduled_issue_when_it_goes_live(
    demo, mailoutbox, django_capture_on_commit_callbacks
):
    confirmed = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
    assert {s.language for s in confirmed} == {"en", "cy", "ur"}
    assert Subscriber.objects.exclude(status=Subscriber.Status.CONFIRMED).exists()
    issue = scheduled_issue()
    go_live_at = issue.latest_revision.approved_go_live_at
    with time_machine.travel(go_live_at + datetime.timedelta(minutes=1), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("publish_scheduled", verbosity=0)
    assert sorted(m.to[0] for m in mailoutbox) == sorted(s.email for s in confirmed)
    assert {m.subject for m in mailoutbox} == {issue.title}


def test_the_archive_and_feeds_list_only_live_issues(demo, client):
    live = list(english_issues().live())
    hidden = scheduled_issue()
    archive = client.get("/newsletter/").content.decode()
    rss = client.get("/newsletter/feed/")
    atom = client.get("/newsletter/feed/atom/")
    assert rss.status_code == atom.status_code == 200
    assert rss["Content-Type"].startswith("application/rss+xml")
    assert atom["Content-Type"].startswith("application/atom+xml")
    rss, atom = rss.content.decode(), atom.content.decode()
    assert rss.count("<item>") == atom.count("<entry>") == len(live)
    for page in live:
        assert page.url in archive, page.title
        assert f"http://testserver{page.url}" in rss and f"http://testserver{page.url}" in atom, page.title
    for text in (archive, rss, atom):
        assert hidden.slug not in text and hidden.title not in text
    assert client.get(hidden.url).status_code == 404


def test_a_welsh_issue_is_live_at_its_welsh_url(demo, client):
    english = english_issues().get(slug="listening-first-in-welsh-and-english")
    welsh = NewsletterIssuePage.objects.get(
        translation_key=english.translation_key, locale__language_code="cy"
    )
    assert welsh.live and welsh.issue_number == english.issue_number
    assert welsh.url == "/cy/cylchlythyr/gwrando-yn-gyntaf-yn-gymraeg-ac-yn-saesneg/"
    assert welsh.title == MEMORY["cy"][english.title] and welsh.intro == MEMORY["cy"][english.intro]
    assert welsh.hero_image_id == english.hero_image_id
    assert welsh.hero_image_alt == MEMORY["cy"][english.hero_image_alt]
    assert welsh.first_published_at == english.first_published_at
    translation = Translation.objects.get(
        source__object_id=welsh.translation_key, target_locale=welsh.locale, enabled=True
    )
    assert translation.source.get_translated_instance(welsh.locale).pk == welsh.pk
    response = client.get(welsh.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cylchlythyr · Rhifyn 7" in html
    # The featured pages show in Welsh, their Welsh translations being live.
    assert "/cy/case-studies/cymorth-tenantiaeth-syn-gwrando-yn-gyntaf/" in html
    assert "/cy/resources/ymweliadau-croeso-canllaw-i-swyddogion-tai/" in html
    assert MEMORY["cy"]["The newsletter in Welsh"] in html
    assert welsh.url in client.get("/cy/cylchlythyr/").content.decode()
    assert welsh.url in client.get("/cy/cylchlythyr/feed/").content.decode()


# Quotes' consent and the inclusive-language list -------------------------------------------------------


def demo_quotes():
    """(page, quote value) for every quote in every page's live version."""
    for model in (CaseStudyPage, ResourcePage, NewsletterIssuePage):
        for page in model.objects.all():
            for child in page.body:
                if child.block_type == "quote":
                    yield page, child.value


def test_every_demo_quote_has_a_consent_record(demo):
    quotes = list(demo_quotes())
    assert len(quotes) >= 20
    named = {}
    for page, value in quotes:
        assert value.given_on is not None, page.title
        assert value.given_on <= timezone.localdate()
        if value.is_anonymous:
            assert value["name"] == "", page.title
        else:
            named[value["name"]] = value.identified_as
    # Only people who speak for an organisation in public are named; everyone else is anonymous.
    assert named == {"Ruth Okafor": "full_name", "Dawn": "first_name"}


def test_one_demo_quote_has_ended_and_another_ends_soon(demo, client):
    statuses = {
        (row.page.title, row.page.locale.language_code): status for row, status in consent.rows_with_status()
    }
    assert statuses[("Tenancy support that listens first", "en")] == consent.EXPIRED
    assert statuses[("Learning partners for community justice in Scotland", "en")] == consent.EXPIRING
    assert sorted(set(statuses.values())) == sorted({consent.EXPIRED, consent.EXPIRING, consent.VALID})
    ended = CaseStudyPage.objects.get(slug="tenancy-sustainment-wales", locale__language_code="en")
    html = client.get(ended.url).content.decode()
    assert "It felt like they were on my side" not in html
    assert ended.title in html
    for welsh in CaseStudyPage.objects.filter(translation_key=ended.translation_key).exclude(pk=ended.pk):
        assert "ar fy ochr i" not in client.get(welsh.url).content.decode()


def test_the_starter_inclusive_language_list(demo):
    terms = {term.term: term for term in InclusiveTerm.objects.filter(locale__language_code="en")}
    assert len(terms) == len(content.INCLUSIVE_TERMS) >= 6
    assert terms["service users"].suggestion == "people who use services"
    assert all(term.why for term in terms.values())


# ensure_admin_user ----------------------------------------------------------------------------------


class NoInput(io.StringIO):
    def read(self, *args):
        raise AssertionError("the command tried to read from the terminal")

    readline = read


@pytest.fixture
def no_terminal(monkeypatch):
    monkeypatch.setattr("sys.stdin", NoInput())


def ensure_admin_user():
    out = io.StringIO()
    call_command("ensure_admin_user", stdout=out)
    return out.getvalue()


def test_ensure_admin_user_uses_the_password_from_the_environment(monkeypatch, no_terminal):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-chosen-password-123")
    output = ensure_admin_user()
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff and admin.is_active
    assert admin.check_password("a-chosen-password-123")
    assert "a-chosen-password-123" not in output


def test_ensure_admin_user_generates_and_shows_a_password_once(monkeypatch, no_terminal):
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    output = ensure_admin_user()
    password = output.split("Password: ", 1)[1].split()[0]
    assert len(password) >= 16
    assert get_user_model().objects.get(username="admin").check_password(password)
    assert password not in ensure_admin_user()


def test_ensure_admin_user_leaves_an_existing_admin_alone(monkeypatch, no_terminal, django_user_model):
    admin = django_user_model.objects.create_user("admin", password="the-original-one", is_superuser=False)
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-different-password-456")
    ensure_admin_user()
    ensure_admin_user()
    assert django_user_model.objects.filter(username="admin").count() == 1
    admin.refresh_from_db()
    assert admin.check_password("the-original-one")
    assert not admin.is_superuser


@pytest.mark.parametrize(
    "url, query, expected_kind",
    [
        ("/search/", '"equity impact walk-through"', "Resource"),  # a phrase inside a Word file
        ("/search/", "HLS Week", "Newsletter issue"),
        ("/search/", "trauma-informed debt", "Case study"),
        ("/cy/search/", "dyledion", "Astudiaeth achos"),
        ("/ur/search/", "مساوات", "وسیلہ"),
    ],
)
def test_demo_content_is_found_by_search_in_each_language(demo, client, url, query, expected_kind):
    html = client.get(url, {"q": query}).content.decode()
    assert f'<span class="card__kind">{expected_kind}</span>' in html, (url, query)
    assert 'class="filters__count"' in html  # with filters and counts


# ensure_demo_users ----------------------------------------------------------------------------------


def ensure_demo_users():
    out = io.StringIO()
    call_command("ensure_demo_users", stdout=out)
    return out.getvalue()


def test_ensure_demo_users_makes_one_user_per_role_and_shows_each_password_once(monkeypatch, no_terminal):
    monkeypatch.delenv("DEMO_USERS_PASSWORD", raising=False)
    output = ensure_demo_users()
    users = get_user_model().objects.filter(username__in=["editor", "moderator", "translator", "newsletter"])
    assert sorted(group for user in users for group in user.groups.values_list("name", flat=True)) == sorted(
        ROLES
    )
    for user in users:
        assert not user.is_superuser and not user.is_staff and user.email.endswith("@example.org")
        line = next(line for line in output.splitlines() if f"'{user.username}' created" in line)
        password = line.split("password: ", 1)[1].strip()
        assert user.check_password(password)
        assert password not in ensure_demo_users()


def test_ensure_demo_users_leaves_existing_users_alone(monkeypatch, no_terminal, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="the-original-one")
    monkeypatch.setenv("DEMO_USERS_PASSWORD", "a-chosen-password-123")
    output = ensure_demo_users()
    assert "a-chosen-password-123" not in output
    editor.refresh_from_db()
    assert editor.check_password("the-original-one") and not editor.groups.exists()
    assert django_user_model.objects.get(username="moderator").check_password("a-chosen-password-123")
