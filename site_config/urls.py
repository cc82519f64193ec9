from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from search.api import api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    # Open data for partners (search/api.py): live, public pages only; ?locale=cy for one language.
    path("api/v2/", api_router.urls),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Development only: production serves media from its own storage or web server. Documents are left
    # out: they go through /documents/, which checks a private collection's restrictions.
    urlpatterns += [re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", core_views.serve_media)]

# English is served without a prefix; Welsh under /cy/ and Urdu under /ur/.
urlpatterns += i18n_patterns(
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": core_views.LocaleSitemap}}, name="sitemap"),
    path("subscriptions/", include("newsletter.urls")),
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
