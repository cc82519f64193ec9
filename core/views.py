import posixpath

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.defaults import page_not_found as django_page_not_found
from django.views.static import serve as static_serve
from wagtail.contrib.sitemaps import Sitemap

from core.localization import active_locale
from core.models import pages


class LocaleSitemap(Sitemap):
    """The live, public pages of the active language: /sitemap.xml, /cy/sitemap.xml, /ur/sitemap.xml."""

    def items(self):
        return (
            pages()
            .visible()  # past its expiry a page is gone, even before the scheduler unpublishes it
            .filter(depth__gt=1, locale=active_locale())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", ""]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception=None):
    return django_page_not_found(request, exception, template_name="404.html")


def server_error(request):
    # A plain template with no context processors or database queries: the error may be the database.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"LANGUAGE_CODE": translation.get_language() or "en"}))


def serve_media(request, path):
    """Development media serving that never hands out documents (they may be in a private collection).

    The path is normalised first, as the static view would, so `/media//documents/x.pdf` or
    `/media/images/../documents/x.pdf` cannot reach the folder either; the check ignores case for
    case-insensitive file systems.
    """
    normalised = posixpath.normpath(path.replace("\\", "/")).lstrip("/")
    if normalised.lower().split("/", 1)[0] == "documents":
        raise Http404
    return static_serve(request, path, document_root=settings.MEDIA_ROOT)
