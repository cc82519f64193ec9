"""Site search at /search/ (and /cy/search/, /ur/search/), and suggestions as you type.

The search page is a library of everything: the one filter mechanism (core.filtering.LibraryFilter) over
the live, public, unexpired pages of the language being read, of every content type that declares itself
searchable (core/content_types.py: case studies, resources and newsletter issues), its filters built from
their taxonomy, with `?q=` searched by the configured backend (search/backends.py). Editors' promoted
results come first, marked as recommended, and every search is counted for the admin's search terms
report, except that one client can add only SEARCH_LOG_LIMIT new terms an hour (see logged_query).
"""

import re

from django.conf import settings
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core import ratelimit
from core.content_types import content_page_types, taxonomy_lookups
from core.filtering import Facet, LibraryFilter, SortOption, Wording, search_query
from core.localization import active_locale, localized_page
from core.models import Region, Sector, Theme, pages

# The page types that declare themselves searchable (core/content_types.py), in INSTALLED_APPS order.
SEARCHED_TYPES = content_page_types(searchable=True)
SUGGESTIONS = 8


def _relations(key):
    """The facet's relation from Page, one per searched type tagged with `key`: "casestudypage__themes"."""
    return tuple(
        f"{model._meta.model_name}__{relation}"
        for model, relation in taxonomy_lookups(key, SEARCHED_TYPES).items()
    )


def _facets():
    typed = [model for model in SEARCHED_TYPES if model.type_slug]
    facets = [
        Facet.field_choices(
            "type",
            _("Type"),
            "content_type__model",
            [(model.type_slug, model.type_label) for model in typed],
            stored={model.type_slug: model._meta.model_name for model in typed},
        )
    ]
    for key, label, term_model in (
        ("theme", _("HLS theme"), Theme),
        ("sector", _("Sector"), Sector),
        ("region", _("Region"), Region),
        ("tag", _("Tag"), None),
    ):
        relations = _relations(key)
        if relations:  # a facet no searched type is tagged with has nothing to offer
            facets.append(Facet(key, label, relations, term_model))
    return facets


SEARCH_FACETS = _facets()
SEARCH_SORTS = [SortOption("newest", _("Newest first"), ["-first_published_at", "-pk"])]
SEARCH_WORDING = Wording(
    filter_heading=_("Narrow your search"),
    items=ngettext_lazy("%(counter)s result", "%(counter)s results", "counter"),
    showing=ngettext_lazy("%(counter)s result", "%(counter)s results", "counter"),
)


def searchable_pages():
    """What the public may find: live, public, unexpired pages of the searched types, in this language."""
    return pages().visible().type(*SEARCHED_TYPES).filter(locale=active_locale())


def promotions_for(query):
    """Editors' picks for this search (a search promotions Query): live, public pages in the reader's
    language, or external links."""
    picks = []
    for pick in query.editors_picks.select_related("page").order_by("sort_order"):
        if pick.page_id is None:
            picks.append(
                {"title": pick.external_link_text, "url": pick.external_link_url, "text": pick.description}
            )
            continue
        page = localized_page(pick.page)
        if (
            page.live
            and not page.get_view_restrictions().exists()
            and not getattr(page, "is_expired_now", bool)()
        ):
            picks.append({"title": page.title, "url": page.url, "text": pick.description, "page_id": page.pk})
    return picks


def logged_query(request, text, count_hit):
    """The search promotions Query for this search (None if the term was never logged), with a hit counted
    for the search terms report when `count_hit`.

    A term nobody searched before adds rows to the log, so one client may add only SEARCH_LOG_LIMIT new
    terms per SEARCH_LOG_WINDOW (counted in the shared rate-limit cache): past that its new terms are not
    logged, and searching goes on as usual. Terms already logged are counted for everyone, which adds at
    most one row per term and day. The scheduler deletes old rows every day (WAGTAILSEARCH_HITS_MAX_AGE).
    """
    query = Query.objects.filter(query_string=normalise_query_string(text)).first()
    if not count_hit:
        return query
    if query is None:
        verdict = ratelimit.hit_client(
            request, "search-log", settings.SEARCH_LOG_LIMIT, settings.SEARCH_LOG_WINDOW
        )
        if not verdict.allowed:
            return None
        query = Query.get(text)
    query.add_hit()
    return query


def _noindex(response):
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def search(request):
    library = LibraryFilter(
        request, searchable_pages(), facets=SEARCH_FACETS, sorts=SEARCH_SORTS, wording=SEARCH_WORDING
    )
    promotions = []
    asked_for_first_page = library.requested_page == 1  # before a page past the end is corrected
    if library.query and library.page.number == 1:
        # One hit per search typed, not per page of results or per filter clicked.
        query = logged_query(
            request, library.query, count_hit=asked_for_first_page and not library.is_filtered
        )
        promotions = promotions_for(query) if query is not None else []
    promoted_ids = {pick.get("page_id") for pick in promotions}
    results = [item for item in library.page.object_list if item.pk not in promoted_ids]
    return _noindex(
        TemplateResponse(
            request,
            "search/search.html",
            {
                "library": library,
                "promotions": promotions,
                "results": results,
                "searching": bool(library.query),
            },
        )
    )


@require_GET
def suggest(request):
    """Up to eight titles for what has been typed so far, as JSON: [{"title", "url", "type"}]."""
    # Words only: what is typed so far is matched as the beginnings of words, so quotes and operators
    # mean nothing here (and would upset the search engine).
    typed = " ".join(re.sub(r"[^\w]+", " ", request.GET.get("q", "")).split())[:100]
    suggestions = []
    if len(typed) >= 2 and search_query(typed) is not None:
        visible = Page.objects.filter(pk__in=searchable_pages().values("pk"))
        pages = visible.autocomplete(typed, order_by_relevance=True)[:SUGGESTIONS]
        suggestions = [
            {"title": page.title, "url": page.url, "type": str(page.specific_class._meta.verbose_name)}
            for page in pages
        ]
    response = JsonResponse({"query": typed, "suggestions": suggestions})
    response["Cache-Control"] = "public, max-age=60"
    return _noindex(response)
