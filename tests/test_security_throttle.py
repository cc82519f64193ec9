"""Who the client is and how often they may do something (issue 19: #3, #7, #10).

- The client's address is the one the trusted proxies saw, counted from the right of X-Forwarded-For, never
  an entry the client wrote itself (core/clientip.py).
- Rate-limit counters live where every process sees them: the database cache table (core/ratelimit.py).
- Failed sign-ins, page passwords and password resets lock a client or an account out for a while, with a
  page that says how long and whom to ask (core/lockout.py, django-axes); superusers unlock in the admin.
- One client cannot flood the search terms log, and old log rows are removed every day by the scheduler.

Every test goes through the real stack (client requests, the real database and cache table).
"""

import datetime
from html import unescape as html_unescape

import pytest
import time_machine
from django.conf import settings as django_settings
from django.core.cache.backends import locmem
from django.db import connection
from django.test import Client, RequestFactory
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.models import PageViewRestriction

from newsletter.management.commands.run_scheduler import Command as SchedulerCommand
from newsletter.models import Subscriber
from tests.factories import CaseStudyPageFactory

PASSWORD = "a-strong-password-42"  # the superuser fixture's
RATE_LIMIT_TABLE = "hls_ratelimit_cache"


def sign_up(client, email_address, **extra):
    return client.post("/subscriptions/", {"email": email_address, "language": "en", "website": ""}, **extra)


def through_proxy(real, spoofed=""):
    """What a request looks like behind one proxy that appends the address it saw to X-Forwarded-For."""
    forwarded = f"{spoofed}, {real}" if spoofed else real
    return {"HTTP_X_FORWARDED_FOR": forwarded, "REMOTE_ADDR": "10.0.0.1"}


def like_a_new_process(settings):
    """Forget every cache object and everything held in this process's memory, as another gunicorn
    worker would start with: only what is stored outside the process is left."""
    locmem._caches.clear()
    locmem._expire_info.clear()
    locmem._locks.clear()
    # Assigning CACHES makes Django build new cache objects (django.test.signals.clear_cache_handlers).
    settings.CACHES = dict(settings.CACHES)


def rate_limit_rows():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(RATE_LIMIT_TABLE)}")
        return cursor.fetchone()[0]


