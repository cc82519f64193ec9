"""Show translatable snippets in the visitor's language.

Pages link to taxonomy terms in the language they were written in (wagtail-localize synchronises the
links), so each term is swapped for its translation when rendered. Terms are loaded once per request
per model, so a page of cards costs the same few queries whatever it shows.
"""

from contextvars import ContextVar

from wagtail.models import Locale

from core import memo

_request_cache: ContextVar[dict | None] = ContextVar("localization_cache", default=None)


def request_cache() -> dict:
    """A dict that lives as long as the current request; a throwaway one outside a request."""
    cache = _request_cache.get()
    return cache if cache is not None else {}


def _cached(key, compute):
    cache = request_cache()
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def active_locale() -> Locale:
    return _cached("locale", memo.active_locale)


def default_locale() -> Locale:
    return _cached("default_locale", memo.default_locale)


def localized_locale_is_default() -> bool:
    return active_locale().language_code == default_locale().language_code


def translations_in(model, locale) -> dict:
    """{translation_key: term} for every term of `model` in `locale`, loaded once per request."""
    return _cached(
        (model._meta.label, locale.pk),
        lambda: {term.translation_key: term for term in model.objects.filter(locale=locale)},
    )


def translations_in_active_locale(model) -> dict:
    """{translation_key: term} for every term of `model` in the active locale."""
    return translations_in(model, active_locale())


def localize(obj):
    """The translation of a translatable object in the active locale, or the object itself."""
    if obj is None:
        return None
    locale = active_locale()
    if obj.locale_id == locale.pk:
        return obj
    return translations_in_active_locale(type(obj)).get(obj.translation_key, obj)


def localized_page(page):
    """The page's live translation in the active language, else the page itself: Wagtail's `page.localized`,
    with the active locale from core.memo (Wagtail's own asks the database for it each time)."""
    from django.conf import settings
    from wagtail.models import DraftStateMixin

    if page is None or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return page
    try:
        locale = memo.active_locale()  # the language active now, as Wagtail reads it
    except (LookupError, Locale.DoesNotExist):
        return page
    if locale.pk == page.locale_id:
        return page
    translation = page.get_translation_or_none(locale) or page
    if isinstance(page, DraftStateMixin) and not translation.live:
        return page
    return translation


class LocalizationCacheMiddleware:
    """Gives each request its own cache (localised terms, template tag look-ups), so nothing stale outlives it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_cache.set({})
        try:
            return self.get_response(request)
        finally:
            _request_cache.reset(token)
