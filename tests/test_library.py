"""The case study library at /case-studies/: filters, counts, sorting, pagination and hostile input.

Expected results are worked out from the CATALOGUE table below with plain Python, independently of the
database queries under test, and a few are also spelled out by hand.
"""

import datetime
from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup

from case_studies.models import CaseStudyIndexPage, CaseStudyPage
from home.models import HomePage
from tests.conftest import shared_data
from tests.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    OrganisationFactory,
    RegionFactory,
    SectorFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

LIBRARY_URL = "/case-studies/"


@dataclass(frozen=True)
class Row:
    title: str
    theme: tuple[str, ...]
    sector: tuple[str, ...]
    region: tuple[str, ...]
    organisation: str
    tag: tuple[str, ...]


# Listed oldest first: each is published a minute after the one above it.
CATALOGUE = [
    Row("Kindness in debt advice", ("human",), ("housing",), ("wales",), "lighthouse", ("trust",)),
    Row("Learning circles in Gateshead", ("learning",), ("health",), ("north-east",), "gateshead", ()),
    Row("A system for homelessness", ("systems",), ("housing",), ("north-east",), "gateshead", ("data",)),
    Row(
        "Youth work that listens",
        ("human", "learning"),
        ("education",),
        ("wales",),
        "lighthouse",
        ("trust", "co-production"),
    ),
    Row("Plymouth alliance", ("systems", "human"), ("health", "housing"), ("south-west",), "plymouth", ()),
    Row("Reflective practice for nurses", ("learning",), ("health",), ("south-west",), "plymouth", ("data",)),
    Row("Ending targets in social care", ("human",), ("health",), ("wales",), "nhs-wales", ("trust",)),
    Row("Zero exclusions", ("learning", "systems"), ("education",), ("north-east",), "gateshead", ()),
    Row("Mapping the system together", ("systems",), ("education",), ("wales",), "lighthouse", ("data",)),
    Row("Bringing tenants in", ("human",), ("housing",), ("south-west",), "plymouth", ("co-production",)),
    Row("Learning partners", ("learning",), ("housing",), ("wales",), "nhs-wales", ()),
    Row(
        "Whole-family support",
        ("human", "learning", "systems"),
        ("health", "education"),
        ("wales", "north-east"),
        "lighthouse",
        ("trust", "co-production", "data"),
    ),
    Row("Community health walks", ("human",), ("health",), ("north-east",), "nhs-wales", ()),
    Row("Open data for good", ("systems",), ("housing",), ("south-west",), "gateshead", ("data",)),
    Row("Funding that trusts", ("learning",), ("education",), ("wales",), "plymouth", ("trust",)),
]
FACETS = ("theme", "sector", "region", "organisation", "tag")
NEWEST_FIRST = [row.title for row in reversed(CATALOGUE)]


def expected(selected=None):
    """Titles matching `selected` ({facet: [slugs]}): OR within a facet, AND across facets."""
    selected = selected or {}
    return {
        row.title
        for row in CATALOGUE
        if all(
            any(slug in _values(row, facet) for slug in slugs) for facet, slugs in selected.items() if slugs
        )
    }


def expected_counts(facet, selected=None):
    """{slug: count} beside each option of `facet`, given the other facets' choices."""
    others = {name: slugs for name, slugs in (selected or {}).items() if name != facet}
    matching = [row for row in CATALOGUE if row.title in expected(others)]
    counts = {}
    for row in matching:
        for slug in _values(row, facet):
            counts[slug] = counts.get(slug, 0) + 1
    return counts


