from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import Organisation, Region, Sector, Theme
from core.pagecache import mark_served_page

# The page cache keeps only pages Wagtail serves (core/pagecache.py).
hooks.register("before_serve_page", mark_served_page)


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]


class ThemeViewSet(TermViewSet):
    model = Theme
    icon = "pick"


class SectorViewSet(TermViewSet):
    model = Sector
    icon = "tag"


class RegionViewSet(TermViewSet):
    model = Region
    icon = "site"


class OrganisationViewSet(TermViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (ThemeViewSet, SectorViewSet, RegionViewSet, OrganisationViewSet)


register_snippet(TaxonomyGroup)
