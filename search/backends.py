"""The search backend: Wagtail's database backend, with a PostgreSQL text search configuration per language.

PostgreSQL stems words with a configuration per language ("english" turns "learning" into "learn"). Welsh
and Urdu have none, so their pages are indexed and searched with "simple" (words as written, lower-cased).
Each page is indexed with its own locale's configuration, and a search uses the configuration of the
language being read, so `/cy/search/` compares Welsh words with Welsh words. SQLite (FTS5) has no
configurations and needs none of this: `make run` uses the stock database backend.

Settings: WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIGS"] maps language codes to configurations.
"""

import threading
from collections import defaultdict
from contextlib import contextmanager

from django.conf import settings
from django.db import connection
from django.utils import translation
from modelsearch.backends.database import SearchBackend as database_backend_for_vendor

DEFAULT_CONFIGS = {"en": "english"}
FALLBACK_CONFIG = "simple"


def config_for_language(code, configs=None):
    configs = DEFAULT_CONFIGS if configs is None else configs
    return configs.get((code or settings.LANGUAGE_CODE).split("-")[0], FALLBACK_CONFIG)


def _postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

    _indexing = threading.local()

    class LocalisedPostgresIndex(PostgresIndex):
        def add_items(self, model, objs):
            # Index each language's objects with that language's configuration.
            groups = defaultdict(list)
            for obj in objs:
                locale = getattr(obj, "locale", None)
                groups[self.backend.config_for(getattr(locale, "language_code", None))].append(obj)
            for config, group in groups.items():
                with indexing_with(config):
                    super().add_items(model, group)

    @contextmanager
    def indexing_with(config):
        _indexing.config = config
        try:
            yield
        finally:
            _indexing.config = None

    class LocalisedPostgresSearchBackend(PostgresSearchBackend):
        index_class = LocalisedPostgresIndex

        def __init__(self, params):
            self.configs = {**DEFAULT_CONFIGS, **params.get("SEARCH_CONFIGS", {})}
            super().__init__(params)

        def config_for(self, code):
            return config_for_language(code, self.configs)

        @property
        def config(self):
            """While indexing, the object's language; while searching, the language being read."""
            return getattr(_indexing, "config", None) or self.config_for(translation.get_language())

        @config.setter
        def config(self, value):
            # The base class sets one configuration for the whole site; keep it only as the record of
            # what was asked for, since the configuration is chosen per language above.
            self.site_config = value

    return LocalisedPostgresSearchBackend


def SearchBackend(params):  # noqa: N802 (Wagtail loads backends by this name)
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return database_backend_for_vendor(params)
