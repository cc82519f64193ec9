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
from functools import cache
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.models import TranslatableMixin

from core.listing import Candidates, CountedFacet, ListingResult, ValueSource, run_listing
from core.localization import (
    active_locale,
    default_locale,
    localized_locale_is_default,
    translations_in,
    translations_in_active_locale,
)

SLUG_RE = re.compile(r"^[-\w]{1,100}$")
MAX_VALUES_PER_FACET = 20
MAX_PAGE_DIGITS = 6
MAX_QUERY_CHARS = 200
CARD_IMAGE_SPEC = "fill-640x360-c50|format-jpeg|jpegquality-70"


@cache
def _value_source(model, lookup, label_field):
    return ValueSource.resolve(model, lookup, label_field)


def key_values(model, field_name, keys):
    """{primary key: value of `field_name`} for `keys` of `model`: from the terms this request has already
    loaded where it can (the active language's), else in one query."""
    if model is ContentType:
        return {pk: getattr(ContentType.objects.get_for_id(pk), field_name) for pk in keys}
    found = {}
    if issubclass(model, TranslatableMixin):
        # Pages link to terms in their own language, or in the default one where a term is untranslated.
        for locale in {active_locale(), default_locale()}:
            for term in translations_in(model, locale).values():
                if term.pk in keys:
                    found[term.pk] = getattr(term, field_name)
    missing = [pk for pk in keys if pk not in found]
    if missing:
        found.update(model.objects.filter(pk__in=missing).values_list("pk", field_name))
    return found


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

    def sources(self, model):
        """Where each relation of this facet keeps its values (core.listing.ValueSource), from `model`."""
        # Free tags are too many to name in advance: the listing fetches the names of those it counts.
        label_field = "name" if self.model is None and not self.choices else None
        return [_value_source(model, lookup, label_field) for lookup in self.lookups]

    def stored_values(self, slugs):
        return [self.stored.get(slug, slug) for slug in slugs]

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

    def names(self, queryset, chosen=()) -> dict[str, str]:
        """{slug: name in the visitor's language} for every option of this facet. Free tags are many, so
        only the `chosen` ones used in `queryset` are named here; the listing names the counted ones."""
        if self.choices:
            return {value: str(label) for value, label in self.choices}
        if self.model is None:
            if not chosen:
                return {}
            # Only tags some page listed here has (a tag of a draft is not named): the first such page
            # answers, rather than a read of every page's tags.
            used = Q()
            for relation in self.relations:
                used |= Exists(queryset.filter(**{relation: OuterRef("pk")}))
            return dict(Tag.objects.filter(used, slug__in=chosen).values_list("slug", "name"))
        localized = {t.slug: t.name for t in translations_in_active_locale(self.model).values()}
        if localized_locale_is_default():
            return localized
        fallback = {t.slug: t.name for t in translations_in(self.model, default_locale()).values()}
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


