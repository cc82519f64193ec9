"""Wagtail's API v2 at /api/v2/: open data for partners (docs/api.md says how to use it).

One endpoint, /api/v2/pages/, lists the site's case studies, resources and newsletter issues that any
visitor may read: live, public (no view restriction on the page or above it, whoever asks) and not past
their expiry time, even in the minute before the scheduler unpublishes them. Anything else is not found
here, in listings, detail views and search results alike.

On top of Wagtail's stock endpoint:
- `?locale=cy` keeps one language (an unknown code is a 400, not a 404) and searches in that language;
- the taxonomy (themes, sectors, regions, organisation, tags) is shown as [{"name", "slug"}] in the
  page's own language (core/api_fields.py) and can be filtered on by slug, e.g. `?themes=learning`; each
  type declares its taxonomy and whether partners read it (core/content_types.py);
- a bad query parameter is a 400 with a JSON message, never a 500. Whole numbers (offset, limit, the
  page ids of child_of, descendant_of, ancestor_of and translation_of, find's id, the detail view's id and
  integer field filters) must be plain ASCII digits within a range: Python's int() also takes '+9',
  ' 9', '9_9' and other scripts' digits ('١٢'), and str.isdigit() passes '²', which int() refuses.
`?search=` is Wagtail's: the configured search backend (search/backends.py), within the pages above.
"""

import re

from django.conf import settings
from django.core.exceptions import FieldError, ValidationError
from django.db import models
from django.db.backends.base.operations import BaseDatabaseOperations
from django.db.models import Q
from django.http import Http404
from django.urls import NoReverseMatch, path
from django.utils import translation
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
    SearchFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer
from wagtail.api.v2.utils import BadRequestError, page_models_from_string
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Locale, Page

from core.content_types import content_page_types, taxonomy_lookups
from core.models import private_q, unexpired

# The page types partners can read: those that declare themselves searchable (core/content_types.py), in
# INSTALLED_APPS order, which is the order the docs list them.
PAGE_TYPES = content_page_types(searchable=True)

# The taxonomy query parameters and the facet (a key of each type's `taxonomy`) each filters on.
TAXONOMY_PARAMETERS = {
    "themes": "theme",
    "sectors": "sector",
    "regions": "region",
    "organisation": "organisation",
    "tags": "tag",
}

# Taxonomy query parameters, filtered on by slug: {parameter: {page type: slug lookup}}.
TAXONOMY_FILTERS = {
    name: {model: f"{relation}__slug" for model, relation in taxonomy_lookups(key, PAGE_TYPES).items()}
    for name, key in TAXONOMY_PARAMETERS.items()
}

# API fields that are not plain columns: shown, but not usable as `?field=value` filters or in `?order=`.
NOT_FILTERABLE = frozenset(TAXONOMY_FILTERS) | {"body"}


def is_many_valued(model, relation):
    """Whether `relation` ("themes", "organisation", "tagged_items__tag") can lead to several rows."""
    for name in relation.split("__"):
        field = model._meta.get_field(name)
        if field.many_to_many or field.one_to_many:
            return True
        model = field.related_model
    return False


def related_rows(model):
    """(select_related, prefetch_related) for the taxonomy the serializers read: the single-valued
    relations joined, the many-valued ones prefetched."""
    relations = model.taxonomy.values()
    return (
        tuple(relation for relation in relations if not is_many_valued(model, relation)),
        tuple(relation for relation in relations if is_many_valued(model, relation)),
    )


# Related rows the taxonomy serializers read, fetched once per listing rather than once per page.
RELATED = {model: related_rows(model) for model in PAGE_TYPES}

MAX_SEARCH_LENGTH = 1000
MAX_SEARCH_WORDS = 32
MAX_OFFSET = 1_000_000
MAX_FILTER_VALUES = 20
# Page ids are 32-bit (wagtailcore's AutoField).
MAX_ID = 2**31 - 1
ASCII_WHOLE_NUMBER = re.compile(r"-?[0-9]{1,20}")
# Whole-number operations: {parameter: (smallest, largest, words also allowed)}; limit's largest is
# WAGTAILAPI_LIMIT_MAX, read per request.
WHOLE_NUMBER_PARAMETERS = {
    "offset": (0, MAX_OFFSET, ()),
    "limit": (0, None, ()),
    "child_of": (1, MAX_ID, ("root",)),
    "descendant_of": (1, MAX_ID, ("root",)),
    "ancestor_of": (1, MAX_ID, ()),
    "translation_of": (1, MAX_ID, ("root",)),
}
# Double quotes (straight and curly) and control characters, dropped from search queries.
QUOTES_AND_CONTROLS = re.compile(r'["\u201c\u201d\u201e\u201f\x00-\x1f\x7f]')


def type_name(model):
    return f"{model._meta.app_label}.{model.__name__}"


