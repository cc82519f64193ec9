"""Each indexed page's taxonomy terms, kept on its search index entry (PostgreSQL), for the filter counts.

The search page counts, for every match, its themes, sectors, regions and tags. Reading those from their
link tables means joining one table per facet and page type to every match: for a common word at 10,000
case studies that was most of the page's time. So when a page is indexed, its terms are written beside
its words, in the index entry's `terms` column (added by search/migrations/0005): one bigint per term,
its model's content type and its primary key together (core.listing.term_base), and a count reads the
matches' own rows (core.listing: Candidates.term_column).

The terms are written when a page is indexed (on every save of the live page, by a background task)
and again when it is published, once its links are written (modelcluster writes a page's
many-to-many links and tags after the page row, so an index task run straight away, as with the
immediate tasks backend, would see the old ones); the live page's themes and tags change only then. What a page is filtered by is still read from the link
tables, so a stale entry could only make a count lag, never show a page a filter excludes. After
changing links outside the admin (a bulk import, a data migration), run `manage.py update_index` or
`manage.py refresh_search_words`, which refresh these too.

A content type (core/content_types.py: ContentPage) names its taxonomy relations in `search_terms`, e.g.
("themes", "organisation", "tagged_items__tag"), the values of its `taxonomy` unless it says otherwise;
other indexed models have no terms.
"""

from functools import cache

from django.db import connection
from modelsearch.conf import get_app_config

from core.content_types import ContentPage, content_page_types
from core.listing import ValueSource, quote, term_base

BATCH = 1_000


def available():
    return connection.vendor == "postgresql"


def search_terms(model):
    """The taxonomy relations kept on `model`'s index entries: none unless it is a content type."""
    return model.search_terms if issubclass(model, ContentPage) else ()


def _sources(model):
    return [ValueSource.resolve(model, f"{relation}__id") for relation in search_terms(model)]


@cache
def written_sources():
    """The value sources (ValueSource.term_source()) whose terms index entries hold."""
    return frozenset(source.term_source() for model in content_page_types() for source in _sources(model))


def write_terms(model, pks, content_type_id):
    """Set the `terms` of the index entries of `model` objects `pks` (indexed under `content_type_id`)."""
    sources = _sources(model)
    if not available() or not sources or not pks:
        return
    arms = []
    for source in sources:
        joins = " ".join(source.count_joins)
        arms.append(
            f"SELECT {term_base(source.key_model)} + {source.count_value} AS k "
            f"FROM {quote(source.table)} v0 {joins} "
            f"WHERE v0.{quote(source.page_column)} = CAST(e.object_id AS integer) AND {source.count_value} IS NOT NULL"
        )
    table = quote(get_app_config().get_model("IndexEntry")._meta.db_table)
    sql = (
        f"UPDATE {table} e SET terms = ARRAY(SELECT DISTINCT t.k FROM ({' UNION ALL '.join(arms)}) t ORDER BY t.k) "
        "WHERE e.content_type_id = %s AND e.object_id = ANY(%s)"
    )
    with connection.cursor() as cursor:
        for start in range(0, len(pks), BATCH):
            cursor.execute(sql, [content_type_id, [str(pk) for pk in pks[start : start + BATCH]]])


def on_page_published(sender, instance, **kwargs):
    """The published page's terms, now that its links are written (connected in search.apps)."""
    model = type(instance)
    if available() and search_terms(model):
        from django.contrib.contenttypes.models import ContentType  # noqa: PLC0415

        write_terms(model, [instance.pk], ContentType.objects.get_for_model(model).pk)


def refresh_terms():
    """Rewrite the terms of every index entry of every content type with `search_terms`; how many types."""
    if not available():
        return 0
    from django.contrib.contenttypes.models import ContentType  # noqa: PLC0415

    IndexEntry = get_app_config().get_model("IndexEntry")  # noqa: N806
    refreshed = 0
    for model in content_page_types():
        if not search_terms(model):
            continue
        content_type = ContentType.objects.get_for_model(model)
        pks = [
            int(pk)
            for pk in IndexEntry.objects.filter(content_type=content_type).values_list("object_id", flat=True)
        ]
        write_terms(model, pks, content_type.pk)
        refreshed += 1
    return refreshed
