"""One SQL statement answers a library or search page: how many items there are, how many each filter
option would leave, and which items this page shows.

The items a page may show (a library's rows, or a search's matches) are computed once, as a materialised
common table expression `m` holding each item's id and what it is sorted by. Every count, the total and
the page's ids read from it, each count joined straight to the table that holds the facet's values (a many-to-many table, a tag
table, a column) rather than through the page tables again. A facet's count ignores its own choice and
respects the others (choosing "Housing" leaves the other sectors' counts as they were), so each chosen
facet is one more CTE `f_<n>` of the ids it allows.

The SQL is plain enough for both databases the site runs on (PostgreSQL and SQLite: common table
expressions, MATERIALIZED, window functions). Sending one statement instead of one per facet and page
type is what keeps the search page fast at 10,000 case studies (docs/benchmarks.md).
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import F
from wagtail.models import Page

TOTAL, PAGE = -1, -2  # the `kind` of the total's row and of the page's rows; facets are 0, 1, 2...
TERM_SHIFT = 32  # a term key is its model's content type id shifted left this far, plus its primary key


def term_base(model):
    """The term keys of `model`'s rows start here: one bigint names a term of any model."""
    from django.contrib.contenttypes.models import ContentType  # noqa: PLC0415 (needs the app registry)

    return ContentType.objects.get_for_model(model).pk << TERM_SHIFT


def compile_queryset(queryset):
    """SQL and parameters of a queryset, to embed in a larger statement."""
    sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    return sql, tuple(params)


def quote(name):
    return connection.ops.quote_name(name)


def ordering_keys(ordering):
    """For `ordering` (field names, "-" for descending): the annotations that select its keys, the ORDER
    BY over `m`'s columns, and those columns' names."""
    keys = {f"_k{n}": F(name.lstrip("-")) for n, name in enumerate(ordering)}
    order = ", ".join(f"k{n} {'DESC' if name.startswith('-') else 'ASC'}" for n, name in enumerate(ordering))
    return keys, order, tuple(f"k{n}" for n in range(len(ordering)))


@dataclass(frozen=True)
class Candidates:
    """The items a listing may show, and the order to show them in.

    `sql` selects each item's id and then `columns`; `order` sorts them (SQL over those column names).
    Only the page's rows are ever sorted into place (PostgreSQL and SQLite keep just the top rows), so a
    library of thousands costs no full sort. A search backend that ranks in two stages (search.backends)
    gives `page_sql` instead: given the filters' conditions on `m`, the page length and its offset, it
    returns SQL selecting (id, ord) of the page. `settings` are PostgreSQL settings for the statement."""

    sql: str
    params: tuple = ()
    columns: tuple = ()
    order: str = "id DESC"
    page_sql: object = None
    settings: dict = field(default_factory=dict)
    # Columns of the page table that `m` carries ({page column: m column}): a count by one of them reads
    # `m` alone instead of joining the page table again (the search page's count by type).
    page_columns: dict = field(default_factory=dict)
    # A column of `m` holding each page's taxonomy terms as term keys (see term_base), where the
    # candidates come with them (the PostgreSQL search backend reads them from the index entry): every
    # count of a taxonomy facet then reads `m` alone, instead of joining a table per facet and page type.
    term_column: str = ""
    # Which value sources those terms hold, as ValueSource.term_source(): a facet is counted from the
    # terms only if every one of its sources is among them.
    term_sources: frozenset = frozenset()

    @classmethod
    def from_queryset(cls, queryset, ordering, settings=None):
        """The rows of `queryset` in `ordering`: field or annotation names, "-" for descending."""
        keys, order, columns = ordering_keys(ordering)
        sql, params = compile_queryset(queryset.order_by().annotate(**keys).values_list("pk", *keys))
        return cls(sql, params, columns=columns, order=order, settings=settings or {})

    @classmethod
    def from_ids(cls, ids, queryset):
        """The ids a search engine found, in its order, that `queryset` still allows."""
        allowed, params = compile_queryset(queryset.order_by().values_list("pk"))
        if connection.vendor == "postgresql":
            found = "SELECT u.id, u.ord FROM unnest(%s::integer[]) WITH ORDINALITY AS u(id, ord)"
            values = [list(ids)]
        else:
            found = "SELECT CAST(j.value AS INTEGER) AS id, j.key + 1 AS ord FROM json_each(%s) AS j"
            values = [json.dumps(list(ids))]
        sql = f"SELECT f.id, f.ord FROM ({found}) f WHERE f.id IN ({allowed})"
        return cls(sql, (*values, *params), columns=("k0",), order="k0 ASC")

    def page(self, conditions, limit, offset):
        """SQL for the page's (id, ord), and its parameters."""
        if self.page_sql is not None:
            return self.page_sql(conditions, limit, offset)
        where = " WHERE " + " AND ".join(conditions) if conditions else ""
        return (
            f"SELECT q.id, row_number() OVER (ORDER BY {self.order}) AS ord "
            f"FROM (SELECT m.* FROM m{where} ORDER BY {self.order} LIMIT %s OFFSET %s) q"
        ), (limit, offset)


