"""The full-page cache (core/pagecache.py): what it keeps, what it never keeps, and that every change a
visitor could see empties it. Each test turns the cache on with a fresh in-memory `pages` cache; one test
runs against the real Redis on 127.0.0.1:6379 (skipped, saying so, when Redis is not running)."""

import datetime
import socket
import uuid

import pytest
import time_machine
from django.core.cache import caches
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from core.caching import VERSION_KEY
from core.models import SiteSettings
from tests.conftest import translate
from tests.factories import CaseStudyPageFactory, ResourcePageFactory


def _pages_cache(backend="django.core.cache.backends.locmem.LocMemCache", location=None, **extra):
    return {"BACKEND": backend, "LOCATION": location or f"pages-{uuid.uuid4().hex}", **extra}


@pytest.fixture
def page_cache(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
        "pages": _pages_cache(),
    }
    settings.PAGE_CACHE_SECONDS = 600
    settings.CDN_CACHE_SECONDS = 300
    caches["pages"].clear()
    return caches["pages"]


@pytest.fixture
def story(library, themes):
    return CaseStudyPageFactory(parent=library, title="Listening first", themes=[themes["human"]])


def get(client, url, **extra):
    response = client.get(url, **extra)
    return response, response.get("X-Page-Cache")


def publish_edit(page, **changes):
    page = page.specific.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


# What is kept ------------------------------------------------------------------------------------------


def test_an_anonymous_visitor_gets_the_page_from_the_cache_with_no_query(
    client, page_cache, story, django_assert_num_queries
):
    first, state = get(client, story.url)
    assert (first.status_code, state) == (200, "miss")
    with django_assert_num_queries(0):
        second, state = get(client, story.url)
    assert (second.status_code, state) == (200, "hit")
    assert second.content == first.content
    assert "Listening first" in second.content.decode()


def test_cached_pages_say_a_cdn_may_keep_them_briefly(client, page_cache, story):
    for _ in range(2):
        response, _state = get(client, story.url)
        control = response["Cache-Control"]
        assert "public" in control and "s-maxage=300" in control and "max-age=0" in control
        assert "Set-Cookie" not in response
        assert response["Content-Security-Policy"]  # the policy is on hits too


def test_each_language_and_each_query_string_is_its_own_entry(
    client, page_cache, home, cy_home, library, themes
):
    english, _ = get(client, "/")
    welsh, state = get(client, "/cy/")
    assert state == "miss"
    assert 'lang="cy"' in welsh.content.decode() and 'lang="en"' in english.content.decode()
    # An unprefixed address is English whatever the browser prefers, cached or not.
    again, state = get(client, "/", HTTP_ACCEPT_LANGUAGE="cy")
    assert state == "hit" and again.content == english.content
    get(client, library.url)
    # A filter value the library knows (an unknown one is rendered but never kept: test_security_public).
    _filtered, state = get(client, library.url + "?theme=human")
    assert state == "miss"


# What is never kept ------------------------------------------------------------------------------------


def test_a_logged_in_editor_is_never_served_from_the_cache(client, page_cache, story, superuser):
    get(client, story.url)
    get(client, story.url)
    client.force_login(superuser)
    response, state = get(client, story.url)
    assert state is None
    assert "private" in response["Cache-Control"]


def test_an_editors_page_is_never_stored_for_visitors(client, page_cache, story, superuser):
    client.force_login(superuser)
    get(client, story.url)
    _response, state = get(Client(), story.url)
    assert state == "miss"


def test_a_preview_is_never_cached(client, page_cache, story, superuser):
    client.force_login(superuser)
    url = f"/admin/pages/{story.pk}/view_draft/"
    for _ in range(2):
        response, state = get(client, url)
        assert response.status_code == 200 and state is None
    assert not [key for key in page_cache._cache if "page:" in key]


def test_a_page_with_a_csrf_form_is_never_stored_and_each_visitor_gets_their_own_token(
    client, page_cache, home
):
    from newsletter.models import NewsletterIndexPage

    archive = home.add_child(
        instance=NewsletterIndexPage(title="Newsletter", slug="newsletter", intro="Every issue.")
    )
    tokens = set()
    for _ in range(3):
        visitor = Client()
        response, state = get(visitor, archive.url)
        assert response.status_code == 200 and state is None
        assert "private" in response["Cache-Control"]
        tokens.add(visitor.cookies["csrftoken"].value)
    assert len(tokens) == 3


def test_the_search_page_is_never_cached(client, page_cache, story):
    for _ in range(2):
        response, state = get(client, "/search/?q=listening")
        assert response.status_code == 200 and state is None


def test_a_visitor_with_messages_waiting_is_never_served_from_the_cache(client, page_cache, story):
    get(client, story.url)
    client.cookies["messages"] = "waiting"
    _response, state = get(client, story.url)
    assert state is None