def whole_number(name, raw, smallest, largest):
    """`raw` as an int if it is ASCII digits (a leading minus allowed) within [smallest, largest], else
    a 400 saying so."""
    if ASCII_WHOLE_NUMBER.fullmatch(raw) is None or not smallest <= int(raw) <= largest:
        raise BadRequestError(f"{name} must be a whole number from {smallest} to {largest}")
    return int(raw)


def check_whole_numbers(request):
    """Every value of every whole-number operation, strictly (repeated parameters included: Wagtail
    reads the last, a bad one anywhere is a 400)."""
    for name, (smallest, largest, words) in WHOLE_NUMBER_PARAMETERS.items():
        if largest is None:
            largest = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20) or MAX_OFFSET
        for raw in request.GET.getlist(name):
            if raw not in words:
                whole_number(name, raw, smallest, largest)


def integer_range(field):
    """The values an integer column holds on every supported database (SQLite would take 64 bits
    where PostgreSQL's integer takes 32), so the API answers alike on both."""
    return BaseDatabaseOperations.integer_field_ranges[field.get_internal_type()]


def split_values(name, raw):
    values = [value.strip() for value in raw.split(",") if value.strip()]
    if not values:
        raise BadRequestError(f"{name} needs at least one slug")
    if len(values) > MAX_FILTER_VALUES:
        raise BadRequestError(f"{name} takes at most {MAX_FILTER_VALUES} slugs")
    return values


class SafeFieldsFilter(FieldsFilter):
    """Stock `?field=value` filters, with a value the field cannot hold (`?period_start=soon`,
    `?issue_number=²` or a number past the column's range) a 400."""

    def filter_queryset(self, request, queryset, view):
        # As the stock filter reads them: `locale` has a filter of its own.
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name, values in request.GET.lists():
            if name not in fields:
                continue
            field = queryset.model._meta.get_field(name)
            if isinstance(field, models.ForeignKey):
                field = field.target_field
            if isinstance(field, models.IntegerField | models.AutoField):
                for raw in values:
                    whole_number(name, raw, *integer_range(field))
        try:
            return super().filter_queryset(request, queryset, view)
        except ValidationError as e:
            raise BadRequestError(f"field filter error: {' '.join(e.messages)}") from e
        except (ValueError, TypeError, FieldError) as e:
            raise BadRequestError(f"field filter error: {e}") from e


class TaxonomyFilter(BaseFilterBackend):
    """`?themes=learning,human`: pages with any of those slugs; several parameters must all match.

    Works on every listing, with or without `?type=` (newsletter issues have no taxonomy, so they drop
    out), and with `?search=`, since it only narrows the pages by id.
    """

    def filter_queryset(self, request, queryset, view):
        for name, lookups in TAXONOMY_FILTERS.items():
            if name not in request.GET:
                continue
            values = split_values(name, request.GET[name])
            matching = Q()
            for model, lookup in lookups.items():
                matching |= Q(pk__in=model.objects.filter(**{f"{lookup}__in": values}).values("pk"))
            queryset = queryset.filter(matching)
        return queryset


class LocaleFilter(BaseFilterBackend):
    """`?locale=cy`: pages in that language only. Wagtail's own filter answers 404 for an unknown code."""

    def filter_queryset(self, request, queryset, view):
        if "locale" in request.GET:
            queryset = queryset.filter(locale=view.requested_locale())
        return queryset


