"""The open-data API at /api/v2/pages/ (search/api.py, docs/api.md): what partners can and cannot see.

Every page below has "quokka" in its title, so each search test also checks that the word cannot reach
a page a visitor could not read: a draft, a private page, one waiting for its scheduled time, or one
past its expiry time that the scheduler has not yet unpublished.
"""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.conftest import translate
from tests.factories import (
    CaseStudyPageFactory,
    OrganisationFactory,
    RegionFactory,
    ResourcePageFactory,
    SectorFactory,
)
from tests.test_newsletter import add_archive, add_issue

API = "/api/v2/pages/"
CASE_STUDIES = "case_studies.CaseStudyPage"
RESOURCES = "resources.ResourcePage"
ISSUES = "newsletter.NewsletterIssuePage"


def get(client, params=None, path=API):
    response = client.get(path, params or {})
    assert response["Content-Type"] == "application/json"
    return response


def listing(client, **params):
    response = get(client, params)
    assert response.status_code == 200, response.json()
    return response.json()


def ids(client, **params):
    return {item["id"] for item in listing(client, **params)["items"]}


def detail(client, page, **params):
    return get(client, params, path=f"{API}{page.pk}/")


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


@pytest.fixture
def taxonomy(themes):
    return {
        "housing": SectorFactory(name="Housing", slug="housing"),
        "health": SectorFactory(name="Health", slug="health"),
        "wales": RegionFactory(name="Wales", slug="wales"),
        "leeds": OrganisationFactory(name="Leeds City Council", slug="leeds-city-council"),
        "lankelly": OrganisationFactory(name="Lankelly Chase", slug="lankelly-chase"),
        **themes,
    }


@pytest.fixture
def archive(home, locales):
    return add_archive(home)


@pytest.fixture
def pages(library, resource_library, archive, taxonomy):
    """The three visible pages, one of each type, and four hidden ones."""
    now = timezone.now()
    visible = {
        "case_study": CaseStudyPageFactory(
            parent=library,
            title="Quokka kitchens",
            organisation=taxonomy["leeds"],
            themes=[taxonomy["learning"], taxonomy["human"]],
            sectors=[taxonomy["housing"]],
            regions=[taxonomy["wales"]],
            tags=["co-production", "Trust"],
        ),
        "resource": ResourcePageFactory(
            parent=resource_library,
            title="Quokka toolkit",
            author_organisation=taxonomy["lankelly"],
            themes=[taxonomy["systems"]],
            sectors=[taxonomy["health"], taxonomy["housing"]],
            tags=["equity"],
        ),
        "issue": add_issue(archive, 1, title="Quokka news", intro="Quokkas everywhere."),
    }
    hidden = {
        "draft": CaseStudyPageFactory(parent=library, title="Quokka draft", live=False),
        "private": CaseStudyPageFactory(parent=library, title="Quokka secrets", themes=[taxonomy["human"]]),
        "expired": ResourcePageFactory(
            parent=resource_library, title="Quokka expired", expire_at=now - datetime.timedelta(minutes=1)
        ),
        "scheduled": add_issue(archive, 2, title="Quokka tomorrow", publish=False),
    }
    restrict(hidden["private"])
    scheduled = hidden["scheduled"]
    scheduled.go_live_at = now + datetime.timedelta(days=1)
    scheduled.save_revision().publish()
    scheduled.refresh_from_db()
    assert hidden["expired"].live and not scheduled.live  # still live: the scheduler has not run yet
    return {**visible, **hidden, "visible": visible, "hidden": hidden}


# Listings and detail views --------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_listing_has_only_live_public_unexpired_case_studies_resources_and_issues(client, pages):
    data = listing(client)
    assert data["meta"]["total_count"] == 3
    assert {item["id"] for item in data["items"]} == {page.pk for page in pages["visible"].values()}
    assert {item["meta"]["type"] for item in data["items"]} == {CASE_STUDIES, RESOURCES, ISSUES}
    # The home page, the libraries and the newsletter archive are not served either.
    for page_type in (CASE_STUDIES, RESOURCES, ISSUES):
        assert ids(client, type=page_type) == {
            page.pk for page in pages["visible"].values() if page.specific_class._meta.label == page_type
        }


@pytest.mark.django_db
def test_each_listed_page_links_to_its_detail_view_and_its_page_on_the_site(client, pages):
    for item in listing(client)["items"]:
        response = client.get(item["meta"]["detail_url"])
        assert response.status_code == 200
        assert client.get(item["meta"]["html_url"]).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["draft", "private", "expired", "scheduled"])
