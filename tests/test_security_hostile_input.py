"""Hostile input on every public address: nothing a visitor puts in a query string or a path makes the
site answer 5xx.

Every GET parameter each public address reads (and a few it does not) is sent, one at a time, with each
hostile value below: huge, signed and non-ASCII numbers ('²' passes str.isdigit()), NUL and control
characters, very long strings, SQL, template and HTML injection, path traversal, invalid UTF-8 percent
escapes, and the parameter repeated or sent as an array. Addresses under a language prefix are also
tried in Welsh and Urdu, with every parameter at once. A last group sends hostile paths (page slugs, API
ids, document ids and names, subscription tokens).

The site is a small demo built from the factories once for the module, and the page cache is on (with
a fresh in-memory cache), so the cache's key and storage see the same input visitors' requests do.
A 4xx is a fine answer; a 5xx, or an exception escaping the view, fails the group, listing every
request that did.
"""

import uuid
from urllib.parse import quote

import pytest
from django.test import Client

from tests.conftest import shared_data
from tests.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    OrganisationFactory,
    PdfDocumentFactory,
    RegionFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    SectorFactory,
    ThemeFactory,
)

# Values sent percent-encoded, as a browser would.
HOSTILE_VALUES = {
    "huge": "9" * 30,
    "huge-signed": "+" + "9" * 22,
    "negative": "-1",
    "superscript-two": "²",
    "arabic-indic-digits": "١٢",
    "float": "1.5e308",
    "nul": "a\x00b",
    "controls": "\x01\x1b[31m\x7f",
    "long": "x" * 10_000,
    "many-words": " ".join(["learning"] * 400),
    "sql": "' OR '1'='1'; DROP TABLE wagtailcore_page; --",
    "template": "{{ settings.SECRET_KEY }}{% debug %}${7*7}",
    "html": '"><script>alert(1)</script>',
    "path-traversal": "../../../../etc/passwd",
    "quotes-and-operators": '"\'`\\ NEAR(a b) AND "x* OR -y ^z col:1 (',
    "unicode": "😀\u202e\ufeff",
    "empty": "",
}
# Query strings sent exactly as written ({p} is the parameter's name).
RAW_QUERIES = {
    "percent-00": "{p}=%00",
    "invalid-utf8": "{p}=%ff%fe%c0%af",
    "bad-escape": "{p}=%zz%",
    "repeated": "&".join(["{p}=1", "{p}=%C2%B2", "{p}=-1"] + ["{p}=learning"] * 100),
    "array": "{p}[]=1&{p}[0]=2",
    "invalid-utf8-name": "{p}%ff=1",
}

API = "/api/v2/pages/"
LANGUAGES = ("", "/cy", "/ur")
# Parameters a page may not read (page and q are read by other pages).
JUNK = ("utm_source", "page", "q")

CASE_STUDY_LIBRARY = ("theme", "sector", "region", "organisation", "tag", "q", "sort", "page")
RESOURCE_LIBRARY = ("type", "theme", "sector", "region", "organisation", "tag", "q", "sort", "page")
SEARCH = ("q", "page", "type", "theme", "sector", "region", "tag", "sort")
API_OPERATIONS = (
    "type",
    "locale",
    "search",
    "search_operator",
    "order",
    "limit",
    "offset",
    "fields",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "themes",
    "sectors",
    "regions",
    "organisation",
    "tags",
    "site",
    "format",
    "rich_text_format",
)


def queries(param):
    """(label, raw query string) for each hostile value of `param`."""
    for label, value in HOSTILE_VALUES.items():
        yield label, f"{quote(param)}={quote(value, safe='')}"
    for label, template in RAW_QUERIES.items():
        yield label, template.format(p=quote(param))


def requests_for(path, params, each=True):
    """(path, query string) pairs: each parameter alone with each hostile value, or (each=False) every
    parameter at once with each value (enough for the Welsh and Urdu copies of an address)."""
    base, _, fixed = path.partition("?")
    if each:
        queries_ = [query for param in params for _label, query in queries(param)]
    else:
        queries_ = [
            "&".join(query for _label, query in group)
            for group in zip(*(queries(p) for p in params), strict=True)
        ]
    return [(base, f"{fixed}&{query}" if fixed else query) for query in queries_]