@dataclass(frozen=True)
class ValueSource:
    """Where one relation of a facet keeps its values, reached from a page id: `table` (aliased v0) has the
    page id in `page_column`; `joins` lead from it to `value`. `distinct` when a page may have the same
    value twice in that table (a tag table has no unique constraint)."""

    table: str
    page_column: str
    joins: tuple
    value: str
    distinct: bool
    label: str = "NULL"  # a column naming the value, where the listing should fetch names too (tags)
    # Counting by the key that leads to the value (a theme's id rather than its slug) spares the last
    # join for every row counted; `key_model` and `key_field` then say how to turn keys into values.
    count_value: str = ""
    count_joins: tuple = ()
    key_model: type | None = None
    key_field: str = ""
    # The model whose primary key the key column holds (Theme, Tag...), and the alias its table has in
    # `joins`: where the candidates carry each page's terms (Candidates.term_column), the count reads
    # them instead of this table.
    term_model: type | None = None
    term_alias: str = ""

    @classmethod
    def resolve(cls, model, lookup, label_field=None):
        """Follow a lookup such as "casestudypage__themes__slug" from `model` through Django's metadata.

        While the path stays on tables keyed by the page id (the page, its specific type, a many-to-many
        or tag table), v0 is simply rebound; after that, each step is a join."""
        opts = model._meta
        table, page_column = opts.db_table, opts.pk.column
        joins, alias, keyed_by_page, distinct = [], "v0", True, False
        key = None  # (column, joins before) of the last join made
        parts = lookup.split("__")
        for position, name in enumerate(parts):
            fld = opts.get_field(name)
            last = position == len(parts) - 1
            if not fld.is_relation:
                if not last:
                    raise ValueError(f"{lookup}: {name} is not a relation")
                if keyed_by_page and fld.model._meta.concrete_model is not opts.concrete_model:
                    table = fld.model._meta.db_table  # a field of a parent table, e.g. Page's
                value = f"{alias}.{quote(fld.column)}"
                term = {"term_model": opts.model, "term_alias": alias} if key is not None else {}
                if label_field:
                    label = f"{alias}.{quote(opts.get_field(label_field).column)}"
                    return cls(
                        table, page_column, tuple(joins), value, distinct, label, value, tuple(joins), **term
                    )
                if key is not None:
                    key_column, key_joins = key
                    return cls(
                        table, page_column, tuple(joins), value, distinct, "NULL",
                        key_column, key_joins, opts.model, fld.name, **term,
                    )  # fmt: skip
                return cls(table, page_column, tuple(joins), value, distinct, "NULL", value, tuple(joins))
            related = fld.related_model._meta
            if keyed_by_page and fld.one_to_one and not fld.concrete:
                # From Page to its specific type (CaseStudyPage): the same ids in another table.
                table, page_column = related.db_table, related.pk.column
            elif keyed_by_page and fld.many_to_many and fld.concrete:
                through = fld.remote_field.through._meta
                table, page_column = through.db_table, fld.m2m_column_name()
                target_column = fld.m2m_reverse_name()
                key = (f"v0.{quote(target_column)}", tuple(joins))
                joins.append(
                    f"JOIN {quote(related.db_table)} v1 ON v1.{quote(related.pk.column)} = "
                    f"v0.{quote(target_column)}"
                )
                alias, keyed_by_page = "v1", False
            elif keyed_by_page and fld.one_to_many:
                # A table pointing at the page, e.g. a page's tags.
                table, page_column = related.db_table, fld.field.column
                keyed_by_page, distinct = False, True
                alias = "v0"
            elif fld.many_to_one or (fld.one_to_one and fld.concrete):
                if keyed_by_page and fld.model._meta.concrete_model is not opts.concrete_model:
                    table = fld.model._meta.db_table
                n = len(joins) + 1
                key = (f"{alias}.{quote(fld.column)}", tuple(joins))
                joins.append(
                    f"JOIN {quote(related.db_table)} v{n} ON v{n}.{quote(related.pk.column)} = "
                    f"{alias}.{quote(fld.column)}"
                )
                alias, keyed_by_page = f"v{n}", False
            else:
                raise ValueError(f"{lookup}: cannot count along {name}")
            opts = related
        raise ValueError(f"{lookup} does not end in a field")

    def term_source(self):
        """What names this source's terms: the table, its page column and the terms' model."""
        return (self.table, self.page_column, self.term_model)

    def from_clause(self):
        return f"{quote(self.table)} v0 {' '.join(self.joins)}"

    def page_column_in(self, page_columns):
        """The column of `m` holding this source's key, where the candidates carry it (page_columns:
        {page column: m column}) and the key names a row of `key_model`; else None."""
        if self.table != Page._meta.db_table or self.key_model is None:
            return None
        return next(
            (
                column
                for page_column, column in page_columns.items()
                if self.count_value == f"v0.{quote(page_column)}"
            ),
            None,
        )

    def keys_with(self, values):
        """SQL for the keys (`key_model` primary keys) whose value is one of `values`."""
        opts = self.key_model._meta
        placeholders = ", ".join(["%s"] * len(values))
        return (
            f"SELECT {quote(opts.pk.column)} FROM {quote(opts.db_table)} "
            f"WHERE {quote(opts.get_field(self.key_field).column)} IN ({placeholders})"
        ), tuple(values)

    def pages_with(self, values):
        """SQL for the ids of pages having any of `values` here."""
        placeholders = ", ".join(["%s"] * len(values))
        sql = f"SELECT v0.{quote(self.page_column)} FROM {self.from_clause()} WHERE {self.value} IN ({placeholders})"
        return sql, tuple(values)

    def count_sql(self, kind, where, page_columns=None):
        """Counts of pages of `m` per value (or per key, see `key_model`), as listing rows."""
        count = "COUNT(DISTINCT m.id)" if self.distinct else "COUNT(*)"
        value = self.count_value
        for page_column, column in (page_columns or {}).items():
            if (
                self.table == Page._meta.db_table
                and not self.count_joins
                and value == f"v0.{quote(page_column)}"
            ):
                return (
                    f"SELECT {kind} AS kind, CAST(m.{column} AS VARCHAR(255)) AS value, COUNT(*) AS n, "
                    f"CAST(NULL AS BIGINT) AS ord, NULL AS label FROM m "
                    f"WHERE m.{column} IS NOT NULL{where} GROUP BY m.{column}"
                )
        group = value if self.label == "NULL" else f"{value}, {self.label}"
        return (
            f"SELECT {kind} AS kind, CAST({value} AS VARCHAR(255)) AS value, {count} AS n, "
            f"CAST(NULL AS BIGINT) AS ord, {self.label} AS label "
            f"FROM m JOIN {quote(self.table)} v0 ON v0.{quote(self.page_column)} = m.id "
            f"{' '.join(self.count_joins)} WHERE {value} IS NOT NULL{where} GROUP BY {group}"
        )