def test_a_hidden_page_is_not_found(client, pages, name):
    response = detail(client, pages[name])
    assert response.status_code == 404
    assert "message" in response.json()
    assert pages[name].pk not in ids(client, type=type(pages[name])._meta.label)
    # Nor can it be found by its address or id.
    assert client.get(f"{API}find/", {"id": pages[name].pk}).status_code == 404


@pytest.mark.django_db
def test_the_home_page_and_the_libraries_are_not_served(client, pages, home, library, archive):
    for page in (home, library, archive):
        assert detail(client, page).status_code == 404


@pytest.mark.django_db
def test_a_private_page_stays_hidden_from_a_signed_in_editor(client, pages, superuser):
    client.force_login(superuser)
    assert pages["private"].pk not in ids(client)
    assert detail(client, pages["private"]).status_code == 404
    assert pages["private"].pk not in ids(client, search="quokka")


@pytest.mark.django_db
def test_pages_in_a_private_section_are_hidden(client, pages, resource_library):
    restrict(resource_library)
    assert pages["resource"].pk not in ids(client)
    assert detail(client, pages["resource"]).status_code == 404


@pytest.mark.django_db
def test_a_page_disappears_at_its_expiry_time_before_the_scheduler_runs(client, pages):
    page = pages["case_study"]
    expires = timezone.now() + datetime.timedelta(hours=1)
    page.expire_at = expires
    page.save(update_fields=["expire_at"])
    with time_machine.travel(expires - datetime.timedelta(seconds=1), tick=False) as clock:
        assert page.pk in ids(client)
        assert detail(client, page).status_code == 200
        clock.move_to(expires)
        page.refresh_from_db()
        assert page.live
        assert page.pk not in ids(client)
        assert page.pk not in ids(client, search="quokka")
        assert detail(client, page).status_code == 404


@pytest.mark.django_db
def test_the_newest_come_first_and_other_orders_can_be_asked_for(client, pages):
    visible = pages["visible"].values()
    newest_first = sorted(visible, key=lambda page: page.first_published_at, reverse=True)
    assert [item["id"] for item in listing(client)["items"]] == [page.pk for page in newest_first]
    by_title = sorted(visible, key=lambda page: page.title)
    assert [item["id"] for item in listing(client, order="title")["items"]] == [page.pk for page in by_title]


# Languages ------------------------------------------------------------------------------------------


@pytest.fixture
def welsh(pages, cy, taxonomy):
    translate(taxonomy["human"], cy, {"Human": "Dynol"})
    translate(taxonomy["wales"], cy, {"Wales": "Cymru"})
    return translate(pages["case_study"], cy, {"Quokka kitchens": "Ceginau cwoca"})


@pytest.mark.django_db
def test_the_locale_filter_keeps_one_language(client, pages, welsh):
    english = pages["case_study"]
    assert {english.pk, welsh.pk} <= ids(client)

    data = listing(client, locale="cy")
    assert [(item["id"], item["title"], item["meta"]["locale"]) for item in data["items"]] == [
        (welsh.pk, "Ceginau cwoca", "cy")
    ]
    assert data["items"][0]["meta"]["html_url"].endswith(welsh.url)
    assert "/cy/" in data["items"][0]["meta"]["html_url"]

    assert welsh.pk not in ids(client, locale="en")
    assert english.pk in ids(client, locale="en")
    assert ids(client, locale="ur") == set()
    assert ids(client, locale="cy", type=CASE_STUDIES) == {welsh.pk}
    assert ids(client, translation_of=english.pk) == {welsh.pk}


@pytest.mark.django_db
def test_taxonomy_is_shown_in_the_pages_own_language(client, pages, welsh):
    data = listing(client, locale="cy", type=CASE_STUDIES, fields="themes,regions,sectors")
    (item,) = data["items"]
    # Translated terms in Welsh; a term with no Welsh translation yet as written. Slugs never change.
    assert item["themes"] == [{"name": "Dynol", "slug": "human"}, {"name": "Learning", "slug": "learning"}]
    assert item["regions"] == [{"name": "Cymru", "slug": "wales"}]
    assert item["sectors"] == [{"name": "Housing", "slug": "housing"}]
    english = detail(client, pages["case_study"]).json()
    assert english["themes"] == [{"name": "Human", "slug": "human"}, {"name": "Learning", "slug": "learning"}]


