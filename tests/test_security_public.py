"""Security of the public surface (issue 19): the open-data API's parameters, which translations the
language links offer, the page cache's key, and the security headers on every response, cached or not.
"""

import datetime
import uuid

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.conftest import translate
from tests.factories import CaseStudyPageFactory
from tests.test_newsletter import add_archive, add_issue

pytestmark = pytest.mark.django_db

API = "/api/v2/pages/"
ISSUES = "newsletter.NewsletterIssuePage"


# The open-data API: every bad whole number is a 400 with a message (#8) ---------------------------------


@pytest.fixture
def story(library, themes):
    return CaseStudyPageFactory(
        parent=library, title="Listening first", slug="listening-first", themes=[themes["human"]]
    )


def api_error(client, path, query):
    response = client.get(path, QUERY_STRING=query)
    assert response.status_code == 400, (query, response.status_code, response.content[:200])
    assert response["Content-Type"] == "application/json"
    message = response.json()["message"]
    assert message
    return message


@pytest.mark.parametrize(
    "query",
    [
        # The three addresses of the report: 500 on both databases.
        "offset=%C2%B2",
        "offset=%2B9999999999999999999999",
        "offset=+99999999999999999999",
        # Digits Python's int() takes but a partner should not rely on.
        "offset=%D9%A1%D9%A2",  # Arabic-Indic ١٢
        "offset=1_000",
        "offset=%201",
        "offset=1000001",
        "offset=-1",
        "offset=0&offset=%C2%B2",  # a bad value anywhere, not only the last
        "limit=%C2%B2",
        "limit=%EF%BC%91",  # fullwidth 1
        "limit=21",
        "child_of=%C2%B2",
        "child_of=%D9%A1",
        "child_of=2147483648",
        "descendant_of=%2B1",
        "ancestor_of=%C2%B2",
        "translation_of=%C2%B2",
        "translation_of=0",
        "id=%C2%B2",
        "id=99999999999999999999999",
        f"type={ISSUES}&issue_number=%C2%B2",
        f"type={ISSUES}&issue_number=99999999999999999999999",
        f"type={ISSUES}&issue_number=-1",
        f"type={ISSUES}&issue_number=%2B1",
    ],
)
def test_a_bad_whole_number_in_the_api_listing_is_a_400(client, story, query):
    api_error(client, API, query)


@pytest.mark.parametrize("query", ["id=%C2%B2", "id=%D9%A1%D9%A2", "id=99999999999999999999999", "id=0"])
def test_a_bad_id_in_the_api_find_view_is_a_400(client, story, query):
    api_error(client, API + "find/", query)


@pytest.mark.parametrize(
    "pk", ["99999999999999999999999", "2147483648", "0", "%C2%B2", "%D9%A1", "abc", "-1", "1.5", "%2B1"]
)
def test_a_bad_id_in_the_api_detail_view_is_a_400(client, story, pk):
    assert "id must be a whole number" in api_error(client, f"{API}{pk}/", "")


def test_good_whole_numbers_still_work(client, story, library, home):
    assert client.get(API, {"offset": "0", "limit": "20"}).json()["items"][0]["id"] == story.pk
    assert client.get(API, {"offset": "1000000"}).json()["items"] == []
    assert [item["id"] for item in client.get(API, {"child_of": library.pk}).json()["items"]] == [story.pk]
    assert client.get(API, {"descendant_of": "root"}).status_code == 200
    assert client.get(API, {"id": story.pk}).json()["meta"]["total_count"] == 1
    assert client.get(f"{API}find/", {"id": story.pk}).status_code == 302
    assert client.get(f"{API}{story.pk}/").json()["id"] == story.pk
    assert client.get(f"{API}2147483647/").status_code == 404


# Language links offer only translations a visitor can read (#9) --------------------------------------


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def language_links(response):
    """What a page offers in other languages: hreflang links, og:locale:alternate and the switcher."""
    page = soup(response)
    return {
        "hreflang": {
            link["hreflang"]: link["href"] for link in page.find_all("link", rel="alternate", hreflang=True)
        },
        "og": {meta["content"] for meta in page.find_all("meta", property="og:locale:alternate")},
        "switcher": {
            a["hreflang"]: (a["href"], a.select_one(".language-switcher__note") is not None)
            for a in page.select(".language-switcher a")
        },
    }


@pytest.fixture
def welsh_story(story, cy, cy_home):
    return translate(story, cy, {"Listening first": "Gwrando yn gyntaf"})


def assert_welsh_not_offered(links):
    assert "cy" not in links["hreflang"]
    assert "cy_GB" not in links["og"]
    assert links["switcher"]["cy"] == ("/cy/", True)  # the Welsh home page, saying so


