"""Similar words for a search whose words match nothing ("neighbuors" finds "neighbours"), on PostgreSQL.

Comparing what a visitor typed with the text of every page would read the whole site on each such search.
Instead the site keeps its vocabulary: every word of the live pages of each language with the number of
pages it is in (SearchWord, refreshed from the search index in the background after each publish and
unpublish, and by `manage.py refresh_search_words`). A misspelt word is compared with that list through
a trigram index (pg_trgm), a few milliseconds, and the search is run again with the closest words.

The list may lag behind the site by a publish; it only proposes words. Whatever is shown is found by
searching the live, public pages again, so a word from a page that is no longer public finds nothing and
is never shown. SQLite has no trigram matching, so there this does nothing.
"""

import logging
import re
import time

from django.core.cache import cache
from django.db import connection, transaction
from django_tasks import task
from modelsearch.conf import get_app_config
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Locale, Page

from search.models import SearchWord

logger = logging.getLogger(__name__)
WORD_RE = re.compile(r"^\w{3,100}$")
SIMILARITY = 0.3  # pg_trgm's default: lower finds more, and stranger, words
MAX_WORDS = 10  # words of one search looked up at most
REFRESHED_AT_KEY = "search-words-refreshed-at"


def available():
    return connection.vendor == "postgresql"


def refresh_words():
    """Rebuild the vocabulary of every language from the search index of its live pages."""
    if not available():
        return 0
    entries = connection.ops.quote_name(get_app_config().get_model("IndexEntry")._meta.db_table)
    pages = connection.ops.quote_name(Page._meta.db_table)
    types = ", ".join(str(pk) for pk in get_descendants_content_types_pks(Page))
    table = connection.ops.quote_name(SearchWord._meta.db_table)
    total = 0
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")
        for locale in Locale.objects.all():
            # ts_stat runs the query it is given on its own, so it is handed as text: only integers
            # (the locale and the page types) are written into it.
            documents = (
                f"SELECT to_tsvector('simple', e.title_text || ' ' || e.body_text) FROM {entries} e "
                f"JOIN {pages} p ON p.id = CAST(e.object_id AS integer) "
                f"WHERE e.content_type_id IN ({types}) AND p.live AND p.locale_id = {int(locale.pk)}"
            )
            cursor.execute(
                f"INSERT INTO {table} (language, word, documents) "
                "SELECT %s, word, ndoc FROM ts_stat(%s) WHERE word ~ '^[[:alpha:]]{3,100}$'",
                [locale.language_code, documents],
            )
            total += cursor.rowcount
    return total


@task()
def refresh_words_task(requested_at):
    """Refresh, unless a refresh has started since this one was asked for: publishing fifty pages at
    once then costs one or two refreshes, not fifty."""
    if cache.get(REFRESHED_AT_KEY, 0) >= requested_at:
        return
    cache.set(REFRESHED_AT_KEY, time.time(), timeout=None)
    count = refresh_words()
    logger.info("Search vocabulary refreshed: %s words", count)


def queue_refresh(**kwargs):
    """After a page is published or unpublished (the signal handler; the work runs after the commit)."""
    if available():
        requested_at = time.time()
        transaction.on_commit(lambda: refresh_words_task.enqueue(requested_at))


def similar_words(text, language):
    """{typed word: closest known word} for the words of `text` that are not in the site's vocabulary
    and have a close one. Empty when every word is known, or nothing is close."""
    words = list(dict.fromkeys(w for w in text.lower().split() if WORD_RE.match(w)))[:MAX_WORDS]
    if not available() or not words:
        return {}
    table = connection.ops.quote_name(SearchWord._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT t.word, (SELECT w.word FROM "
            f"{table} w WHERE w.language = %s AND w.word %% t.word "
            "ORDER BY similarity(w.word, t.word) DESC, w.documents DESC, w.word LIMIT 1) "
            "FROM unnest(%s::text[]) AS t(word)",
            [language, words],
        )
        found = dict(cursor.fetchall())
    return {typed: word for typed, word in found.items() if word and word != typed}
