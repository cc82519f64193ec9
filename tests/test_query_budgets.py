"""Each public page costs a fixed number of database queries, however many cards, terms, tags, related
case studies or resources it shows. Each test measures a small and a large data set: the counts must be equal (no
query per card or per term) and within a budget (measured + 2, so an accidental extra query or two shows
up here rather than in production).

Every page is requested once before measuring, so one-off work (creating image renditions) is not counted.
"""

import pytest

from home.models import HomePageFeaturedCaseStudy
from tests.conftest import translate
from tests.factories import (
    CaseStudyPageFactory,
    ImageFactory,
    OrganisationFactory,
    PdfDocumentFactory,
    RegionFactory,
    ResourcePageFactory,
    SectorFactory,
)

# Measured on SQLite and PostgreSQL (the same on both), with no cache, so nothing is remembered between
# requests (core/memo.py; with the page cache's version a visitor's case study page costs 19 or fewer,
# tests/test_page_cache.py):
# - case study library 25 (Welsh 30; one more with a tag chosen);
# - case study 33 with suggested related case studies and 1 or 3 resources that chose it (33 with three
#   chosen related, 25 with nothing related and no resources);
# - home 30 with 1 or 6 featured, 1 or 6 latest case studies and 1 or 3 latest resources;
# - resource library 25 (Welsh 30; one more with a tag chosen);
# - resource page 28 with a download and 1 or 3 related case studies (28 with a link instead of a download
#   or with no related case studies).
LIBRARY_BUDGET = 32
CASE_STUDY_BUDGET = 35
HOME_BUDGET = 32
RESOURCE_LIBRARY_BUDGET = 32
RESOURCE_BUDGET = 30


@pytest.fixture
def terms(themes):
    return {
        "themes": list(themes.values()),
        "sectors": [SectorFactory(name=f"Sector {n}", slug=f"sector-{n}") for n in range(3)],
        "regions": [RegionFactory(name=f"Region {n}", slug=f"region-{n}") for n in range(3)],
    }


@pytest.fixture
def make_case_study(library, terms):
    """A case study with a hero image and `n` themes (or those given), sectors and regions and `tags` tags."""

    def make(n=1, tags=1, parent=None, themes=None, **kwargs):
        return CaseStudyPageFactory(
            parent=parent or library,
            themes=themes or terms["themes"][:n],
            sectors=terms["sectors"][:n],
            regions=terms["regions"][:n],
            tags=[f"tag-{i}" for i in range(tags)],
            organisation=OrganisationFactory(),
            hero_image=ImageFactory(),
            hero_image_alt="A picture of the work",
            **kwargs,
        )

    return make


@pytest.fixture
def make_resource(resource_library, terms):
    """A resource with a PDF to download, a cover image and `n` themes, sectors and regions and `tags` tags."""

    def make(n=1, tags=1, parent=None, **kwargs):
        kwargs.setdefault("document", PdfDocumentFactory())
        return ResourcePageFactory(
            parent=parent or resource_library,
            themes=terms["themes"][:n],
            sectors=terms["sectors"][:n],
            regions=terms["regions"][:n],
            tags=[f"tag-{i}" for i in range(tags)],
            author_organisation=OrganisationFactory(),
            cover_image=ImageFactory(),
            cover_image_alt="The cover of the resource",
            **kwargs,
        )

    return make


def count_queries(client, url, budget, django_assert_max_num_queries):
    client.get(url)  # warm up: renditions are made on the first view only
    with django_assert_max_num_queries(budget) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def test_library_costs_the_same_for_4_simple_or_12_rich_cards(
    client, make_case_study, django_assert_max_num_queries
):
    for _ in range(4):
        make_case_study(n=1, tags=1)
    small, response = count_queries(client, "/case-studies/", LIBRARY_BUDGET, django_assert_max_num_queries)
    assert len(response.context["library"].page.object_list) == 4

    for _ in range(26):
        make_case_study(n=3, tags=6)
    large, response = count_queries(client, "/case-studies/", LIBRARY_BUDGET, django_assert_max_num_queries)
    cards = response.context["library"].page.object_list
    assert len(cards) == 12
    assert all(card.themes.count() == 3 and card.tags.count() == 6 for card in cards)
    assert response.context["library"].count == 30

    assert large == small


def test_filtered_and_later_pages_of_the_library_cost_the_same(
    client, make_case_study, django_assert_max_num_queries
):
    for _ in range(30):
        make_case_study(n=3, tags=6)
    first, _response = count_queries(client, "/case-studies/", LIBRARY_BUDGET, django_assert_max_num_queries)
    filtered, response = count_queries(
        client,
        "/case-studies/?theme=human,learning&sector=sector-0&tag=tag-1&sort=title&page=2",
        LIBRARY_BUDGET,
        django_assert_max_num_queries,
    )
    assert response.context["library"].page.number == 2
    # One more: checking that the chosen tag is one of the library's (free tags are not listed ahead).
    assert filtered == first + 1


