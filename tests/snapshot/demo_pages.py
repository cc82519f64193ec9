"""The demo site as an anonymous visitor sees it, every page normalised so that two runs, two databases or
two versions of the code compare equal when they serve the same thing: the baseline that shows a refactor
changed no page (tests/test_demo_snapshot.py).

    python -m tests.snapshot.demo_pages --update    # rewrite the baseline from the checked-out code
    DATABASE_URL=postgres://... python -m tests.snapshot.demo_pages --update    # PostgreSQL's baseline

One baseline per database (demo_pages.sqlite.json.gz, demo_pages.postgresql.json.gz): search ranks and
counts with each database's own text search, so its pages differ between them. The baseline holds
{url: status, headers and body}. What legitimately differs between runs is replaced by a
placeholder (see normalise()): nonces, CSRF tokens, database ids, the media folder.
"""

import argparse
import datetime
import gzip
import io
import json
import os
import re
import sys
import tempfile
from pathlib import Path


def baseline_path(vendor=None):
    """The baseline for a database vendor ("sqlite", "postgresql"); the current connection's by default."""
    if vendor is None:
        from django.db import connection

        vendor = connection.vendor
    return Path(__file__).with_name(f"demo_pages.{vendor}.json.gz")


# The demo content dates itself from "now" (case studies published N days ago, the issue still to go out);
# one fixed instant for loading and rendering, after the last dated issue (1 July 2026).
FROZEN_AT = datetime.datetime(2026, 8, 3, 9, 0, tzinfo=datetime.UTC)

# Pages no page tree lists: the libraries filtered and paged, search, feeds, sitemaps, a missing page.
EXTRA_URLS = [
    "/case-studies/?theme=learning",
    "/case-studies/?page=2",
    "/cy/case-studies/?theme=learning",
    "/resources/?type=podcast",
    "/resources/?page=2",
    "/search/",
    "/search/?q=debt",
    "/search/?q=debt&page=2",
    "/cy/search/?q=dyledion",
    "/ur/search/?q=%D9%82%D8%B1%D8%B6",  # قرض, debt
    "/search/suggest/?q=deb",
    "/subscriptions/",
    "/cy/subscriptions/",
    "/ur/subscriptions/",
    "/sitemap.xml",
    "/cy/sitemap.xml",
    "/ur/sitemap.xml",
    "/robots.txt",
    "/no-such-page/",
    "/cy/no-such-page/",
]

# Headers that say something about the page; Set-Cookie (a CSRF cookie's random value) is left out.
HEADERS = (
    "Content-Type",
    "Content-Language",
    "Location",
    "Cache-Control",
    "Vary",
    "X-Robots-Tag",
    "Link",
    "Content-Security-Policy",
    "Content-Security-Policy-Report-Only",
)

FEED_LINK = re.compile(r'<link[^>]+type="application/(?:rss|atom)\+xml"[^>]*>')
HREF = re.compile(r'href="([^"]+)"')


def load_demo_content(shift_ids=0):
    """Load the demo content as `manage.py load_demo_content` would, at FROZEN_AT.

    shift_ids moves every table's id sequence on first, so any database id that reaches a page shows up
    as a difference rather than passing because both runs started from the same empty tables.
    """
    import time_machine
    from django.core.management import call_command
    from django.test import TestCase

    if shift_ids:
        _shift_id_sequences(shift_ids)
    with time_machine.travel(FROZEN_AT, tick=False):
        # on_commit callbacks (wagtail-localize publishing, search indexing) run as a real commit would.
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", stdout=io.StringIO())


def _shift_id_sequences(by):
    from django.apps import apps
    from django.db import connection, models

    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            pk = model._meta.pk
            if not isinstance(pk, models.AutoField) or model._meta.proxy or not model._meta.managed:
                continue
            table = model._meta.db_table
            if connection.vendor == "postgresql":
                cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [table, pk.column])
                (sequence,) = cursor.fetchone()
                if sequence:
                    cursor.execute(
                        f'SELECT setval(%s, GREATEST((SELECT MAX("{pk.column}") FROM "{table}"), 0) + %s)',
                        [sequence, by],
                    )
            elif connection.vendor == "sqlite":
                cursor.execute(f'SELECT COALESCE(MAX("{pk.column}"), 0) FROM "{table}"')
                (highest,) = cursor.fetchone()
                cursor.execute("DELETE FROM sqlite_sequence WHERE name = %s", [table])
                cursor.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, highest + by]
                )


def page_urls():
    """Every live page of every language, by its URL path."""
    from wagtail.models import Page

    return [page.url for page in Page.objects.live().filter(depth__gt=1).order_by("path")]