def publish_translation(page, locale, title=None):
    """`page` copied into `locale` (its parents too) and published: a translation as visitors see it."""
    translated = page.copy_for_translation(locale, copy_parents=True)
    if title:
        translated.title = title
    translated.save_revision().publish()
    return translated.specific_class.objects.get(pk=translated.pk)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """A small demo: home, both libraries and the newsletter archive in three languages, a case study
    (also in Welsh), a resource with a PDF, an issue, and a few terms."""
    from wagtail.models import Locale

    from home.models import HomePage
    from tests.test_newsletter import add_archive, add_issue

    with shared_data(django_db_blocker):
        locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "cy", "ur")}
        home = HomePage.objects.get(locale=locales["en"])
        human = ThemeFactory(name="Human", slug="human")
        learning = ThemeFactory(name="Learning", slug="learning")
        library = CaseStudyIndexPageFactory(parent=home)
        resources = ResourceIndexPageFactory(parent=home)
        archive = add_archive(home)
        story = CaseStudyPageFactory(
            parent=library,
            title="Listening first",
            slug="listening-first",
            organisation=OrganisationFactory(name="Lighthouse", slug="lighthouse"),
            themes=[human, learning],
            sectors=[SectorFactory(name="Housing", slug="housing")],
            regions=[RegionFactory(name="Wales", slug="wales")],
            tags=["co-production"],
        )
        resource = ResourcePageFactory(
            parent=resources, title="Learning guide", themes=[learning], document=PdfDocumentFactory()
        )
        issue = add_issue(archive, 1, title="Issue one")
        for code in ("cy", "ur"):
            for page in (library, resources, archive):
                publish_translation(page, locales[code])
        welsh_story = publish_translation(story, locales["cy"], "Gwrando yn gyntaf")
        yield {
            "library": library.url,
            "resources": resources.url,
            "archive": archive.url,
            "story": story.url,
            "welsh_story": welsh_story.url,
            "resource": resource.url,
            "issue": issue.url,
            "document": resource.document.url,
            "page_id": story.pk,
        }


@pytest.fixture
def visitor(db, settings, site, caplog):
    """An anonymous visitor, with the page cache on (a fresh in-memory cache). Django's log line for each
    of the thousand 400s and 404s is left out (errors are still logged)."""
    caplog.set_level("ERROR", logger="django.request")
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": uuid.uuid4().hex},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": uuid.uuid4().hex},
    }
    settings.PAGE_CACHE_SECONDS = 600
    return Client(raise_request_exception=False)


def in_every_language(path, params):
    """Each parameter alone in English; all at once in Welsh and Urdu."""
    requests = requests_for(path, params)
    for prefix in LANGUAGES[1:]:
        requests += requests_for(prefix + path, params, each=False)
    return requests


def api_fields():
    """The API's field filters: those every type has (asked without ?type=), then each type's own."""
    from search.api import PAGE_TYPES, PartnerPagesAPIViewSet, type_name

    by_type = {
        type_name(model): PartnerPagesAPIViewSet.get_available_fields(model, db_fields_only=True)
        for model in PAGE_TYPES
    }
    common = set.intersection(*(set(fields) for fields in by_type.values()))
    requests = requests_for(API, sorted(common))
    for name, fields in by_type.items():
        requests += requests_for(f"{API}?type={name}", [field for field in fields if field not in common])
    return requests


