"""Template tags and filters for the public templates.

Every tag that touches the database caches its answer on the request, so a page costs the same few
queries however many times a tag is used (the header and the footer both link to the library, the
switcher and the hreflang links share one look-up of the page's translations).

Query cost per request, at most:
- `localize`: none of its own; one query per taxonomy model per request (core.localization's cache).
- `home_url`, `language_links` (on a view with no page): one query for the live home pages of every
  locale, shared between them.
- `language_links`, `alternate_links`, `og_alternate_locales` (on a page): one query for the page's
  translations any visitor may read (live, unexpired, under no view restriction), shared between them,
  plus the home pages' query only when some language has no such translation.
- `library_url`: one query for the live libraries (case studies, resources) in the active and default
  languages.
The home pages and the libraries are also remembered per content version for anonymous visitors
(core.memo), so most requests make neither query.
Page URLs come from Wagtail's site root paths, which Wagtail caches.
"""

import re
from urllib.parse import urljoin

from django import template
from django.conf import settings
from django.db.models import Exists, OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page, PageViewRestriction, Site

from core.content_types import library_page_types
from core.localization import localize as localize_term
from core.localization import localized_page, request_cache
from core.memo import remembered, site_for_request
from core.models import unexpired

register = template.Library()


def _og_locales():
    """{language code: Open Graph locale}: Open Graph wants a territory as well as a language."""
    return {language["code"]: language["og"] for language in settings.SITE_LANGUAGES}


def _request(context):
    return context.get("request")


def _language_codes():
    return [code for code, _name in settings.LANGUAGES]


def _active_language():
    code = translation.get_language() or settings.LANGUAGE_CODE
    try:
        return translation.get_supported_language_variant(code)
    except LookupError:
        return settings.LANGUAGE_CODE


def _page_url(page, request):
    return page.get_url(request=request) if page is not None else None


def _homes(request) -> dict:
    """{language code: live home page} for every locale the site's root page is translated into."""
    cache = request_cache()
    if "homes" not in cache:
        site = site_for_request(request) if request is not None else None
        if site is None:
            site = Site.objects.filter(is_default_site=True).first()

        def homes():
            found = {}
            if site is not None:
                root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
                for home in (
                    Page.objects.live()
                    .filter(translation_key=Subquery(root_key))
                    .select_related("locale")
                    .defer_streamfields()
                ):
                    found[home.locale.language_code] = home
            return found

        # Remembered per content version (core.memo): the pages are only ever asked for their URL.
        cache["homes"] = remembered(("homes", site.pk if site else None), homes)
    return cache["homes"]


def _home_url(request, code):
    home = _homes(request).get(code)
    if home is not None:
        url = _page_url(home, request)
        if url:
            return url
    return "/" if code == settings.LANGUAGE_CODE else f"/{code}/"


def _readable_by_everyone(pages):
    """`pages` any visitor may read: live, not past their expiry time (the scheduler may not have
    unpublished them yet) and with no view restriction on them or above them. The restrictions are
    checked inside the same query, so this costs no query of its own (`.public()` reads them first
    when the content version is not known, as for tests and editors)."""
    restricted_above = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.live().filter(unexpired()).exclude(Exists(restricted_above))


def _translations(request, page) -> dict:
    """{language code: translation any visitor may read} of `page`, the page itself included."""
    cache = request_cache()
    key = ("translations", page.pk)
    if key not in cache:
        found = {}
        for translated in (
            _readable_by_everyone(page.get_translations(inclusive=True))
            .select_related("locale")
            .defer_streamfields()
        ):
            found[translated.locale.language_code] = translated
        if all(translated.pk != page.pk for translated in found.values()):
            # A draft seen in preview, or a private page seen by someone allowed in: still link the
            # current language to the page itself.
            found.setdefault(page.locale.language_code, page)
        cache[key] = found
    return cache[key]


def _context_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.filter
def localize(obj):
    """A taxonomy term (theme, sector, region, organisation) in the active language."""
    return localize_term(obj)


@register.filter
def localized(page):
    """A chosen page's live translation in the active language, else the page: Wagtail's `page.localized`
    with the locale remembered (core.localization.localized_page)."""
    return localized_page(page)


@register.filter
def localize_all(terms):
    """Each term of a list or related manager in the active language: `page.themes|localize_all`."""
    if terms is None:
        return []
    if hasattr(terms, "all"):
        terms = terms.all()
    return [localize_term(term) for term in terms]


@register.filter
def og_locale(code):
    """`en` -> `en_GB`, as Open Graph expects."""
    return _og_locales().get(code, code)


@register.simple_tag(takes_context=True)
def home_url(context, language_code=None):
    """The home page in the active language (or the one given), falling back to English."""
    request = _request(context)
    code = language_code or _active_language()
    if code not in _homes(request):
        code = settings.LANGUAGE_CODE
    return _home_url(request, code)


