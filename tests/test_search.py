"""Site search (/search/), the libraries' keyword box, suggestions and promotions, on the real search backend
(SQLite FTS5, or PostgreSQL full-text search with a configuration per language).

Pages are indexed as they are saved (the test settings run background tasks at once). Nothing private
may leak: drafts, draft changes to live pages, private, scheduled and expired pages never show.
"""

import datetime
import json
import re

import pytest
from django.db import connection
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from search.settings import SearchSettingsError, search_backends_from_environment
from tests.conftest import translate
from tests.factories import CaseStudyPageFactory, ResourcePageFactory, paragraph
from tests.test_newsletter import add_archive, add_issue

# A results page of ten (five case studies, five resources): 23 statements measured on PostgreSQL (one for
# the results, total and every count; the promotions and the query log; the planner settings around the
# listing, which make the match use its index), 19 on SQLite, with no cache (nothing remembered between
# requests, core/memo.py); the budget is measured + 2.
SEARCH_BUDGET = 25


def titles(response):
    """Result titles in the order shown (promotions excluded)."""
    html = response.content.decode()
    results = html.split('class="card-grid', 1)[1] if 'class="card-grid' in html else ""
    return re.findall(r'class="card__link" href="[^"]*">([^<]*)</a>', results)


def story(library, title, text="", **kwargs):
    return CaseStudyPageFactory(
        parent=library, title=title, body=[paragraph(text or f"The story of {title}.")], **kwargs
    )


@pytest.fixture
def stories(library, themes):
    return {
        "title": story(
            library, "Gardening with neighbours", "A project in a small town.", themes=[themes["human"]]
        ),
        "body": story(
            library,
            "A small town project",
            "People met to talk about gardening, and a learning partner kept notes.",
            themes=[themes["learning"]],
        ),
        "other": story(library, "Money advice", "Partner agencies learning together about debt."),
    }


# --- What is found, and in what order --------------------------------------------------------------------


def test_a_title_match_outranks_a_body_match(client, stories):
    response = client.get("/search/", {"q": "gardening"})
    assert response.status_code == 200
    assert titles(response) == ["Gardening with neighbours", "A small town project"]


def test_a_quoted_phrase_matches_only_the_phrase(client, stories):
    assert titles(client.get("/search/", {"q": '"learning partner"'})) == ["A small town project"]
    # The same words unquoted match both pages that contain them.
    assert set(titles(client.get("/search/", {"q": "learning partner"}))) == {
        "A small town project",
        "Money advice",
    }


def test_results_show_type_title_summary_and_date_and_filter_by_type_with_counts(
    client, stories, resource_library, locales
):
    ResourcePageFactory(
        parent=resource_library, title="Gardening toolkit", summary="Seeds and soil for teams."
    )
    archive = add_archive(resource_library.get_parent().specific)
    add_issue(archive, 1, title="Gardening news", intro="What grew this month.")
    html = client.get("/search/", {"q": "gardening"}).content.decode()
    for kind in ("Case study", "Resource", "Newsletter issue"):
        assert f'<span class="card__kind">{kind}</span>' in html
    assert "Seeds and soil for teams." in html and "<time datetime=" in html
    assert re.search(r"Case studies <span class=\"filters__count\">\(2", html)
    assert re.search(r"Resources <span class=\"filters__count\">\(1", html)
    assert re.search(r"Newsletter <span class=\"filters__count\">\(1", html)
    only_resources = client.get("/search/", {"q": "gardening", "type": "resources"})
    assert titles(only_resources) == ["Gardening toolkit"]


def test_taxonomy_filters_narrow_the_search_and_keep_it(client, stories):
    response = client.get("/search/", {"q": "gardening", "theme": "learning"})
    assert titles(response) == ["A small town project"]
    html = response.content.decode()
    # Removing the filter keeps the search; the form carries it too.
    assert 'href="?q=gardening"' in html
    assert '<input type="hidden" name="q" value="gardening">' in html


def test_newest_first_orders_by_publication(client, stories):
    assert titles(client.get("/search/", {"q": "gardening", "sort": "newest"})) == [
        "A small town project",
        "Gardening with neighbours",
    ]


def test_the_library_keyword_box_searches_within_the_library_with_its_filters(
    client, stories, resource_library
):
    ResourcePageFactory(parent=resource_library, title="Gardening toolkit")
    response = client.get("/case-studies/", {"q": "gardening", "theme": "human"})
    assert titles(response) == ["Gardening with neighbours"]
    html = response.content.decode()
    assert 'name="q" id="filter-q" value="gardening"' in html
    assert "for ‘gardening’" in html
    assert '<meta name="robots" content="noindex, follow">' in html
    # The theme's count is the count within the search.
    assert re.search(r"Learning <span class=\"filters__count\">\(1", html)
    assert "Gardening toolkit" not in html