def test_a_404_and_a_private_page_are_never_stored(client, page_cache, story):
    for _ in range(2):
        response, state = get(client, "/no-such-page/")
        assert response.status_code == 404 and state is None
    PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    for _ in range(2):
        response, state = get(client, story.url)
        assert state is None and "Listening first" not in response.content.decode()


# Everything that changes what a visitor sees empties the cache ------------------------------------------


def test_publishing_an_edit_shows_at_once(client, page_cache, story):
    get(client, story.url)
    publish_edit(story, title="Listening, then acting")
    response, state = get(client, story.url)
    assert state == "miss" and "Listening, then acting" in response.content.decode()


def test_a_draft_is_never_shown_cached_or_not(client, page_cache, story):
    get(client, story.url)
    draft = story.specific.get_latest_revision_as_object()
    draft.title = "A secret draft title"
    draft.save_revision()
    for _ in range(2):
        response, _state = get(client, story.url)
        assert "A secret draft title" not in response.content.decode()


def test_unpublishing_removes_the_page_and_its_card(client, page_cache, story, library):
    get(client, story.url)
    get(client, library.url)
    story.unpublish()
    assert get(client, story.url)[0].status_code == 404
    assert "Listening first" not in get(client, library.url)[0].content.decode()


def test_deleting_removes_the_page(client, page_cache, story):
    get(client, story.url)
    url = story.url
    Page.objects.get(pk=story.pk).delete()
    assert get(client, url)[0].status_code == 404


def test_moving_a_page_moves_it(client, page_cache, story, home):
    old_url = story.url
    get(client, old_url)
    story.move(home, pos="last-child")
    response, state = get(client, old_url)
    assert state is None and response.status_code in (301, 404)  # Wagtail may leave a redirect


def test_publishing_a_translation_updates_the_language_switcher(client, page_cache, story, cy):
    before, _ = get(client, story.url)
    assert "this page is not translated yet" in before.content.decode()
    welsh = translate(story, cy, {"Listening first": "Gwrando yn gyntaf"})
    after, state = get(client, story.url)
    assert state == "miss"
    assert welsh.url in after.content.decode()


def test_unpublishing_a_related_case_study_removes_it_from_the_resource(
    client, page_cache, story, resource_library
):
    resource = ResourcePageFactory(parent=resource_library, title="Listening guide", case_studies=[story])
    assert "Listening first" in get(client, resource.url)[0].content.decode()
    story.unpublish()
    response, state = get(client, resource.url)
    assert state == "miss" and "Listening first" not in response.content.decode()


def test_renaming_a_taxonomy_term_shows_everywhere(client, page_cache, story, themes, library):
    assert "Human" in get(client, story.url)[0].content.decode()
    get(client, library.url)
    themes["human"].name = "Being human"
    themes["human"].save()
    assert "Being human" in get(client, story.url)[0].content.decode()
    assert "Being human" in get(client, library.url)[0].content.decode()


def test_deleting_a_taxonomy_term_shows_everywhere(client, page_cache, story, themes):
    get(client, story.url)
    themes["human"].delete()
    assert ">Human<" not in get(client, story.url)[0].content.decode()


def test_changing_the_site_settings_shows_in_every_footer(client, page_cache, story, home):
    get(client, story.url)
    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.contact_email = "hello@example.org"
    site_settings.save()
    assert "hello@example.org" in get(client, story.url)[0].content.decode()


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, page_cache, story):
    get(client, story.url)
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    response, state = get(client, story.url)
    assert state is None and response.status_code == 302


def test_a_cached_page_ends_at_the_next_expiry(client, page_cache, story, library):
    expires = timezone.now() + datetime.timedelta(minutes=5)
    other = CaseStudyPageFactory(parent=library, title="Leaving soon", expire_at=expires)
    with time_machine.travel(expires - datetime.timedelta(minutes=1), tick=False):
        response, state = get(client, library.url)
        assert state == "miss" and "Leaving soon" in response.content.decode()
        assert "s-maxage=60" in response["Cache-Control"]
        assert get(client, library.url)[1] == "hit"
    with time_machine.travel(expires + datetime.timedelta(seconds=1), tick=False):
        response, _state = get(client, library.url)
        assert "Leaving soon" not in response.content.decode()
        assert get(client, other.url)[0].status_code == 404