@pytest.mark.django_db
def test_search_within_one_language(client, pages, welsh):
    assert ids(client, search="ceginau", locale="cy") == {welsh.pk}
    assert ids(client, search="ceginau", locale="en") == set()
    assert welsh.pk not in ids(client, search="quokka", locale="en")


# Fields -------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_case_study_shows_its_taxonomy_with_names_and_slugs(client, pages):
    fields = "summary,organisation,themes,sectors,regions,tags,period_start,period_end"
    (item,) = listing(client, type=CASE_STUDIES, fields=fields)["items"]
    page = pages["case_study"]
    assert item["id"] == page.pk
    assert item["summary"] == page.summary
    assert item["organisation"] == {"name": "Leeds City Council", "slug": "leeds-city-council"}
    assert item["themes"] == [{"name": "Human", "slug": "human"}, {"name": "Learning", "slug": "learning"}]
    assert item["sectors"] == [{"name": "Housing", "slug": "housing"}]
    assert item["regions"] == [{"name": "Wales", "slug": "wales"}]
    assert item["tags"] == [
        {"name": "co-production", "slug": "co-production"},
        {"name": "Trust", "slug": "trust"},
    ]
    assert item["period_start"] == "2023-01-01"
    assert item["period_end"] is None


@pytest.mark.django_db
def test_a_resource_shows_its_taxonomy_and_author_as_the_organisation(client, pages):
    (item,) = listing(client, type=RESOURCES, fields="*")["items"]
    page = pages["resource"]
    assert item["organisation"] == {"name": "Lankelly Chase", "slug": "lankelly-chase"}
    assert item["themes"] == [{"name": "Systems", "slug": "systems"}]
    assert item["sectors"] == [{"name": "Health", "slug": "health"}, {"name": "Housing", "slug": "housing"}]
    assert item["regions"] == []
    assert item["tags"] == [{"name": "equity", "slug": "equity"}]
    assert item["resource_type"] == "guide"
    assert item["publication_date"] == page.publication_date.isoformat()
    assert item["external_url"] == page.external_url
    assert item["summary"] == page.summary
    assert item["meta"]["first_published_at"] and item["meta"]["last_published_at"]


@pytest.mark.django_db
def test_an_issue_shows_its_number_and_introduction(client, pages):
    (item,) = listing(client, type=ISSUES, fields="issue_number,intro")["items"]
    assert (item["id"], item["issue_number"], item["intro"]) == (pages["issue"].pk, 1, "Quokkas everywhere.")
    full = detail(client, pages["issue"]).json()
    assert full["issue_number"] == 1
    assert full["body"][0]["type"] == "paragraph"
    assert "parent" not in full["meta"]  # the archive is not served here


@pytest.mark.django_db
def test_the_detail_view_shows_every_field(client, pages):
    data = detail(client, pages["case_study"]).json()
    for field in ("title", "summary", "organisation", "themes", "sectors", "regions", "tags", "body"):
        assert field in data
    assert data["meta"]["type"] == CASE_STUDIES
    assert data["meta"]["locale"] == "en"


@pytest.mark.django_db
def test_pages_can_be_filtered_by_taxonomy_slug(client, pages):
    case_study, resource = pages["case_study"].pk, pages["resource"].pk
    assert ids(client, themes="human") == {case_study}
    assert ids(client, themes="human,systems") == {case_study, resource}
    assert ids(client, sectors="housing") == {case_study, resource}
    assert ids(client, sectors="housing", regions="wales") == {case_study}
    assert ids(client, organisation="lankelly-chase") == {resource}
    assert ids(client, tags="co-production", type=CASE_STUDIES) == {case_study}
    assert ids(client, themes="human", search="quokka") == {case_study}
    assert ids(client, themes="no-such-theme") == set()


@pytest.mark.django_db
def test_a_listing_costs_the_same_few_queries_however_many_pages_it_shows(client, pages, library, taxonomy):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            listing(client, type=CASE_STUDIES, fields="*")
        return len(captured)

    few = queries()
    for _ in range(8):
        CaseStudyPageFactory(
            parent=library,
            themes=[taxonomy["human"]],
            sectors=[taxonomy["health"]],
            regions=[taxonomy["wales"]],
            tags=["equity"],
        )
    assert queries() == few


