"""Settings read from the environment, production's refusal to start unsafely, robots.txt, the sitemap and
the error pages."""

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory
from django.utils import translation

from core.views import server_error
from site_config.settings.base import env_bool, env_list
from tests.factories import CaseStudyPageFactory

PROJECT_DIR = Path(__file__).resolve().parent.parent
STRONG_KEY = "k3y-" + "x9Qz" * 12  # 52 characters
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def run_python(code, **env):
    """Run `code` in a fresh interpreter from the project folder, with only the environment given."""
    clean_env = {"PATH": os.environ.get("PATH", ""), "PYTHONDONTWRITEBYTECODE": "1", **env}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_DIR,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def import_production(**env):
    env.setdefault("EMAIL_HOST", "smtp.example.org")
    return run_python(
        "import site_config.settings.production", **{k: v for k, v in env.items() if v is not None}
    )


# Production refuses to start unsafely ---------------------------------------------------------------


def test_production_starts_with_a_strong_key_and_debug_off():
    result = import_production(SECRET_KEY=STRONG_KEY)
    assert result.returncode == 0, result.stderr


def test_production_refuses_to_start_without_a_mail_server():
    result = import_production(SECRET_KEY=STRONG_KEY, EMAIL_HOST=None)
    assert result.returncode != 0
    assert "EMAIL_HOST is not set" in result.stderr


def test_email_settings_come_from_the_environment_with_djangos_names():
    code = (
        "import json; from site_config.settings import production as s; print(json.dumps([s.EMAIL_HOST, "
        "s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_HOST_PASSWORD, s.EMAIL_USE_TLS, s.DEFAULT_FROM_EMAIL, "
        "s.EMAIL_BACKEND]))"
    )
    result = run_python(
        code,
        SECRET_KEY=STRONG_KEY,
        EMAIL_HOST="mail.example.org",
        EMAIL_PORT="2525",
        EMAIL_HOST_USER="hls",
        EMAIL_HOST_PASSWORD="s3cret",
        EMAIL_USE_TLS="true",
        DEFAULT_FROM_EMAIL="HLS <news@example.org>",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        "mail.example.org",
        2525,
        "hls",
        "s3cret",
        True,
        "HLS <news@example.org>",
        "django.core.mail.backends.smtp.EmailBackend",
    ]


def test_development_writes_email_to_a_folder_without_a_mail_server(tmp_path):
    code = "from site_config.settings import dev as s; print(s.EMAIL_BACKEND, s.EMAIL_FILE_PATH)"
    result = run_python(code, EMAIL_FILE_PATH=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["core.mail.FolderEmailBackend", str(tmp_path)]
    with_server = run_python(code, EMAIL_HOST="127.0.0.1")
    assert with_server.stdout.split()[0] == "django.core.mail.backends.smtp.EmailBackend"


@pytest.mark.parametrize("debug", ["true", "1", "yes", "on", "TRUE"])
def test_production_refuses_debug(debug):
    result = import_production(SECRET_KEY=STRONG_KEY, DEBUG=debug)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DEBUG is on, but production settings must never run with DEBUG" in result.stderr


@pytest.mark.parametrize(
    "key",
    [
        None,
        "",
        "too-short",
        "x" * 39,
        "x" * 49,
        "dev-only-insecure-key-do-not-use-in-production-at-all",
        "django-insecure-" + "a" * 40,
    ],
    ids=["missing", "empty", "short", "39-characters", "49-characters", "dev-key", "django-insecure"],
)
def test_production_refuses_a_missing_or_weak_secret_key(key):
    env = {} if key is None else {"SECRET_KEY": key}
    result = import_production(**env)
    assert result.returncode != 0
    assert "SECRET_KEY is missing or too weak" in result.stderr
    assert "at least 50 characters" in result.stderr


def test_production_refuses_an_unreadable_debug_value():
    result = import_production(SECRET_KEY=STRONG_KEY, DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be true or false (got 'maybe')" in result.stderr


def test_production_security_settings():
    code = (
        "import json, site_config.settings.production as s; "
        "print(json.dumps([s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
        "getattr(s, 'SECURE_PROXY_SSL_HEADER', None)]))"
    )
    result = run_python(code, SECRET_KEY=STRONG_KEY, EMAIL_HOST="smtp.example.org")
    assert result.returncode == 0, result.stderr
    # The proxy header is trusted only when SECURE_PROXY_SSL_HEADER names it (tests/test_production.py).
    assert json.loads(result.stdout) == [False, True, True, True, None]


# The database from DATABASE_URL --------------------------------------------------------------------

READ_DATABASE = (
    "import json, site_config.settings.base as s; print(json.dumps(s.DATABASES['default'], default=str))"
)


def test_database_url_is_parsed_with_health_checks():
    result = run_python(READ_DATABASE, DATABASE_URL="postgres://hls:pa%40ss@db.example.org:5433/hls_site")
    assert result.returncode == 0, result.stderr
    database = json.loads(result.stdout)
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["USER"], database["PASSWORD"]) == ("hls_site", "hls", "pa@ss")
    assert (database["HOST"], database["PORT"]) == ("db.example.org", 5433)
    assert database["CONN_HEALTH_CHECKS"] is True
    assert database["CONN_MAX_AGE"] == 60


def test_connection_age_comes_from_the_environment():
    result = run_python(READ_DATABASE, DATABASE_URL="postgres://u@h/db", DATABASE_CONN_MAX_AGE="0")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["CONN_MAX_AGE"] == 0


def test_without_database_url_sqlite_in_the_project_folder():
    result = run_python(READ_DATABASE)
    assert result.returncode == 0, result.stderr
    database = json.loads(result.stdout)
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(PROJECT_DIR / "db.sqlite3")
    assert database["CONN_HEALTH_CHECKS"] is True


# env_bool and env_list -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", True),
        ("true", True),
        ("True", True),
        (" yes ", True),
        ("ON", True),
        ("0", False),
        ("false", False),
        ("No", False),
        ("off", False),
    ],
)
def test_env_bool_reads_true_and_false(monkeypatch, value, expected):
    monkeypatch.setenv("HLS_TEST_FLAG", value)
    assert env_bool("HLS_TEST_FLAG", not expected) is expected


