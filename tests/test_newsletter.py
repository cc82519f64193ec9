"""The newsletter: the archive and its feeds, issues, scheduling and the scheduler process, the dashboard
panel, the "Start the next issue" digest, the email preview and featured cards.

Everything runs against the real database. The clock is moved with time-machine, never by sleeping.
Tests that run the scheduler process (`run_scheduler`) use a transactional database: like the real
process, it runs outside any transaction and closes stale connections after each run, which would close
the connection a test transaction lives on (PostgreSQL).
"""

import datetime
import email.utils
import logging
import os
import signal
import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import pytest
import time_machine
from django.core.management import call_command
from django.db import OperationalError
from django.db.models.signals import pre_save
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published
from wagtail.test.utils import WagtailPageTestCase, WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from case_studies.models import CaseStudyIndexPage, CaseStudyPage
from core.blocks import RICH_TEXT_FEATURES
from home.models import HomePage
from newsletter.management.commands.run_scheduler import Command as SchedulerCommand
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage
from resources.models import ResourceIndexPage, ResourcePage
from tests.conftest import translate
from tests.factories import CaseStudyPageFactory, ImageFactory, OrganisationFactory

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
ARCHIVE_INTRO = "A monthly round-up of what the Human Learning Systems community is learning."
WELSH_ARCHIVE = {"Newsletter": "Cylchlythyr", "newsletter": "cylchlythyr", ARCHIVE_INTRO: "Crynodeb misol."}

# The scheduler process runs outside any transaction, as in production; see the module docstring.
SCHEDULER_DB = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def at(*args):
    """A moment in UTC. In winter the site's time zone (Europe/London) is UTC too."""
    return datetime.datetime(*args, tzinfo=datetime.UTC)


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def featured(kind, page, note=""):
    return {"type": f"featured_{kind}", "value": {"page": page.pk, "note": note}}


def publish_at(revision, moment):
    """Publish `revision` as if at `moment` (so the page's first_published_at is `moment`)."""
    if moment is None:
        revision.publish()
    else:
        with time_machine.travel(moment, tick=False):
            revision.publish()


def add_archive(parent, title="Newsletter", slug="newsletter", intro=ARCHIVE_INTRO):
    archive = NewsletterIndexPage(title=title, slug=slug, intro=intro, live=False)
    parent.add_child(instance=archive)
    archive.save_revision().publish()
    archive.refresh_from_db()
    return archive


def add_issue(archive, number, *, published_at=None, publish=True, title=None, body=None, **fields):
    """Issue `number` of `archive`: published at `published_at` (default now), or a draft."""
    fields.setdefault("slug", f"issue-{number}")
    fields.setdefault("intro", f"What is in issue {number}.")
    issue = NewsletterIssuePage(
        title=title or f"Issue {number}",
        issue_number=number,
        body=body if body is not None else [paragraph(f"The news in issue {number}.")],
        live=False,
        **fields,
    )
    archive.add_child(instance=issue)
    revision = issue.save_revision()
    if publish:
        publish_at(revision, published_at)
    issue.refresh_from_db()
    return issue


def add_resource(index, title, *, published_at=None, organisation, theme):
    resource = ResourcePage(
        title=title,
        summary=f"A guide called {title}.",
        resource_type="guide",
        external_url="https://example.org/guide",
        author_organisation=organisation,
        live=False,
    )
    index.add_child(instance=resource)
    resource.themes.set([theme])
    publish_at(resource.save_revision(), published_at)
    resource.refresh_from_db()
    return resource