@pytest.fixture
def behind_one_proxy(settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.TRUSTED_PROXY_COUNT = 1


# --- #3 The client's address, and the sign-up limit ---------------------------------------------------------


def test_spoofed_leftmost_forwarded_for_entries_count_as_one_client(
    client, locales, settings, behind_one_proxy
):
    settings.NEWSLETTER_SIGNUP_LIMIT = 3
    statuses = [
        sign_up(
            client, f"person{n}@example.org", **through_proxy("203.0.113.9", spoofed=f"198.51.100.{n}")
        ).status_code
        for n in range(10)
    ]
    assert statuses == [302] * 3 + [429] * 7
    assert Subscriber.objects.count() == 3
    # Someone else behind the same proxy is a different client.
    assert sign_up(client, "else@example.org", **through_proxy("203.0.113.10")).status_code == 302


def test_with_one_proxy_hop_the_rightmost_forwarded_for_entry_is_the_client(settings):
    from core.clientip import client_ip

    def address(forwarded=None, remote="10.0.0.1", **headers):
        meta = {"REMOTE_ADDR": remote, **headers}
        if forwarded is not None:
            meta["HTTP_X_FORWARDED_FOR"] = forwarded
        return client_ip(RequestFactory().get("/", **meta))

    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    # No trusted proxy (the default): the header is the client's own words and is ignored.
    settings.TRUSTED_PROXY_COUNT = 0
    assert address("198.51.100.1, 203.0.113.9") == "10.0.0.1"

    settings.TRUSTED_PROXY_COUNT = 1
    assert address("198.51.100.1, 203.0.113.9") == "203.0.113.9"
    assert address("203.0.113.9") == "203.0.113.9"
    assert address(" 2001:DB8::1 ") == "2001:db8::1"  # written the one canonical way
    assert address("198.51.100.1, 203.0.113.9:51234") == "203.0.113.9"  # a proxy that adds the port
    assert address("[2001:db8::2]:443") == "2001:db8::2"
    # Malformed, empty or missing: the connecting address, never an error.
    for bad in (
        "",
        " ",
        ",",
        "198.51.100.1, ",
        "not-an-address",
        "999.1.1.1",
        "1.2.3.4, <script>",
        "a" * 5000,
    ):
        assert address(bad) == "10.0.0.1", bad
    assert address() == "10.0.0.1"
    assert address(None, remote="") is None  # nothing usable at all

    # Two proxies (a CDN, then the load balancer): the second entry from the right.
    settings.TRUSTED_PROXY_COUNT = 2
    assert address("198.51.100.1, 203.0.113.9, 192.0.2.50") == "203.0.113.9"
    assert address("203.0.113.9") == "10.0.0.1"  # too short: it did not come through both proxies

    # The header may be named as the proxy writes it.
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    settings.TRUSTED_PROXY_COUNT = 1
    assert address(HTTP_X_REAL_IP="203.0.113.77") == "203.0.113.77"


def test_the_signup_limit_holds_across_processes_and_is_counted_in_the_database(client, locales, settings):
    # A default cache in process memory, as production has without Redis: it must not hold the count.
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rl"},
    }
    settings.NEWSLETTER_SIGNUP_LIMIT = 3
    assert sign_up(client, "one@example.org").status_code == 302
    like_a_new_process(settings)
    assert sign_up(client, "two@example.org").status_code == 302
    like_a_new_process(settings)
    assert sign_up(client, "three@example.org").status_code == 302
    like_a_new_process(settings)
    assert sign_up(client, "four@example.org").status_code == 429
    assert Subscriber.objects.count() == 3
    # The count is a row of the rate-limit cache table: empty the table and the address may try again.
    assert rate_limit_rows() >= 1
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {connection.ops.quote_name(RATE_LIMIT_TABLE)}")
    assert sign_up(client, "four@example.org").status_code == 302


def test_the_signup_429_page_says_what_happened_and_when_to_try_again(client, locales, settings):
    settings.NEWSLETTER_SIGNUP_LIMIT = 1
    assert sign_up(client, "first@example.org").status_code == 302
    response = sign_up(client, "second@example.org")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many sign-ups from your connection just now" in html
    assert 'value="second@example.org"' in html  # nothing typed is lost
    assert 0 < int(response["Retry-After"]) <= django_settings.NEWSLETTER_SIGNUP_WINDOW


# --- #7 Brute force: the admin sign-in ---------------------------------------------------------------------


def log_in(client, username, password, **extra):
    return client.post("/admin/login/", {"username": username, "password": password}, **extra)


def assert_locked_out(response, minutes=15):
    assert response.status_code == 429, response.status_code
    html = response.content.decode()
    assert "Too many" in html
    assert f"{minutes} minutes" in html
    assert response["Retry-After"] == str(minutes * 60)
    return html


def test_thirty_wrong_admin_passwords_then_the_right_one_does_not_log_in(client, superuser, settings):
    for _attempt in range(30):
        response = log_in(client, "editor", "wrong-password")
    html = assert_locked_out(response)
    assert "ask a site administrator" in html
    assert "_auth_user_id" not in client.session
    assert_locked_out(log_in(client, "editor", PASSWORD))
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still sent to the sign-in page


def test_the_lockout_counts_per_account_and_per_client(superuser, django_user_model, settings):
    settings.LOCKOUT_FAILURE_LIMIT = settings.AXES_FAILURE_LIMIT = 3
    attacker = Client(REMOTE_ADDR="203.0.113.66")
    for _attempt in range(3):
        log_in(attacker, "editor", "wrong-password")
    # The account is locked from anywhere...
    assert_locked_out(log_in(Client(REMOTE_ADDR="198.51.100.20"), "editor", PASSWORD))
    # ...and the client cannot try another account either.
    django_user_model.objects.create_user("other", "other@example.org", PASSWORD)
    assert_locked_out(log_in(attacker, "other", PASSWORD))
    # A different person on a different connection signs in to their own account as usual.
    assert log_in(Client(REMOTE_ADDR="198.51.100.21"), "other", PASSWORD).status_code == 302