# Search -------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_search_finds_pages_by_a_word_of_their_title_and_never_a_hidden_one(client, pages):
    visible = {page.pk for page in pages["visible"].values()}
    assert ids(client, search="quokka") == visible
    assert ids(client, search="kitchens") == {pages["case_study"].pk}
    assert ids(client, search="toolkit", type=RESOURCES) == {pages["resource"].pk}
    for name in ("draft", "private", "expired", "scheduled"):
        word = pages[name].title.split()[-1]  # "draft", "secrets", "expired", "tomorrow"
        assert ids(client, search=word) == set(), name
    ordered = listing(client, search="quokka", order="title")["items"]
    assert [item["title"] for item in ordered] == sorted(page.title for page in pages["visible"].values())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, finds_the_case_study",
    [
        ('"quokka kitchens"', True),
        ('"quokka', True),  # an unbalanced quote: a database error on SQLite if passed through
        ("quokka\u201d", True),
        ("quokka 🦘", None),  # whether words are and-ed or or-ed is the backend's business
        (" ".join(["quokka"] * 32), True),
        ("quokka's", None),  # how an apostrophe splits words is the backend's business
        ("quokka\\", None),
        ("AND OR NOT ( ) * ^ : - + NEAR", None),
        ("%", None),
        ("", None),
        ("   ", None),
        ("q" * 1000, False),
    ],
)
def test_awkward_searches_are_answered(client, pages, query, finds_the_case_study):
    found = {item["id"] for item in listing(client, search=query)["items"]}
    if finds_the_case_study is not None:
        assert (pages["case_study"].pk in found) is finds_the_case_study
    assert not found & {page.pk for page in pages["hidden"].values()}


# Bad requests -------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"type": "nonsense.Model"},
        {"type": "nonsense"},
        {"type": "home.HomePage"},
        {"type": "wagtailcore.Page"},
        {"type": "core.Theme"},
        {"locale": "xx"},
        {"locale": ""},
        {"limit": "abc"},
        {"limit": "-1"},
        {"limit": "1000"},
        {"offset": "abc"},
        {"offset": "99999999999999999999999"},
        {"order": "-nonexistent"},
        {"order": "themes", "type": CASE_STUDIES},
        {"search": "q" * 10_000},
        {"search": " ".join(["quokka"] * 33)},
        {"search": "quokka", "search_operator": "xor"},
        {"search": "quokka", "order": "random"},
        {"search": "quokka\x00"},
        {"title": "Quokka\x00"},
        {"fields": "themes"},
        {"fields": "themes(name", "type": CASE_STUDIES},
        {"fields": "nonexistent"},
        {"nonexistent": "1"},
        {"child_of": "abc"},
        {"child_of": "99999999999999999999999"},
        {"descendant_of": "-1"},
        {"translation_of": "abc"},
        {"themes": ""},
        {"themes": ",".join(["x"] * 21)},
        {"period_start": "soon", "type": CASE_STUDIES},
        {"first_published_at": "2025-13-45"},
        {"issue_number": "first", "type": ISSUES},
        # Past the column's range (issue 19: whole numbers are bounded, tests/test_security_public.py).
        {"id": "99999999999999999999999"},
        {"issue_number": "99999999999999999999999", "type": ISSUES},
        {"site": "unknown.example.org"},
        {"site": "localhost:port"},
        {"format": "xml"},
        {"rich_text_format": "nonsense"},
    ],
    ids=lambda params: "&".join(f"{key}={value[:20]!r}" for key, value in params.items()),
)
def test_a_bad_query_parameter_is_a_400_with_a_message(client, pages, params):
    response = get(client, params)
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"title": "x" * 10_000},
        {"offset": "1000000"},
        {"type": f"{CASE_STUDIES},{RESOURCES}", "fields": "*"},
    ],
    ids=lambda params: "&".join(f"{key}={value[:20]!r}" for key, value in params.items()),
)
def test_an_odd_but_valid_query_is_answered(client, pages, params):
    listing(client, **params)


@pytest.mark.django_db
def test_a_bad_query_parameter_on_a_detail_or_find_view_is_a_400(client, pages):
    assert detail(client, pages["case_study"], locale="xx").status_code == 400
    assert detail(client, pages["case_study"], search="q" * 10_000).status_code == 400
    assert get(client, {"id": "abc"}, path=f"{API}find/").status_code == 400
    assert get(client, {"id": "1\x00"}, path=f"{API}find/").status_code == 400
