"""The search backend: Wagtail's database backend, with a PostgreSQL text search configuration per language.

PostgreSQL stems words with a configuration per language ("english" turns "learning" into "learn"). Welsh
and Urdu have none, so their pages are indexed and searched with "simple" (words as written, lower-cased).
Each page is indexed with its own locale's configuration, and a search uses the configuration of the
language being read, so `/cy/search/` compares Welsh words with Welsh words. SQLite (FTS5) has no
configurations and needs none of this: `make run` uses the stock database backend.

Settings: WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIGS"] maps language codes to configurations (each
language's `search_config` in SITE_LANGUAGES).

On PostgreSQL the backend also answers the site's listings (`listing_candidates`, used by
core.filtering): the matches found through the index on title||body, ranked by best match in two
stages so that the costly part of ranking is done only when a page of results needs it.
"""

import threading
from collections import defaultdict
from contextlib import contextmanager

from django.conf import settings
from django.db import connection
from django.db.models import F
from django.db.models.sql import Query
from django.utils import translation
from modelsearch.backends.database import SearchBackend as database_backend_for_vendor
from modelsearch.conf import get_app_config

from core.listing import Candidates, compile_queryset, ordering_keys, quote
from search.terms import write_terms, written_sources

DEFAULT_CONFIGS = {"en": "english"}
FALLBACK_CONFIG = "simple"
PLANNER_HINTS = {"enable_seqscan": "off"}  # see _matches
TEXT_STAGE = 1_000_000_000  # positions of the second ranking stage start here, after every title match


def index_entry_model():
    return get_app_config().get_model("IndexEntry")


def config_for_language(code, configs=None):
    configs = DEFAULT_CONFIGS if configs is None else configs
    return configs.get((code or settings.LANGUAGE_CODE).split("-")[0], FALLBACK_CONFIG)