def _term_counts_cte(name, group, column, where):
    """A CTE of how many pages of `m` (those passing `where`) have each term of the facets in `group`
    ({term base: (facet index, source)}): one pass over the pages' terms for all of them."""
    cases = " ".join(f"WHEN {base >> TERM_SHIFT} THEN {index}" for base, (index, _) in group.items())
    models = ", ".join(str(base >> TERM_SHIFT) for base in group)
    return (
        f"{name}(kind, f, n) AS MATERIALIZED (SELECT CASE u.f >> {TERM_SHIFT} {cases} END, u.f, COUNT(*) "
        f"FROM (SELECT unnest(m.{column}) AS f FROM m{where}) u WHERE u.f >> {TERM_SHIFT} IN ({models}) "
        "GROUP BY u.f)"
    )


def _term_count_arms(name, group):
    """Listing rows from a term-counts CTE: by the terms' primary keys (as ValueSource.count_sql counts by
    key), or, for a facet whose values are named as they are counted (free tags), by value with its name
    from the terms' own table."""
    by_key = [index for index, source in group.values() if source.label == "NULL"]
    arms = []
    if by_key:
        arms.append(
            f"SELECT t.kind, CAST(t.f & {(1 << TERM_SHIFT) - 1} AS VARCHAR(255)) AS value, t.n, "
            f"CAST(NULL AS BIGINT) AS ord, NULL AS label FROM {name} t "
            f"WHERE t.kind IN ({', '.join(map(str, by_key))})"
        )
    for base, (index, source) in group.items():
        if source.label == "NULL":
            continue
        opts, alias = source.term_model._meta, source.term_alias
        arms.append(
            f"SELECT t.kind, CAST({source.value} AS VARCHAR(255)) AS value, t.n, CAST(NULL AS BIGINT) AS ord, "
            f"{source.label} AS label FROM {name} t "
            f"JOIN {quote(opts.db_table)} {alias} ON {alias}.{quote(opts.pk.column)} = t.f - {base} "
            f"WHERE t.kind = {index} AND {source.value} IS NOT NULL"
        )
    return arms