def _values(row, facet):
    value = getattr(row, facet)
    return (value,) if isinstance(value, str) else value


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    """The CATALOGUE in the English library, created once for this module: {title: page id}."""
    with shared_data(django_db_blocker):
        home = HomePage.objects.get(locale__language_code="en")
        library = CaseStudyIndexPageFactory(parent=home)
        themes = {
            slug: ThemeFactory(name=slug.capitalize(), slug=slug) for slug in ("human", "learning", "systems")
        }
        sectors = {
            slug: SectorFactory(name=slug.capitalize(), slug=slug)
            for slug in ("housing", "health", "education")
        }
        regions = {
            slug: RegionFactory(name=slug.replace("-", " ").title(), slug=slug)
            for slug in ("wales", "north-east", "south-west")
        }
        organisations = {
            slug: OrganisationFactory(name=slug.replace("-", " ").title(), slug=slug)
            for slug in ("lighthouse", "gateshead", "plymouth", "nhs-wales")
        }
        pages = {}
        for row in CATALOGUE:
            pages[row.title] = CaseStudyPageFactory(
                parent=library,
                title=row.title,
                themes=[themes[slug] for slug in row.theme],
                sectors=[sectors[slug] for slug in row.sector],
                regions=[regions[slug] for slug in row.region],
                organisation=organisations[row.organisation],
                tags=list(row.tag),
            ).pk
        yield pages


def get(client, query=""):
    response = client.get(LIBRARY_URL + query)
    assert response.status_code == 200, f"{LIBRARY_URL}{query[:80]} gave {response.status_code}"
    return response


def listed(response):
    """Titles of the case studies on this page of results, in order, from the context."""
    return [page.title for page in response.context["library"].page.object_list]


def card_titles(response):
    """Titles of the cards in the rendered HTML, in order."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [heading.get_text(strip=True) for heading in soup.select(".card__title")]


def total(response):
    return response.context["library"].count


def counts(response, facet):
    """{slug: count} beside each option of one facet, as the page shows them."""
    library = response.context["library"]
    for shown in library.facet_list:
        if shown.param == facet:
            return {option.slug: option.count for option in shown.options}
    return {}


def all_titles(client, query=""):
    """Every matching title, across all pages of results."""
    response = get(client, query)
    titles = listed(response)
    pages = response.context["library"].page.paginator.num_pages
    separator = "&" if query else "?"
    for number in range(2, pages + 1):
        titles += listed(get(client, f"{query}{separator}page={number}"))
    return titles


# Unfiltered ----------------------------------------------------------------------------------------


def test_unfiltered_library_lists_every_case_study_newest_first(client, catalogue):
    response = get(client)
    assert total(response) == 15
    assert listed(response) == NEWEST_FIRST[:12]
    assert card_titles(response) == NEWEST_FIRST[:12]
    assert response.context["library"].notices == []


def test_unfiltered_counts(client, catalogue):
    response = get(client)
    assert counts(response, "theme") == {"human": 7, "learning": 7, "systems": 6}
    assert counts(response, "sector") == expected_counts("sector")
    assert counts(response, "region") == expected_counts("region")
    assert counts(response, "organisation") == {
        "lighthouse": 4,
        "gateshead": 4,
        "plymouth": 4,
        "nhs-wales": 3,
    }
    assert counts(response, "tag") == {"trust": 5, "data": 5, "co-production": 3}


def test_counts_are_shown_beside_each_option_in_the_html(client, catalogue):
    soup = BeautifulSoup(get(client).content, "html.parser")
    label = soup.find("label", attrs={"for": "filter-theme-human"})
    assert label is not None
    assert "Human" in label.get_text()
    assert "(7" in label.get_text()


# Each filter alone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facet", "slug", "count"),
    [
        ("theme", "human", 7),
        ("theme", "systems", 6),
        ("sector", "education", 5),
        ("region", "south-west", 4),
        ("organisation", "nhs-wales", 3),
        ("tag", "co-production", 3),
    ],
)
def test_each_filter_alone(client, catalogue, facet, slug, count):
    response = get(client, f"?{facet}={slug}")
    titles = set(all_titles(client, f"?{facet}={slug}"))
    assert titles == expected({facet: [slug]})
    assert total(response) == count == len(titles)
    html = response.content.decode()
    for title in set(NEWEST_FIRST) - titles:
        assert title not in html
    assert set(card_titles(response)) == titles


def test_a_filter_shows_as_chosen_with_a_link_that_removes_it(client, catalogue):
    library = get(client, "?theme=human&sector=housing").context["library"]
    assert library.is_filtered
    removes = {chosen["name"]: chosen["remove_url"] for chosen in library.active_filters}
    assert removes == {"Human": "?sector=housing", "Housing": "?theme=human"}


def test_filter_values_are_case_insensitive(client, catalogue):
    assert set(listed(get(client, "?theme=HUMAN"))) == expected({"theme": ["human"]})


def test_a_tag_with_letters_beyond_ascii_can_be_chosen(client, catalogue):
    """Tags are free words: their slugs keep letters such as ŷ or é, and each option's link must work."""
    library = CaseStudyIndexPage.objects.get(locale__language_code="en")
    CaseStudyPageFactory(parent=library, title="A home of our own", tags=["Tŷ", "café"])
    option = next(
        o
        for f in get(client).context["library"].facet_list
        if f.param == "tag"
        for o in f.options
        if o.name == "Tŷ"
    )
    assert option.count == 1

    response = get(client, option.toggle_url)
    assert response.context["library"].notices == []
    assert listed(response) == ["A home of our own"]
    assert listed(get(client, "?tag=caf%C3%A9")) == ["A home of our own"]