def test_a_welsh_search_finds_the_welsh_page_not_its_english_source(client, stories, cy):
    translate(stories["title"], cy, {"Gardening with neighbours": "Garddio gyda chymdogion"})
    welsh = client.get("/cy/search/", {"q": "garddio"})
    assert titles(welsh) == ["Garddio gyda chymdogion"]
    # Its summary is still in English, so an English word finds it too, but never the English page.
    assert titles(client.get("/cy/search/", {"q": "gardening"})) == ["Garddio gyda chymdogion"]
    assert "Garddio" not in client.get("/search/", {"q": "garddio"}).content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="search configurations are PostgreSQL's")
def test_postgresql_uses_english_stemming_in_english_and_simple_in_welsh(client, library, cy):
    english = story(library, "Teams learning together")
    # "learn" finds "learning" in English: the english configuration stems both.
    assert titles(client.get("/search/", {"q": "learn"})) == ["Teams learning together"]
    # In Welsh "a" means "and"; the english configuration would drop it as a stop word.
    translate(english, cy, {"Teams learning together": "Timau a dysgu"})
    assert titles(client.get("/cy/search/", {"q": "a"})) == ["Timau a dysgu"]


# --- Nothing private leaks ------------------------------------------------------------------------------------


def test_drafts_draft_changes_private_scheduled_and_expired_pages_never_appear(
    client, library, home, locales
):
    story(library, "Visible zebra story")
    draft = story(library, "Draft zebra story")
    draft.unpublish()
    live = story(library, "Live story")
    live.title = "Live story with a secret zebra"
    live.save_revision()  # a draft change, not published
    private = story(library, "Private zebra story")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    scheduled = story(library, "Scheduled zebra story")
    scheduled.unpublish()
    go_live = timezone.now() + datetime.timedelta(days=1)
    scheduled.go_live_at = go_live
    scheduled.save_revision(approved_go_live_at=go_live).publish()
    story(library, "Expired zebra story", expire_at=timezone.now() - datetime.timedelta(minutes=1))
    archive = add_archive(home)
    add_issue(
        archive, 1, title="Expired zebra issue", expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    for url in ("/search/", "/case-studies/"):
        response = client.get(url, {"q": "zebra"})
        assert titles(response) == ["Visible zebra story"], url
        assert "secret" not in response.content.decode()
    suggestions = json.loads(client.get("/search/suggest/", {"q": "zebr"}).content)["suggestions"]
    assert [s["title"] for s in suggestions] == ["Visible zebra story"]
    assert titles(client.get("/search/", {"q": "secret"})) == []


# --- Promotions, logging, suggestions ------------------------------------------------------------------------


def test_promoted_results_come_first_marked_as_recommended(client, stories):
    query = Query.get("gardening")
    SearchPromotion.objects.create(
        query=query, page=stories["other"], sort_order=0, description="Start here."
    )
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/guide",
        external_link_text="A guide elsewhere",
        sort_order=1,
    )
    html = client.get("/search/", {"q": "Gardening"}).content.decode()
    recommended = html.index("Recommended")
    assert (
        recommended
        < html.index("Money advice")
        < html.index("A guide elsewhere")
        < html.index("Gardening with neighbours")
    )
    assert "Start here." in html


def test_searches_are_logged_for_the_search_terms_report(client, stories):
    client.get("/search/", {"q": "gardening"})
    client.get("/search/", {"q": "Gardening "})
    client.get("/search/", {"q": "gardening", "page": "2"})  # paging through is not a new search
    assert Query.objects.get(query_string="gardening").hits == 2


def test_suggestions_return_live_public_titles_as_json(client, stories, library):
    hidden = story(library, "Gardening secrets")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/search/suggest/", {"q": "garde"})
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert [s["title"] for s in data["suggestions"]] == ["Gardening with neighbours"]
    assert data["suggestions"][0]["url"] == stories["title"].url
    assert json.loads(client.get("/search/suggest/", {"q": "g"}).content)["suggestions"] == []


def test_the_search_page_works_without_javascript_and_is_not_indexed(client, stories):
    response = client.get("/search/", {"q": "gardening"})
    html = response.content.decode()
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in html
    assert '<form class="search-form" method="get" action="/search/" role="search">' in html
    assert "js/search-suggest.js" in html and "defer" in html


def test_no_results_says_so_and_offers_a_way_on(client, stories):
    html = client.get("/search/", {"q": "xylophone", "theme": "learning"}).content.decode()
    assert "No results for ‘xylophone’" in html
    assert 'href="?q=xylophone"' in html  # search again without the filters
    assert 'href="/case-studies/"' in html


