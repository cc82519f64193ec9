"""The demo content's translations, one module per language, named by its code (`cy.py`, `ur.py`).

Each module holds TRANSLATIONS, (English source text, translation) pairs. `load_demo_content` looks each
wagtail-localize source segment up by its English text, so the same string is translated the same way
wherever it appears. A string that is not listed falls back to English, which wagtail-localize shows as
untranslated in the editor; a language with no module here gets no translations at all.

Slugs: a page's English slug may be listed with its translation (Welsh does), but only in a language
written in Latin letters: wagtail-localize runs slugs through Django's ASCII slugify, which would empty an
Urdu one, so Urdu pages keep the English slug.

Adding a language: its SITE_LANGUAGES entry and a module here (docs/translations.md).
"""

from importlib import import_module

from django.conf import settings


def _translations(code):
    """{English: translation} from the language's module, or {} if it has none."""
    try:
        module = import_module(f"{__name__}.{code}")
    except ModuleNotFoundError as error:
        if error.name != f"{__name__}.{code}":
            raise
        return {}
    return dict(module.TRANSLATIONS)


def _memory():
    """{language code: {English: translation}} for every language but the default (SITE_LANGUAGES)."""
    return {
        language["code"]: _translations(language["code"])
        for language in settings.SITE_LANGUAGES
        if language["code"] != settings.LANGUAGE_CODE
    }


MEMORY = _memory()
