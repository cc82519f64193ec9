"""Caching in one place (core/caching.py, core/memo.py, core/wagtail_private.py; docs/caching.md): the
content version has one owner, the memo does not need the page cache, apps declare what pages show,
and the pages' `visible()` is live, public and unexpired from the remembered restricted paths."""

import datetime
import uuid

import pytest
import wagtail
from django.conf import settings as django_settings
from django.core.cache import caches
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from core import caching, memo, wagtail_private
from core.models import pages
from tests.factories import CaseStudyPageFactory

WITHOUT_PAGE_CACHE = [m for m in django_settings.MIDDLEWARE if m != "core.pagecache.PageCacheMiddleware"]


@pytest.fixture
def version_cache(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": uuid.uuid4().hex},
    }
    caches["pages"].clear()
    return caches["pages"]


@pytest.fixture
def story(library, themes):
    return CaseStudyPageFactory(parent=library, title="Listening first", themes=[themes["human"]])


def _restrict_behind_the_signals_back(page):
    """A restriction written with no signal sent, so the content version stays as it was."""
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret")]
    )


# The page cache is optional --------------------------------------------------------------------------


@pytest.mark.parametrize("switched_off", ["middleware removed", "PAGE_CACHE_SECONDS=0"])
def test_the_memo_works_and_forgets_on_publish_without_the_page_cache(
    client, version_cache, settings, story, switched_off
):
    if switched_off == "middleware removed":
        settings.MIDDLEWARE = WITHOUT_PAGE_CACHE
    else:
        settings.PAGE_CACHE_SECONDS = 0
    first = client.get(story.url)
    assert first.status_code == 200 and "X-Page-Cache" not in first  # nothing kept by a page cache
    assert version_cache.get(caching.VERSION_KEY)  # the request read (and so created) the version

    _restrict_behind_the_signals_back(story)
    # The memo answers "nothing is private" for as long as the version lasts: it is on.
    assert "Listening first" in client.get(story.url).content.decode()

    story.save_revision().publish()  # a publish replaces the version: the memo forgets
    response = client.get(story.url).content.decode()
    assert "Listening first" not in response and "password" in response.lower()


def test_without_the_page_cache_an_uncached_page_costs_what_it_does_with_it(
    client, version_cache, settings, story, django_assert_max_num_queries
):
    settings.MIDDLEWARE = WITHOUT_PAGE_CACHE
    assert client.get(story.url).status_code == 200
    with django_assert_max_num_queries(20):  # as tests/test_page_cache.py holds it with the page cache
        assert client.get(story.url).status_code == 200


def test_editors_and_form_posts_get_no_version(client, version_cache, settings, story, superuser):
    settings.MIDDLEWARE = WITHOUT_PAGE_CACHE
    assert client.get(story.url).status_code == 200
    _restrict_behind_the_signals_back(story)
    editor = Client()
    editor.force_login(superuser)
    assert "password" in editor.get(story.url).content.decode().lower()  # editors ask the database


def test_with_no_cache_to_keep_a_version_nothing_is_remembered(settings, client, story):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    assert client.get(story.url).status_code == 200
    _restrict_behind_the_signals_back(story)
    assert "password" in client.get(story.url).content.decode().lower()


def test_the_page_cache_hands_its_version_on_rather_than_reading_it_twice(rf, version_cache, monkeypatch):
    from django.http import HttpResponse

    from core.pagecache import PageCacheMiddleware

    version = caching.current_version()
    seen = []

    def view(request):
        seen.append(memo.current_version())
        return HttpResponse()

    def read_again():
        raise AssertionError("the version was read a second time")

    monkeypatch.setattr(caching, "current_version", read_again)
    PageCacheMiddleware(caching.ContentVersionMiddleware(view))(rf.get("/nowhere/"))
    assert seen == [version]


# The version's owner and the apps' declarations --------------------------------------------------------


def test_content_changed_replaces_the_version(version_cache):
    before = caching.current_version()
    caching.content_changed()
    assert caching.current_version() != before


def test_apps_declare_what_pages_show():
    from case_studies.models import CaseStudyPage, CaseStudyRelatedPage
    from core.models import SiteSettings, Theme
    from editorial.models import ConsentWithdrawal, QuoteConsent
    from newsletter.models import Delivery, IssueSend, Subscriber

    for model in (CaseStudyPage, CaseStudyRelatedPage, Theme, SiteSettings, ConsentWithdrawal, Locale):
        assert caching.shows_on_pages(model), model
    for model in (Subscriber, IssueSend, Delivery, QuoteConsent):
        assert not caching.shows_on_pages(model), model