# --- Bad input: never a 500, always a page ------------------------------------------------------------------


BAD_QUERIES = [
    "",
    "   ",
    "x" * 10_000,
    "🌱🤝 learning",
    "دیکھ بھال",
    '"unbalanced',
    '"""',
    "'; DROP TABLE wagtailcore_page; --",
    "a & b | !c (d) <e> :* ~f^2 -g +h",
    "title:gardening",
    "\x00null",
    "%",
    "\\",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("url", ["/search/", "/case-studies/", "/cy/search/", "/search/suggest/"])
def test_bad_input_gets_a_page(client, stories, url, query):
    response = client.get(url, {"q": query, "page": "abc", "theme": "nonsense", "colour": "blue"})
    assert response.status_code == 200


def test_a_very_long_query_is_shortened_with_a_note(client, stories):
    html = client.get("/search/", {"q": "gardening " * 1000}).content.decode()
    assert "Your search was very long, so we searched for its first 200 characters." in html


def test_repeated_q_uses_the_first_that_has_words(client, stories):
    response = client.get("/search/?q=&q=gardening&q=money")
    assert titles(response)[0] == "Gardening with neighbours"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    query=st.text(max_size=300),
    page=st.text(max_size=8),
    extra=st.dictionaries(
        st.sampled_from(["theme", "type", "sort", "tag", "q", "region"]), st.text(max_size=20)
    ),
)
def test_any_input_gets_a_page(client, stories, query, page, extra):
    for url in ("/search/", "/case-studies/", "/search/suggest/"):
        response = client.get(url, {"q": query, "page": page, **extra})
        assert response.status_code == 200, (url, query, page, extra)


# --- Cost ---------------------------------------------------------------------------------------------------------


def test_a_results_page_of_ten_costs_a_fixed_number_of_queries(
    client, library, resource_library, themes, django_assert_max_num_queries
):
    def measure():
        client.get("/search/", {"q": "kestrel"})
        with django_assert_max_num_queries(SEARCH_BUDGET) as captured:
            response = client.get("/search/", {"q": "kestrel"})
        return len(captured), response

    for n in range(5):
        story(library, f"Kestrel case {n}", themes=list(themes.values()), tags=["birds", "wild"])
    few, _ = measure()
    for n in range(5):
        ResourcePageFactory(parent=resource_library, title=f"Kestrel guide {n}", themes=list(themes.values()))
    ten, response = measure()
    assert len(titles(response)) == 10
    assert ten <= few + 2  # a second page type costs its own fetch, not a query per result


# --- Choosing the backend from the environment ---------------------------------------------------------------


def test_the_database_backend_is_the_default():
    assert search_backends_from_environment({}) == {
        "default": {"BACKEND": "search.backends", "SEARCH_CONFIGS": {"en": "english"}}
    }


def test_opensearch_is_configured_from_its_url():
    config = search_backends_from_environment(
        {"SEARCH_URL": "https://hls:s3cret@search.example.org:9200", "SEARCH_INDEX_PREFIX": "hls_live_"}
    )["default"]
    assert config == {
        "BACKEND": "wagtail.search.backends.opensearch3",
        "URLS": ["https://hls:s3cret@search.example.org:9200"],
        "INDEX_PREFIX": "hls_live_",
        "TIMEOUT": 5,
    }
    elastic = search_backends_from_environment(
        {"SEARCH_URL": "http://es:9200", "SEARCH_ENGINE": "Elasticsearch8"}
    )
    assert elastic["default"]["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert elastic["default"]["INDEX_PREFIX"] == "hls_"


@pytest.mark.parametrize(
    "env",
    [
        {"SEARCH_URL": "search.example.org:9200"},
        {"SEARCH_URL": "ftp://search.example.org"},
        {"SEARCH_URL": "https://search.example.org", "SEARCH_ENGINE": "solr"},
        {"SEARCH_URL": "https://search.example.org", "SEARCH_TIMEOUT": "soon"},
    ],
)
def test_bad_search_settings_are_refused_clearly(env):
    with pytest.raises(SearchSettingsError):
        search_backends_from_environment(env)


def test_a_bad_url_is_not_echoed_with_its_password():
    with pytest.raises(SearchSettingsError) as error:
        search_backends_from_environment({"SEARCH_URL": "htps://user:hunter2@host"})
    assert "hunter2" not in str(error.value)


def test_the_language_switcher_keeps_the_search(client, stories, cy):
    html = client.get("/search/", {"q": "gardening", "theme": "human"}).content.decode()
    assert 'href="/cy/search/?q=gardening&amp;theme=human"' in html


needs_trigrams = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="similar-word search needs PostgreSQL's pg_trgm"
)