def restrict_to_members(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def add_url(archive):
    return reverse("wagtailadmin_pages:add", args=("newsletter", "newsletterissuepage", archive.pk))


def start_url(archive):
    return reverse("newsletter_start_next_issue", args=(archive.pk,))


def issue_form(number, body=None, **overrides):
    """POST data for the issue add/edit form, as the admin's own form sends it."""
    fields = {
        "title": f"Issue {number}: spring",
        "slug": f"issue-{number}",
        "issue_number": str(number),
        "intro": "Stories of learning together this spring.",
        "hero_image": "",
        "hero_image_alt": "",
        "body": streamfield(
            body or [("paragraph", rich_text("<p>The news this month.</p>", features=RICH_TEXT_FEATURES))]
        ),
        "seo_title": "",
        "search_description": "",
        "social_image": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    fields.update(overrides)
    return nested_form_data({key: value for key, value in fields.items() if value is not None})


def form_errors(response):
    context = getattr(response, "context", None)
    if context and "form" in context:
        return context["form"].errors.as_data()
    return response.status_code


def soup(response):
    return WagtailTestUtils.get_soup(response.content)


def path_of(url):
    return urlparse(url).path


def is_absolute(url):
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


# What the public sees -------------------------------------------------------------------------------


def archive_paths(client, archive, query=""):
    response = client.get(archive.url + query)
    assert response.status_code == 200
    return [a["href"] for a in soup(response).select(".issue-summary__title a")]


def rss_items(client, archive):
    response = client.get(archive.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss"
    return root.find("channel"), root.findall("channel/item")


def atom_entries(client, archive):
    response = client.get(archive.url + "feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root, root.findall(f"{ATOM}entry")


def sitemap_paths(client, prefix=""):
    response = client.get(f"{prefix}/sitemap.xml")
    assert response.status_code == 200
    return {path_of(loc.text) for loc in ET.fromstring(response.content).findall("sm:url/sm:loc", SITEMAP_NS)}


def search_ids(word):
    return {page.pk for page in NewsletterIssuePage.objects.live().public().search(word)}


def where_visible(client, archive, issue, word):
    """Where the public can find `issue`: {"page": status code, "archive": bool, ...}."""
    _channel, items = rss_items(client, archive)
    _feed, entries = atom_entries(client, archive)
    return {
        "page": client.get(issue.url).status_code,
        "archive": issue.url in archive_paths(client, archive),
        "rss": issue.url in [path_of(item.findtext("link")) for item in items],
        "atom": issue.url in [path_of(e.find(f"{ATOM}link").get("href")) for e in entries],
        "sitemap": issue.url in sitemap_paths(client),
        "search": issue.pk in search_ids(word),
    }


NOWHERE = {"page": 404, "archive": False, "rss": False, "atom": False, "sitemap": False, "search": False}
EVERYWHERE = {"page": 200, "archive": True, "rss": True, "atom": True, "sitemap": True, "search": True}


# Fixtures ---------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _restore_signal_handlers():
    """run_scheduler installs SIGINT/SIGTERM handlers in the main thread; give pytest its own back."""
    saved = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    yield
    for signum, handler in saved.items():
        signal.signal(signum, handler)


@pytest.fixture
def archive(home, locales):
    return add_archive(home)


@pytest.fixture
def cy_archive(archive, cy, cy_home):
    """The Welsh archive at /cy/cylchlythyr/, a wagtail-localize translation of the English one."""
    return translate(archive, cy, WELSH_ARCHIVE)


@pytest.fixture
def editor_client(superuser):
    client = Client()
    client.force_login(superuser)
    return client


@pytest.fixture
def ada(django_user_model):
    """An editor with a full name, who schedules issues."""
    return django_user_model.objects.create_superuser(
        "ada", "ada@example.org", "another-strong-password-42", first_name="Ada", last_name="Lovelace"
    )


@pytest.fixture
def ada_client(ada):
    client = Client()
    client.force_login(ada)
    return client


@pytest.fixture
def organisation(locales):
    return OrganisationFactory(name="Lighthouse Trust")


@pytest.fixture
def resource_index(home, locales):
    index = ResourceIndexPage(title="Resources", slug="resources", intro="Guides and toolkits.", live=False)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


# 1. Where newsletter pages may go ----------------------------------------------------------------------


class TestWhereNewsletterPagesMayGo(WagtailPageTestCase):
    def test_the_archive_goes_only_under_the_home_page(self):
        self.assertAllowedParentPageTypes(NewsletterIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, NewsletterIndexPage)
        self.assertCanNotCreateAt(Page, NewsletterIndexPage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, NewsletterIndexPage)
        self.assertCanNotCreateAt(NewsletterIndexPage, NewsletterIndexPage)

    def test_the_archive_holds_only_issues(self):
        self.assertAllowedSubpageTypes(NewsletterIndexPage, {NewsletterIssuePage})

    def test_issues_go_only_in_the_archive_and_have_no_children(self):
        self.assertAllowedParentPageTypes(NewsletterIssuePage, {NewsletterIndexPage})
        self.assertCanCreateAt(NewsletterIndexPage, NewsletterIssuePage)
        for parent in (Page, HomePage, CaseStudyIndexPage, CaseStudyPage, ResourceIndexPage):
            self.assertCanNotCreateAt(parent, NewsletterIssuePage)
        self.assertAllowedSubpageTypes(NewsletterIssuePage, set())

    def test_only_one_archive_per_home_page(self):
        home = HomePage.objects.get(locale__language_code="en")
        assert NewsletterIndexPage.can_create_at(home)
        add_archive(home)
        assert not NewsletterIndexPage.can_create_at(home)


@pytest.mark.django_db
def test_the_welsh_home_page_has_its_own_archive(cy_archive, cy_home):
    assert cy_archive.get_parent().pk == cy_home.pk
    assert cy_archive.url == "/cy/cylchlythyr/"
    cy_home.refresh_from_db()  # it gained a child since the fixture made it
    assert not NewsletterIndexPage.can_create_at(cy_home)


# 2. Adding an issue in the admin -----------------------------------------------------------------------


@pytest.fixture
def numbered(archive):
    """Issues 1 and 2 live, issue 5 a draft."""
    return {
        1: add_issue(archive, 1, published_at=at(2026, 1, 5, 9)),
        2: add_issue(archive, 2, published_at=at(2026, 2, 2, 9), title="Learning in public"),
        5: add_issue(archive, 5, publish=False),
    }


@pytest.mark.django_db
class TestAddingAnIssueInTheAdmin:
    def test_the_form_suggests_the_next_number_counting_drafts(self, editor_client, archive, numbered):
        response = editor_client.get(add_url(archive))
        assert response.status_code == 200
        assert response.context["form"].initial["issue_number"] == 6

    def test_the_first_issue_is_number_one(self, editor_client, archive):
        response = editor_client.get(add_url(archive))
        assert response.context["form"].initial["issue_number"] == 1

    def test_a_number_another_issue_has_is_refused_naming_the_next_free_one(
        self, editor_client, archive, numbered
    ):
        response = editor_client.post(add_url(archive), issue_form(2))

        assert response.status_code == 200
        [message] = response.context["form"].errors["issue_number"]
        assert message == "Issue 2 already exists (‘Learning in public’). The next free number is 6."
        assert NewsletterIssuePage.objects.filter(issue_number=2).count() == 1
        assert not NewsletterIssuePage.objects.filter(slug="issue-2-spring").exists()

    def test_a_number_only_a_draft_has_is_refused_too(self, editor_client, archive, numbered):
        response = editor_client.post(add_url(archive), issue_form(5, slug="another-five"))
        assert response.status_code == 200
        assert "Issue 5 already exists" in response.context["form"].errors["issue_number"][0]
        assert not NewsletterIssuePage.objects.filter(slug="another-five").exists()

    def test_a_valid_issue_is_created_and_published(self, editor_client, archive, numbered, library):
        story = CaseStudyPageFactory(parent=library, title="Rebuilding debt advice")
        body = [
            ("paragraph", rich_text("<p>Welcome to spring.</p>", features=RICH_TEXT_FEATURES)),
            ("featured_case_study", {"page": str(story.pk), "note": "Read this first."}),
            (
                "news_item",
                {
                    "heading": "A new partner",
                    "text": rich_text("<p>Gateshead joins.</p>", features=["bold", "italic", "link"]),
                    "link": "https://example.org/news",
                    "link_label": "Read the announcement",
                },
            ),
            (
                "event",
                {
                    "title": "Learning gathering",
                    "start": "2026-04-01 10:00",
                    "end": "2026-04-01 16:00",
                    "place": "Cardiff",
                    "online": "on",
                    "link": "",
                    "description": "",
                },
            ),
        ]

        response = editor_client.post(add_url(archive), issue_form(6, body=body))

        assert response.status_code == 302, form_errors(response)
        issue = NewsletterIssuePage.objects.get(slug="issue-6")
        assert issue.get_parent().pk == archive.pk
        assert issue.live
        assert issue.issue_number == 6
        assert issue.locale.language_code == "en"
        assert [block.block_type for block in issue.body] == [
            "paragraph",
            "featured_case_study",
            "news_item",
            "event",
        ]
        assert issue.body[1].value["page"].pk == story.pk
        assert issue.body[3].value["place"] == "Cardiff"
        assert archive.next_issue_number() == 7

    def test_an_event_needs_a_place_or_online(self, editor_client, archive):
        event = {
            "title": "Learning gathering",
            "start": "2026-04-01 10:00",
            "end": "",
            "place": "",
            "link": "",
            "description": "",
        }
        response = editor_client.post(add_url(archive), issue_form(1, body=[("event", event)]))
        assert response.status_code == 200
        [stream_error] = response.context["form"].errors.as_data()["body"]
        place_errors = " ".join(stream_error.block_errors[0].block_errors["place"])
        assert "Say where the event is, or tick ‘online’" in place_errors
        assert not NewsletterIssuePage.objects.exists()

    def test_the_welsh_archive_numbers_its_own_issues(self, editor_client, archive, numbered, cy_archive):
        """Numbers are per archive: the Welsh one may use a number only the English archive has."""
        add_issue(cy_archive, 1, slug="rhifyn-1", published_at=at(2026, 1, 6, 9))
        response = editor_client.get(add_url(cy_archive))
        assert response.context["form"].initial["issue_number"] == 2

        response = editor_client.post(add_url(cy_archive), issue_form(2, slug="rhifyn-2"))

        assert response.status_code == 302, form_errors(response)
        welsh = NewsletterIssuePage.objects.get(slug="rhifyn-2")
        assert welsh.locale.language_code == "cy"
        assert welsh.get_parent().pk == cy_archive.pk


# 3. Scheduling: invisible everywhere until the scheduler publishes it -------------------------------------

NOW = at(2026, 3, 10, 9, 0)  # a Tuesday morning in March: London is on GMT, so London time is UTC
GO_LIVE = at(2026, 3, 10, 12, 0)
SCHEDULED_TITLE = "Issue 3: the quokka issue"  # "quokka" is a word no other page uses, for search


def schedule_in_admin(client, archive, number, go_live_at, *, title=SCHEDULED_TITLE, **overrides):
    """Add and schedule an issue through the admin's add view, as an editor does: fill in "go live at"
    (in the site's time zone, as the admin's date picker shows it) and press Publish."""
    local = timezone.localtime(go_live_at).strftime("%Y-%m-%d %H:%M")
    response = client.post(add_url(archive), issue_form(number, title=title, go_live_at=local, **overrides))
    assert response.status_code == 302, form_errors(response)
    return NewsletterIssuePage.objects.get(slug=overrides.get("slug", f"issue-{number}"))


@pytest.fixture
def older_issues(archive):
    return [
        add_issue(archive, 1, published_at=at(2026, 1, 6, 9)),
        add_issue(archive, 2, published_at=at(2026, 2, 3, 9)),
    ]


@SCHEDULER_DB
def test_a_scheduled_issue_is_invisible_until_the_scheduler_publishes_it(
    client, editor_client, archive, older_issues
):
    with time_machine.travel(NOW, tick=False) as clock:
        issue = schedule_in_admin(editor_client, archive, 3, GO_LIVE)

        # Scheduled the way the admin does it: a revision approved to go live, the page not live.
        assert not issue.live
        assert issue.go_live_at == GO_LIVE
        assert issue.has_unpublished_changes
        assert issue.first_published_at is None
        assert issue.latest_revision.approved_go_live_at == GO_LIVE
        assert where_visible(client, archive, issue, "quokka") == NOWHERE

        # The scheduler runs a minute before the time: nothing changes.
        clock.move_to(GO_LIVE - datetime.timedelta(minutes=1))
        call_command("run_scheduler", once=True)
        issue.refresh_from_db()
        assert not issue.live
        assert where_visible(client, archive, issue, "quokka") == NOWHERE

        # Past the time the issue is due, but only the scheduler makes it live.
        clock.move_to(GO_LIVE + datetime.timedelta(seconds=30))
        assert where_visible(client, archive, issue, "quokka") == NOWHERE

        call_command("run_scheduler", once=True)

        issue.refresh_from_db()
        assert issue.live
        assert issue.first_published_at == GO_LIVE + datetime.timedelta(seconds=30)
        assert issue.latest_revision.approved_go_live_at is None
        assert where_visible(client, archive, issue, "quokka") == EVERYWHERE
        # And it is the newest issue: first in the archive and the feeds.
        assert archive_paths(client, archive)[0] == issue.url
        assert path_of(rss_items(client, archive)[1][0].findtext("link")) == issue.url
        page = client.get(issue.url)
        assert SCHEDULED_TITLE in page.content.decode()


@pytest.mark.django_db
def test_the_scheduled_issue_is_not_offered_by_wagtail_search_or_served_to_an_editor(
    editor_client, archive, older_issues
):
    """A logged-in editor gets no early look at the public URL either: previews are for that."""
    with time_machine.travel(NOW, tick=False):
        issue = schedule_in_admin(editor_client, archive, 3, GO_LIVE)
        assert editor_client.get(issue.url).status_code == 404
        assert issue.url not in archive_paths(editor_client, archive)
        assert search_ids("quokka") == set()
        assert issue.pk in {p.pk for p in NewsletterIssuePage.objects.search("quokka")}  # it is indexed


EXPIRES = at(2026, 3, 31, 17, 0)


@SCHEDULER_DB
def test_an_expired_issue_disappears_at_its_time_even_before_the_scheduler_runs(
    client, archive, older_issues
):
    issue = add_issue(
        archive,
        3,
        title="Issue 3: a quokka special",
        published_at=at(2026, 3, 3, 9),
        expire_at=EXPIRES,
    )
    with time_machine.travel(EXPIRES - datetime.timedelta(minutes=1), tick=False) as clock:
        shown = where_visible(client, archive, issue, "quokka")
        assert (shown["page"], shown["archive"], shown["rss"], shown["atom"]) == (200, True, True, True)

        clock.move_to(EXPIRES + datetime.timedelta(seconds=1))
        issue.refresh_from_db()
        assert issue.live  # the scheduler has not run yet
        shown = where_visible(client, archive, issue, "quokka")
        assert (shown["page"], shown["archive"], shown["rss"], shown["atom"]) == (404, False, False, False)
        assert archive_paths(client, archive) == [older_issues[1].url, older_issues[0].url]

        call_command("run_scheduler", once=True)

        issue.refresh_from_db()
        assert not issue.live
        assert issue.expired
        assert where_visible(client, archive, issue, "quokka") == NOWHERE
        # The other issues are untouched.
        assert all(page.live for page in NewsletterIssuePage.objects.exclude(pk=issue.pk))


@pytest.mark.django_db
def test_an_expired_issue_leaves_the_sitemap_before_the_scheduler_runs(client, archive, older_issues):
    issue = add_issue(
        archive, 3, title="Issue 3: a quokka special", published_at=at(2026, 3, 3, 9), expire_at=EXPIRES
    )
    with time_machine.travel(EXPIRES - datetime.timedelta(minutes=1), tick=False):
        assert issue.url in sitemap_paths(client)
    with time_machine.travel(EXPIRES + datetime.timedelta(minutes=1), tick=False):
        assert client.get(issue.url).status_code == 404
        assert issue.url not in sitemap_paths(client)


# 4. The scheduler process -----------------------------------------------------------------------------


class RecordingScheduler(SchedulerCommand):
    """The real scheduler command, noting each run's time and result. Between runs the clock moves on by
    `minutes_between_runs`, standing in for the wait (the real --interval is 0 here, so nothing sleeps)."""

    def __init__(self, clock=None, minutes_between_runs=0, after_run=None):
        super().__init__()
        self.clock = clock
        self.minutes_between_runs = minutes_between_runs
        self.after_run = after_run
        self.runs = []

    def run_once(self):
        ok = super().run_once()
        self.runs.append((timezone.now(), ok))
        if self.after_run:
            self.after_run(self)
        if self.clock and self.minutes_between_runs:
            self.clock.shift(datetime.timedelta(minutes=self.minutes_between_runs))
        return ok


@SCHEDULER_DB
def test_the_scheduler_runs_publish_scheduled_on_each_run(archive, ada):
    issue = add_issue(archive, 1, publish=False)
    issue.go_live_at = GO_LIVE
    with time_machine.travel(NOW, tick=False):
        issue.save_revision(user=ada).publish(user=ada)  # as the admin's Publish button does
    issue.refresh_from_db()
    assert not issue.live
    assert issue.latest_revision.approved_go_live_at == GO_LIVE

    with time_machine.travel(GO_LIVE - datetime.timedelta(seconds=30), tick=False) as clock:
        scheduler = RecordingScheduler(clock, minutes_between_runs=1)
        call_command(scheduler, max_runs=2, interval=0)

    assert scheduler.runs == [
        (GO_LIVE - datetime.timedelta(seconds=30), True),
        (GO_LIVE + datetime.timedelta(seconds=30), True),
    ]
    issue.refresh_from_db()
    assert issue.live
    assert issue.first_published_at == GO_LIVE + datetime.timedelta(seconds=30)


@SCHEDULER_DB
def test_the_scheduler_publishes_an_issue_that_was_due_before_it_started(archive):
    issue = add_issue(archive, 1, publish=False)
    issue.go_live_at = GO_LIVE
    with time_machine.travel(NOW, tick=False):
        issue.save_revision().publish()
    with time_machine.travel(GO_LIVE + datetime.timedelta(hours=3), tick=False):
        call_command("run_scheduler", max_runs=2, interval=0, verbosity=0)
    issue.refresh_from_db()
    assert issue.live


def schedule(issue, go_live_at, user=None):
    issue.go_live_at = go_live_at
    with time_machine.travel(NOW, tick=False):
        issue.save_revision(user=user).publish(user=user)


class FailOnce:
    """A signal receiver that raises the first time it is called, like a passing database hiccup."""

    def __init__(self, exception):
        self.exception = exception
        self.calls = 0

    def __call__(self, sender, instance, **kwargs):
        self.calls += 1
        if self.calls == 1:
            raise self.exception


@SCHEDULER_DB
def test_the_scheduler_survives_an_error_and_the_next_run_publishes(archive, caplog):
    first = add_issue(archive, 1, publish=False)
    second = add_issue(archive, 2, publish=False)
    schedule(first, GO_LIVE)
    schedule(second, GO_LIVE + datetime.timedelta(minutes=1))
    # Something listening for published pages fails once: publish_scheduled stops with an exception
    # after publishing the first issue and before reaching the second.
    receiver = FailOnce(RuntimeError("the mail server is down"))
    page_published.connect(receiver, sender=NewsletterIssuePage, weak=False)
    try:
        with time_machine.travel(GO_LIVE + datetime.timedelta(minutes=2), tick=False) as clock:
            scheduler = RecordingScheduler(clock, minutes_between_runs=1)
            with caplog.at_level(logging.ERROR, logger="newsletter.scheduler"):
                call_command(scheduler, max_runs=2, interval=0, verbosity=0)
    finally:
        page_published.disconnect(receiver, sender=NewsletterIssuePage)

    assert [ok for _when, ok in scheduler.runs] == [False, True]
    [failure] = [r for r in caplog.records if r.name == "newsletter.scheduler"]
    assert "Scheduled publishing failed" in failure.getMessage()
    assert failure.exc_info[0] is RuntimeError
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.live and second.live
    assert receiver.calls >= 2


@SCHEDULER_DB
def test_run_once_returns_false_on_an_error_and_true_on_the_next_run(archive):
    issue = add_issue(archive, 1, publish=False)
    schedule(issue, GO_LIVE)
    receiver = FailOnce(RuntimeError("boom"))
    page_published.connect(receiver, sender=NewsletterIssuePage, weak=False)
    try:
        with time_machine.travel(GO_LIVE + datetime.timedelta(minutes=1), tick=False):
            command = SchedulerCommand()
            assert command.run_once() is False
            assert command.run_once() is True
    finally:
        page_published.disconnect(receiver, sender=NewsletterIssuePage)
    issue.refresh_from_db()
    assert issue.live


@SCHEDULER_DB
def test_an_issue_whose_publishing_fails_is_published_by_the_next_run(archive):
    issue = add_issue(archive, 1, publish=False)
    schedule(issue, GO_LIVE)
    # The database refuses the write of the page once (a dropped connection, a lock timeout...).
    receiver = FailOnce(OperationalError("server closed the connection unexpectedly"))
    pre_save.connect(receiver, sender=NewsletterIssuePage, weak=False)
    try:
        with time_machine.travel(GO_LIVE + datetime.timedelta(minutes=1), tick=False) as clock:
            scheduler = RecordingScheduler(clock, minutes_between_runs=1)
            call_command(scheduler, max_runs=2, interval=0, verbosity=0)
    finally:
        pre_save.disconnect(receiver, sender=NewsletterIssuePage)

    assert [ok for _when, ok in scheduler.runs] == [False, True]
    issue.refresh_from_db()
    assert issue.live


@SCHEDULER_DB
def test_the_scheduler_stops_on_sigterm(archive):
    """SIGTERM (a supervisor or systemd stopping it) ends the loop after the current run, without
    waiting for the next: here the signal arrives during the first run, and the interval is long."""
    scheduler = RecordingScheduler(after_run=lambda command: os.kill(os.getpid(), signal.SIGTERM))
    call_command(scheduler, max_runs=3, interval=30, verbosity=0)
    assert len(scheduler.runs) == 1


# 5. The dashboard panel -------------------------------------------------------------------------------

PANEL_HEADING = "Scheduled newsletter issues"


def dashboard_panel(client):
    """The scheduled issues panel on the admin dashboard, or None."""
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    page = soup(response)
    panel = page.select_one("#scheduled-newsletter-issues-section")
    assert (panel is not None) == (PANEL_HEADING in page.get_text())
    return panel


def panel_rows(panel):
    return [[cell.get_text(" ", strip=True) for cell in row.select("td")] for row in panel.select("tbody tr")]


@pytest.mark.django_db
class TestTheDashboardPanel:
    def test_it_lists_upcoming_issues_in_the_site_time_zone_with_who_scheduled_them(
        self, ada_client, archive
    ):
        with time_machine.travel(NOW, tick=False):
            schedule_in_admin(ada_client, archive, 3, at(2026, 3, 10, 14, 30))
            summer = schedule_in_admin(
                ada_client, archive, 4, at(2026, 7, 1, 8, 0), title="Issue 4: summer", slug="issue-4"
            )
            assert summer.go_live_at == at(2026, 7, 1, 8, 0)  # 09:00 in London is 08:00 UTC in summer

            panel = dashboard_panel(ada_client)

        assert panel is not None
        assert PANEL_HEADING in panel.get_text()
        rows = panel_rows(panel)
        assert [row[0] for row in rows] == ["Issue 3: the quokka issue English", "Issue 4: summer English"]
        assert [row[1] for row in rows] == ["10 March 2026, 14:30 GMT", "1 July 2026, 09:00 BST"]
        assert [row[2] for row in rows] == ["Ada Lovelace", "Ada Lovelace"]
        assert panel.select("[data-scheduler-warning]") == []
        assert "late" not in panel.get_text()

    def test_an_issue_overdue_by_more_than_five_minutes_brings_the_warning(self, ada_client, archive):
        with time_machine.travel(NOW, tick=False) as clock:
            schedule_in_admin(ada_client, archive, 3, GO_LIVE)

            clock.move_to(GO_LIVE + datetime.timedelta(minutes=4))
            assert dashboard_panel(ada_client).select("[data-scheduler-warning]") == []

            clock.move_to(GO_LIVE + datetime.timedelta(minutes=6))
            panel = dashboard_panel(ada_client)

        [warning] = panel.select("[data-scheduler-warning]")
        text = " ".join(warning.get_text(" ").split())
        assert "The scheduler does not seem to be running." in text
        assert "Issue 3: the quokka issue" in text
        assert "10 March 2026, 12:00 GMT" in text
        assert "6 minutes ago" in text
        assert "late" in panel_rows(panel)[0][1]

    def test_no_panel_when_nothing_is_scheduled(self, ada_client, archive, older_issues):
        add_issue(archive, 3, publish=False)  # a draft is not scheduled
        assert dashboard_panel(ada_client) is None

    def test_the_panel_goes_once_the_issue_is_published(self, ada_client, archive):
        with time_machine.travel(NOW, tick=False) as clock:
            issue = schedule_in_admin(ada_client, archive, 3, GO_LIVE)
            assert dashboard_panel(ada_client) is not None
            clock.move_to(GO_LIVE + datetime.timedelta(minutes=1))
            call_command("publish_scheduled", verbosity=0)
            issue.refresh_from_db()
            assert issue.live
            assert dashboard_panel(ada_client) is None


# 6. "Start the next issue": the digest ------------------------------------------------------------------

T0 = at(2026, 3, 2, 9, 0)  # the previous issue went live
DAY = datetime.timedelta(days=1)


def featured_pages(issue):
    return [
        (block.block_type, block.value["page"].pk)
        for block in issue.body
        if block.block_type in ("featured_case_study", "featured_resource")
    ]


@pytest.fixture
def digest_world(archive, cy_archive, library, resource_index, organisation, themes, cy):
    """English issues 6 and 7 (7 went live at T0) and a draft 8; the Welsh translation of issue 7, also
    live from T0; case studies and resources in both languages published before and after T0."""
    add_issue(archive, 6, published_at=T0 - 28 * DAY)
    previous = add_issue(archive, 7, published_at=T0)
    add_issue(archive, 8, publish=False)
    with time_machine.travel(T0, tick=False):
        translate(previous, cy, {"Issue 7": "Rhifyn 7"})
        cy_library = translate(library, cy, {"Case studies": "Astudiaethau achos"})

    story = {
        "before": CaseStudyPageFactory(
            parent=library, title="Before: debt advice", first_published_at=T0 - DAY
        ),
        "after": CaseStudyPageFactory(parent=library, title="After: youth work", first_published_at=T0 + DAY),
        "later": CaseStudyPageFactory(
            parent=library, title="After: nurses learning", first_published_at=T0 + 3 * DAY
        ),
        "withdrawn": CaseStudyPageFactory(
            parent=library, title="After but withdrawn", first_published_at=T0 + DAY
        ),
        "private": CaseStudyPageFactory(
            parent=library, title="After but private", first_published_at=T0 + DAY
        ),
        "cy_before": CaseStudyPageFactory(
            parent=cy_library, title="Cyn: cyngor dyled", first_published_at=T0 - DAY
        ),
    }
    story["withdrawn"].unpublish()
    restrict_to_members(story["private"])
    with time_machine.travel(T0 + 4 * DAY, tick=False):
        story["cy_after"] = translate(story["after"], cy, {"After: youth work": "Wedyn: gwaith ieuenctid"})

    def resource(title, when):
        return add_resource(
            resource_index, title, published_at=when, organisation=organisation, theme=themes["human"]
        )

    resources = {
        "before": resource("Before: a toolkit", T0 - 2 * DAY),
        "after": resource("After: a guide", T0 + 2 * DAY),
    }
    assert story["cy_after"].locale == cy and story["cy_after"].first_published_at == T0 + 4 * DAY
    assert story["cy_before"].locale == cy
    cy_archive.refresh_from_db()
    return {"stories": story, "resources": resources, "archive": archive, "cy_archive": cy_archive}


@pytest.mark.django_db
class TestStartingTheNextIssue:
    def test_the_draft_features_exactly_what_was_published_since_the_last_issue(
        self, client, editor_client, digest_world
    ):
        archive, story, resources = (
            digest_world["archive"],
            digest_world["stories"],
            digest_world["resources"],
        )

        with time_machine.travel(T0 + 5 * DAY, tick=False):
            response = editor_client.post(start_url(archive))

        issue = NewsletterIssuePage.objects.child_of(archive).get(issue_number=9)
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_pages:edit", args=(issue.pk,))
        assert not issue.live
        assert issue.first_published_at is None
        assert issue.locale.language_code == "en"
        assert issue.title == "Issue 9"
        assert issue.slug == "issue-9"
        assert issue.latest_revision is not None
        assert featured_pages(issue) == [
            ("featured_case_study", story["after"].pk),
            ("featured_case_study", story["later"].pk),
            ("featured_resource", resources["after"].pk),
        ]
        assert [block.block_type for block in issue.body] == [
            "paragraph",
            "featured_case_study",
            "featured_case_study",
            "paragraph",
            "featured_resource",
        ]
        assert issue.intro == "In this issue: 2 new case studies and 1 new resource."
        # It opens in the editor, and the public cannot see it.
        assert editor_client.get(response.url).status_code == 200
        assert client.get(issue.url).status_code == 404
        assert issue.url not in archive_paths(client, archive)

    def test_the_welsh_archive_features_only_welsh_pages(self, editor_client, digest_world):
        cy_archive, story = digest_world["cy_archive"], digest_world["stories"]

        with time_machine.travel(T0 + 5 * DAY, tick=False):
            response = editor_client.post(start_url(cy_archive))

        assert response.status_code == 302
        issue = NewsletterIssuePage.objects.child_of(cy_archive).get(issue_number=8)
        assert issue.locale.language_code == "cy"
        assert not issue.live
        assert featured_pages(issue) == [("featured_case_study", story["cy_after"].pk)]
        assert issue.title == "Rhifyn 8"  # written in the archive's language

    def test_the_page_shows_what_will_be_included(self, editor_client, digest_world):
        archive = digest_world["archive"]
        with time_machine.travel(T0 + 5 * DAY, tick=False):
            response = editor_client.get(start_url(archive))

        assert response.status_code == 200
        page = soup(response)
        listed = {item.get_text(strip=True) for item in page.select("main li")}
        assert listed >= {"After: youth work", "After: nurses learning", "After: a guide"}
        text = page.get_text(" ")
        for absent in ("Before:", "Cyn:", "Wedyn:", "withdrawn", "private"):
            assert absent not in text
        assert "Start issue 9 of Newsletter" in text
        assert page.select("[data-digest-empty]") == []
        assert not NewsletterIssuePage.objects.filter(issue_number=9).exists()  # GET changes nothing

    def test_with_nothing_new_the_issue_starts_with_a_note(self, editor_client, archive, library):
        CaseStudyPageFactory(parent=library, title="Old news", first_published_at=T0 - DAY)
        add_issue(archive, 1, published_at=T0)

        with time_machine.travel(T0 + DAY, tick=False):
            page = soup(editor_client.get(start_url(archive)))
            response = editor_client.post(start_url(archive))

        assert len(page.select("[data-digest-empty]")) == 1
        assert "Old news" not in page.get_text()
        assert response.status_code == 302
        issue = NewsletterIssuePage.objects.get(issue_number=2)
        assert [block.block_type for block in issue.body] == ["paragraph"]
        assert "Nothing new has been published since issue 1" in issue.body[0].value.source
        assert issue.intro == "Welcome to this issue."

    def test_the_first_issue_features_the_latest_pages(self, editor_client, archive, library):
        stories = [CaseStudyPageFactory(parent=library, first_published_at=T0 + n * DAY) for n in range(3)]
        with time_machine.travel(T0 + 5 * DAY, tick=False):
            editor_client.post(start_url(archive))
        issue = NewsletterIssuePage.objects.get(issue_number=1)
        assert featured_pages(issue) == [("featured_case_study", s.pk) for s in reversed(stories)]

    def test_the_explorer_offers_the_button_for_the_archive(self, editor_client, archive):
        response = editor_client.get(reverse("wagtailadmin_explore", args=(archive.pk,)))
        assert response.status_code == 200
        assert start_url(archive) in response.content.decode()


@pytest.mark.django_db
class TestWhoMayStartAnIssue:
    def test_a_visitor_is_sent_to_log_in(self, client, archive):
        for response in (client.get(start_url(archive)), client.post(start_url(archive))):
            assert response.status_code == 302
            assert response.url.startswith(reverse("wagtailadmin_login"))
        assert not NewsletterIssuePage.objects.exists()

    def test_a_user_without_admin_access_is_sent_to_log_in(self, client, archive, django_user_model):
        client.force_login(django_user_model.objects.create_user("reader", password="a-reader-password-42"))
        for response in (client.get(start_url(archive)), client.post(start_url(archive))):
            assert response.status_code == 302
            assert response.url.startswith(reverse("wagtailadmin_login"))
        assert not NewsletterIssuePage.objects.exists()

    def test_an_editor_who_may_not_add_issues_is_turned_away(
        self, client, archive, library, django_user_model
    ):
        from django.contrib.auth.models import Group, Permission
        from wagtail.models import GroupPagePermission

        group = Group.objects.create(name="Case study editors")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        GroupPagePermission.objects.create(
            group=group, page=library, permission=Permission.objects.get(codename="add_page")
        )
        user = django_user_model.objects.create_user("casey", password="a-casey-password-42")
        user.groups.add(group)
        client.force_login(user)

        # Wagtail's admin answers PermissionDenied with a redirect to the dashboard and a message.
        for response in (client.get(start_url(archive)), client.post(start_url(archive))):
            assert response.status_code == 302
            assert response.url == reverse("wagtailadmin_home")
        assert not NewsletterIssuePage.objects.exists()

    def test_an_unknown_archive_is_not_found(self, editor_client, archive):
        assert editor_client.get(start_url(archive).replace(f"/{archive.pk}/", "/999999/")).status_code == 404


# 7. The feeds ----------------------------------------------------------------------------------------


@pytest.fixture
def feed_world(archive, cy_archive, cy):
    """English issues 1-3 live, 4 a draft, 5 members-only; in Welsh, issue 3 translated and a Welsh-only
    special issue."""
    issues = {
        1: add_issue(archive, 1, published_at=at(2025, 11, 3, 9)),
        2: add_issue(archive, 2, published_at=at(2026, 1, 5, 9)),
        3: add_issue(archive, 3, published_at=at(2026, 2, 2, 9)),
        4: add_issue(archive, 4, publish=False),
        5: add_issue(archive, 5, published_at=at(2026, 2, 9, 9)),
    }
    restrict_to_members(issues[5])
    with time_machine.travel(at(2026, 2, 3, 9), tick=False):
        welsh_3 = translate(
            issues[3], cy, {"Issue 3": "Rhifyn 3", "What is in issue 3.": "Beth sydd yn rhifyn 3."}
        )
    special = add_issue(
        cy_archive, 10, title="Rhifyn arbennig", slug="rhifyn-arbennig", published_at=at(2026, 2, 10, 9)
    )
    cy_archive.refresh_from_db()
    return {"archive": archive, "cy_archive": cy_archive, "issues": issues, "welsh": [special, welsh_3]}


@pytest.mark.django_db
class TestTheFeeds:
    def test_rss_lists_live_public_issues_newest_first_with_absolute_links(self, client, feed_world):
        archive, issues = feed_world["archive"], feed_world["issues"]
        channel, items = rss_items(client, archive)

        assert channel.findtext("title") == "Newsletter"
        assert channel.findtext("link") == "http://testserver/newsletter/"
        assert channel.findtext("description") == ARCHIVE_INTRO
        assert channel.findtext("language") == "en"
        expected = [issues[3], issues[2], issues[1]]
        assert [item.findtext("title") for item in items] == [issue.title for issue in expected]
        for item, issue in zip(items, expected, strict=True):
            link = item.findtext("link")
            assert is_absolute(link), link
            assert path_of(link) == issue.url
            guid = item.find("guid")
            assert guid.text == link
            assert guid.get("isPermaLink", "true") == "true"
            assert email.utils.parsedate_to_datetime(item.findtext("pubDate")) == issue.first_published_at
            assert item.findtext("description") == issue.intro
        for link in [item.findtext("link") for item in items]:
            assert client.get(path_of(link)).status_code == 200

    def test_atom_lists_the_same_issues_with_absolute_links_and_updated_times(self, client, feed_world):
        archive, issues = feed_world["archive"], feed_world["issues"]
        feed, entries = atom_entries(client, archive)

        assert feed.findtext(f"{ATOM}title") == "Newsletter"
        assert feed.findtext(f"{ATOM}updated")
        expected = [issues[3], issues[2], issues[1]]
        assert [entry.findtext(f"{ATOM}title") for entry in entries] == [issue.title for issue in expected]
        for entry, issue in zip(entries, expected, strict=True):
            href = entry.find(f"{ATOM}link").get("href")
            assert is_absolute(href), href
            assert path_of(href) == issue.url
            updated = datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
            assert updated == issue.last_published_at
            assert entry.findtext(f"{ATOM}id")
        self_links = [link.get("href") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
        assert self_links == ["http://testserver/newsletter/feed/atom/"]

    def test_the_welsh_feeds_list_only_welsh_issues(self, client, feed_world):
        cy_archive, welsh = feed_world["cy_archive"], feed_world["welsh"]
        response = client.get(cy_archive.url + "feed/")
        assert response["Content-Language"] == "cy"
        channel, items = rss_items(client, cy_archive)
        _feed, entries = atom_entries(client, cy_archive)

        assert channel.findtext("language") == "cy"
        assert channel.findtext("title") == "Cylchlythyr"
        assert [item.findtext("title") for item in items] == ["Rhifyn arbennig", "Rhifyn 3"]
        assert [path_of(item.findtext("link")) for item in items] == [issue.url for issue in welsh]
        assert all(path_of(i.findtext("link")).startswith("/cy/cylchlythyr/") for i in items)
        assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Rhifyn arbennig", "Rhifyn 3"]
        # And the English feed has none of them.
        _channel, english = rss_items(client, feed_world["archive"])
        assert not {item.findtext("title") for item in english} & {"Rhifyn arbennig", "Rhifyn 3"}

    @pytest.mark.parametrize("which", ["archive", "issue", "welsh archive", "welsh issue"])
    def test_pages_advertise_their_feeds_in_the_head(self, client, feed_world, which):
        url, feeds_under = {
            "archive": ("/newsletter/", "/newsletter/"),
            "issue": (feed_world["issues"][2].url, "/newsletter/"),
            "welsh archive": ("/cy/cylchlythyr/", "/cy/cylchlythyr/"),
            "welsh issue": (feed_world["welsh"][0].url, "/cy/cylchlythyr/"),
        }[which]
        response = client.get(url)
        assert response.status_code == 200
        head = soup(response).head
        for kind, suffix in (("application/rss+xml", "feed/"), ("application/atom+xml", "feed/atom/")):
            [link] = head.select(f'link[rel="alternate"][type="{kind}"]')
            assert link["href"] == feeds_under + suffix
            assert link.get("title")
            feed = client.get(link["href"])
            assert feed.status_code == 200
            assert feed["Content-Type"].startswith(kind)
            ET.fromstring(feed.content)

    def test_the_feed_of_an_empty_archive_is_valid(self, client, archive):
        _channel, items = rss_items(client, archive)
        _feed, entries = atom_entries(client, archive)
        assert items == [] and entries == []


# 8. The archive page ----------------------------------------------------------------------------------


def archive_years(client, archive, query=""):
    response = client.get(archive.url + query)
    assert response.status_code == 200
    return [
        (
            section.h2.get_text(strip=True),
            [a.get_text(strip=True) for a in section.select(".issue-summary__title a")],
        )
        for section in soup(response).select("section.archive-year")
    ]


@pytest.mark.django_db
class TestTheArchivePage:
    def test_issues_are_grouped_by_year_newest_first(self, client, archive):
        for number, when in enumerate(
            [at(2024, 3, 4, 9), at(2024, 10, 7, 9), at(2025, 6, 2, 9), at(2026, 1, 5, 9), at(2026, 2, 2, 9)],
            start=1,
        ):
            add_issue(archive, number, published_at=when)
        add_issue(archive, 6, publish=False)

        assert archive_years(client, archive) == [
            ("2026", ["Issue 5", "Issue 4"]),
            ("2025", ["Issue 3"]),
            ("2024", ["Issue 2", "Issue 1"]),
        ]

    def test_an_empty_archive_says_so(self, client, archive):
        response = client.get(archive.url)
        assert response.status_code == 200
        assert "No issues yet" in response.content.decode()

    @pytest.mark.parametrize("page", ["abc", "999", "0", "-1", "1.5", "%00", "9" * 50])
    def test_any_page_number_gives_a_page(self, client, archive, page):
        add_issue(archive, 1, published_at=at(2026, 1, 5, 9))
        response = client.get(f"{archive.url}?page={page}")
        assert response.status_code == 200
        assert [a.get_text(strip=True) for a in soup(response).select(".issue-summary__title a")] == [
            "Issue 1"
        ]

    def test_more_than_24_issues_are_paginated(self, client, archive):
        first = at(2025, 6, 2, 9)
        for number in range(1, 27):
            add_issue(archive, number, published_at=first + (number - 1) * datetime.timedelta(weeks=1))
        newest_first = [f"Issue {n}" for n in range(26, 0, -1)]

        def titles(query):
            return [
                title for _year, year_titles in archive_years(client, archive, query) for title in year_titles
            ]

        assert titles("") == newest_first[:24]
        assert titles("?page=2") == newest_first[24:]
        assert titles("?page=999") == newest_first[24:]
        assert titles("?page=abc") == newest_first[:24]
        first_page = soup(client.get(archive.url))
        assert first_page.select_one('a[href="?page=2"]') is not None
        second_page = soup(client.get(archive.url + "?page=2"))
        assert second_page.select_one('meta[name="robots"][content^="noindex"]') is not None
        assert first_page.select_one('meta[name="robots"][content^="noindex"]') is None


# 9. The email preview ----------------------------------------------------------------------------------


def preview(client, issue, data, mode):
    """Preview `issue` as the editor sees it in the edit view: the form is posted, then the preview
    is fetched in `mode`."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(issue.pk,))
    posted = client.post(url, data)
    assert posted.status_code == 200
    assert posted.json()["is_valid"] is True, posted.json()
    return client.get(url, {"mode": mode})


@pytest.fixture
def email_issue(archive, library):
    story = CaseStudyPageFactory(parent=library, title="Rebuilding debt advice")
    issue = add_issue(archive, 1, published_at=at(2026, 3, 2, 9))
    image = ImageFactory()
    body = [
        ("paragraph", rich_text("<p>Welcome to the spring issue.</p>", features=RICH_TEXT_FEATURES)),
        ("featured_case_study", {"page": str(story.pk), "note": "Read this first."}),
        (
            "news_item",
            {
                "heading": "A new partner",
                "text": rich_text("<p>Gateshead joins.</p>", features=["bold", "italic", "link"]),
                "link": "https://example.org/news",
                "link_label": "Read the announcement",
            },
        ),
        (
            "image",
            {
                "image": {"image": str(image.pk), "decorative": "", "alt_text": "People around a table"},
                "caption": "The gathering",
                "credit": "",
            },
        ),
        (
            "quote",
            {
                "quote": "We listened first.",
                "name": "",
                "attribution": "A resident",
                "role": "",
                "consent": {"identified_as": "anonymous", "given_on": "2025-01-15", "valid_until": ""},
            },
        ),
        (
            "call_to_action",
            {
                "heading": "Join us",
                "text": "",
                "button_label": "Read the case studies",
                "page": str(library.pk),
                "url": "",
            },
        ),
    ]
    data = issue_form(
        1,
        body=body,
        title="Issue 1: spring",
        hero_image=str(ImageFactory().pk),
        hero_image_alt="A sunny street",
        **{"action-publish": None},
    )
    return {"issue": issue, "data": data, "story": story, "library": library}


@pytest.mark.django_db
class TestTheEmailPreview:
    def test_the_email_is_a_table_layout_with_language_and_absolute_links(self, editor_client, email_issue):
        response = preview(editor_client, email_issue["issue"], email_issue["data"], "email")

        assert response.status_code == 200
        assert "newsletter/newsletter_issue_email.html" in [t.name for t in response.templates]
        page = soup(response)
        assert page.html["lang"] == "en"
        assert page.html["dir"] == "ltr"
        container = page.select_one('table[role="presentation"] table[role="presentation"]')
        assert container["width"] == "600"
        text = page.get_text(" ")
        assert "Issue 1: spring" in text  # the unsaved form's title, as previews show
        assert "Rebuilding debt advice" in text
        assert "A new partner" in text
        links = [a["href"] for a in page.select("a[href]")]
        assert "http://localhost/newsletter/issue-1/" in links  # view in your browser
        assert email_issue["story"].full_url in links
        assert email_issue["library"].full_url in links
        assert "https://example.org/news" in links
        assert all(is_absolute(href) for href in links), links
        images = [img["src"] for img in page.select("img")]
        assert len(images) == 2
        assert all(is_absolute(src) for src in images), images
        assert page.select_one('img[alt="A sunny street"]') is not None
        assert page.select_one('img[alt="People around a table"]') is not None
        # No page chrome: no navigation or scripts in an email.
        assert page.select("nav, script, header.site-header") == []

    def test_the_web_page_preview_is_the_normal_page(self, editor_client, email_issue):
        response = preview(editor_client, email_issue["issue"], email_issue["data"], "")
        assert response.status_code == 200
        assert "newsletter/newsletter_issue_page.html" in [t.name for t in response.templates]
        assert "Issue 1: spring" in soup(response).h1.get_text()

    def test_links_in_the_text_are_absolute_in_the_email(self, editor_client, email_issue):
        story = email_issue["story"]
        text = f'<p>See <a linktype="page" id="{story.pk}">the story</a>.</p>'
        news = {
            "heading": "A new partner",
            "text": rich_text(text, features=["bold", "italic", "link"]),
            "link": "",
            "link_label": "",
        }
        data = issue_form(
            1,
            body=[("paragraph", rich_text(text, features=RICH_TEXT_FEATURES)), ("news_item", news)],
            **{"action-publish": None},
        )
        page = soup(preview(editor_client, email_issue["issue"], data, "email"))
        links = [a["href"] for a in page.select("a[href]") if a.get_text(strip=True) == "the story"]
        assert len(links) == 2
        assert links == [story.full_url, story.full_url]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "direction", "names"),
    [
        ("cy", "ltr", {"Newsletter": "Cylchlythyr", "newsletter": "cylchlythyr"}),
        ("ur", "rtl", {"Newsletter": "خبرنامہ", "newsletter": "khabarnama"}),
    ],
)
def test_a_translated_archives_issue_email_is_in_its_language(
    editor_client, archive, locales, cy_home, ur_home, language, direction, names
):
    """The preview request goes to the issue's own URL (/cy/..., /ur/...), so the email is rendered in
    the issue's language whatever the editor's admin language, right to left for Urdu."""
    local_archive = translate(archive, locales[language], names)
    issue = add_issue(local_archive, 1, title="Rhifyn 1", slug="rhifyn-1", published_at=at(2026, 3, 2, 9))
    data = issue_form(1, title="Rhifyn 1", slug="rhifyn-1", intro="Croeso.", **{"action-publish": None})

    page = soup(preview(editor_client, issue, data, "email"))

    assert page.html["lang"] == language
    assert page.html["dir"] == direction
    links = [a["href"] for a in page.select("a[href]")]
    assert links == [f"http://localhost/{language}/{names['newsletter']}/rhifyn-1/"]
    assert "Issue 1" not in page.get_text()  # the fixed wording is translated too


# 10. Featured case studies and resources -----------------------------------------------------------------


def featured_cards(response):
    assert response.status_code == 200
    return [(a.get_text(strip=True), a["href"]) for a in soup(response).select(".sf-featured .card__title a")]


@pytest.mark.django_db
class TestFeaturedPages:
    def test_only_live_public_pages_are_shown(
        self, client, archive, library, resource_index, organisation, themes
    ):
        live = CaseStudyPageFactory(parent=library, title="A live story")
        draft = CaseStudyPageFactory(parent=library, title="A draft story", live=False)
        withdrawn = CaseStudyPageFactory(parent=library, title="A withdrawn story")
        withdrawn.unpublish()
        private = CaseStudyPageFactory(parent=library, title="A members-only story")
        restrict_to_members(private)
        guide = add_resource(resource_index, "A guide", organisation=organisation, theme=themes["human"])
        issue = add_issue(
            archive,
            1,
            body=[
                featured("case_study", draft),
                featured("case_study", live, note="Read this first."),
                featured("case_study", withdrawn),
                featured("case_study", private),
                featured("resource", guide),
            ],
        )

        response = client.get(issue.url)

        assert featured_cards(response) == [("A live story", live.url), ("A guide", guide.url)]
        html = response.content.decode()
        for hidden in ("A draft story", "A withdrawn story", "A members-only story"):
            assert hidden not in html
        assert len(soup(response).select(".sf-featured")) == 2
        assert "Read this first." in html

    def test_a_welsh_issue_shows_the_welsh_translation_of_an_english_case_study(
        self, client, cy_archive, library, cy
    ):
        translated = CaseStudyPageFactory(parent=library, title="Youth work that listens")
        welsh = translate(translated, cy, {"Youth work that listens": "Gwaith ieuenctid sy'n gwrando"})
        untranslated = CaseStudyPageFactory(parent=library, title="Only in English")
        issue = add_issue(
            cy_archive,
            1,
            title="Rhifyn 1",
            slug="rhifyn-1",
            body=[featured("case_study", translated), featured("case_study", untranslated)],
        )

        response = client.get(issue.url)

        assert featured_cards(response) == [("Gwaith ieuenctid sy'n gwrando", welsh.url)]
        assert welsh.url.startswith("/cy/")
        assert "Only in English" not in response.content.decode()

    def test_an_english_issue_does_not_show_a_welsh_only_case_study(
        self, client, archive, library, cy, cy_home
    ):
        cy_library = translate(library, cy, {"Case studies": "Astudiaethau achos"})
        welsh_only = CaseStudyPageFactory(parent=cy_library, title="Stori Gymraeg yn unig")
        issue = add_issue(archive, 1, body=[featured("case_study", welsh_only)])
        response = client.get(issue.url)
        assert featured_cards(response) == []
        assert "Stori Gymraeg yn unig" not in response.content.decode()

    def test_a_welsh_translation_that_is_a_draft_is_not_shown(self, client, cy_archive, library, cy):
        story = CaseStudyPageFactory(parent=library, title="Youth work that listens")
        welsh = translate(story, cy, {"Youth work that listens": "Gwaith ieuenctid sy'n gwrando"})
        welsh.unpublish()
        issue = add_issue(
            cy_archive, 1, title="Rhifyn 1", slug="rhifyn-1", body=[featured("case_study", story)]
        )
        response = client.get(issue.url)
        assert featured_cards(response) == []
        assert "Youth work that listens" not in response.content.decode()