@pytest.mark.parametrize("default", [True, False])
def test_env_bool_default_when_unset_or_empty(monkeypatch, default):
    monkeypatch.delenv("HLS_TEST_FLAG", raising=False)
    assert env_bool("HLS_TEST_FLAG", default) is default
    monkeypatch.setenv("HLS_TEST_FLAG", "")
    assert env_bool("HLS_TEST_FLAG", default) is default


@pytest.mark.parametrize("value", ["maybe", "2", "tru", "y e s"])
def test_env_bool_refuses_anything_else(monkeypatch, value):
    monkeypatch.setenv("HLS_TEST_FLAG", value)
    with pytest.raises(ImproperlyConfigured, match="HLS_TEST_FLAG must be true or false"):
        env_bool("HLS_TEST_FLAG", False)


def test_env_list(monkeypatch):
    monkeypatch.setenv("HLS_TEST_LIST", " example.org, ,www.example.org ,")
    assert env_list("HLS_TEST_LIST", "") == ["example.org", "www.example.org"]
    monkeypatch.delenv("HLS_TEST_LIST")
    assert env_list("HLS_TEST_LIST", "localhost,127.0.0.1") == ["localhost", "127.0.0.1"]


# robots.txt and the sitemap ------------------------------------------------------------------------


@pytest.mark.django_db
def test_robots_txt_lists_the_three_sitemaps(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert [line for line in lines if line.startswith("Sitemap:")] == [
        "Sitemap: http://testserver/sitemap.xml",
        "Sitemap: http://testserver/cy/sitemap.xml",
        "Sitemap: http://testserver/ur/sitemap.xml",
    ]


@pytest.mark.django_db
def test_sitemap_is_valid_xml_listing_live_pages(client, library, themes):
    story = CaseStudyPageFactory(parent=library, title="A live story")
    CaseStudyPageFactory(parent=library, title="A draft story", live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    tree = ET.fromstring(response.content)  # raises if it is not well-formed XML
    assert tree.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    urls = [loc.text for loc in tree.findall("sm:url/sm:loc", SITEMAP_NS)]
    assert urls == [
        "http://localhost/",
        "http://localhost/case-studies/",
        "http://localhost/case-studies/a-live-story/",
    ]
    lastmods = tree.findall("sm:url/sm:lastmod", SITEMAP_NS)
    assert lastmods, "pages should say when they last changed"
    assert story.url == "/case-studies/a-live-story/"


@pytest.mark.django_db
def test_sitemap_of_a_language_with_no_pages_is_empty_but_valid(client, locales):
    response = client.get("/ur/sitemap.xml")
    assert response.status_code == 200
    assert ET.fromstring(response.content).findall("sm:url", SITEMAP_NS) == []


# Error pages ---------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "lang", "direction"),
    [
        ("/no-such-page/", "en", "ltr"),
        ("/case-studies/no-such-story/", "en", "ltr"),
        ("/cy/no-such-page/", "cy", "ltr"),
        ("/ur/no-such-page/", "ur", "rtl"),
    ],
)
def test_unknown_address_gives_the_friendly_404(client, library, url, lang, direction):
    response = client.get(url)
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    html = soup.find("html")
    assert (html["lang"], html["dir"]) == (lang, direction)
    with translation.override(lang):
        assert soup.find("h1").get_text(strip=True) == translation.gettext("Page not found")
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    # Only the English home page exists here, so every language's 404 offers it.
    assert soup.select_one(".error-page a")["href"] == "/"
    assert "Traceback" not in response.content.decode()


@pytest.mark.django_db
def test_404_in_a_language_with_pages_links_to_its_home(client, cy_home, library):
    response = client.get("/cy/no-such-page/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".error-page a")["href"] == "/cy/"


@pytest.mark.django_db
def test_the_500_page_needs_no_database(django_assert_num_queries):
    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong" in body
    assert '<html lang="en" dir="ltr">' in body
