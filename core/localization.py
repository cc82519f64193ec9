"""Show translatable snippets in the visitor's language.

Pages link to taxonomy terms in the language they were written in (wagtail-localize synchronises the
links), so each term is swapped for its translation when rendered. Terms are loaded once per request
per model, so a page of cards costs the same few queries whatever it shows.
"""

from contextvars import ContextVar

from wagtail.models import Locale

_request_cache: ContextVar[dict | None] = ContextVar("localization_cache", default=None)


def _cache() -> dict:
    cache = _request_cache.get()
    return cache if cache is not None else {}


def active_locale() -> Locale:
    cache = _request_cache.get()
    if cache is None:
        return Locale.get_active()
    if "locale" not in cache:
        cache["locale"] = Locale.get_active()
    return cache["locale"]


def default_locale() -> Locale:
    cache = _request_cache.get()
    if cache is None:
        return Locale.get_default()
    if "default_locale" not in cache:
        cache["default_locale"] = Locale.get_default()
    return cache["default_locale"]


def localized_locale_is_default() -> bool:
    return active_locale().language_code == default_locale().language_code


def translations_in_active_locale(model) -> dict:
    """{translation_key: term} for every term of `model` in the active locale."""
    locale = active_locale()
    cache = _request_cache.get()
    key = (model._meta.label, locale.pk)
    if cache is not None and key in cache:
        return cache[key]
    terms = {term.translation_key: term for term in model.objects.filter(locale=locale)}
    if cache is not None:
        cache[key] = terms
    return terms


def localize(obj):
    """The translation of a translatable object in the active locale, or the object itself."""
    if obj is None:
        return None
    locale = active_locale()
    if obj.locale_id == locale.pk:
        return obj
    return translations_in_active_locale(type(obj)).get(obj.translation_key, obj)


class LocalizationCacheMiddleware:
    """Gives each request its own cache of localised terms, so no stale term outlives a request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_cache.set({})
        try:
            return self.get_response(request)
        finally:
            _request_cache.reset(token)