def test_the_lockout_ends_after_the_cool_off(client, superuser):
    for _attempt in range(5):
        log_in(client, "editor", "wrong-password")
    assert_locked_out(log_in(client, "editor", PASSWORD))
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=16), tick=False):
        response = log_in(client, "editor", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_signing_in_through_the_form_still_works_and_a_few_mistakes_are_forgiven(client, superuser):
    """As the browser tests' log_in helper does (tests/browser/test_editors.py)."""
    for _attempt in range(2):
        assert log_in(client, "editor", "typo").status_code == 200
    response = log_in(client, "editor", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    # Success forgets the mistakes: the next few typos are not a lockout.
    client.logout()
    for _attempt in range(4):
        assert log_in(client, "editor", "typo").status_code == 200
    assert client.login(username="editor", password=PASSWORD)  # the test client's login (no request)


@pytest.mark.parametrize("username", ["page-password:²", "collection-password:١٢", "page-password:"])
def test_a_hostile_username_neither_breaks_the_lockouts_list_nor_the_unlock(superuser, username):
    """Anyone may type any username at the sign-in form, and its failures are listed for superusers."""
    log_in(Client(REMOTE_ADDR="203.0.113.67"), username, "wrong-password")
    admin = Client()
    admin.force_login(superuser)
    assert admin.get("/admin/lockouts/").status_code == 200
    for value in ("²", "١٢", "-1", "x" * 300, ""):
        assert admin.post("/admin/lockouts/unlock/", {"attempt": value}).status_code == 302


def test_a_superuser_unlocks_an_account_in_the_wagtail_admin(superuser, role_user):
    editor = role_user("Editors")
    attacker = Client(REMOTE_ADDR="203.0.113.66")
    for _attempt in range(5):
        log_in(attacker, editor.username, "wrong-password")
    assert_locked_out(log_in(Client(), editor.username, PASSWORD))

    # Other editors cannot see the list or unlock. (Signing in resets that account's own failures.)
    as_editor = Client()
    as_editor.force_login(role_user("Editors"))
    assert as_editor.get("/admin/lockouts/").status_code in (302, 403)
    assert "Lockouts" not in as_editor.get("/admin/").content.decode()

    admin = Client()
    admin.force_login(superuser)
    assert "Lockouts" in admin.get("/admin/").content.decode()  # in the Settings menu
    listing = admin.get("/admin/lockouts/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert editor.username in html
    assert "203.0.113.66" in html
    assert "Locked" in html
    from axes.models import AccessAttempt

    attempt = AccessAttempt.objects.get(username=editor.username, ip_address="203.0.113.66")
    unlocked = admin.post("/admin/lockouts/unlock/", {"attempt": attempt.pk}, follow=True)
    assert unlocked.status_code == 200
    assert "can try again" in unlocked.content.decode()
    assert not AccessAttempt.objects.filter(username=editor.username).exists()
    assert log_in(Client(), editor.username, PASSWORD).status_code == 302
    # An attempt that is already gone is a message, not an error.
    again = admin.post("/admin/lockouts/unlock/", {"attempt": attempt.pk}, follow=True)
    assert again.status_code == 200
    assert admin.post("/admin/lockouts/unlock/", {"attempt": "nonsense"}, follow=True).status_code == 200


# --- #7 Page passwords ----------------------------------------------------------------------------------------


@pytest.fixture
def protected(library):
    page = CaseStudyPageFactory(parent=library, title="Partners only")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    return page, f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def try_password(client, protected, password):
    page, url = protected
    return client.post(url, {"password": password, "return_url": page.url})


def test_thirty_wrong_page_passwords_then_the_right_one_is_refused(client, protected):
    page, _url = protected
    for _attempt in range(30):
        response = try_password(client, protected, "guess")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many wrong passwords" in html
    assert "15 minutes" in html
    assert try_password(client, protected, "open-sesame").status_code == 429
    assert "The story of Partners only" not in client.get(page.url).content.decode()
    # Another visitor who knows the password gets in.
    other = Client(REMOTE_ADDR="198.51.100.30")
    assert try_password(other, protected, "open-sesame").status_code == 302
    assert other.get(page.url).status_code == 200


def test_a_page_shared_with_a_password_asks_for_it_in_the_sites_look_and_says_when_it_is_wrong(
    client, protected
):
    page, url = protected
    form = client.get(page.url)
    html = form.content.decode()
    assert form.status_code == 200
    assert "Password required" in html and 'class="signup-form"' in html and 'rel="stylesheet"' in html
    assert 'autocomplete="current-password"' in html and 'name="robots" content="noindex"' in html
    wrong = try_password(client, protected, "guess").content.decode()
    assert "The password you have entered is not correct" in wrong and 'aria-invalid="true"' in wrong


@pytest.mark.parametrize(
    "language, asks, wrong",
    [
        ("cy", "Angen cyfrinair", "Nid yw'r cyfrinair a roesoch yn gywir"),
        ("ur", "پاس ورڈ درکار ہے", "آپ کا درج کردہ پاس ورڈ درست نہیں ہے"),
    ],
)
def test_the_password_form_speaks_the_visitors_language(protected, language, asks, wrong):
    page, url = protected
    visitor = Client(REMOTE_ADDR="198.51.100.41")
    assert asks in visitor.get(f"/{language}{page.url}").content.decode()
    answer = visitor.post(f"/{language}{url}", {"password": "guess", "return_url": page.url})
    assert wrong in html_unescape(answer.content.decode())


@pytest.mark.parametrize(
    "language, words",
    [("cy", "Gormod o gyfrineiriau anghywir"), ("ur", "بہت زیادہ غلط پاس ورڈ")],
)
def test_the_page_password_lockout_speaks_the_visitors_language(protected, settings, language, words):
    """A Welsh or Urdu page's password form posts to its language's address (/cy/_util/...)."""
    page, url = protected
    visitor = Client(REMOTE_ADDR="198.51.100.40")
    for _attempt in range(settings.LOCKOUT_FAILURE_LIMIT + 1):
        response = visitor.post(f"/{language}{url}", {"password": "guess", "return_url": page.url})
    assert response.status_code == 429
    assert words in response.content.decode()


def test_a_right_page_password_before_the_limit_gets_in_and_forgets_the_mistakes(client, protected):
    for _attempt in range(4):
        assert try_password(client, protected, "guess").status_code == 200
    response = try_password(client, protected, "open-sesame")
    assert response.status_code == 302
    from axes.models import AccessAttempt

    assert not AccessAttempt.objects.filter(username__startswith="page-password:").exists()
    # Bad input is never a 500.
    page, url = protected
    assert client.post(url, {}).status_code == 200
    assert client.post("/_util/authenticate_with_password/999999/1/", {"password": "x"}).status_code == 404


# --- #7 Password reset requests -----------------------------------------------------------------------------


def ask_for_reset(client, address):
    return client.post("/admin/password_reset/", {"email": address})


def test_password_reset_requests_are_limited_per_address_the_same_whether_or_not_it_exists(
    superuser, settings, mailoutbox
):
    settings.PASSWORD_RESET_LIMIT = 2
    answers = {}
    # The clock stands still, so that both pages say the same wait.
    with time_machine.travel(timezone.now(), tick=False):
        for address in ("editor@example.org", "nobody@example.org"):
            for n in range(2):
                # Each from its own connection: the limit on the address holds whoever asks.
                assert ask_for_reset(Client(REMOTE_ADDR=f"198.51.100.{n + 1}"), address).status_code == 302
            answers[address] = ask_for_reset(Client(REMOTE_ADDR="198.51.100.99"), address)
    assert len(mailoutbox) == 2  # only the real account's two
    known, unknown = answers["editor@example.org"], answers["nobody@example.org"]
    assert known.status_code == unknown.status_code == 429
    assert "Too many password reset requests" in known.content.decode()
    assert known.content == unknown.content


def test_password_reset_requests_are_limited_per_client(superuser, settings, mailoutbox):
    settings.PASSWORD_RESET_LIMIT = 3
    client = Client(REMOTE_ADDR="203.0.113.5")
    statuses = [ask_for_reset(client, f"person{n}@example.org").status_code for n in range(6)]
    assert statuses == [302] * 3 + [429] * 3
    assert ask_for_reset(client, "editor@example.org").status_code == 429
    assert mailoutbox == []


# --- #10 The search terms log -------------------------------------------------------------------------------


def test_one_client_cannot_flood_the_search_log_but_still_gets_results(client, library, settings):
    settings.SEARCH_LOG_LIMIT = 5
    CaseStudyPageFactory(parent=library, title="Kestrel watch")
    for n in range(20):
        response = client.get("/search/", {"q": f"kestrel term{n}"})
        assert response.status_code == 200
    assert Query.objects.count() == 5
    assert QueryDailyHits.objects.count() == 5
    assert "Kestrel watch" in client.get("/search/", {"q": "kestrel"}).content.decode()
    # A term already logged is still counted: the report stays right for everyone else's searches.
    client.get("/search/", {"q": "kestrel term0"})
    assert Query.objects.get(query_string="kestrel term0").hits == 2
    # Another client still logs its searches.
    Client(REMOTE_ADDR="198.51.100.40").get("/search/", {"q": "heron"})
    assert Query.objects.filter(query_string="heron").exists()
    assert Query.objects.count() == 6


def test_the_scheduler_removes_old_search_log_rows_once_a_day(db, settings):
    def run_scheduler():
        assert SchedulerCommand().run_once()

    settings.WAGTAILSEARCH_HITS_MAX_AGE = 30
    today = timezone.localdate()
    old = Query.get("old search")
    old.add_hit(date=today - datetime.timedelta(days=31))
    recent = Query.get("recent search")
    recent.add_hit(date=today - datetime.timedelta(days=29))
    mixed = Query.get("mixed search")
    mixed.add_hit(date=today - datetime.timedelta(days=40))
    mixed.add_hit(date=today)

    run_scheduler()
    assert set(Query.objects.values_list("query_string", flat=True)) == {"recent search", "mixed search"}
    assert QueryDailyHits.objects.filter(query=mixed).count() == 1
    assert QueryDailyHits.objects.count() == 2

    # Once a day: a run later the same day leaves it alone; the next day's first run cleans again.
    later = Query.get("later search")
    later.add_hit(date=today - datetime.timedelta(days=60))
    run_scheduler()
    assert Query.objects.filter(query_string="later search").exists()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1), tick=False):
        run_scheduler()
    assert not Query.objects.filter(query_string="later search").exists()
    assert Query.objects.filter(query_string="recent search").exists()


def test_sign_in_lockouts_count_the_client_the_proxy_saw_not_the_spoofed_one(
    client, superuser, settings, behind_one_proxy
):
    for n in range(5):
        log_in(client, f"someone{n}", "guess", **through_proxy("203.0.113.9", spoofed=f"198.51.100.{n}"))
    from axes.models import AccessAttempt

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.9"}
    # A new made-up address on the left changes nothing: the client stays locked out...
    assert_locked_out(log_in(client, "editor", PASSWORD, **through_proxy("203.0.113.9", spoofed="192.0.2.1")))
    # ...and the others behind the same proxy are not.
    assert log_in(Client(), "editor", PASSWORD, **through_proxy("203.0.113.10")).status_code == 302