def test_a_chosen_tag_is_named_only_if_a_listed_page_has_it(client, catalogue):
    """A tag used only by a draft keeps its name to itself, even to a visitor who guesses its slug."""
    library = CaseStudyIndexPage.objects.get(locale__language_code="en")
    CaseStudyPageFactory(parent=library, title="Not ready", live=False, tags=["Secret plans"])
    CaseStudyPageFactory(parent=library, title="Ready", tags=["Open plans"])
    html = get(client, "?tag=secret-plans").content.decode()
    assert "Secret plans" not in html
    html = get(client, "?tag=open-plans").content.decode()
    assert "Open plans" in html


def test_links_from_a_case_study_to_the_library_find_it(client, catalogue):
    """Each theme, sector, region and tag on a case study links to the library filtered by it."""
    page = CaseStudyPage.objects.get(pk=catalogue["Whole-family support"])
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    links = {a["href"] for a in soup.select(".facts a") if "?" in a["href"]}
    assert len(links) == 3 + 2 + 2 + 3  # themes, sectors, regions, tags
    for href in links:
        assert href.startswith(LIBRARY_URL)
        response = get(client, href.removeprefix(LIBRARY_URL))
        assert response.context["library"].notices == [], href
        assert response.context["library"].is_filtered, href
        assert "Whole-family support" in all_titles(client, href.removeprefix(LIBRARY_URL)), href


# Combined ------------------------------------------------------------------------------------------


def test_values_within_a_facet_are_alternatives(client, catalogue):
    titles = set(all_titles(client, "?theme=human&theme=learning"))
    assert titles == expected({"theme": ["human", "learning"]})
    assert len(titles) == 12  # every case study except the three that are only about systems


def test_comma_separated_values_mean_the_same(client, catalogue):
    repeated = get(client, "?theme=human&theme=learning")
    comma = get(client, "?theme=human,learning")
    assert listed(comma) == listed(repeated)
    assert total(comma) == total(repeated) == 12


def test_facets_combine_with_and(client, catalogue):
    response = get(client, "?theme=human&sector=housing")
    assert set(listed(response)) == expected({"theme": ["human"], "sector": ["housing"]})
    assert set(listed(response)) == {"Kindness in debt advice", "Plymouth alliance", "Bringing tenants in"}


def test_and_across_facets_or_within(client, catalogue):
    selected = {"theme": ["human", "systems"], "region": ["wales"], "tag": ["trust", "data"]}
    response = get(client, "?theme=human,systems&region=wales&tag=trust&tag=data")
    assert set(listed(response)) == expected(selected)
    assert set(listed(response)) == {
        "Kindness in debt advice",
        "Youth work that listens",
        "Ending targets in social care",
        "Mapping the system together",
        "Whole-family support",
    }


