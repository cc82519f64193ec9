"""The one-statement listing (core/listing.py) behind both libraries and the search page.

Its counts are checked against a plain computation in Python over the same pages, for many combinations
of filters, on whichever database the tests run on; then the parts: where each facet's values are found,
a search engine's ids, and (on PostgreSQL) best match in two stages.
"""

import random
import re

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from case_studies.models import CASE_STUDY_FACETS, CaseStudyPage
from core.filtering import LibraryFilter
from core.listing import Candidates, CountedFacet, ValueSource, run_listing
from core.models import Organisation, Theme
from resources.models import RESOURCE_FACETS, ResourcePage
from search.views import SEARCH_FACETS, SEARCH_SORTS, SEARCH_WORDING, searchable_pages
from tests.conftest import shared_data
from tests.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    OrganisationFactory,
    RegionFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    SectorFactory,
    ThemeFactory,
    paragraph,
)

TAGS = ["co-production", "place", "data", "trust", "peer-support"]


@pytest.fixture(scope="module")
def collection(django_db_setup, django_db_blocker):
    """30 case studies and 12 resources with terms and tags drawn at random (fixed seed)."""
    from home.models import HomePage

    with shared_data(django_db_blocker):
        rng = random.Random(20261201)
        home = HomePage.objects.get(locale__language_code="en")
        library = CaseStudyIndexPageFactory(parent=home)
        resources = ResourceIndexPageFactory(parent=home)
        themes = [ThemeFactory(name=s.capitalize(), slug=s) for s in ("human", "learning", "systems")]
        sectors = [SectorFactory(name=f"Sector {n}", slug=f"sector-{n}") for n in range(4)]
        regions = [RegionFactory(name=f"Region {n}", slug=f"region-{n}") for n in range(3)]
        organisations = [OrganisationFactory(name=f"Org {n}", slug=f"org-{n}") for n in range(3)]

        def terms():
            return {
                "themes": rng.sample(themes, rng.randint(1, 3)),
                "sectors": rng.sample(sectors, rng.randint(0, 2)),
                "regions": rng.sample(regions, rng.randint(1, 2)),
                "tags": rng.sample(TAGS, rng.randint(0, 3)),
            }

        for n in range(30):
            CaseStudyPageFactory(
                parent=library, title=f"Story {n}", organisation=rng.choice(organisations), **terms()
            )
        for n in range(12):
            ResourcePageFactory(
                parent=resources,
                title=f"Guide {n}",
                resource_type=rng.choice(["guide", "toolkit", "report"]),
                author_organisation=rng.choice(organisations),
                **terms(),
            )
        yield {"library": library, "resources": resources}


def expected(pages, facets, selected):
    """Total and counts the long way: for each facet, the pages that pass every other facet's choice."""

    def values(page, facet):
        if facet.choices:
            return {getattr(page, facet.slug_lookup)}
        if facet.model is None:
            return {tag.slug for tag in page.tags.all()}
        relation = facet.relation.split("__")[-1]
        related = getattr(page, relation)
        return {term.slug for term in related.all()} if hasattr(related, "all") else {related.slug}

    def passes(page, skip=None):
        return all(
            values(page, facet) & set(selected[facet.param])
            for facet in facets
            if selected.get(facet.param) and facet is not skip
        )

    counts = {}
    for facet in facets:
        tally = {}
        for page in pages:
            if passes(page, skip=facet):
                for value in values(page, facet):
                    tally[value] = tally.get(value, 0) + 1
        counts[facet.param] = tally
    return sum(1 for page in pages if passes(page)), counts


def shown_counts(library):
    return {facet.param: {o.slug: o.count for o in facet.options if o.count} for facet in library.facet_list}