@dataclass
class ListingResult:
    total: int
    page_ids: list  # in the order to show them
    page_types: dict = field(default_factory=dict)  # {page id: content type id}
    counts: dict = field(default_factory=dict)  # {facet index: {stored value: count}}
    labels: dict = field(default_factory=dict)  # {facet index: {stored value: name}}, where fetched


@dataclass
class CountedFacet:
    """What the listing needs of a facet: its value sources and the stored values chosen (may be empty)."""

    sources: list
    chosen: list


def with_settings(work, settings):
    """Run `work` with PostgreSQL settings for its statements only (transaction-local); elsewhere, just run
    it. Inside a longer transaction (a test, ATOMIC_REQUESTS) the settings are put back afterwards."""
    if not settings or connection.vendor != "postgresql":
        return work()
    names = list(settings)
    restore = connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT "
            + ", ".join(["current_setting(%s)"] * len(names))
            + ", "
            + ", ".join(["set_config(%s, %s, true)"] * len(names)),
            [*names, *(value for name in names for value in (name, str(settings[name])))],
        )
        previous = cursor.fetchone()[: len(names)]
        result = work()
        if restore:
            cursor.execute(
                "SELECT " + ", ".join(["set_config(%s, %s, true)"] * len(names)),
                [value for pair in zip(names, previous, strict=True) for value in pair],
            )
        return result