def test_an_item_with_many_matching_terms_is_listed_once(client, catalogue):
    response = get(
        client, "?theme=human,learning,systems&sector=health,education&tag=trust,co-production,data"
    )
    titles = listed(response)
    assert len(titles) == len(set(titles)) == total(response)
    assert titles.count("Whole-family support") == 1


def test_a_combination_with_no_results(client, catalogue):
    response = get(client, "?organisation=nhs-wales&tag=data")
    assert total(response) == 0
    assert listed(response) == []
    assert "No case studies match these filters" in response.content.decode()


@pytest.mark.parametrize(
    "selected",
    [
        {"theme": ["human"]},
        {"theme": ["learning"], "region": ["wales"]},
        {"theme": ["human", "systems"], "sector": ["housing"]},
        {"sector": ["health"], "organisation": ["plymouth", "nhs-wales"], "tag": ["trust"]},
    ],
    ids=["one", "two-facets", "or-and", "three-facets"],
)
def test_counts_beside_options_respect_the_other_facets(client, catalogue, selected):
    query = "?" + "&".join(f"{facet}={','.join(slugs)}" for facet, slugs in selected.items())
    response = get(client, query)
    for facet in FACETS:
        shown = counts(response, facet)
        wanted = expected_counts(facet, selected)
        # Chosen options stay visible, with their count, even when nothing else would match them.
        for slug in selected.get(facet, []):
            wanted.setdefault(slug, 0)
        assert shown == wanted, facet


def test_counts_given_a_theme_spelled_out(client, catalogue):
    response = get(client, "?theme=learning")
    # Learning case studies by region: Gateshead (NE), Youth work (Wales), Reflective (SW), Zero
    # exclusions (NE), Learning partners (Wales), Whole-family (Wales and NE), Funding (Wales).
    assert counts(response, "region") == {"wales": 4, "north-east": 3, "south-west": 1}
    # Choosing one theme does not narrow the theme options themselves.
    assert counts(response, "theme") == {"human": 7, "learning": 7, "systems": 6}


# Sorting -------------------------------------------------------------------------------------------


def test_sort_newest_is_by_first_published_date(client, catalogue):
    assert all_titles(client, "?sort=newest") == NEWEST_FIRST


def test_publication_date_not_creation_order_decides_newest(client, catalogue):
    oldest = CaseStudyPage.objects.get(pk=catalogue["Kindness in debt advice"])
    newest = CaseStudyPage.objects.get(pk=catalogue["Funding that trusts"])
    oldest.first_published_at = newest.first_published_at + datetime.timedelta(days=1)
    oldest.save()
    assert listed(get(client))[0] == "Kindness in debt advice"


def test_sort_by_title(client, catalogue):
    titles = all_titles(client, "?sort=title")
    assert titles == sorted(NEWEST_FIRST, key=str.lower)
    assert titles[0] == "A system for homelessness"
    assert titles[-1] == "Zero exclusions"


def test_sort_is_kept_with_filters(client, catalogue):
    response = get(client, "?sort=title&theme=systems")
    assert listed(response) == sorted(expected({"theme": ["systems"]}), key=str.lower)


@pytest.mark.parametrize("sort", ["oldest", "", "title;drop", "-title", "a" * 3000])
def test_an_unknown_sort_falls_back_to_newest(client, catalogue, sort):
    response = get(client, f"?sort={sort}")
    assert response.context["library"].sort == "newest"
    assert listed(response) == NEWEST_FIRST[:12]


# Pagination ----------------------------------------------------------------------------------------


def test_twelve_per_page_and_the_rest_on_page_two(client, catalogue):
    first = get(client)
    second = get(client, "?page=2")
    assert len(listed(first)) == 12
    assert listed(second) == NEWEST_FIRST[12:]
    assert card_titles(second) == NEWEST_FIRST[12:]
    html = second.content.decode()
    assert NEWEST_FIRST[0] not in html
    assert response_page(second) == 2


def test_pagination_links_keep_filters_and_sort(client, catalogue):
    library = get(client, "?sort=title&theme=human,learning,systems").context["library"]
    assert library.pagination["next_url"] == "?theme=human&theme=learning&theme=systems&sort=title&page=2"
    assert library.pagination["previous_url"] is None