def fetch_cards(ids, types, card_queryset=None, image_spec=CARD_IMAGE_SPEC):
    """The specific pages for `ids` (in order), of content types `types` ({id: content type id}), each type
    fetched once with what its cards need."""
    by_model = defaultdict(list)
    for pk in ids:
        by_model[ContentType.objects.get_for_id(types[pk]).model_class()].append(pk)
    found = {}
    for model, model_ids in by_model.items():
        queryset = model.objects.filter(pk__in=model_ids).defer_streamfields()
        fetch = card_queryset or getattr(model, "card_queryset", None)
        if fetch is not None:
            queryset = fetch(queryset, image_spec)
        found.update((obj.pk, obj) for obj in queryset)
    return [found[pk] for pk in ids if pk in found]


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
        self.similar_query = ""  # what was searched for instead, when no word matched (see `listing`)
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
            known = facet.names_by_slug = facet.names(self.base_queryset, chosen=values)
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

    @property
    def _ordering(self):
        """The chosen sort's fields, or None for best match."""
        if self.sort == RELEVANCE.value:
            return None
        return next(s.ordering for s in self.sorts if s.value == self.sort) or ["-pk"]

    def _candidates(self, query):
        """What the page lists, in order (core.listing.Candidates): the library's rows, or what the search
        matches among them."""
        if query is None:
            return Candidates.from_queryset(self.base_queryset, self._ordering)
        from wagtail.search.backends import get_search_backend

        backend = get_search_backend()
        if hasattr(backend, "listing_candidates"):
            return backend.listing_candidates(self.base_queryset, query, ordering=self._ordering)
        # Any other backend: its own results. The database backends hand them over as SQL.
        searchable = self.base_queryset.model.objects.filter(pk__in=self.base_queryset.values("pk"))
        results = searchable.search(query, order_by_relevance=self._ordering is None)
        if not hasattr(results, "get_queryset"):  # a search engine: its first matches, as ids
            ids = [obj.pk for obj in results[:MAX_SEARCH_MATCHES]]
            if self._ordering is None:
                return Candidates.from_ids(ids, self.base_queryset)
            return Candidates.from_queryset(self.base_queryset.filter(pk__in=ids), self._ordering)
        matches = results.get_queryset()
        if self._ordering is None:
            return Candidates.from_queryset(matches, matches.query.order_by or ["-pk"])
        return Candidates.from_queryset(
            self.base_queryset.filter(pk__in=matches.values("pk")), self._ordering
        )

    def _run(self, candidates, page_number):
        facets = [
            CountedFacet(
                facet.sources(self.base_queryset.model), facet.stored_values(self.selected[facet.param])
            )
            for facet in self.facets
        ]
        return run_listing(candidates, facets, self.per_page, page_number)

    @cached_property
    def listing(self):
        """The total, every option's count and this page's ids, from one statement (core.listing).

        Where the backend can (PostgreSQL), a search whose words match nothing is tried again with the
        closest words the site uses (search/words.py), so a typo still finds something; `similar_query`
        then tells the page what was searched for instead."""
        if self.query and self.search_query is None:
            return ListingResult(0, [])
        result = self._run(self._candidates(self.search_query), self.requested_page)
        if result.total == 0 and self.query and not self.is_filtered:
            similar = self._similar_query()
            if similar:
                found = self._run(self._candidates(search_query(similar)), self.requested_page)
                if found.total:
                    result, self.similar_query = found, similar
                    self.search_query = search_query(similar)
        if not result.page_ids and result.total and self.requested_page > 1:
            # Past the end: the last page instead.
            self.requested_page = -(-result.total // self.per_page)
            result = self._run(self._candidates(self.search_query), self.requested_page)
        return result

    def _similar_query(self):
        """What was typed, with each word the site does not use replaced by the closest one it does; ""
        when there is nothing to replace, or the backend cannot compare words."""
        from wagtail.search.backends import get_search_backend
        from wagtail.search.query import PlainText

        similar_words = getattr(get_search_backend(), "similar_words", None)
        if similar_words is None or not isinstance(self.search_query, PlainText):
            return ""
        replacements = similar_words(self.query)
        if not replacements:
            return ""
        return re.sub(r"\w+", lambda word: replacements.get(word.group().lower(), word.group()), self.query)

    @property
    def count(self):
        return self.listing.total

    @property
    def showing(self):
        """‘Showing 3 case studies’ in the visitor's language."""
        return self.wording.showing % {"counter": self.count}

    @cached_property
    def page(self):
        listing = self.listing
        paginator = Paginator(range(listing.total), self.per_page, allow_empty_first_page=True)
        page = paginator.page(min(self.requested_page, paginator.num_pages))
        page.object_list = fetch_cards(
            listing.page_ids, listing.page_types, self.card_queryset, self.image_spec
        )
        return page

    @cached_property
    def facet_list(self):
        for index, facet in enumerate(self.facets):
            counts = defaultdict(int)
            for value, n in self._counted_values(facet, self.listing.counts.get(index, {})).items():
                counts[facet.slug_of(value)] += n
            for value, name in self.listing.labels.get(index, {}).items():
                facet.names_by_slug.setdefault(facet.slug_of(value), name)
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

    def _counted_values(self, facet, counted):
        """{stored value: count} from the listing's counts, which may be by key (a theme's id)."""
        source = facet.sources(self.base_queryset.model)[0]
        if source.key_model is None:
            return counted
        values = key_values(source.key_model, source.key_field, {int(key) for key in counted})
        merged = defaultdict(int)
        for key, n in counted.items():
            if int(key) in values:
                merged[values[int(key)]] += n
        return merged

    # Links -------------------------------------------------------------------------------------

    def _pairs(self, selected=None, sort=None, page=None, query=None):
        selected = self.selected if selected is None else selected
        query = self.query if query is None else query
        pairs = [("q", query)] if query else []
        pairs += [(param, value) for param, values in selected.items() for value in values]
        sort = sort or self.sort
        if sort != self.sorts[0].value:
            pairs.append(("sort", sort))
        if page and page > 1:
            pairs.append(("page", str(page)))
        return pairs

    def _query(self, selected=None, sort=None, page=None, query=None):
        pairs = self._pairs(selected, sort, page, query)
        return "?" + urlencode(pairs) if pairs else "?"

    # What a cache may key on -------------------------------------------------------------------

    @staticmethod
    def parameter_names(facets) -> tuple[str, ...]:
        """Every query parameter a library with these facets reads: its filters, `q`, `sort` and `page`.
        A page listing with it declares these to the page cache (core/pagecache.py), which ignores the rest."""
        return (*(facet.param for facet in facets), "q", "sort", "page")

    def cacheable_query(self):
        """The (name, value) pairs of what this listing shows, as its own links write them (the filters it
        recognised, a sort other than the default, the page number once a page past the end is corrected),
        or None for a search, whose free text has no bound. The page cache keeps the page only when the
        request asked for exactly these, so a value the library ignored or corrected is never kept."""
        if self.query:
            return None
        return self._pairs(page=self.page.number)

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