def run_listing(candidates, facets, per_page, page_number):
    """Total, counts per facet value and the ids of page `page_number`, in one statement."""
    columns = ", ".join(["id", *candidates.columns])
    params = list(candidates.params)
    chosen = {}  # facet index -> (SQL of the ids it allows, parameters), or of the keys a column of `m` may hold
    by_column = {}  # facet index -> that column
    for index, facet in enumerate(facets):
        if not facet.chosen:
            continue
        column = facet.sources[0].page_column_in(candidates.page_columns) if len(facet.sources) == 1 else None
        if column:
            chosen[index], by_column[index] = facet.sources[0].keys_with(facet.chosen), column
        else:
            parts = [source.pages_with(facet.chosen) for source in facet.sources]
            chosen[index] = (" UNION ".join(sql for sql, _ in parts), [p for _, ps in parts for p in ps])
    if not chosen:
        ctes = [f"m({columns}) AS MATERIALIZED ({candidates.sql})"]
    else:
        # Each choice is looked up once, as a flag on every candidate, so that each count below tests
        # a column rather than searching the choice's ids again. `c` is read once, into `m`, so it is
        # not kept apart (NOT MATERIALIZED): the flags are worked out as the candidates are found.
        ctes = [f"c({columns}) AS NOT MATERIALIZED ({candidates.sql})"]
        for index, (sql, values) in chosen.items():
            ctes.append(f"f_{index}(id) AS MATERIALIZED ({sql})")
            params.extend(values)
        flags = ", ".join(
            f"c.{by_column.get(index, 'id')} IN (SELECT id FROM f_{index}) AS f_{index}" for index in chosen
        )
        ctes.append(f"m AS MATERIALIZED (SELECT c.*, {flags} FROM c)")
    filters = {index: f"m.f_{index}" for index in chosen}

    def conditions(skip=None):
        return [condition for index, condition in filters.items() if index != skip]

    def where(skip=None, prefix=" AND "):
        chosen = conditions(skip)
        return prefix + " AND ".join(chosen) if chosen else ""

    arms = [
        f"SELECT {TOTAL} AS kind, NULL AS value, COUNT(*) AS n, CAST(NULL AS BIGINT) AS ord, NULL AS label "
        f"FROM m{where(prefix=' WHERE ')}"
    ]
    term_groups = {}  # the WHERE of a count from the page's terms -> {term base: (facet index, source)}
    for index, facet in enumerate(facets):
        term_models = {source.term_model for source in facet.sources}
        condition = where(skip=index, prefix=" WHERE ")
        base = (
            term_base(facet.sources[0].term_model)
            if len(term_models) == 1 and None not in term_models
            else None
        )
        if (
            candidates.term_column
            and base is not None
            and all(source.term_source() in candidates.term_sources for source in facet.sources)
            and base not in term_groups.get(condition, {})
        ):
            term_groups.setdefault(condition, {})[base] = (index, facet.sources[0])
            continue
        arms.extend(
            source.count_sql(index, where(skip=index), candidates.page_columns) for source in facet.sources
        )
    for number, (condition, group) in enumerate(term_groups.items()):
        name = f"t_{number}"
        ctes.append(_term_counts_cte(name, group, candidates.term_column, condition))
        arms.extend(_term_count_arms(name, group))
    page_sql, page_params = candidates.page(conditions(), per_page, (page_number - 1) * per_page)
    # The page's rows carry their content type, so its cards can be fetched by type straight away.
    arms.append(
        f"SELECT {PAGE} AS kind, CAST(wp.content_type_id AS VARCHAR(20)) AS value, p.id AS n, p.ord AS ord, "
        f"NULL AS label FROM ({page_sql}) p JOIN {quote(Page._meta.db_table)} wp ON wp.id = p.id"
    )
    sql = "WITH " + ", ".join(ctes) + " " + " UNION ALL ".join(arms)
    params = [*params, *page_params]

    def fetch():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    total, page, types, counts, labels = 0, [], {}, defaultdict(dict), defaultdict(dict)
    for kind, value, n, ord_, label in with_settings(fetch, candidates.settings):
        if kind == TOTAL:
            total = n
        elif kind == PAGE:
            page.append((ord_, n))
            types[n] = int(value)
        else:
            counts[kind][value] = counts[kind].get(value, 0) + n
            if label is not None:
                labels[kind][value] = label
    return ListingResult(total, [pk for _, pk in sorted(page)], types, dict(counts), dict(labels))
