"""One filtering, counting, sorting and pagination mechanism for every library on the site.

A library page hands `LibraryFilter` its queryset and a list of facets. Visitors filter with slugs in the
query string (`?theme=learning&theme=human&sector=housing`): values within a facet are alternatives (OR),
facets combine (AND). Each option shows how many items it would match given the other facets. Nothing a
visitor types can raise an error: unknown values are reported and ignored, bad page numbers are corrected.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.localization import default_locale, localized_locale_is_default, translations_in_active_locale

SLUG_RE = re.compile(r"^[-\w]{1,100}$")
MAX_VALUES_PER_FACET = 20
MAX_PAGE_DIGITS = 6
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
    relation: str  # the model relation to filter on, e.g. "themes" or "organisation"
    model: type | None = None  # a TaxonomyTerm model; None for free tags or fixed choices
    slug_lookup: str = ""
    choices: tuple = ()  # fixed (value, label) choices of a model field, e.g. a resource's type
    # Filled in per request by LibraryFilter: {slug: name in the visitor's language}, and the options.
    names_by_slug: dict[str, str] = field(default_factory=dict)
    options: list[Option] = field(default_factory=list)

    def __post_init__(self):
        self.slug_lookup = self.slug_lookup or f"{self.relation}__slug"

    @classmethod
    def tags(cls, param, label, relation):
        return cls(param, label, relation, None)

    @classmethod
    def field_choices(cls, param, label, field_name, choices):
        """A facet over a model field with fixed choices; the stored value is the slug."""
        return cls(param, label, field_name, None, slug_lookup=field_name, choices=tuple(choices))

    def names(self, queryset) -> dict[str, str]:
        """{slug: name in the visitor's language} for every option of this facet."""
        if self.choices:
            return {value: str(label) for value, label in self.choices}
        if self.model is None:
            from taggit.models import Tag

            used = Tag.objects.filter(pk__in=queryset.values(self.relation))
            return dict(used.values_list("slug", "name"))
        localized = {t.slug: t.name for t in translations_in_active_locale(self.model).values()}
        if localized_locale_is_default():
            return localized
        fallback = dict(self.model.objects.filter(locale=default_locale()).values_list("slug", "name"))
        return {**fallback, **localized}

    def copy(self):
        return Facet(self.param, self.label, self.relation, self.model, self.slug_lookup, self.choices)


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
        sort_values = [s.value for s in self.sorts]
        requested = params.get("sort", "")
        self.sort = requested if requested in sort_values else self.sorts[0].value
        self.requested_page = requested_page_number(params)

    # Querying ----------------------------------------------------------------------------------

    def _apply(self, queryset, skip=None):
        for facet in self.facets:
            values = self.selected.get(facet.param)
            if values and facet is not skip:
                # A subquery per facet keeps one row per item, however many terms it has.
                matching = self.base_queryset.model.objects.filter(**{f"{facet.slug_lookup}__in": values})
                queryset = queryset.filter(pk__in=matching.values("pk"))
        return queryset

    @cached_property
    def filtered(self):
        ordering = next(s.ordering for s in self.sorts if s.value == self.sort)
        return self._apply(self.base_queryset).order_by(*ordering)

    @cached_property
    def count(self):
        return self.filtered.count()

    @property
    def showing(self):
        """‘Showing 3 case studies’ in the visitor's language."""
        return self.wording.showing % {"counter": self.count}

    @cached_property
    def page(self):
        paginator = Paginator(self.filtered, self.per_page, allow_empty_first_page=True)
        paginator.count = self.count  # already counted; spare a query
        number = min(self.requested_page, paginator.num_pages)
        page = paginator.page(number)
        items = page.object_list.defer_streamfields()
        if items.model is Page:  # a library of mixed page types; a single-type queryset is specific already
            items = items.specific()
        if self.card_queryset:
            items = self.card_queryset(items, self.image_spec)
        page.object_list = list(items)
        return page

    @cached_property
    def facet_list(self):
        for facet in self.facets:
            counts = dict(
                self._apply(self.base_queryset, skip=facet)
                .filter(**{f"{facet.slug_lookup}__isnull": False})
                .values_list(facet.slug_lookup)
                .annotate(n=Count("pk", distinct=True))
                .order_by()
            )
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

    def _query(self, selected=None, sort=None, page=None):
        selected = self.selected if selected is None else selected
        pairs = [(param, value) for param, values in selected.items() for value in values]
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