@pytest.mark.parametrize("seed", range(12))
def test_counts_and_totals_match_a_plain_computation(db, collection, seed):
    rng = random.Random(seed)
    for kind in ("case_studies", "resources"):
        if kind == "case_studies":
            page, facets = collection["library"], CASE_STUDY_FACETS
            pages = list(CaseStudyPage.objects.child_of(page).live())
            universe = {
                "theme": ["human", "learning", "systems"],
                "sector": [f"sector-{n}" for n in range(4)],
                "region": [f"region-{n}" for n in range(3)],
                "organisation": [f"org-{n}" for n in range(3)],
                "tag": TAGS,
            }
        else:
            page, facets = collection["resources"], RESOURCE_FACETS
            pages = list(ResourcePage.objects.child_of(page).live())
            universe = {
                "type": ["guide", "toolkit", "report"],
                "theme": ["human", "learning", "systems"],
                "region": [f"region-{n}" for n in range(3)],
                "tag": TAGS,
            }
        selected = {
            param: rng.sample(choices, rng.randint(1, 2))
            for param, choices in universe.items()
            if rng.random() < 0.4
        }
        query = [(param, value) for param, values in selected.items() for value in values]
        library = page.specific.get_library(RequestFactory().get("/", query))
        total, counts = expected(pages, facets, selected)
        assert library.count == total, (kind, selected)
        for param, tally in counts.items():
            assert shown_counts(library).get(param, {}) == tally, (kind, param, selected)
        shown = [card.pk for card in library.page.object_list]
        assert len(shown) == min(total, library.per_page)


def test_the_search_listing_counts_each_type_and_term_across_page_types(db, collection):
    """The search page's listing without a search: everything of every type, counted across types."""
    library = LibraryFilter(
        RequestFactory().get("/search/"),
        searchable_pages(),
        facets=SEARCH_FACETS,
        sorts=SEARCH_SORTS,
        wording=SEARCH_WORDING,
    )
    counts = shown_counts(library)
    assert counts["type"] == {"case-studies": 30, "resources": 12}
    for tag in TAGS:
        tagged = (
            CaseStudyPage.objects.filter(tags__slug=tag).count()
            + ResourcePage.objects.filter(tags__slug=tag).count()
        )
        assert counts["tag"].get(tag, 0) == tagged
    themed = CaseStudyPage.objects.filter(themes__slug="human").count()
    themed += ResourcePage.objects.filter(themes__slug="human").count()
    assert counts["theme"]["human"] == themed


def test_value_sources_follow_each_kind_of_relation():
    themes = ValueSource.resolve(CaseStudyPage, "themes__slug")
    assert themes.table == CaseStudyPage.themes.through._meta.db_table
    assert themes.key_model is Theme and themes.key_field == "slug"
    across = ValueSource.resolve(Page, "casestudypage__themes__slug")
    assert across.table == themes.table and across.page_column == themes.page_column
    organisation = ValueSource.resolve(CaseStudyPage, "organisation__slug")
    assert organisation.table == CaseStudyPage._meta.db_table and organisation.key_model is Organisation
    tags = ValueSource.resolve(CaseStudyPage, "tagged_items__tag__slug", "name")
    assert tags.distinct and re.search(r"v1\.\W?name", tags.label)
    column = ValueSource.resolve(ResourcePage, "resource_type")
    assert column.table == ResourcePage._meta.db_table and column.key_model is None
    types = ValueSource.resolve(Page, "content_type__model")
    assert types.table == Page._meta.db_table
    with pytest.raises(ValueError):
        ValueSource.resolve(CaseStudyPage, "summary__slug")


def test_a_search_engines_ids_keep_their_order_and_the_librarys_rules(db, collection):
    live = list(CaseStudyPage.objects.child_of(collection["library"]).live().order_by("pk"))
    hidden = live[3]
    hidden.unpublish()
    ids = [live[5].pk, hidden.pk, live[1].pk, live[9].pk, 999_999]
    candidates = Candidates.from_ids(ids, CaseStudyPage.objects.live())
    theme = CountedFacet([ValueSource.resolve(CaseStudyPage, "themes__slug")], [])
    result = run_listing(candidates, [theme], per_page=2, page_number=1)
    assert result.total == 3  # not the unpublished page, nor an id that is no page
    assert result.page_ids == [live[5].pk, live[1].pk]
    assert run_listing(candidates, [theme], per_page=2, page_number=2).page_ids == [live[9].pk]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the two-stage ranking is PostgreSQL's")