def test_pagination_links_name_their_destination(client, catalogue):
    """Each link says where it goes in one phrase, so translations can word it naturally."""
    html = get(client, "?page=2").content.decode()
    assert 'rel="prev">' in html and "Previous page</a>" in html
    assert 'rel="next"' not in html
    html = get(client).content.decode()
    assert "Next page" in html


def response_page(response):
    return response.context["library"].page.number


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("abc", 1),
        ("0", 1),
        ("-1", 1),
        ("", 1),
        ("1.5", 1),
        ("2", 2),
        ("3", 2),
        ("999", 2),
        ("9" * 1000, 2),
        ("²", 1),  # str.isdigit() says yes, int() says no
        ("٢", 1),  # an Arabic-Indic digit
    ],
)
def test_any_page_number_gives_a_page(client, catalogue, page, shown):
    response = get(client, f"?page={page}")
    assert response_page(response) == shown
    assert listed(response) == (NEWEST_FIRST[:12] if shown == 1 else NEWEST_FIRST[12:])


def test_page_past_the_end_of_filtered_results_shows_their_last_page(client, catalogue):
    response = get(client, "?theme=systems&page=5")
    assert response_page(response) == 1
    assert set(listed(response)) == expected({"theme": ["systems"]})


# Hostile or unknown input --------------------------------------------------------------------------


def test_an_unknown_filter_value_is_ignored_with_a_notice(client, catalogue):
    response = get(client, "?theme=nonsense&sector=housing")
    library = response.context["library"]
    assert set(listed(response)) == expected({"sector": ["housing"]})
    assert library.selected["theme"] == []
    assert len(library.notices) == 1
    assert "nonsense" in library.notices[0]
    soup = BeautifulSoup(response.content, "html.parser")
    notice = soup.select_one(".notice")
    assert notice is not None
    assert "nonsense" in notice.get_text()


def test_an_unknown_value_beside_a_known_one_keeps_the_known_one(client, catalogue):
    response = get(client, "?theme=human,nonsense")
    assert set(listed(response)) == expected({"theme": ["human"]})
    assert response.context["library"].notices


def test_no_notice_without_unknown_values(client, catalogue):
    response = get(client, "?theme=human")
    assert response.context["library"].notices == []
    assert BeautifulSoup(response.content, "html.parser").select_one(".notice") is None


def test_markup_in_a_filter_value_is_escaped(client, catalogue):
    response = get(client, "?theme=<script>alert(1)</script>")
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert response.context["library"].notices
    assert total(response) == 15


def test_a_very_long_filter_value(client, catalogue):
    response = get(client, "?theme=" + "a" * 5000)
    assert total(response) == 15
    [notice] = response.context["library"].notices
    assert "a" * 40 in notice
    assert "a" * 41 not in notice  # the notice quotes a short excerpt, not the whole value


def test_a_parameter_repeated_500_times(client, catalogue):
    response = get(client, "?" + "&".join(["theme=human"] * 500))
    assert set(listed(response)) == expected({"theme": ["human"]})
    assert response.context["library"].selected["theme"] == ["human"]
    assert response.context["library"].notices == []


def test_many_different_values_are_capped_not_an_error(client, catalogue):
    values = ",".join(f"unknown-{n}" for n in range(300))
    response = get(client, f"?theme=human,{values}&tag=" + "&tag=".join(f"x{n}" for n in range(300)))
    assert set(listed(response)) == expected({"theme": ["human"]})


@pytest.mark.parametrize(
    "query",
    [
        "?theme=",
        "?theme=,,,",
        "?theme=%00",
        "?theme=%E2%80%AE",
        "?theme[]=human",
        "?page=%00",
        "?sort=%00&page=-0",
        "?tag=" + "%F0%9F%98%80" * 50,
        "?organisation=../../etc/passwd",
        "?region=wales'--",
    ],
)
def test_odd_input_is_never_an_error(client, catalogue, query):
    response = get(client, query)
    assert total(response) == 15
    assert response_page(response) == 1