def test_welsh_library_costs_the_same_for_few_or_many_cards(
    client, library, terms, make_case_study, cy, cy_home, django_assert_max_num_queries
):
    for term in terms["themes"] + terms["sectors"] + terms["regions"]:
        translate(term, cy, {term.name: f"{term.name} (cy)"})
    cy_library = translate(library, cy)
    for _ in range(2):
        make_case_study(n=1, tags=1, parent=cy_library)
    small, _response = count_queries(
        client, "/cy/case-studies/", LIBRARY_BUDGET, django_assert_max_num_queries
    )

    for _ in range(14):
        make_case_study(n=3, tags=6, parent=cy_library)
    large, response = count_queries(
        client, "/cy/case-studies/", LIBRARY_BUDGET, django_assert_max_num_queries
    )
    assert "Human (cy)" in response.content.decode()
    assert large == small


def test_case_study_costs_the_same_with_1_or_3_suggested_related_and_1_or_6_tags(
    client, terms, make_case_study, make_resource, django_assert_max_num_queries
):
    human, learning, _systems = terms["themes"]
    partner = make_case_study(themes=[human], tags=1)
    simple = make_case_study(themes=[human], tags=1)
    make_resource(n=1, tags=1, case_studies=[simple])
    small, response = count_queries(client, simple.url, CASE_STUDY_BUDGET, django_assert_max_num_queries)
    assert [p.pk for p in response.context["page"].get_related_case_studies()] == [partner.pk]
    assert len(response.context["page"].get_related_resources()) == 1

    others = [make_case_study(themes=[learning], tags=0) for _ in range(2)]
    rich = make_case_study(n=3, tags=6)
    for _ in range(3):
        make_resource(n=3, tags=6, case_studies=[rich])
    large, response = count_queries(client, rich.url, CASE_STUDY_BUDGET, django_assert_max_num_queries)
    related = response.context["page"].get_related_case_studies()
    assert len(related) == 3
    assert {p.pk for p in related} <= {partner.pk, simple.pk, *(p.pk for p in others)}
    assert len(response.context["page"].get_related_resources()) == 3
    assert "Resources used in this work" in response.content.decode()
    assert large == small


def test_case_study_costs_the_same_with_3_chosen_related_and_1_or_6_tags(
    client, make_case_study, make_resource, django_assert_max_num_queries
):
    chosen = [make_case_study() for _ in range(3)]
    simple = make_case_study(n=1, tags=1, related=chosen)
    rich = make_case_study(n=3, tags=6, related=chosen)
    make_resource(n=1, tags=1, case_studies=[simple])
    for _ in range(3):
        make_resource(n=3, tags=6, case_studies=[simple, rich])

    small, response = count_queries(client, simple.url, CASE_STUDY_BUDGET, django_assert_max_num_queries)
    assert [p.pk for p in response.context["page"].get_related_case_studies()] == [p.pk for p in chosen]
    large, response = count_queries(client, rich.url, CASE_STUDY_BUDGET, django_assert_max_num_queries)
    assert [p.pk for p in response.context["page"].get_related_case_studies()] == [p.pk for p in chosen]
    assert large == small


def test_case_study_with_no_related_is_within_budget(
    client, library, make_case_study, django_assert_max_num_queries
):
    loner = CaseStudyPageFactory(parent=library)  # no themes or tags to share, nothing chosen
    make_case_study()
    _count, response = count_queries(client, loner.url, CASE_STUDY_BUDGET, django_assert_max_num_queries)
    assert response.context["page"].get_related_case_studies() == []
    assert "Related case studies" not in response.content.decode()


def test_home_page_costs_the_same_for_1_or_6_featured_and_latest(
    client, home, make_case_study, make_resource, django_assert_max_num_queries
):
    featured = make_case_study(n=1, tags=1)
    make_case_study(n=1, tags=1)
    make_resource(n=1, tags=1)
    home.featured_case_studies.add(HomePageFeaturedCaseStudy(case_study=featured))
    home.save()
    small, response = count_queries(client, "/", HOME_BUDGET, django_assert_max_num_queries)
    assert (len(response.context["featured"]), len(response.context["latest"])) == (1, 1)
    assert len(response.context["latest_resources"]) == 1

    for _ in range(12):
        page = make_case_study(n=3, tags=6)
        if home.featured_case_studies.count() < 6:
            home.featured_case_studies.add(HomePageFeaturedCaseStudy(case_study=page))
    home.save()
    for _ in range(5):
        make_resource(n=3, tags=6)
    large, response = count_queries(client, "/", HOME_BUDGET, django_assert_max_num_queries)
    assert (len(response.context["featured"]), len(response.context["latest"])) == (6, 6)
    latest_resources = response.context["latest_resources"]
    assert len(latest_resources) == 3
    assert all(resource.themes.count() == 3 for resource in latest_resources)
    assert large == small


# Resources ---------------------------------------------------------------------------------------