def test_best_match_shows_every_title_match_before_ranking_the_text(db, client, collection):
    library = collection["library"]
    for n in range(13):
        CaseStudyPageFactory(parent=library, title=f"Kestrel count {n}", body=[paragraph("Birds.")])
    # The one that says it most often is the older, so newest-first would put it last.
    often = CaseStudyPageFactory(
        parent=library, title="Hillside", body=[paragraph("Kestrel, kestrel and another kestrel hovering.")]
    )
    once = CaseStudyPageFactory(parent=library, title="Moorland", body=[paragraph("A kestrel was seen.")])

    def titles(page):
        html = client.get("/search/", {"q": "kestrel", "page": page}).content.decode()
        return re.findall(r'class="card__link" href="[^"]*">([^<]*)</a>', html)

    first = titles(1)
    assert len(first) == 12 and all(title.startswith("Kestrel count") for title in first)
    second = titles(2)
    # The last title match, then the text matches, the one saying it most often first.
    assert second[0].startswith("Kestrel count") and second[1:] == [often.title, once.title]


def search_counts(params):
    library = LibraryFilter(
        RequestFactory().get("/search/", params),
        searchable_pages(),
        facets=SEARCH_FACETS,
        sorts=SEARCH_SORTS,
        wording=SEARCH_WORDING,
    )
    return library.count, shown_counts(library), [card.pk for card in library.page.object_list]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="index entries keep terms on PostgreSQL")
@pytest.mark.parametrize("seed", range(6))
def test_counts_from_the_index_entries_terms_equal_counts_from_the_link_tables(
    db, collection, monkeypatch, seed
):
    """search/terms.py: the search page counts themes, sectors, regions and tags from each match's index
    entry; the same search counted through the link tables gives the same figures, filtered or not."""
    import search.backends

    rng = random.Random(seed)
    universe = {
        "theme": ["human", "learning", "systems"],
        "sector": [f"sector-{n}" for n in range(4)],
        "region": [f"region-{n}" for n in range(3)],
        "tag": TAGS,
        "type": ["case-studies", "resources"],
    }
    params = [("q", "org")] + [
        (param, value)
        for param, choices in universe.items()
        if rng.random() < 0.4
        for value in rng.sample(choices, rng.randint(1, 2))
    ]
    if seed % 2:
        params.append(("sort", "newest"))
    from_terms = search_counts(params)
    assert from_terms[0] > 0
    with CaptureQueriesContext(connection) as queries:
        search_counts(params)
    assert any("unnest(m.terms)" in q["sql"] for q in queries.captured_queries)
    monkeypatch.setattr(search.backends, "written_sources", frozenset)
    with CaptureQueriesContext(connection) as queries:
        from_links = search_counts(params)
    assert not any("unnest(m.terms)" in q["sql"] for q in queries.captured_queries)
    assert from_terms == from_links, params


@pytest.mark.skipif(connection.vendor != "postgresql", reason="index entries keep terms on PostgreSQL")
def test_publishing_new_terms_changes_the_counts_and_refresh_terms_mends_stale_ones(db, collection):
    from search.terms import refresh_terms

    library = collection["library"]
    first, second = ThemeFactory(name="Kindness", slug="kindness"), ThemeFactory(name="Craft", slug="craft")
    page = CaseStudyPageFactory(parent=library, title="Marmalade club", themes=[first])
    assert search_counts({"q": "marmalade"})[1]["theme"] == {"kindness": 1}

    # An editor changes the theme and publishes: the entry's terms follow (page_published).
    page.themes.set([second])
    page.save_revision().publish()
    assert search_counts({"q": "marmalade"})[1]["theme"] == {"craft": 1}

    # Links changed behind the site's back (a data migration) leave stale terms until a refresh.
    page.themes.through.objects.filter(casestudypage=page).update(theme=first)
    assert search_counts({"q": "marmalade"})[1]["theme"] == {"craft": 1}
    # What a filter shows is read from the links, whatever the terms say.
    assert search_counts({"q": "marmalade", "theme": "kindness"})[0] == 1
    assert search_counts({"q": "marmalade", "theme": "craft"})[0] == 0
    assert refresh_terms() == 2  # case studies and resources
    assert search_counts({"q": "marmalade"})[1]["theme"] == {"kindness": 1}
