"""Production and scale settings, read from the environment in a fresh interpreter each time, and the
pieces they switch on: check --deploy, the caches, S3 media, the CDN, the read replica, /healthz, the
503 page, one-line logs and the Content Security Policy."""

import json
import logging
import sys

import pytest
from django.db import OperationalError, connection
from django.test import RequestFactory

from core.db_router import ReplicaRouter, _use_replica, replica_allowed_for
from core.health import DatabaseUnavailableMiddleware
from core.logs import JsonFormatter
from tests.test_settings import STRONG_KEY, run_python

PRODUCTION = {"SECRET_KEY": STRONG_KEY, "EMAIL_HOST": "smtp.example.org", "ALLOWED_HOSTS": "example.org"}


def production_values(code, **env):
    result = run_python(
        "import json; from site_config.settings import production as s; print(json.dumps(" + code + "))",
        **{**PRODUCTION, **env},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_deploy_is_clean_with_its_environment():
    result = run_python(
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])",
        DJANGO_SETTINGS_MODULE="site_config.settings.production",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_sends_hsts_secure_cookies_and_a_referrer_policy():
    values = production_values(
        "[s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.SECURE_REFERRER_POLICY, getattr(s, 'SECURE_PROXY_SSL_HEADER', None)]"
    )
    assert values == [31536000, True, True, True, "strict-origin-when-cross-origin", None]