def test_resource_library_costs_the_same_for_12_simple_or_12_rich_cards(
    client, make_resource, django_assert_max_num_queries
):
    for _ in range(12):
        make_resource(n=1, tags=1)
    small, response = count_queries(
        client, "/resources/", RESOURCE_LIBRARY_BUDGET, django_assert_max_num_queries
    )
    cards = response.context["library"].page.object_list
    assert len(cards) == 12
    assert all(card.themes.count() == 1 and card.tags.count() == 1 for card in cards)

    # Newer, so these are the twelve on the first page.
    for _ in range(18):
        make_resource(n=3, tags=6)
    large, response = count_queries(
        client, "/resources/", RESOURCE_LIBRARY_BUDGET, django_assert_max_num_queries
    )
    cards = response.context["library"].page.object_list
    assert len(cards) == 12
    assert all(card.themes.count() == 3 and card.tags.count() == 6 for card in cards)
    assert response.context["library"].count == 30

    assert large == small


def test_filtered_and_later_pages_of_the_resource_library_cost_the_same(
    client, make_resource, django_assert_max_num_queries
):
    for n in range(30):
        make_resource(n=3, tags=6, resource_type=("toolkit", "guide", "report")[n % 3])
    first, _response = count_queries(
        client, "/resources/", RESOURCE_LIBRARY_BUDGET, django_assert_max_num_queries
    )
    filtered, response = count_queries(
        client,
        "/resources/?type=toolkit,guide&theme=human,learning&sector=sector-0&tag=tag-1&sort=title&page=2",
        RESOURCE_LIBRARY_BUDGET,
        django_assert_max_num_queries,
    )
    assert response.context["library"].count == 20
    assert response.context["library"].page.number == 2
    # One more: checking that the chosen tag is one of the library's (free tags are not listed ahead).
    assert filtered == first + 1


def test_welsh_resource_library_costs_the_same_for_few_or_many_cards(
    client, resource_library, terms, make_resource, cy, cy_home, django_assert_max_num_queries
):
    for term in terms["themes"] + terms["sectors"] + terms["regions"]:
        translate(term, cy, {term.name: f"{term.name} (cy)"})
    cy_library = translate(resource_library, cy)
    for _ in range(2):
        make_resource(n=1, tags=1, parent=cy_library)
    small, _response = count_queries(
        client, "/cy/resources/", RESOURCE_LIBRARY_BUDGET, django_assert_max_num_queries
    )

    for _ in range(14):
        make_resource(n=3, tags=6, parent=cy_library)
    large, response = count_queries(
        client, "/cy/resources/", RESOURCE_LIBRARY_BUDGET, django_assert_max_num_queries
    )
    assert "Human (cy)" in response.content.decode()
    assert len(response.context["library"].page.object_list) == 12
    assert large == small


def test_resource_page_costs_the_same_with_1_or_3_related_case_studies_and_1_or_6_tags(
    client, make_case_study, make_resource, django_assert_max_num_queries
):
    simple = make_resource(n=1, tags=1, case_studies=[make_case_study(n=1, tags=1)])
    small, response = count_queries(client, simple.url, RESOURCE_BUDGET, django_assert_max_num_queries)
    assert len(response.context["page"].get_related_case_studies()) == 1

    stories = [make_case_study(n=3, tags=6) for _ in range(3)]
    rich = make_resource(n=3, tags=6, case_studies=stories)
    large, response = count_queries(client, rich.url, RESOURCE_BUDGET, django_assert_max_num_queries)
    assert [p.pk for p in response.context["page"].get_related_case_studies()] == [p.pk for p in stories]
    assert "Case studies that use it" in response.content.decode()
    assert large == small


def test_resource_page_with_no_related_case_studies_costs_no_more(
    client, make_case_study, make_resource, django_assert_max_num_queries
):
    """With nothing chosen the related cards are never fetched: fewer queries, never more, for 1 or 6 tags."""
    with_one = make_resource(n=1, tags=1, case_studies=[make_case_study()])
    related, _response = count_queries(client, with_one.url, RESOURCE_BUDGET, django_assert_max_num_queries)
    simple = make_resource(n=1, tags=1)
    small, response = count_queries(client, simple.url, RESOURCE_BUDGET, django_assert_max_num_queries)
    assert response.context["page"].get_related_case_studies() == []
    assert "Case studies that use it" not in response.content.decode()
    rich = make_resource(n=3, tags=6)
    large, _response = count_queries(client, rich.url, RESOURCE_BUDGET, django_assert_max_num_queries)
    assert large == small < related


def test_a_resource_page_with_a_link_instead_of_a_download_is_within_budget(
    client, make_case_study, make_resource, django_assert_max_num_queries
):
    linked = make_resource(n=3, tags=6, document=None, case_studies=[make_case_study()])
    assert linked.external_url
    _count, response = count_queries(client, linked.url, RESOURCE_BUDGET, django_assert_max_num_queries)
    assert "This link takes you to another website." in response.content.decode()