def test_the_content_version_is_replaced_again_when_the_transaction_commits(
    page_cache, story, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publish_edit(story, title="Changed")
        during = page_cache.get(VERSION_KEY)
    assert callbacks, "a replacement is queued for the commit"
    for callback in callbacks:
        callback()
    assert page_cache.get(VERSION_KEY) != during


def test_the_page_cache_is_off_with_zero_seconds(client, page_cache, story, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        response, state = get(client, story.url)
        assert state is None and "public" in response["Cache-Control"]


# Redis -------------------------------------------------------------------------------------------------


def _redis_is_up():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def test_redis_keeps_and_empties_the_page_cache(client, settings, story):
    if not _redis_is_up():
        pytest.skip("Redis is not running on 127.0.0.1:6379 (start it with redis-server) ")
    prefix = f"hls-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
        "pages": _pages_cache(
            "django.core.cache.backends.redis.RedisCache", "redis://127.0.0.1:6379/0", KEY_PREFIX=prefix
        ),
    }
    settings.PAGE_CACHE_SECONDS = 60
    try:
        assert get(client, story.url)[1] == "miss"
        assert get(client, story.url)[1] == "hit"
        publish_edit(story, title="Listening in Redis")
        response, state = get(client, story.url)
        assert state == "miss" and "Listening in Redis" in response.content.decode()
    finally:
        # Never clear(): that empties the whole Redis database, which others share. Entries expire.
        caches["pages"].delete(VERSION_KEY)


# Consent ---------------------------------------------------------------------------------------------


def _quoted_story(library, valid_until=None):
    from tests.test_consent import publish_story, quote

    return publish_story(library, quote("Zebraword is what they said.", valid_until=valid_until))


def test_withdrawing_consent_removes_the_quote_from_a_cached_page_at_once(client, page_cache, library):
    from editorial import consent
    from tests.test_consent import quote_ids

    story = _quoted_story(library)
    assert "Zebraword" in get(client, story.url)[0].content.decode()
    assert get(client, story.url)[1] == "hit"
    [block_id] = quote_ids(story)
    consent.withdraw(block_id)
    response, state = get(client, story.url)
    assert state == "miss" and "Zebraword" not in response.content.decode()
    consent.restore(block_id)
    assert "Zebraword" in get(client, story.url)[0].content.decode()


def test_a_cached_page_ends_at_the_midnight_its_quotes_consent_runs_out(client, page_cache, library):
    today = timezone.localdate()
    story = _quoted_story(library, valid_until=today)
    midnight = timezone.make_aware(
        datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time())
    )
    with time_machine.travel(midnight - datetime.timedelta(minutes=2), tick=False):
        response, state = get(client, story.url)
        assert state == "miss" and "Zebraword" in response.content.decode()
        assert "s-maxage=120" in response["Cache-Control"]
    with time_machine.travel(midnight + datetime.timedelta(seconds=1), tick=False):
        response, state = get(client, story.url)
        assert state == "miss" and "Zebraword" not in response.content.decode()


# Answers remembered per content version (core/memo.py) --------------------------------------------------


@pytest.fixture
def rich_story(library, resource_library, themes):
    """A case study with everything its page can show: tags, a chosen related case study, suggestions
    and a resource that chose it."""
    from case_studies.models import CaseStudyRelatedPage

    others = [
        CaseStudyPageFactory(parent=library, title=f"Other {n}", themes=[themes["human"]], tags=["listening"])
        for n in range(4)
    ]
    story = CaseStudyPageFactory(
        parent=library, title="Listening first", themes=[themes["human"]], tags=["listening", "housing"]
    )
    CaseStudyRelatedPage.objects.create(page=story, related=others[0])
    story.save_revision().publish()
    resource = ResourcePageFactory(parent=resource_library, title="A guide")
    from resources.models import ResourceRelatedCaseStudy

    ResourceRelatedCaseStudy.objects.create(page=resource, case_study=story)
    resource.save_revision().publish()
    return story


def test_an_uncached_case_study_page_costs_at_most_20_queries_once_the_process_has_answered_once(
    client, page_cache, settings, rich_story, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0  # every request renders: this is the page's own cost
    first = get(client, rich_story.url)[0]
    with django_assert_max_num_queries(20):
        second = get(client, rich_story.url)[0]
    assert second.status_code == 200
    for shown in ("Listening first", "Other 0", "A guide"):
        assert shown in second.content.decode()
    assert second.content.count(b"<article") == first.content.count(b"<article")


def test_remembered_answers_are_for_visitors_only_and_last_one_content_version(
    client, page_cache, settings, story, superuser
):
    from core.caching import content_changed

    settings.PAGE_CACHE_SECONDS = 0
    assert get(client, story.url)[0].status_code == 200  # the process now remembers "nothing is private"
    # A restriction written behind the signals' back (no new content version)...
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=story, restriction_type=PageViewRestriction.PASSWORD, password="secret")]
    )
    editor = Client()
    editor.force_login(superuser)
    assert "password" in editor.get(story.url).content.decode().lower()  # ...editors see at once,
    assert "Listening first" in get(client, story.url)[0].content.decode()  # visitors with the next version
    content_changed()
    response = get(client, story.url)[0]
    assert (
        "Listening first" not in response.content.decode() and "password" in response.content.decode().lower()
    )