def urls(client=None):
    """The URLs the snapshot covers: live pages, EXTRA_URLS and the feeds the pages link to."""
    found = page_urls() + EXTRA_URLS
    if client is not None:
        for url in page_urls():
            with _frozen():
                html = client.get(url).content.decode()
            for link in FEED_LINK.findall(html):
                found.extend(HREF.findall(link))
    return sorted(set(found))


def _frozen():
    import time_machine

    return time_machine.travel(FROZEN_AT, tick=False)


def render(client, url):
    """One response as text: status line, the headers that matter, then the body (not yet normalised)."""
    with _frozen():
        response = client.get(url)
    lines = [f"{response.status_code} {url}"]
    lines += [f"{name}: {response[name]}" for name in HEADERS if response.has_header(name)]
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return "\n".join(lines) + "\n\n" + body.decode()


def render_all(client):
    """{url: normalised text} for every URL the snapshot covers."""
    pages = {url: render(client, url) for url in urls(client)}
    media = media_names()  # after rendering: the renditions exist now
    return {url: normalise(text, media) for url, text in pages.items()}


def media_names():
    """{media URL path: stable name} for every image and rendition.

    Rendition file names are cut short to fit their column, so "re.2e16d0ba.fill-1200x630..." is shared by
    many images and the storage adds a random suffix to all but the first; which image gets the plain name
    depends on the order they were first rendered. Name them by image title and filter instead.
    """
    from django.conf import settings
    from wagtail.images import get_image_model

    image_model = get_image_model()
    names = {}
    for image in image_model.objects.all():
        names[settings.MEDIA_URL + image.file.name] = f"{settings.MEDIA_URL}IMAGE[{image.title}]"
    for rendition in image_model.get_rendition_model().objects.select_related("image"):
        names[settings.MEDIA_URL + rendition.file.name] = (
            f"{settings.MEDIA_URL}RENDITION[{rendition.image.title}|{rendition.filter_spec}"
            f"|{rendition.focal_point_key}]"
        )
    return names


# Each (pattern, replacement) turns what differs between runs into a placeholder.
NORMALISATIONS = [
    # A fresh nonce per response, in the header and on each <script>/<style>.
    (re.compile(r"'nonce-[^']+'"), "'nonce-NONCE'"),
    (re.compile(r'\bnonce="[^"]*"'), 'nonce="NONCE"'),
    # A fresh masked CSRF token per response.
    (re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*"'), r'\1CSRF"'),
    # Documents are served by id: /documents/<id>/<file name>.
    (re.compile(r"/documents/\d+/"), "/documents/ID/"),
]
MEDIA_URL = re.compile(r"/media/[^\"'\s<>(),]+")
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
CSP_HEADER = re.compile(r"^(Content-Security-Policy(?:-Report-Only)?): (.*)$", re.MULTILINE)


def normalise(text, media=None):
    """Placeholders for what differs between runs; `media` maps media URLs to names (media_names())."""
    from django.conf import settings

    for pattern, replacement in NORMALISATIONS:
        text = pattern.sub(replacement, text)
    if media:
        text = MEDIA_URL.sub(lambda match: media.get(match.group(), match.group()), text)
    # Block ids and translation keys are random UUIDs: number them in order of first appearance.
    uuids = {}
    text = UUID.sub(lambda match: f"UUID-{uuids.setdefault(match.group(), len(uuids) + 1)}", text)
    # django-csp writes the directives in a set's order, which varies with the hash seed.
    text = CSP_HEADER.sub(lambda match: f"{match[1]}: " + "; ".join(sorted(match[2].split("; "))), text)
    return text.replace(str(settings.MEDIA_ROOT), "MEDIA_ROOT")


def read_baseline(path=None):
    path = path or baseline_path()
    with gzip.open(path, "rt", encoding="utf-8") as file:
        return json.load(file)


def write_baseline(pages, path=None):
    path = path or baseline_path()
    # mtime=0: the same pages make the same bytes, so an unchanged baseline is no change in git.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as file:
        file.write(json.dumps(pages, ensure_ascii=False, indent=1, sort_keys=True).encode())


def snapshot_in_test_database(shift_ids=0):
    """Create a test database, load the demo content, render every URL, destroy the database."""
    import django
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment, teardown_test_environment

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.test")
    django.setup()
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        with tempfile.TemporaryDirectory(prefix="hls-snapshot-media-") as media:
            settings.MEDIA_ROOT = media
            load_demo_content(shift_ids=shift_ids)
            return render_all(Client())
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite this database's baseline")
    parser.add_argument("--output", type=Path, help="write the snapshot here instead")
    parser.add_argument("--shift-ids", type=int, default=0, help="move id sequences on by this much first")
    args = parser.parse_args(argv)
    if not (args.update or args.output):
        parser.error("say --update or --output PATH")
    pages = snapshot_in_test_database(shift_ids=args.shift_ids)
    path = args.output or baseline_path()
    write_baseline(pages, path)
    print(f"{len(pages)} pages written to {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