@register.simple_tag(takes_context=True)
def library_url(context, kind="case_studies"):
    """A section's index (a LibraryPage's library_key: "case_studies", "resources", "newsletter") in the
    active language, else the default language.

    One query per request finds every library, so the header, footer and pages share it.
    """
    request = _request(context)
    cache = request_cache()
    code = _active_language()
    key = ("libraries", code)
    if key not in cache:
        models = library_page_types()

        def libraries():
            kinds = {model: name for name, model in models.items()}
            found = {}
            for library in (
                Page.objects.live()
                .type(*models.values())
                .filter(locale__language_code__in={code, settings.LANGUAGE_CODE})
                .select_related("locale", "content_type")
                .order_by("path")
            ):
                name = kinds[library.content_type.model_class()]
                found.setdefault((name, library.locale.language_code), library)
            return found

        # Remembered per content version (core.memo): the pages are only ever asked for their URL.
        found = remembered(("libraries", code), libraries)
        cache[key] = {
            name: _page_url(found.get((name, code)) or found.get((name, settings.LANGUAGE_CODE)), request)
            or ""
            for name in models
        }
    return cache[key].get(kind, "")


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language for the switcher.

    Each entry has `code`, `name` (in its own language), `bidi`, `url`, `current` and `translated`:
    `translated` is False when the current page has no translation in that language that any visitor
    may read (live, unexpired, public), in which case `url` is that language's home page. On a view with
    no page (such as a 404) every link is a home page, except on the newsletter's own views, which link
    to the same view in each language.
    """
    request = _request(context)
    page = _context_page(context)
    current = _active_language()
    translations = _translations(request, page) if page is not None else {}
    library = context.get("library")
    # Filter slugs are the same in every language, so a filtered library stays filtered. Only the
    # recognised filters and sort are carried over, never whatever else was in the address.
    query = library.query_string if library is not None and page is not None else ""
    # A view of the site's own (not a page), such as the newsletter sign-up, exists in every language.
    match = getattr(request, "resolver_match", None) if page is None else None
    own_view = match is not None and (match.namespace == "newsletter" or match.url_name == "search")
    links = []
    for code, name in settings.LANGUAGES:
        translated = translations.get(code)
        url = _page_url(translated, request) if translated is not None else None
        if own_view:
            # The search keeps its words and filters (filter slugs are the same in every language).
            path = request.get_full_path() if match.url_name == "search" else request.path
            url = translate_url(path, code)
        links.append(
            {
                "code": code,
                "name": name,
                "bidi": translation.get_language_info(code)["bidi"],
                "url": (url + query) if url else _home_url(request, code),
                "current": code == current,
                "translated": bool(url) or page is None,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """hreflang links (absolute URLs) for every translation of the current page any visitor may read,
    plus x-default: the English one, only when it is among them."""
    request = _request(context)
    page = _context_page(context)
    if page is None:
        return []
    translations = _translations(request, page)
    links = []
    for code in _language_codes():
        translated = translations.get(code)
        if translated is None:
            continue
        url = translated.get_full_url(request=request)
        if url:
            links.append({"hreflang": code, "url": url})
    default = next((link for link in links if link["hreflang"] == settings.LANGUAGE_CODE), None)
    if default:
        links.append({"hreflang": "x-default", "url": default["url"]})
    return links


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` made absolute on the same host as the page's canonical URL (Wagtail's Site record)."""
    if not url or "://" in url:
        return url or ""
    request = _request(context)
    page = _context_page(context)
    base = page.get_full_url(request=request) if page is not None else None
    if base:
        return urljoin(base, url)
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag(takes_context=True)
def og_alternate_locales(context):
    """Open Graph locales of the page's other translations any visitor may read."""
    request = _request(context)
    page = _context_page(context)
    if page is None:
        return []
    current = _active_language()
    og_locales = _og_locales()
    return [og_locales.get(code, code) for code in _translations(request, page) if code != current]


ROOT_RELATIVE_RE = re.compile(r"""(\s(?:href|src)=)(["'])/(?!/)""")


@register.filter
def absolute_links(html, base_url):
    """Make root-relative links and image sources absolute, for HTML that leaves the site (emails)."""
    if not base_url:
        return html
    base = str(base_url).rstrip("/")
    return mark_safe(ROOT_RELATIVE_RE.sub(lambda m: f"{m.group(1)}{m.group(2)}{base}/", str(html)))


@register.simple_tag
def card_image(image):
    """A card's picture at CARD_IMAGE_SPEC, the one spec the card lists prefetch (core.filtering), so the
    template and the queries cannot drift apart. The markup is what `{% image %}` writes."""
    from wagtail.images.shortcuts import get_rendition_or_not_found

    from core.filtering import CARD_IMAGE_SPEC

    return get_rendition_or_not_found(image, CARD_IMAGE_SPEC).img_tag(
        {"alt": "", "loading": "lazy", "decoding": "async"}
    )
