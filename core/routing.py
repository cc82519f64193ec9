"""Finding the page for a URL in two queries, whatever its depth.

Wagtail's own routing (Page.route) walks the tree one level at a time, two queries a level (the child
by slug, then its specific page), after looking up the site, the locale and the localised home page:
seven queries for a case study. Here the site, locale and localised home come from core.memo, every
page on the path is read in one query (each level's slug at its depth, checked against its url_path),
and the page found is read as its own type in a second.

It is Wagtail's routing, taken the short way: a page whose type routes for itself (RoutablePageMixin,
as the newsletter archive does for its feed) is handed the rest of the path exactly as Wagtail would,
and the result is left where Wagtail's serve view looks for it (core.wagtail_private.set_route_for_request),
so everything after routing (view restrictions, hooks, serving) is Wagtail's.
"""

from django.db import InterfaceError, OperationalError
from django.db.models import Q
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from core import wagtail_private
from core.localization import localized_page
from core.memo import remembered, site_for_request


def _localized_home(site):
    """(id, path, depth, url_path) of the site's root page in the active language, as
    `site.root_page.localized` finds it: its live translation, else the root page itself."""
    from django.utils import translation

    def compute():
        home = localized_page(Page.objects.get(pk=site.root_page_id))
        return home.pk, home.path, home.depth, home.url_path

    return remembered(("home", site.pk, translation.get_language()), compute)


def _routes_itself(model) -> bool:
    return model.route is not Page.route


def _specific(chain, level, model):
    """The page at `level` of `chain` as its own type, with what it shows read alongside, and its parent
    known (as Wagtail's routing leaves it, so get_parent() costs nothing)."""
    related = getattr(model, "route_select_related", ())
    page = model.objects.select_related(*related).get(pk=chain[level].pk)
    if level:
        wagtail_private.set_known_parent(page, chain[level - 1])
    return page


def route(request, path):
    """Wagtail's RouteResult for `path` (None when nothing is there), as Page.route_for_request gives."""
    site = site_for_request(request)
    if site is None:
        return None
    home_id, home_path, home_depth, home_url_path = _localized_home(site)
    components = [component for component in path.split("/") if component]
    wanted = Q(pk=home_id)
    for level, slug in enumerate(components, start=1):
        wanted |= Q(depth=home_depth + level, slug=slug, path__startswith=home_path)
    by_url = {page.url_path: page for page in Page.objects.filter(wanted).select_related("content_type")}
    home = next((page for page in by_url.values() if page.pk == home_id), None)
    if home is None:  # the home page went away since the memo was made; Wagtail will say 404
        return None
    chain = [home]
    url_path = home_url_path
    for slug in components:
        url_path = f"{url_path}{slug}/"
        if url_path not in by_url:
            break
        chain.append(by_url[url_path])

    for level, page in enumerate(chain):
        model = page.content_type.model_class() or Page
        if _routes_itself(model):
            return _specific(chain, level, model).route(request, components[level:])
        if level == len(components):
            specific = _specific(chain, level, model)
            if not specific.live:
                raise Http404
            return RouteResult(specific)
    raise Http404  # a slug on the path matches no child


class RouteMiddleware:
    """Routes requests for Wagtail's serve view the short way (see above)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or wagtail_private.route_is_known(request):
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        try:
            wagtail_private.set_route_for_request(request, route(request, path))
        except Http404:
            wagtail_private.set_route_for_request(request, None)
        except (OperationalError, InterfaceError):
            # The database is away. Raised here it would be a 500; with the route left unset, Wagtail's
            # view routes again, meets the same error, and core.health answers 503 "try again".
            return None
        return None
