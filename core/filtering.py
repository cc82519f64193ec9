"""One filtering, searching, counting, sorting and pagination mechanism for every library on the site.

A library page (and the site search, a library of everything) hands `LibraryFilter` its queryset and a
list of facets. Visitors filter with slugs in the query string (`?theme=learning&theme=human`): values
within a facet are alternatives (OR), facets combine (AND); `?q=` searches within whatever the filters
leave. Each option shows how many items it would match given the search and the other facets. Nothing a
visitor types can raise an error: unknown values are reported and ignored, a very long search is
shortened with a note, bad page numbers are corrected.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import OperationalError, connection, transaction
from django.db.models import Count, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.localization import default_locale, localized_locale_is_default, translations_in_active_locale

SLUG_RE = re.compile(r"^[-\w]{1,100}$")
MAX_VALUES_PER_FACET = 20
MAX_PAGE_DIGITS = 6
MAX_QUERY_CHARS = 200
CARD_IMAGE_SPEC = "fill-640x360-c50|format-jpeg|jpegquality-70"


def requested_page_number(params) -> int:
    """The page number asked for in `?page=`, or 1 for anything that is not a positive whole number.
    A number past the end is for the paginator to correct."""
    page = params.get("page", "1")[:MAX_PAGE_DIGITS]
    return int(page) if page.isascii() and page.isdigit() and int(page) > 0 else 1


@dataclass
class Option:
    slug: str
    name: str
    count: int
    selected: bool
    toggle_url: str = ""
    count_label: str = ""  # e.g. "3 case studies", for screen readers


@dataclass
class Facet:
    param: str
    label: str
    # The model relation to filter on, e.g. "themes" or "organisation"; a tuple of relations when the
    # library holds several page types (the site search: "casestudypage__themes", "resourcepage__themes").
    relation: str | tuple
    model: type | None = None  # a TaxonomyTerm model; None for free tags or fixed choices
    slug_lookup: str | tuple = ""
    choices: tuple = ()  # fixed (slug, label) choices of a model field, e.g. a resource's type
    stored: dict = field(default_factory=dict)  # slug -> value in the database, where they differ
    # Filled in per request by LibraryFilter: {slug: name in the visitor's language}, and the options.
    names_by_slug: dict[str, str] = field(default_factory=dict)
    options: list[Option] = field(default_factory=list)

    def __post_init__(self):
        relations = self.relation if isinstance(self.relation, tuple) else (self.relation,)
        self.slug_lookup = self.slug_lookup or tuple(f"{relation}__slug" for relation in relations)

    @property
    def lookups(self):
        return self.slug_lookup if isinstance(self.slug_lookup, tuple) else (self.slug_lookup,)

    @property
    def relations(self):
        return self.relation if isinstance(self.relation, tuple) else (self.relation,)

    def matching(self, model, values):
        """Rows of `model` having any of the slugs `values` in this facet, whichever relation holds it."""
        values = [self.stored.get(value, value) for value in values]
        condition = Q()
        for lookup in self.lookups:
            condition |= Q(**{f"{lookup}__in": values})
        return model.objects.filter(condition)

    def slug_of(self, stored_value):
        return next((slug for slug, value in self.stored.items() if value == stored_value), stored_value)

    @classmethod
    def tags(cls, param, label, relation):
        return cls(param, label, relation, None)

    @classmethod
    def field_choices(cls, param, label, field_name, choices, stored=None):
        """A facet over a model field with fixed choices. The slug is the stored value unless `stored`
        maps slugs to stored values (e.g. "case-studies" to the content type's model name)."""
        return cls(
            param,
            label,
            field_name,
            None,
            slug_lookup=field_name,
            choices=tuple(choices),
            stored=stored or {},
        )

    def names(self, queryset) -> dict[str, str]:
        """{slug: name in the visitor's language} for every option of this facet."""
        if self.choices:
            return {value: str(label) for value, label in self.choices}
        if self.model is None:
            from taggit.models import Tag

            used = Q()
            for relation in self.relations:
                used |= Q(pk__in=queryset.values(relation))
            return dict(Tag.objects.filter(used).values_list("slug", "name"))
        localized = {t.slug: t.name for t in translations_in_active_locale(self.model).values()}
        if localized_locale_is_default():
            return localized
        fallback = dict(self.model.objects.filter(locale=default_locale()).values_list("slug", "name"))
        return {**fallback, **localized}

    def copy(self):
        return Facet(
            self.param, self.label, self.relation, self.model, self.slug_lookup, self.choices, self.stored
        )


@dataclass
class Wording:
    """What a library calls its items, in phrases translators can word naturally.

    `items` and `showing` are ngettext_lazy phrases with a %(counter)s placeholder.
    """

    filter_heading: str
    items: object
    showing: object


@dataclass
class SortOption:
    value: str
    label: str
    ordering: list[str]


RELEVANCE = SortOption("relevance", _("Best match"), [])
MAX_SEARCH_MATCHES = 1000  # only for a search engine that cannot hand back its matches as SQL
MAX_MATCH_IDS = 20_000  # matches kept as a list of ids; more stay a subquery
SIMILAR_WORDS_TIME_LIMIT_MS = 400


def _with_settings(work, **pg_settings):
    """Run `work` with PostgreSQL settings for its statements only; elsewhere, just run it."""
    if connection.vendor != "postgresql":
        return work()
    with transaction.atomic():
        with connection.cursor() as cursor:
            for name, value in pg_settings.items():
                cursor.execute(f"SET LOCAL {name} = {value}")
        result = work()
        with connection.cursor() as cursor:
            for name in pg_settings:
                cursor.execute(f"SET LOCAL {name} = DEFAULT")
        return result


def _within(milliseconds, work, default):
    """Run `work` with a PostgreSQL statement time limit; `default` if it runs out."""
    try:
        return _with_settings(work, statement_timeout=int(milliseconds))
    except OperationalError:
        return default


def search_query(text):
    """A Wagtail search query from what a visitor typed: "quoted words" are phrases, the rest are words
    that must all appear. Stray quotes are ignored. None when nothing searchable is left."""
    from wagtail.search.query import And, Phrase, PlainText

    phrases = [" ".join(p.split()) for p in re.findall(r'"([^"]*)"', text)]
    words = " ".join(re.sub(r'"[^"]*"', " ", text).replace('"', " ").split())
    parts = [Phrase(p) for p in phrases if re.search(r"\w", p)]
    if re.search(r"\w", words):
        parts.append(PlainText(words, operator="and"))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def fetch_cards(items, card_queryset=None, image_spec=CARD_IMAGE_SPEC):
    """The specific pages for `items` (pages, in order), each type fetched once with what its cards need."""
    by_model = defaultdict(list)
    for item in items:
        by_model[item.specific_class or type(item)].append(item.pk)
    found = {}
    for model, ids in by_model.items():
        queryset = model.objects.filter(pk__in=ids).defer_streamfields()
        fetch = card_queryset or getattr(model, "card_queryset", None)
        if fetch is not None:
            queryset = fetch(queryset, image_spec)
        found.update((obj.pk, obj) for obj in queryset)
    return [found[item.pk] for item in items if item.pk in found]


class LibraryFilter:
    per_page = 12

    def __init__(
        self, request, queryset, *, facets, sorts, wording, card_queryset=None, image_spec=CARD_IMAGE_SPEC
    ):
        self.request = request
        self.wording = wording
        self.base_queryset = queryset
        self.facets = [facet.copy() for facet in facets]
        self.sorts = sorts
        self.card_queryset = card_queryset
        self.image_spec = image_spec
        self.notices: list[str] = []
        self.selected: dict[str, list[str]] = {}
        self.query = ""
        self.fuzzy = False  # True when no word matched exactly and similar words were searched instead
        self._parse()

    # Reading the query string ------------------------------------------------------------------

    def _parse(self):
        params = self.request.GET
        ignored = []
        for facet in self.facets:
            values = []
            for raw in params.getlist(facet.param)[: MAX_VALUES_PER_FACET * 5]:
                for value in raw.split(","):
                    value = value.strip().lower()
                    if not value:
                        continue
                    if value in values:
                        continue
                    if not SLUG_RE.match(value) or len(values) >= MAX_VALUES_PER_FACET:
                        ignored.append(value[:40])
                        continue
                    values.append(value)
            known = facet.names_by_slug = facet.names(self.base_queryset)
            unknown = [v for v in values if v not in known]
            ignored.extend(unknown)
            self.selected[facet.param] = [v for v in values if v in known]
        if ignored:
            shown = ", ".join(f"‘{v}’" for v in dict.fromkeys(ignored[:5]))
            self.notices.append(
                str(_("We did not recognise the filter %(values)s, so we left it out.")) % {"values": shown}
            )
        self._parse_query(params)
        if self.query:
            self.sorts = [RELEVANCE, *self.sorts]  # best match first, the default while searching
        sort_values = [s.value for s in self.sorts]
        requested = params.get("sort", "")
        self.sort = requested if requested in sort_values else self.sorts[0].value
        self.requested_page = requested_page_number(params)

    def _parse_query(self, params):
        # The first non-empty `q`; whitespace (new lines, tabs) collapsed; NUL, which no database takes
        # in text, removed.
        typed = next((value for value in params.getlist("q") if value.strip()), "")
        query = " ".join(typed.replace("\x00", " ").split())
        if len(query) > MAX_QUERY_CHARS:
            query = query[:MAX_QUERY_CHARS].rsplit(" ", 1)[0] or query[:MAX_QUERY_CHARS]
            self.notices.append(
                str(_("Your search was very long, so we searched for its first %(count)s characters."))
                % {"count": MAX_QUERY_CHARS}
            )
        self.query = query

    # Querying ----------------------------------------------------------------------------------

    @cached_property
    def search_query(self):
        return search_query(self.query) if self.query else None

    @cached_property
    def matches(self):
        """The ids the search matches, found once: every count, filter and page below reuses them, so the
        search itself runs once per request rather than once per facet.

        Where the backend can (PostgreSQL), words that match nothing exactly are tried again as similar
        words, so a typo still finds something; `fuzzy` then tells the page to say so. That comparison
        reads every entry, so it is given a time limit and finds nothing rather than keep a visitor waiting.
        """
        if self.search_query is None:
            return []
        ids = self._match_ids(self.search_query)
        if not ids and self._can_try_similar_words():
            from wagtail.search.query import Fuzzy

            similar = Fuzzy(self.query)
            ids = self._match_ids(similar, time_limit_ms=SIMILAR_WORDS_TIME_LIMIT_MS)
            if ids:
                self.search_query, self.fuzzy = similar, True
        return ids

    def _match_ids(self, query, time_limit_ms=None):
        results = self._searchable(self.base_queryset).search(query, order_by_relevance=False)
        as_sql = getattr(results, "get_queryset", None)
        if as_sql is None:  # a search engine: its first matches only
            return [obj.pk for obj in results[:MAX_SEARCH_MATCHES]]
        matching = as_sql().order_by().values_list("pk", flat=True)
        if time_limit_ms is None:
            # PostgreSQL's planner guesses that reading every entry beats the title||body index for common
            # words, and is wrong by 30 times (docs/benchmarks.md): tell it to use the index.
            ids = _with_settings(lambda: list(matching[: MAX_MATCH_IDS + 1]), enable_seqscan="off")
        else:
            ids = _within(time_limit_ms, lambda: list(matching[: MAX_MATCH_IDS + 1]), default=[])
        # Beyond that many, keep the match as a subquery: exact counts matter more than speed there.
        return ids if len(ids) <= MAX_MATCH_IDS else matching

    def _can_try_similar_words(self):
        from wagtail.search.backends import get_search_backend
        from wagtail.search.query import PlainText

        backend = get_search_backend()
        return (
            isinstance(self.search_query, PlainText)
            and getattr(backend, "fuzzy_algorithm", None) is not None  # PostgreSQL's database backend
            and len(self.query) <= 100
        )

    @staticmethod
    def _searchable(queryset):
        """The search backend accepts only filters on declared FilterFields; hand it the rows as one
        filter on the id (a subquery, so nothing is fetched)."""
        return queryset.model.objects.filter(pk__in=queryset.values("pk"))

    def _apply(self, queryset, skip=None, search=True):
        if search and self.query:
            queryset = queryset.filter(pk__in=self.matches)
        for facet in self.facets:
            values = self.selected.get(facet.param)
            if values and facet is not skip:
                # A subquery per facet keeps one row per item, however many terms it has.
                matching = facet.matching(self.base_queryset.model, values)
                queryset = queryset.filter(pk__in=matching.values("pk"))
        return queryset

    @cached_property
    def ranked(self):
        """While searching by best match: the search results, in the search backend's order."""
        _ = self.matches  # decides between exact and similar words first
        if self.sort != RELEVANCE.value or self.search_query is None:
            return None
        return self._searchable(self._apply(self.base_queryset, search=False)).search(self.search_query)

    @cached_property
    def filtered(self):
        ordering = next(s.ordering for s in self.sorts if s.value == self.sort) or ["-pk"]
        return self._apply(self.base_queryset).order_by(*ordering)

    @cached_property
    def count(self):
        if self.query and self.search_query is None:
            return 0
        return self.ranked.count() if self.ranked is not None else self.filtered.count()

    @property
    def showing(self):
        """‘Showing 3 case studies’ in the visitor's language."""
        return self.wording.showing % {"counter": self.count}

    @cached_property
    def page(self):
        listing = self.ranked if self.ranked is not None else self.filtered
        paginator = Paginator(listing, self.per_page, allow_empty_first_page=True)
        paginator.count = self.count  # already counted; spare a query
        number = min(self.requested_page, paginator.num_pages)
        page = paginator.page(number)
        if self.count == 0:
            page.object_list = []
        elif self.ranked is not None or self.base_queryset.model is Page:
            # Search results, or a library of mixed page types: fetch each type once, keep the order.
            page.object_list = fetch_cards(list(page.object_list), self.card_queryset, self.image_spec)
        else:
            items = page.object_list.defer_streamfields()
            if self.card_queryset:
                items = self.card_queryset(items, self.image_spec)
            page.object_list = list(items)
        return page

    @cached_property
    def facet_list(self):
        for facet in self.facets:
            counts = defaultdict(int)
            for lookup in facet.lookups:
                rows = (
                    self._apply(self.base_queryset, skip=facet)
                    .filter(**{f"{lookup}__isnull": False})
                    .values_list(lookup)
                    .annotate(n=Count("pk", distinct=True))
                    .order_by()
                )
                for value, n in rows:
                    counts[facet.slug_of(value)] += n
            selected = self.selected.get(facet.param, [])
            facet.options = sorted(
                (
                    Option(
                        slug,
                        name,
                        counts.get(slug, 0),
                        slug in selected,
                        self._toggle_url(facet, slug),
                        self.wording.items % {"counter": counts.get(slug, 0)},
                    )
                    for slug, name in facet.names_by_slug.items()
                    if counts.get(slug) or slug in selected
                ),
                key=lambda o: o.name.lower(),
            )
        return [facet for facet in self.facets if facet.options]

    # Links -------------------------------------------------------------------------------------

    def _query(self, selected=None, sort=None, page=None, query=None):
        selected = self.selected if selected is None else selected
        query = self.query if query is None else query
        pairs = [("q", query)] if query else []
        pairs += [(param, value) for param, values in selected.items() for value in values]
        sort = sort or self.sort
        if sort != self.sorts[0].value:
            pairs.append(("sort", sort))
        if page and page > 1:
            pairs.append(("page", page))
        return "?" + urlencode(pairs) if pairs else "?"

    def _toggle_url(self, facet, slug):
        selected = {k: list(v) for k, v in self.selected.items()}
        values = selected.setdefault(facet.param, [])
        if slug in values:
            values.remove(slug)
        else:
            values.append(slug)
        return self._query(selected)

    @property
    def query_string(self):
        """The recognised filters and sort, without the page number (e.g. for the language switcher)."""
        query = self._query()
        return "" if query == "?" else query

    def page_url(self, number):
        return self._query(page=number)

    @cached_property
    def sort_links(self):
        return [
            {
                "value": s.value,
                "label": s.label,
                "url": self._query(sort=s.value),
                "current": s.value == self.sort,
            }
            for s in self.sorts
        ]

    @cached_property
    def active_filters(self):
        """The chosen filters, each with a link that removes it."""
        chosen = []
        for facet in self.facets:
            for slug in self.selected.get(facet.param, []):
                chosen.append(
                    {
                        "label": facet.label,
                        "name": facet.names_by_slug.get(slug, slug),
                        "remove_url": self._toggle_url(facet, slug),
                    }
                )
        return chosen

    @property
    def is_filtered(self):
        return any(self.selected.values())

    @property
    def filter_values(self):
        """(param, value) of the chosen filters and a chosen sort: hidden fields for the search box, so a
        new search keeps them."""
        pairs = [(param, value) for param, values in self.selected.items() for value in values]
        if self.sort not in (self.sorts[0].value, RELEVANCE.value):
            pairs.append(("sort", self.sort))
        return pairs

    @property
    def without_search_url(self):
        return self._query(query="") if self.query else ""

    @property
    def clear_url(self):
        return self._query(selected={})

    @cached_property
    def pagination(self):
        return pagination_links(self.page, self.page_url)


def pagination_links(page, page_url):
    """What components/pagination.html needs for a Django Page: previous, next and elided numbers."""
    return {
        "page": page,
        "previous_url": page_url(page.previous_page_number()) if page.has_previous() else None,
        "next_url": page_url(page.next_page_number()) if page.has_next() else None,
        "pages": [
            {"number": n, "url": page_url(n), "current": n == page.number}
            if isinstance(n, int)
            else {"ellipsis": True}
            for n in page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1)
        ],
    }
