"""Translate demo objects through wagtail-localize, so editors see them as synced translations.

For each object and locale this does what the admin's "Translate" action does, plus the translator's
work: it creates the TranslationSource and an enabled Translation, fills in StringTranslations from the
demo translation memory, then saves the target (publishing pages). Strings missing from the memory fall
back to the source text, which the editor shows as still to translate.
"""

from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from wagtail.models import DraftStateMixin
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue


@dataclass
class Outcome:
    status: str  # "created", "updated" or "unchanged"
    translated: int
    total: int


def translated_string(source_html: str, memory: dict) -> str | None:
    """The translation of one source segment in wagtail-localize's HTML form, or None if unknown."""
    value = StringValue(source_html)
    text = value.render_text()
    if text in memory and StringValue.from_plaintext(text).data == source_html:
        return StringValue.from_plaintext(memory[text]).data
    if source_html in memory:
        # Rich text with inline markup: the memory holds the translated HTML itself.
        return memory[source_html]
    if text and not any(char.isalpha() for char in text):
        return source_html  # figures such as "82%" read the same in every language
    return None


def _write_string_translations(source, locale, memory) -> tuple[bool, int, int]:
    """Store translations for the source's segments. Returns (anything changed, translated, total)."""
    changed = False
    translated = 0
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = translated_string(segment.string.data, memory)
        if text is None:
            continue
        translated += 1
        existing, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
        if created:
            changed = True
        elif existing.data != text:
            existing.data = text
            existing.save(update_fields=["data", "updated_at"])
            changed = True
    return changed, translated, len(segments)


def _target_exists(source, locale) -> bool:
    try:
        source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return False
    return True


def translate(instance, locale, memory: dict, source_changed: bool = False) -> Outcome:
    """Create or refresh the synced translation of `instance` into `locale`.

    `source_changed` says the source object was edited in this run, so its frozen TranslationSource must
    be re-read; otherwise an existing source is reused untouched and nothing is saved twice.
    """
    with transaction.atomic():
        if source_changed:
            source, _ = TranslationSource.update_or_create_from_instance(instance)
        else:
            source, _ = TranslationSource.get_or_create_from_instance(instance)
        translation, created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        if not translation.enabled:
            translation.enabled = True
            translation.save(update_fields=["enabled"])
            created = True
        strings_changed, translated, total = _write_string_translations(source, locale, memory)
        existed = _target_exists(source, locale)
        if existed and not (created or strings_changed or source_changed):
            return Outcome("unchanged", translated, total)
        _save_and_publish(translation, source, locale, instance)
    return Outcome("updated" if existed else "created", translated, total)


def _save_and_publish(translation, source, locale, instance):
    """Save the target and publish it now.

    wagtail-localize publishes pages in a transaction.on_commit callback, which never runs inside a test
    transaction; saving a draft and publishing its revision here behaves the same everywhere.
    """
    if not isinstance(instance, DraftStateMixin):
        translation.save_target(publish=True)  # snippets without drafts are saved as they are
        return
    translation.save_target(publish=False)
    source.get_translated_instance(locale).get_latest_revision().publish()
