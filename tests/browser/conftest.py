"""Browser tests: Playwright drives Debian's Chromium against the site served on loopback.

One world for the whole folder, built once: the demo content in the test database, static files collected
into the production storage (hashed names, compressed) and served by whitenoise with DEBUG off, a real
SMTP server on loopback, and the site served by a live server thread on a free port. Each test gets a
fresh browser context (no cookies) and adds what it needs with names of its own, so tests do not depend
on each other's order.

The data is committed, not rolled back, because the server thread must see it: these tests count as
transactional for pytest-django (it sets up the test database for them and runs them after the tests that
roll back), but the database is emptied once, when the folder is done, not after every test.

Without Chromium the tests skip, with one line saying how to install it; with BROWSER_TESTS_REQUIRED set
(CI does) they fail instead.
"""

import io
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.core.management import call_command
from django.core.servers.basehttp import WSGIServer
from django.db import connections
from django.test import override_settings
from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler
from wagtail.models import Site

from tests.test_subscriptions import Inbox, free_port

SCREENSHOTS = Path(__file__).parent / "screenshots"
REQUIRED_ENV = "BROWSER_TESTS_REQUIRED"
INSTALL_HINT = (
    "Browser tests skipped: no Chromium found. Install it with `sudo apt-get install -y chromium` "
    "(or set CHROMIUM_PATH); see docs/browser-tests.md."
)
# Flags for a machine with no screen and no internet: no GPU, no sandbox (CI runs as root), and none of
# the background connections Chromium makes to Google's services.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--no-first-run",
]
PRODUCTION_STATIC_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"
MOBILE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def find_chromium():
    """CHROMIUM_PATH if set (and only it), else Debian's /usr/bin/chromium or a chromium on the PATH."""
    if os.environ.get("CHROMIUM_PATH"):
        candidates = [os.environ["CHROMIUM_PATH"]]
    else:
        candidates = ["/usr/bin/chromium"] + [shutil.which(name) for name in ("chromium", "chromium-browser")]
    return next((path for path in candidates if path and os.access(path, os.X_OK)), None)


def pytest_terminal_summary(terminalreporter):
    skipped = terminalreporter.stats.get("skipped", [])
    if any(INSTALL_HINT in str(report.longrepr) for report in skipped):
        terminalreporter.write_line(INSTALL_HINT, yellow=True, bold=True)


# --- The site, served on loopback ------------------------------------------------------------------------


class OneRequestAtATime(LiveServerThread):
    """Django's live server thread, answering one request at a time: with SQLite the test database lives
    in memory and the server shares the test's one connection, which must not be used by two requests at
    once. Static files go through the site's own middleware (whitenoise), as in production, rather than
    Django's development handler."""

    def __init__(self, connections_override):
        super().__init__(
            "127.0.0.1", static_handler=lambda app: app, connections_override=connections_override
        )

    def _create_server(self, connections_override=None):
        return WSGIServer((self.host, self.port), QuietWSGIRequestHandler, allow_reuse_address=False)


class LiveSite:
    def __init__(self, thread):
        self.thread = thread
        self.url = f"http://{thread.host}:{thread.port}"

    def __call__(self, path=""):
        return self.url + path


def start_server():
    shared = {}
    for connection in connections.all():
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            shared[connection.alias] = connection
            connection.inc_thread_sharing()
    thread = OneRequestAtATime(shared)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    return thread, shared


@pytest.fixture(scope="package")
def chromium_path():
    path = find_chromium()
    if path is None:
        if os.environ.get(REQUIRED_ENV):
            pytest.fail(f"{REQUIRED_ENV} is set but no Chromium was found: apt-get install -y chromium")
        pytest.skip(INSTALL_HINT)
    return path


@pytest.fixture(scope="package")
def inbox():
    """A real SMTP server on loopback; every email the site sends lands here."""
    mailbox = Inbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    mailbox.port = controller.port
    yield mailbox
    controller.stop()


@pytest.fixture(scope="package")
def site(chromium_path, inbox, django_db_setup, django_db_blocker, tmp_path_factory):
    """The site on http://127.0.0.1:<free port>, with the demo content. Call it with a path for a URL."""
    static_root = tmp_path_factory.mktemp("static")
    media_root = tmp_path_factory.mktemp("media")
    production_settings = override_settings(
        DEBUG=False,
        ALLOWED_HOSTS=["127.0.0.1"],  # production's default list, where the tests allow any host
        # What production serves (site_config/settings/base.py; the test settings swap it for the plain
        # storage): collectstatic's hashed, compressed files, through whitenoise.
        STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STATIC_STORAGE}},
        STATIC_ROOT=static_root,
        MEDIA_ROOT=media_root,
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=inbox.port,
        EMAIL_TIMEOUT=10,
    )
    with django_db_blocker.unblock(), production_settings:
        call_command("collectstatic", interactive=False, verbosity=0)
        call_command("load_demo_content", stdout=io.StringIO())
        thread, shared = start_server()
        host, port = thread.host, thread.port
        with override_settings(WAGTAILADMIN_BASE_URL=f"http://{host}:{port}"):
            # Links in emails and feeds are built from the Site record: make them lead to this server.
            call_command("set_site_address", host, port, stdout=io.StringIO())
            Site.clear_site_root_paths_cache()
            # Playwright's sync API runs an event loop in this thread; Django would refuse the ORM
            # calls the tests make between browser steps, though none of them is made from a coroutine.
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
            try:
                yield LiveSite(thread)
            finally:
                del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
                thread.terminate()
                for connection in shared.values():
                    connection.dec_thread_sharing()
                empty_the_database()


def empty_the_database():
    """As Django's TransactionTestCase does after a test: when the database's first state was saved for
    the tests that restore it (serialized_rollback), they bring back what migrations created, so it is
    not recreated here; otherwise post_migrate recreates content types and permissions."""
    for connection in connections.all():
        call_command(
            "flush",
            database=connection.alias,
            interactive=False,
            verbosity=0,
            # Restored rows keep their ids; a reset sequence would hand those ids out again.
            reset_sequences=False,
            inhibit_post_migrate=hasattr(connection, "_test_serialized_contents"),
        )


@pytest.fixture
def transactional_db(site):
    """Every test here uses the folder's one committed world (see above) rather than an empty database
    emptied again after the test; `site` empties it when the folder is done."""


@pytest.fixture(autouse=True)
def _media_root(transactional_db):
    """The world keeps its own media folder (the demo's pictures), not a new one per test."""


# --- The browser -----------------------------------------------------------------------------------------


@pytest.fixture(scope="package")
def browser(site, chromium_path):
    from playwright.sync_api import expect, sync_playwright

    # Saving a page in the admin on a busy two-core machine can take longer than Playwright's 5 s default.
    expect.set_options(timeout=15_000)

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


def new_context(browser, site, viewport=DESKTOP, **options):
    context = browser.new_context(base_url=site.url, viewport=viewport, locale="en-GB", **options)
    context.set_default_timeout(15_000)
    return context


@pytest.fixture
def page(browser, site):
    """A tab in a fresh browser (no cookies), at desktop width."""
    context = new_context(browser, site)
    yield context.new_page()
    context.close()


@pytest.fixture
def no_js_page(browser, site):
    context = new_context(browser, site, java_script_enabled=False)
    yield context.new_page()
    context.close()


def screenshot(page, name):
    """A full-page picture in tests/browser/screenshots/ for a person to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    # Lazy pictures below the fold would otherwise show as empty boxes.
    page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
