from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core import lockout
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


# Settings › Lockouts: superusers see who is locked out after wrong passwords, and lift it (core/lockout.py).
@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [
        path("lockouts/", lockout.lockouts_view, name="core_lockouts"),
        path("lockouts/unlock/", lockout.unlock_view, name="core_lockouts_unlock"),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return SuperuserMenuItem(_("Lockouts"), reverse("core_lockouts"), icon_name="lock", order=900)
