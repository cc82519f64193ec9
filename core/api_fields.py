"""How the open-data API (search/api.py, docs/api.md) shows a page's taxonomy: [{"name", "slug"}, ...].

The content types' page models use these in their `api_fields`, so they live in the ground layer, below
both the content apps and the API that serves them, and import no models.

A page links to taxonomy terms in the language it was written in (wagtail-localize synchronises the
links), so each term is swapped for its translation in the page's own locale, falling back to the term
as linked. Translations are loaded once per (model, locale) per response, however many pages it lists.
"""

from rest_framework.fields import Field

_TRANSLATIONS = "_api_term_translations"


def _in_locale(term, locale_id, context):
    if term is None or getattr(term, "locale_id", locale_id) == locale_id:
        return term
    cache = context.setdefault(_TRANSLATIONS, {})
    model = type(term)
    key = (model._meta.label, locale_id)
    if key not in cache:
        cache[key] = {t.translation_key: t for t in model.objects.filter(locale_id=locale_id)}
    return cache[key].get(term.translation_key, term)


def term_data(term):
    return {"name": term.name, "slug": term.slug}


class _PageField(Field):
    """A read-only field given the whole page, so it knows the page's locale."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance


class TermField(_PageField):
    """One taxonomy term (a foreign key, e.g. the organisation): {"name", "slug"} or null."""

    def to_representation(self, page):
        term = _in_locale(getattr(page, self.source), page.locale_id, self.context)
        return term_data(term) if term is not None else None


class TermListField(_PageField):
    """Taxonomy terms (a many-to-many field, e.g. themes), sorted by name: [{"name", "slug"}, ...]."""

    def to_representation(self, page):
        terms = [_in_locale(term, page.locale_id, self.context) for term in getattr(page, self.source).all()]
        return sorted((term_data(term) for term in terms), key=lambda t: (t["name"].casefold(), t["slug"]))


class TagListField(_PageField):
    """Free tags (not translated), sorted by name: [{"name", "slug"}, ...]. Uses prefetched tags."""

    def to_representation(self, page):
        tags = [item.tag for item in page.tagged_items.all()]
        return sorted((term_data(tag) for tag in tags), key=lambda t: (t["name"].casefold(), t["slug"]))