def group_requests(group, site):
    """[(path, query string)] for one group of public addresses."""
    story, archive = site["story"], site["archive"]
    if group == "home":
        return in_every_language("/", JUNK)
    if group == "case-study-library":
        return in_every_language(site["library"], CASE_STUDY_LIBRARY)
    if group == "resource-library":
        return in_every_language(site["resources"], RESOURCE_LIBRARY)
    if group == "search":
        return in_every_language("/search/", SEARCH) + in_every_language("/search/suggest/", ("q",))
    if group == "detail-pages":
        return [
            r
            for url in (story, site["welsh_story"], site["resource"], site["issue"])
            for r in requests_for(url, JUNK, each=False)
        ]
    if group == "newsletter":
        return (
            in_every_language(archive, ("page",))
            + requests_for(archive + "feed/", JUNK, each=False)
            + requests_for(archive + "feed/atom/", JUNK, each=False)
        )
    if group == "subscriptions-sitemap-robots":
        return (
            in_every_language("/subscriptions/", JUNK + ("email", "language", "source"))
            + requests_for("/subscriptions/check-your-email/", JUNK, each=False)
            + in_every_language("/sitemap.xml", ("p", "section"))
            + requests_for("/robots.txt", JUNK, each=False)
            + requests_for(site["document"], JUNK, each=False)
        )
    if group == "api-listing":
        return requests_for(API, API_OPERATIONS) + api_fields()
    if group == "api-detail-and-find":
        return requests_for(f"{API}{site['page_id']}/", ("fields", "format", "type", "locale", "search")) + (
            requests_for(f"{API}find/", ("id", "html_path", "type", "fields", "locale"))
        )
    raise AssertionError(group)


def hostile_paths(site):
    document = site["document"].rstrip("/").rsplit("/", 1)[0]
    story = site["story"]
    return [
        "/%00/",
        "/%ff%fe/",
        "/%c0%af/",
        "/..%2f..%2f..%2fetc%2fpasswd",
        "/../../../etc/passwd",
        "/" + "a" * 3000 + "/",
        "/case-studies/%C2%B2/",
        "/case-studies/%00/",
        f"{story}%ff/",
        f"{story}..%2f..%2f/",
        "/cy/%ff/",
        "/ur/..%2f/",
        f"{site['archive']}feed/%00/",
        f"{site['archive']}%C2%B2/",
        "/search/%00/",
        "/sitemap.xml%00",
        f"{API}99999999999999999999999/",
        f"{API}2147483648/",
        f"{API}0/",
        f"{API}%C2%B2/",
        f"{API}find/%00/",
        "/documents/99999999999999999999999/report.pdf",
        "/documents/0/report.pdf",
        f"{document}/..%2f..%2f..%2fetc%2fpasswd",
        f"{document}/%00.pdf",
        f"{document}/%ff.pdf",
        "/subscriptions/confirm/" + "x" * 5000 + "/",
        "/subscriptions/confirm/%00/",
        "/subscriptions/confirm/%ff%fe/",
        "/subscriptions/confirm/..%2f..%2f/",
        "/subscriptions/unsubscribe/1:" + "a" * 43 + "/",
        "/subscriptions/unsubscribe/%27%20OR%201%3D1--/",
        "/cy/subscriptions/unsubscribe/%C2%B2/",
        "/media/..%2f..%2fsite_config/settings/base.py",
        "/static/..%2f..%2fsite_config/settings/base.py",
    ]


def failures(client, requests):
    failed = []
    for path, query in requests:
        response = client.get(path, QUERY_STRING=query)
        error = getattr(response, "exc_info", None)
        if response.status_code >= 500 or error:
            detail = f"{type(error[1]).__name__}: {error[1]}" if error else ""
            failed.append(f"{response.status_code} {path}?{query[:80]} {detail}"[:300])
    return failed


GROUPS = (
    "home",
    "case-study-library",
    "resource-library",
    "search",
    "detail-pages",
    "newsletter",
    "subscriptions-sitemap-robots",
    "api-listing",
    "api-detail-and-find",
)


@pytest.mark.parametrize("group", GROUPS)
def test_no_hostile_query_parameter_makes_a_public_address_fail(visitor, site, group):
    requests = group_requests(group, site)
    failed = failures(visitor, requests)
    assert not failed, f"{len(failed)} of {len(requests)} requests failed:\n" + "\n".join(failed)


def test_no_hostile_path_makes_the_site_fail(visitor, site):
    failed = failures(visitor, [(path, "") for path in hostile_paths(site)])
    assert not failed, "\n".join(failed)