def _postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
    from modelsearch.utils import get_content_type_pk

    _indexing = threading.local()

    class LocalisedPostgresIndex(PostgresIndex):
        def add_items(self, model, objs):
            # Index each language's objects with that language's configuration.
            groups = defaultdict(list)
            for obj in objs:
                locale = getattr(obj, "locale", None)
                groups[self.backend.config_for(getattr(locale, "language_code", None))].append(obj)
            for config, group in groups.items():
                with indexing_with(config):
                    super().add_items(model, group)
            # Beside the words, the page's taxonomy terms, for the filter counts (search/terms.py).
            write_terms(model, [obj.pk for obj in objs], get_content_type_pk(model))

    @contextmanager
    def indexing_with(config):
        _indexing.config = config
        try:
            yield
        finally:
            _indexing.config = None

    class LocalisedPostgresSearchBackend(PostgresSearchBackend):
        index_class = LocalisedPostgresIndex

        def __init__(self, params):
            self.configs = {**DEFAULT_CONFIGS, **params.get("SEARCH_CONFIGS", {})}
            super().__init__(params)

        def config_for(self, code):
            return config_for_language(code, self.configs)

        @property
        def config(self):
            """While indexing, the object's language; while searching, the language being read."""
            return getattr(_indexing, "config", None) or self.config_for(translation.get_language())

        @config.setter
        def config(self, value):
            # The base class sets one configuration for the whole site; keep it only as the record of
            # what was asked for, since the configuration is chosen per language above.
            self.site_config = value

        def similar_words(self, text):
            """{word: closest word the site uses} for the unknown words of `text`, in the reader's
            language (search/words.py)."""
            from search.words import similar_words  # noqa: PLC0415 (models load after the backend)

            return similar_words(text, (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0])

        # Listings -------------------------------------------------------------------------------

        def tsquery_sql(self, queryset, query):
            """SQL (and parameters) of the tsquery the backend builds for a Wagtail search query over
            `queryset`, in the reader's language: the same words, phrases and stemming as any search on
            this backend."""
            IndexEntry = index_entry_model()  # noqa: N806
            compiler = self.query_compiler_class(queryset, query)
            expression = compiler.build_tsquery(query, config=self.config)
            sql_query = Query(IndexEntry)
            sql, params = expression.resolve_expression(sql_query).as_sql(
                sql_query.get_compiler(connection=connection), connection
            )
            return sql, tuple(params)

        def _matches(self, queryset, query):
            """FROM-clause SQL for the index entries that match `query`, as `s(object_pk, content_type_id,
            entry_id, in_title, title_rank, terms)`, and its parameters. Joined to pages on both the id
            (object_pk: the entry's object id as a number, search/migrations/0005) and the content type
            (Wagtail indexes a page under its specific type), which keeps out other indexed objects with
            the same id. `terms` are the page's taxonomy terms, for the filter counts (search/terms.py).

            The match is on the stored title||body column that search/migrations/0004 adds, with its GIN
            index (matching the expression itself joins two vectors per entry). PostgreSQL prices it as
            cheap per entry, so for a common word it would rather read every entry than the index, and
            is wrong by ten times or more (detoasting and joining two stored vectors is what it
            underprices): PLANNER_HINTS rule that out. No other condition is put on the entries, so the
            GIN index is the only way in and its estimate of the matches stands."""
            tsquery, params = self.tsquery_sql(queryset, query)
            table = quote(index_entry_model()._meta.db_table)
            sql = (
                "(SELECT e.object_pk, e.content_type_id, e.id AS entry_id, e.title @@ q.query AS in_title, "
                "ts_rank(e.title, q.query) * e.title_norm AS title_rank, e.terms "
                f"FROM (SELECT {tsquery} AS query) q CROSS JOIN {table} e WHERE e.title_body @@ q.query)"
            )
            return sql, params

        def listing_candidates(self, queryset, query, ordering=None):
            """The pages of `queryset` matching `query`, for core.listing: in `ordering` (field names), or,
            without one, by best match:

            1. pages whose title has every word, the closest title first (Wagtail's title rank);
            2. then the others by how well their text matches (ts_rank), the newest first among equals.

            Ranking the text means reading each match's whole index entry, which for a common word is
            most of the site; the second stage is worked out only when the page shown reaches it."""
            matches, match_params = self._matches(queryset, query)
            join = "ON s.object_pk = p._lid AND s.content_type_id = p._lct"
            if ordering is not None:
                keys, order, columns = ordering_keys(ordering)
                pages, page_params = compile_queryset(
                    queryset.order_by()
                    .annotate(_lid=F("pk"), _lct=F("content_type_id"), **keys)
                    .values_list("_lid", "_lct", *keys)
                )
                selected = ", ".join(f"p.{quote(key)}" for key in keys)
                return Candidates(
                    f"SELECT p._lid, {selected}, s.terms FROM {matches} s JOIN ({pages}) p {join}",
                    (*match_params, *page_params),
                    columns=(*columns, "terms"),
                    order=order,
                    settings=PLANNER_HINTS,
                    term_column="terms",
                    term_sources=written_sources(),
                )

            pages, page_params = compile_queryset(
                queryset.order_by()
                .annotate(_lid=F("pk"), _lpub=F("first_published_at"), _lct=F("content_type_id"))
                .values_list("_lid", "_lpub", "_lct")
            )
            sql = (
                "SELECT p._lid, s.in_title, s.title_rank, p._lpub, s.entry_id, p._lct, s.terms "
                f"FROM {matches} s JOIN ({pages}) p {join}"
            )
            tsquery, tsquery_params = self.tsquery_sql(queryset, query)
            table = quote(index_entry_model()._meta.db_table)

            def page_sql(conditions, limit, offset):
                """The title matches, closest first; then, only if they are fewer than the page needs,
                the other matches ranked by their text."""
                title = " AND ".join(["m.in_title", *conditions])
                text = " AND ".join(["NOT m.in_title", *conditions])
                sql = (
                    "SELECT t.id, t.ord FROM ("
                    "SELECT m.id, row_number() OVER "
                    f"(ORDER BY m.title_rank DESC, m.published DESC NULLS LAST, m.id DESC) AS ord FROM m WHERE {title} "
                    f"UNION ALL SELECT m.id, {TEXT_STAGE} + row_number() OVER (ORDER BY ts_rank(e.body, q.query) "
                    "DESC, m.published DESC NULLS LAST, m.id DESC) AS ord "
                    f"FROM m JOIN {table} e ON e.id = m.entry_id CROSS JOIN (SELECT {tsquery} AS query) q "
                    f"WHERE {text} AND (SELECT COUNT(*) FROM m WHERE {title}) < %s"
                    ") t ORDER BY t.ord LIMIT %s OFFSET %s"
                )
                return sql, (*tsquery_params, offset + limit, limit, offset)

            return Candidates(
                sql,
                (*match_params, *page_params),
                columns=("in_title", "title_rank", "published", "entry_id", "content_type", "terms"),
                page_sql=page_sql,
                settings=PLANNER_HINTS,
                page_columns={"content_type_id": "content_type"},
                term_column="terms",
                term_sources=written_sources(),
            )

    return LocalisedPostgresSearchBackend


def SearchBackend(params):  # noqa: N802 (Wagtail loads backends by this name)
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return database_backend_for_vendor(params)