def test_the_proxy_header_is_trusted_only_when_named():
    values = production_values("s.SECURE_PROXY_SSL_HEADER", SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto")
    assert values == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_production_refuses_a_key_check_deploy_would_call_weak():
    result = run_python("import site_config.settings.production", **{**PRODUCTION, "SECRET_KEY": "k" * 49})
    assert result.returncode != 0 and "SECRET_KEY is missing or too weak" in result.stderr


def test_redis_url_switches_both_caches_to_redis():
    values = production_values(
        "[s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION'], s.CACHES['pages']['BACKEND']]",
        REDIS_URL="redis://cache.internal:6379/1",
    )
    assert values == [
        "django.core.cache.backends.redis.RedisCache",
        "redis://cache.internal:6379/1",
        "django.core.cache.backends.redis.RedisCache",
    ]


def test_without_redis_the_cache_is_in_memory_and_pages_in_a_shared_folder(tmp_path):
    values = production_values(
        "[s.CACHES['default']['BACKEND'], s.CACHES['pages']['BACKEND'], s.CACHES['pages']['LOCATION']]",
        PAGE_CACHE_DIR=str(tmp_path),
    )
    assert values == [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.filebased.FileBasedCache",
        str(tmp_path),
    ]


def test_a_bucket_moves_media_to_s3_and_the_policy_allows_its_domain():
    values = production_values(
        "[s.STORAGES['default']['BACKEND'], s.AWS_STORAGE_BUCKET_NAME, s.AWS_S3_CUSTOM_DOMAIN, "
        "s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']]",
        AWS_STORAGE_BUCKET_NAME="hls-media",
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
    )
    assert values[:3] == ["storages.backends.s3.S3Storage", "hls-media", "media.example.org"]
    assert "https://media.example.org" in values[3]


def test_no_bucket_keeps_media_on_disk():
    assert (
        production_values("s.STORAGES['default']['BACKEND']") == "django.core.files.storage.FileSystemStorage"
    )


def test_a_named_cdn_configures_wagtails_front_end_cache():
    values = production_values(
        "['wagtail.contrib.frontend_cache' in s.INSTALLED_APPS, s.WAGTAILFRONTENDCACHE]",
        CDN="cloudflare",
        CLOUDFLARE_BEARER_TOKEN="token",
        CLOUDFLARE_ZONEID="zone",
        CDN_HOSTNAMES="example.org",
    )
    assert values[0] is True
    assert values[1]["cdn"] == {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": "token",
        "ZONEID": "zone",
        "HOSTNAMES": ["example.org"],
    }
    assert production_values("'wagtail.contrib.frontend_cache' in s.INSTALLED_APPS") is False


def test_an_unknown_cdn_is_refused_with_a_clear_message():
    result = run_python("import site_config.settings.production", **{**PRODUCTION, "CDN": "akamia"})
    assert result.returncode != 0 and "CDN must be cloudflare, cloudfront or http" in result.stderr


def test_a_replica_gets_its_router():
    values = production_values(
        "[s.DATABASES['replica']['NAME'], s.DATABASE_ROUTERS, 'core.db_router.ReplicaMiddleware' in s.MIDDLEWARE]",
        DATABASE_URL="postgres://u@primary:5432/hls",
        DATABASE_REPLICA_URL="postgres://u@replica:5432/hls",
    )
    assert values == ["hls", ["core.db_router.ReplicaRouter"], True]


def test_the_router_reads_from_the_replica_only_for_search_and_the_api(rf):
    router = ReplicaRouter()
    assert replica_allowed_for(rf.get("/search/?q=x")) and replica_allowed_for(rf.get("/cy/search/"))
    assert replica_allowed_for(rf.get("/api/v2/pages/"))
    assert not replica_allowed_for(rf.get("/case-studies/"))
    assert not replica_allowed_for(rf.post("/search/"))
    assert router.db_for_read(None) == "default"
    token = _use_replica.set(True)
    try:
        assert router.db_for_read(None) == "replica"
        assert router.db_for_write(None) == "default"
    finally:
        _use_replica.reset(token)


# /healthz and the 503 page --------------------------------------------------------------------------


@pytest.mark.django_db
def test_healthz_answers_ok_without_a_host_check_or_redirect(client):
    response = client.get("/healthz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_healthz_says_503_when_the_database_fails(client, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken)
    with caplog.at_level(logging.WARNING, logger="core.health"):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    # The reason is for the log only (tests/test_security_admin.py tries a real broken connection).
    assert "connection refused" not in response.content.decode()
    assert "connection refused" in caplog.text


@pytest.mark.django_db
def test_a_database_error_in_a_view_is_a_friendly_503_with_retry_after():
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    response = middleware.process_exception(RequestFactory().get("/"), OperationalError("server closed"))
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "Back in a moment" in response.content.decode()
    assert middleware.process_exception(RequestFactory().get("/"), ValueError("other")) is None


@pytest.mark.django_db
@pytest.mark.parametrize("page_cache_on", [False, True])
def test_every_public_page_answers_503_not_500_while_the_database_is_away(
    client, monkeypatch, settings, library, page_cache_on
):
    """Routing runs before the view (core/routing.py), so its database errors must reach the 503 too."""
    from tests.factories import CaseStudyPageFactory

    story = CaseStudyPageFactory(parent=library, title="Listening first")
    if page_cache_on:
        settings.CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
            "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "outage"},
        }
        settings.PAGE_CACHE_SECONDS = 600
    story_url, library_url = story.url, library.url
    assert client.get(story_url).status_code == 200

    def broken(*args, **kwargs):
        raise OperationalError("the database system is shutting down")

    monkeypatch.setattr(connection, "cursor", broken)
    for url in ("/", library_url, story_url, "/cy/", "/search/?q=listening", "/no-such-page/"):
        response = client.get(url)
        if page_cache_on and url == story_url:
            assert response.status_code == 200  # kept before the outage: still served
        else:
            assert response.status_code == 503, url
            assert response["Retry-After"] == "5"


# Logs and the Content Security Policy ----------------------------------------------------------------


def test_a_log_event_with_a_traceback_is_one_json_line():
    try:
        raise ValueError("bad\nthing")
    except ValueError:
        record = logging.LogRecord("hls", logging.ERROR, __file__, 1, "failed %s", ("here",), sys.exc_info())
    line = JsonFormatter().format(record)
    assert "\n" not in line
    event = json.loads(line)
    assert event["message"] == "failed here" and event["level"] == "ERROR"
    assert "ValueError: bad" in event["exception"]


@pytest.mark.django_db
def test_public_pages_and_the_admin_have_their_own_policies(client, home, superuser):
    public = client.get("/")["Content-Security-Policy"]
    assert (
        "script-src 'self'" in public and "unsafe-inline" not in public.split("script-src")[1].split(";")[0]
    )
    assert "object-src 'none'" in public
    client.force_login(superuser)
    admin = client.get("/admin/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in admin


@pytest.mark.parametrize(("language", "heading"), [("cy", "Yn ôl mewn eiliad"), ("ur", "ایک لمحے میں واپس")])
def test_the_503_page_speaks_the_visitors_language(language, heading):
    from django.utils import translation

    from core.health import service_unavailable

    with translation.override(language):
        page = service_unavailable(RequestFactory().get(f"/{language}/")).content.decode()
    assert heading in page and f'lang="{language}"' in page