def test_a_live_welsh_translation_is_offered(client, story, welsh_story):
    links = language_links(client.get(story.url))
    assert links["hreflang"]["cy"] == "http://localhost/cy/case-studies/listening-first/"
    assert links["og"] == {"cy_GB"}
    assert links["switcher"]["cy"] == ("/cy/case-studies/listening-first/", False)


def test_an_expired_translation_is_not_offered(client, story, welsh_story):
    # Past its expiry but still live: the scheduler has not unpublished it yet.
    type(welsh_story).objects.filter(pk=welsh_story.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert_welsh_not_offered(language_links(client.get(story.url)))


def test_a_view_restricted_translation_is_not_offered(client, story, welsh_story):
    PageViewRestriction.objects.create(page=welsh_story, restriction_type=PageViewRestriction.LOGIN)
    assert_welsh_not_offered(language_links(client.get(story.url)))


def test_a_translation_in_a_restricted_section_is_not_offered(client, story, welsh_story):
    welsh_library = welsh_story.get_parent()
    PageViewRestriction.objects.create(
        page=welsh_library, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert_welsh_not_offered(language_links(client.get(story.url)))


def test_a_welsh_issue_has_no_x_default_pointing_to_an_expired_english_issue(client, home, cy, cy_home):
    archive = add_archive(home)
    issue = add_issue(archive, 1, title="Issue one")
    translate(archive, cy)
    welsh_issue = translate(issue, cy, {"Issue one": "Rhifyn un"})
    type(issue).objects.filter(pk=issue.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    links = language_links(client.get(welsh_issue.url))
    assert links["hreflang"] == {"cy": "http://localhost" + welsh_issue.url}
    assert links["og"] == set()
    assert links["switcher"]["en"] == ("/", True)


# The page cache keys on the parameters a page recognises (#11) ------------------------------------------


@pytest.fixture
def page_cache(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": uuid.uuid4().hex},
    }
    settings.PAGE_CACHE_SECONDS = 600
    return caches["pages"]


def entries(cache):
    """How many pages the cache holds (the content version and other bookkeeping left out)."""
    return sum(1 for key in cache._cache if ":page:" in key)


def cached_get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response, response.get("X-Page-Cache")


@pytest.fixture
def two_stories(library, themes):
    return [
        CaseStudyPageFactory(parent=library, title="Listening first", themes=[themes["human"]]),
        CaseStudyPageFactory(parent=library, title="Systems mapping", themes=[themes["systems"]]),
    ]


@pytest.mark.parametrize("url", ["/", "/case-studies/", "/case-studies/listening-first/"])
def test_junk_parameters_are_hits_on_one_entry(client, page_cache, home, two_stories, url):
    first, state = cached_get(client, url)
    assert state == "miss"
    for _ in range(200):
        response, state = cached_get(client, f"{url}?utm_x={uuid.uuid4().hex}&fbclid={uuid.uuid4().hex}")
        assert state == "hit"
        assert response.content == first.content
    assert entries(page_cache) == 1


def test_a_recognised_filter_gets_its_own_entry_with_its_own_content(client, page_cache, two_stories):
    everything, _state = cached_get(client, "/case-studies/")
    filtered, state = cached_get(client, "/case-studies/?theme=human")
    assert state == "miss"
    assert "Systems mapping" in everything.content.decode()
    assert "Listening first" in filtered.content.decode()
    assert "Systems mapping" not in filtered.content.decode()
    again, state = cached_get(client, "/case-studies/?utm_source=mail&theme=human")
    assert state == "hit" and again.content == filtered.content
    assert entries(page_cache) == 2


def test_the_order_of_parameters_does_not_matter(client, page_cache, two_stories):
    first, state = cached_get(client, "/case-studies/?theme=human&theme=systems&sort=title")
    assert state == "miss"
    for url in (
        "/case-studies/?sort=title&theme=systems&theme=human",
        "/case-studies/?theme=systems&utm_x=1&sort=title&theme=human",
    ):
        assert cached_get(client, url)[1] == "hit"
    assert entries(page_cache) == 1


@pytest.mark.parametrize(
    "query",
    [
        "theme=no-such-theme",  # a value the library does not know (it says so and ignores it)
        "theme=HUMAN",  # known once lower-cased: kept as ?theme=human only
        "theme=human,systems",  # the same as ?theme=human&theme=systems, kept once as that
        "page=99999",  # past the end: the last page is shown
        "page=1",
        "page=abc",
        "page=%C2%B2",
        "sort=no-such-sort",
        "sort=newest",  # the default
        "q=listening",  # a search: free text, never kept (as the site search page is not)
    ],
)
def test_a_value_the_page_does_not_take_as_given_is_never_kept(client, page_cache, two_stories, query):
    for _ in range(2):
        response, state = cached_get(client, f"/case-studies/?{query}")
        assert state is None and "private" in response["Cache-Control"]
    assert entries(page_cache) == 0


def test_a_parameter_another_page_type_reads_is_never_kept_here(client, page_cache, home, two_stories):
    for url in ("/?theme=human", "/case-studies/listening-first/?page=2"):
        for _ in range(2):
            assert cached_get(client, url)[1] is None
    assert entries(page_cache) == 0


def test_the_recognised_parameters_are_declared_by_each_page_type():
    from case_studies.models import CaseStudyIndexPage, CaseStudyPage
    from core.pagecache import recognised_parameter_names
    from home.models import HomePage
    from newsletter.models import NewsletterIndexPage
    from resources.models import ResourceIndexPage

    library = {"theme", "sector", "region", "organisation", "tag", "q", "sort", "page"}
    assert set(CaseStudyIndexPage.query_parameters()) == library
    assert set(ResourceIndexPage.query_parameters()) == library | {"type"}
    assert set(NewsletterIndexPage.query_parameters()) == {"page"}
    assert set(HomePage.query_parameters()) == set()
    assert not hasattr(CaseStudyPage, "query_parameters")  # reads none: the default
    assert recognised_parameter_names() == library | {"type"}


# The same security headers on every response, from the page cache or not (#13) ------------------------

SECURITY_HEADERS = (
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Content-Security-Policy",
    "Strict-Transport-Security",
)
# What production sets that decides the headers, read from site_config.settings.production itself.
PRODUCTION_SETTINGS = (
    "MIDDLEWARE",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_ADMIN",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SECURE_SSL_REDIRECT",
)


@pytest.fixture(scope="module")
def production_security_settings():
    from tests.test_production import production_values

    return production_values("{name: getattr(s, name) for name in " + repr(PRODUCTION_SETTINGS) + "}")


@pytest.fixture
def production_like(settings, page_cache, production_security_settings):
    """The test settings with production's security settings and middleware, the page cache on."""
    for name, value in production_security_settings.items():
        setattr(settings, name, value)
    return settings


def frame_ancestors(response):
    policy = response["Content-Security-Policy"]
    return next(part.split()[1:] for part in policy.split(";") if part.split()[0] == "frame-ancestors")


def headers(response):
    return {name: response.get(name) for name in SECURITY_HEADERS}


@pytest.mark.parametrize(
    "url", ["/", "/case-studies/", "/case-studies/listening-first/", "/case-studies/?x=1"]
)
def test_a_cached_hit_carries_the_same_security_headers_as_a_miss(client, production_like, story, url):
    miss = client.get(url, secure=True)
    hit = client.get(url, secure=True)
    assert (miss.status_code, miss.get("X-Page-Cache"), hit.get("X-Page-Cache")) == (200, "miss", "hit")
    assert headers(hit) == headers(miss)
    assert all(headers(miss).values()), headers(miss)
    assert miss["X-Frame-Options"] == "DENY" and frame_ancestors(miss) == ["'none'"]
    assert "max-age=31536000" in miss["Strict-Transport-Security"]


@pytest.mark.parametrize(
    "url",
    [
        "/search/?q=listening",
        "/search/suggest/?q=li",
        "/api/v2/pages/",
        "/robots.txt",
        "/sitemap.xml",
        "/subscriptions/",
        "/no-such-page/",
        "/admin/login/",
    ],
)
def test_every_response_carries_the_security_headers_and_forbids_framing(client, production_like, story, url):
    response = client.get(url, secure=True)
    assert response.status_code < 500
    assert all(headers(response).values()), headers(response)
    assert response["X-Frame-Options"] == "DENY" and frame_ancestors(response) == ["'none'"]


def test_the_admins_preview_may_be_framed_by_the_admin_alone(client, production_like, story, superuser):
    """Wagtail's preview panel frames the preview under /admin/: SAMEORIGIN, and the policy agrees."""
    client.force_login(superuser)
    response = client.get(f"/admin/pages/{story.pk}/edit/preview/?in_preview_panel=true", secure=True)
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN" and frame_ancestors(response) == ["'self'"]
    editor = client.get(f"/admin/pages/{story.pk}/edit/", secure=True)
    assert editor["X-Frame-Options"] == "DENY" and frame_ancestors(editor) == ["'none'"]
