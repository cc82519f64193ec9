"""Which search backend the site uses, read from the environment (imported by the settings, so no Django).

- Nothing set: the database backend (search/backends.py): PostgreSQL full-text search, or SQLite FTS5.
- SEARCH_URL set (https://user:password@host:9200): OpenSearch, or Elasticsearch with
  SEARCH_ENGINE=elasticsearch8 (or elasticsearch7/9, opensearch2/3). SEARCH_INDEX_PREFIX names the
  index (default "hls_"), so several sites can share one cluster. Install the client with
  `pip install -e '.[opensearch]'` (or `.[elasticsearch]`) and run `manage.py update_index` once to fill
  the new index.
"""

from urllib.parse import urlsplit

ENGINES = {
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
    "elasticsearch7": "wagtail.search.backends.elasticsearch7",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
}
DEFAULT_ENGINE = "opensearch3"


class SearchSettingsError(ValueError):
    pass


def search_backends_from_environment(env, search_configs=None):
    """`search_configs`: {language code: PostgreSQL text search configuration}, from SITE_LANGUAGES."""
    url = env.get("SEARCH_URL", "").strip()
    if not url:
        configs = {"en": "english"} if search_configs is None else dict(search_configs)
        return {"default": {"BACKEND": "search.backends", "SEARCH_CONFIGS": configs}}
    engine = env.get("SEARCH_ENGINE", DEFAULT_ENGINE).strip().lower()
    if engine not in ENGINES:
        raise SearchSettingsError(f"SEARCH_ENGINE must be one of {', '.join(ENGINES)} (got {engine!r}).")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SearchSettingsError("SEARCH_URL must look like https://user:password@host:9200.")
    timeout = env.get("SEARCH_TIMEOUT", "5")
    if not timeout.isdigit():
        raise SearchSettingsError(f"SEARCH_TIMEOUT must be a whole number of seconds (got {timeout!r}).")
    return {
        "default": {
            "BACKEND": ENGINES[engine],
            # The backend reads the login, port and TLS from the address itself.
            "URLS": [url],
            "INDEX_PREFIX": env.get("SEARCH_INDEX_PREFIX", "hls_"),
            "TIMEOUT": int(timeout),
        }
    }