def test_an_app_tells_when_its_content_changes_by_the_clock(db):
    # editorial: the midnight after a live quote's consent runs out (tests/test_page_cache.py shows the
    # page cache keeps no page past it). With no live quote, nothing is due.
    assert caching.next_page_change(timezone.now()) is None


def test_core_imports_no_app_above_it_for_caching():
    import inspect

    from core import pagecache

    for module in (caching, memo, pagecache, wagtail_private):
        source = inspect.getsource(module)
        for app in ("editorial", "case_studies", "resources", "newsletter", "home", "search", "demo"):
            assert f"from {app}" not in source and f"import {app}" not in source, (module.__name__, app)


# visible() ---------------------------------------------------------------------------------------------


def test_visible_is_live_public_and_unexpired(library, themes):
    from case_studies.models import CaseStudyPage

    shown = CaseStudyPageFactory(parent=library, title="Shown")
    draft = CaseStudyPageFactory(parent=library, title="Draft", live=False)
    expired = CaseStudyPageFactory(parent=library, title="Expired")
    CaseStudyPage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    private = CaseStudyPageFactory(parent=library, title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert set(CaseStudyPage.objects.visible().values_list("pk", flat=True)) == {shown.pk}
    assert set(pages().visible().type(CaseStudyPage).values_list("pk", flat=True)) == {shown.pk}
    # public() is Wagtail's, answered from the remembered restricted paths.
    wagtail_public = set(CaseStudyPage.objects.live().public().values_list("pk", flat=True))
    assert wagtail_public == {shown.pk, expired.pk}
    assert draft.pk not in wagtail_public


def test_visible_reads_the_restrictions_once_per_content_version(
    library, version_cache, django_assert_num_queries
):
    from case_studies.models import CaseStudyPage

    CaseStudyPageFactory(parent=library, title="Shown")
    with caching.serving_version(caching.current_version()):
        list(CaseStudyPage.objects.visible())  # reads the restricted paths
        with django_assert_num_queries(1):
            list(CaseStudyPage.objects.visible())
    with django_assert_num_queries(2):  # without a version: the restrictions and the pages, every time
        list(CaseStudyPage.objects.visible())


def test_the_locale_look_up_is_remembered_per_version(locales, version_cache, django_assert_num_queries):
    with caching.serving_version(caching.current_version()):
        assert memo.locale_for_language("cy").language_code == "cy"
        with django_assert_num_queries(0):
            assert memo.locale_for_language("cy").language_code == "cy"
    with django_assert_num_queries(1):
        assert memo.locale_for_language("cy").language_code == "cy"


# Wagtail's private API ---------------------------------------------------------------------------------


def test_the_private_api_module_was_checked_against_this_wagtail():
    assert wagtail.VERSION[:3] in wagtail_private.CHECKED_WAGTAIL_VERSIONS, (
        f"core/wagtail_private.py was checked against Wagtail {wagtail_private.CHECKED_WAGTAIL_VERSIONS}, "
        f"not {wagtail.__version__}. Re-check what its docstring lists (Site._find_for_request and "
        "request._wagtail_site, request._get_raw_host, request._wagtail_route_for_request, "
        "_cached_parent_obj), "
        "run tests/test_caching.py, tests/test_page_cache.py and tests/test_query_budgets.py, then add "
        "the version to CHECKED_WAGTAIL_VERSIONS."
    )


def test_the_private_api_module_finds_what_wagtail_finds(rf, home):
    from wagtail.models import Site

    request = rf.get("/")
    assert wagtail_private.site_found_for_request(request) == (False, None)
    site = wagtail_private.find_site(request)
    assert site == Site.find_for_request(rf.get("/"))
    assert wagtail_private.host_and_port(request) == ("testserver", "80")
    wagtail_private.set_site_for_request(request, site)
    assert Site.find_for_request(request) is site  # Wagtail reads what we left


def test_a_chosen_page_is_localised_with_the_remembered_locale(
    home, library, locales, version_cache, django_assert_num_queries
):
    from django.utils import translation

    from core.localization import localized_page

    with translation.override("cy"):
        assert localized_page(library) == library.localized  # no Welsh translation: the page itself
        with caching.serving_version(caching.current_version()):
            localized_page(library)
            with django_assert_num_queries(1):  # the translation only; the locale is remembered
                assert localized_page(library) == library
    with translation.override("en"), django_assert_num_queries(1):  # the locale: the page's own
        assert localized_page(library) == library


def test_no_method_of_wagtail_is_replaced():
    from wagtail.models.i18n import LocaleManager
    from wagtail.query import PageQuerySet

    assert LocaleManager.get_for_language.__module__ == "wagtail.models.i18n"
    assert PageQuerySet.private_q.__module__ == "wagtail.query"
    assert PageQuerySet.public.__module__ == "wagtail.query"