@needs_trigrams
def test_a_typo_finds_similar_words_and_says_so(client, stories):
    from search.words import refresh_words

    refresh_words()  # as the worker does after a publish (the factories save pages straight to live)
    html = client.get("/search/", {"q": "neighbuors"}).content.decode()
    assert "Gardening with neighbours" in html
    assert "Nothing matched ‘neighbuors’ exactly, so these results are for ‘neighbours’." in html
    # Only the unknown word is replaced; an exact match never falls back.
    html = client.get("/search/", {"q": "gardening neighbuors"}).content.decode()
    assert "these results are for ‘gardening neighbours’" in html
    assert "Nothing matched" not in client.get("/search/", {"q": "gardening"}).content.decode()


@needs_trigrams
def test_the_vocabulary_follows_publishing_in_each_language(
    client, library, cy, django_capture_on_commit_callbacks
):
    from search.models import SearchWord

    page = story(library, "Allotment stories", "Courgettes everywhere.")
    page.body = [paragraph("Courgettes everywhere, and marrows.")]
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert SearchWord.objects.filter(language="en", word="marrows").exists()
    assert not SearchWord.objects.filter(language="cy", word="marrows").exists()
    html = client.get("/search/", {"q": "marows"}).content.decode()
    assert "these results are for ‘marrows’" in html and "Allotment stories" in html
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert not SearchWord.objects.filter(word="marrows").exists()
    assert "Nothing matched" not in client.get("/search/", {"q": "marows"}).content.decode()


@needs_trigrams
def test_a_word_only_private_pages_use_is_never_proposed(client, library, stories):
    from search.words import refresh_words

    secret = story(library, "Board minutes", "Quinquennial review.")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    refresh_words()  # the list may hold the word; the search must still show nothing of it
    html = client.get("/search/", {"q": "quinquenial"}).content.decode()
    assert "Board minutes" not in html and "quinquennial" not in html.lower()


def test_refresh_search_words_explains_itself_on_every_database(db):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("refresh_search_words", stdout=out)
    assert (
        ("words" in out.getvalue())
        if connection.vendor == "postgresql"
        else "needs PostgreSQL" in out.getvalue()
    )


def _seqscan():
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        return cursor.fetchone()[0]


needs_postgresql_settings = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="planner settings are PostgreSQL's"
)


@needs_postgresql_settings
def test_planner_settings_last_only_for_the_listing_statement_in_a_transaction(db):
    from core.listing import with_settings

    assert with_settings(_seqscan, {"enable_seqscan": "off"}) == "off"
    assert _seqscan() == "on"


@needs_postgresql_settings
# serialized_rollback: a plain transactional test flushes the database and recreates the content types
# with new ids, and a later serialized_rollback test (tests/test_subscriptions.py) then fails to load them.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_planner_settings_last_only_for_the_listing_statement_in_autocommit():
    """As a web request runs: the settings end with the listing's own transaction."""
    from core.listing import with_settings

    assert with_settings(_seqscan, {"enable_seqscan": "off"}) == "off"
    assert _seqscan() == "on"


@needs_postgresql_settings
def test_the_visible_pages_index_holds_every_column_the_search_reads_of_a_page(library):
    """search/migrations/0006: the search statement joins its matches to searchable_pages(), which for a
    common word is every page of the language. The partial index of live pages answers that without
    reading the page table only while it holds every column the pages are filtered and ranked by,
    including the private-section check (which appears once a page is private)."""
    from django.db.models import F
    from django.utils import translation

    from core.listing import compile_queryset
    from search.views import searchable_pages

    private = story(library, "Private story")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    with translation.override("en"):
        pages = (
            searchable_pages()
            .annotate(_lpub=F("first_published_at"))
            .values_list("pk", "_lpub", "content_type_id")
        )
        sql, _ = compile_queryset(pages.order_by())
    read = set(re.findall(r'"wagtailcore_page"\."(\w+)"', sql))
    assert {"live", "locale_id", "content_type_id", "expire_at", "path"} <= read

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_indexdef(indexrelid), pg_get_expr(indpred, indrelid) FROM pg_index "
            "WHERE indexrelid = 'search_visible_page_idx'::regclass"
        )
        definition, predicate = cursor.fetchone()
    held = set(re.findall(r"\b(\w+)\b", definition.split("USING btree", 1)[1]))
    assert predicate == "live"
    assert read - {"live"} <= held, (
        f"searchable_pages() reads {sorted(read - held - {'live'})} the index lacks"
    )