class PlainSearchFilter(SearchFilter):
    """Wagtail's `?search=` on the configured backend, with input no backend should choke on.

    The stock filter hands the raw string to the backend as plain text, where quotes mean nothing; the
    SQLite (FTS5) backend wraps each word in double quotes without escaping them, so a word such as
    `"trust` is a database error there. Quotes are dropped, as are control characters; an over-long
    query (in characters or words) or an unknown operator is a 400.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        query = request.GET["search"]
        if len(query) > MAX_SEARCH_LENGTH:
            raise BadRequestError(f"search must be at most {MAX_SEARCH_LENGTH} characters")
        operator = request.GET.get("search_operator") or None
        if operator not in (None, "and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        words = QUOTES_AND_CONTROLS.sub(" ", query).split()
        if len(words) > MAX_SEARCH_WORDS:
            # The database backends nest one expression per word; hundreds overflow Python's stack.
            raise BadRequestError(f"search takes at most {MAX_SEARCH_WORDS} words")
        query = " ".join(words)
        return super().filter_queryset(PlainQuery(request, query, operator), queryset, view)


class PlainQuery:
    """The request as the stock search filter reads it, with the cleaned query and operator."""

    def __init__(self, request, query, operator):
        self.GET = request.GET.copy()
        self.GET["search"] = query
        if operator is None:
            self.GET.pop("search_operator", None)


class BoundedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        check_whole_numbers(request)  # offset and limit: ASCII digits, offset at most MAX_OFFSET
        return super().paginate_queryset(queryset, request, view)


class RequestHtmlUrlField(PageHtmlUrlField):
    """The page's address on the site, with the sites' root paths looked up once per response
    rather than once per page (the stock field passes no request to cache them on)."""

    def to_representation(self, page):
        request = getattr(self.context["request"], "_request", self.context["request"])
        try:
            return page.get_full_url(request=request)
        except NoReverseMatch:
            return None


class PartnerPageSerializer(PageSerializer):
    html_url = RequestHtmlUrlField(read_only=True)


class PartnerPagesAPIViewSet(PagesAPIViewSet):
    """Live, public, unexpired case studies, resources and newsletter issues, with their taxonomy."""

    base_serializer_class = PartnerPageSerializer
    pagination_class = BoundedPagination
    filter_backends = [
        SafeFieldsFilter,
        TaxonomyFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        PlainSearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(TAXONOMY_FILTERS)
    # The parent (a library or the newsletter archive) and the page an alias copies are not served here,
    # so links to them would lead nowhere.
    meta_fields = [field for field in PagesAPIViewSet.meta_fields if field not in ("parent", "alias_of")] + [
        "last_published_at"
    ]
    detail_only_fields = []

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only=db_fields_only)
        if db_fields_only:
            fields = [field for field in fields if field not in NOT_FILTERABLE]
        return fields

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # Checked for every view: a null character reaching the database is an error there, not here.
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadRequestError("query parameters cannot contain null characters")
        check_whole_numbers(request)

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force=force)
        except Http404 as e:  # ?format= names no renderer
            raise BadRequestError("format must be 'json' or 'api'") from e

    def requested_locale(self):
        """The Locale of `?locale=`, or None when not given; an unknown code is a 400."""
        if not hasattr(self, "_requested_locale"):
            code = self.request.GET.get("locale")
            locale = None
            if code is not None:
                locale = Locale.objects.filter(language_code=code).first()
                if locale is None:
                    codes = ", ".join(Locale.objects.order_by("pk").values_list("language_code", flat=True))
                    raise BadRequestError(f"locale must be one of: {codes}")
            self._requested_locale = locale
        return self._requested_locale

    def get_base_queryset(self):
        """Every page any visitor may read on this site, of any type: the parents `?child_of=`,
        `?descendant_of=` and `?translation_of=` may name, and the pages this endpoint serves."""
        if not hasattr(self, "_base_queryset"):
            try:
                pages = super().get_base_queryset()
            except Http404 as e:  # ?site= names no site
                raise BadRequestError("site doesn't exist") from e
            self._base_queryset = pages.exclude(private_q()).filter(unexpired())  # public, remembered
        return self._base_queryset

    def requested_types(self):
        try:
            models = page_models_from_string(self.request.GET["type"]) if self.request.GET.get("type") else ()
        except (LookupError, ValueError) as e:
            raise BadRequestError("type doesn't exist") from e
        unknown = [model for model in models if model not in PAGE_TYPES]
        if unknown:
            names = ", ".join(type_name(model) for model in PAGE_TYPES)
            raise BadRequestError(f"type must be one of: {names}")
        return tuple(dict.fromkeys(models)) or PAGE_TYPES

    def get_queryset(self):
        models = self.requested_types()
        visible = self.get_base_queryset().type(*models).values("pk")
        if len(models) == 1:
            # One type: the specific model, so its own fields can be shown, filtered and ordered on.
            (model,) = models
            select, prefetch = RELATED[model]
            queryset = (
                model.objects.filter(pk__in=visible)
                .select_related("locale", *select)
                .prefetch_related(*prefetch)
            )
        else:
            queryset = Page.objects.filter(pk__in=visible).select_related("locale")
        return queryset.order_by("-first_published_at", "-pk")

    def find_object(self, queryset, request):
        for raw in request.GET.getlist("id"):
            whole_number("id", raw, 1, MAX_ID)
        return super().find_object(queryset, request)

    def listing_view(self, request):
        with self._searching_in_requested_language():
            return super().listing_view(request)

    @classmethod
    def get_urlpatterns(cls):
        # Anything else where the id goes (`/api/v2/pages/abc/`, `/api/v2/pages/²/`) reaches the detail
        # view too, to be told it is a bad id in JSON rather than get the site's HTML 404 page.
        bad_id = path("<str:pk>/", cls.as_view({"get": "detail_view"}), name="detail_bad_id")
        return [*super().get_urlpatterns(), bad_id]

    def detail_view(self, request, pk):
        # <int:pk> takes any run of ASCII digits; bound them as every other page id is.
        whole_number("id", str(pk), 1, MAX_ID)
        with self._searching_in_requested_language():
            return super().detail_view(request, pk)

    def _searching_in_requested_language(self):
        # The search backend matches words with the active language's rules (search/backends.py).
        try:
            locale = self.requested_locale()
        except BadRequestError:
            locale = None  # reported by the locale filter, inside the view
        return translation.override(locale.language_code if locale else translation.get_language())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PartnerPagesAPIViewSet)
