"""Benchmark: how fast one newsletter issue is emailed, and whether its SQL cost per message stays flat.

What it measures
    `newsletter.delivery.deliver()` (listing the recipients, claiming rows in batches, rendering the issue
    once, sending every copy over one SMTP connection and marking each row sent) for an English issue sent
    to N confirmed subscribers, on PostgreSQL, through Django's real SMTP backend to a local SMTP sink.
    For each N: wall time (messages per second) and every SQL query `deliver()` runs.

Why ratios rather than raw figures
    Messages per second depend on the machine, so the same run also measures a ceiling: 1,000 copies of
    one pre-built message of the same size sent over one raw `smtplib` connection to the same sink (no
    Django, no database). "vs raw SMTP" is the delivery's speed as a share of that ceiling: it compares
    across machines, and it shows how much of the time is our code rather than the mail protocol.
    Queries per message is compared between the smallest and the largest N: sending costs a fixed number
    of queries per message (one UPDATE marking it sent, plus a few per batch), so the ratio stays at 1.0
    unless something runs queries that grow with the list (an N+1, a per-message count of the list...).
    The script fails (exit status 1) if that ratio reaches 1.1.

How
    - PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), database `hls_bench`, created if missing
      (`--fresh` drops it first) and migrated. Benchmark data there is replaced on every run.
    - The SMTP sink (aiosmtpd) runs in its own process, so it does not share the sender's GIL; it only
      counts messages and bytes, and the script checks it received exactly N messages per round.
    - Settings are `site_config.settings.dev` with EMAIL_HOST/EMAIL_PORT pointing at the sink, DEBUG off
      (as in production) and the immediate tasks backend; `deliver()` is called directly, so the time
      measured is the delivery alone. Queries are captured with `CaptureQueriesContext` (with Django's
      9,000-query log cap lifted, or the 10,000 round would be undercounted) and cross-checked with an
      execute wrapper.
    - Each round starts from empty subscriber/send/delivery tables; an untimed warm-up round runs first.

    make bench        # sizes 1,000 and 10,000; writes docs/benchmarks.md
    .venv/bin/python -m bench.newsletter_delivery --sizes 200,2000 --no-docs       # a quick check
"""

import argparse
import multiprocessing
import os
import platform
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from collections import deque
from contextlib import contextmanager
from email.utils import parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "benchmarks.md"
SECTION = "## Newsletter delivery"

PG_HOST, PG_PORT, PG_USER, PG_DB = "127.0.0.1", 5432, "postgres", "hls_bench"
DEFAULT_SIZES = (1_000, 10_000)
BASELINE_MESSAGES = 1_000
WARM_UP_SUBSCRIBERS = 100
MAX_QUERY_GROWTH = 1.1  # queries per message, largest N vs smallest N
LANGUAGE_MIX = ["en"] * 6 + ["cy"] * 3 + ["ur"]  # 60% English, 30% Welsh, 10% Urdu


class BenchmarkError(Exception):
    """A check failed: the figures would be meaningless, so nothing is written."""


class BenchmarkTimeout(BaseException):
    """--timeout passed. A BaseException, like KeyboardInterrupt, so that `deliver()`'s own error handling
    (which records any Exception from the mail connection as a failed attempt) cannot swallow it."""


# --- The SMTP sink, in its own process ------------------------------------------------------------------


def _serve_sink(messages, nbytes, ready, stop, parent_pid):
    """Child process: accept every message on a free loopback port, counting messages and bytes."""
    from aiosmtpd.controller import Controller

    class Counter:
        async def handle_DATA(self, server, session, envelope):
            with messages.get_lock():
                messages.value += 1
            with nbytes.get_lock():
                nbytes.value += len(envelope.content)
            return "250 Message accepted"

    try:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        controller = Controller(Counter(), hostname="127.0.0.1", port=port)
        controller.start()
    except Exception as error:  # report it to the parent rather than leave it waiting
        ready.send(f"error: {error!r}")
        return
    ready.send(port)
    try:
        while not stop.wait(1):
            if os.getppid() != parent_pid:  # the benchmark died without stopping us
                break
    finally:
        controller.stop()


class SmtpSink:
    def __init__(self):
        context = multiprocessing.get_context("spawn")  # a clean interpreter: no Django, no shared state
        self._messages = context.Value("q", 0)
        self._bytes = context.Value("q", 0)
        self._stop = context.Event()
        self._ready, child_end = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_serve_sink,
            args=(self._messages, self._bytes, child_end, self._stop, os.getpid()),
            name="smtp-sink",
            daemon=True,
        )
        self.port = None

    def start(self):
        self._process.start()
        if not self._ready.poll(30):
            raise BenchmarkError("The SMTP sink did not start within 30 seconds.")
        try:
            port = self._ready.recv()
        except EOFError:
            raise BenchmarkError("The SMTP sink process exited before it started listening.") from None
        if not isinstance(port, int):
            raise BenchmarkError(f"The SMTP sink failed to start: {port}")
        self.port = port
        return self

    def counts(self):
        """(messages, bytes) received so far."""
        with self._messages.get_lock(), self._bytes.get_lock():
            return self._messages.value, self._bytes.value

    def stop(self):
        self._stop.set()
        self._process.join(5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)


# --- The database and Django ----------------------------------------------------------------------------


def _pg(command, *args):
    done = subprocess.run(
        [command, "-h", PG_HOST, "-p", str(PG_PORT), "-U", PG_USER, *args], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise BenchmarkError(f"`{command} {' '.join(args)}` failed: {done.stderr.strip()}")
    return done.stdout


def prepare_database(fresh):
    if fresh:
        _pg("dropdb", "--if-exists", PG_DB)
    exists = _pg("psql", "-d", "postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{PG_DB}'")
    if exists.strip() != "1":
        _pg("createdb", PG_DB)


def configure_environment(smtp_port, media_root):
    """Everything Django reads from the environment, set before its settings load."""
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "site_config.settings.dev",
            "DATABASE_URL": f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{PG_DB}",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
            "EMAIL_USE_TLS": "false",
            "EMAIL_USE_SSL": "false",
            "MEDIA_ROOT": str(media_root),
            "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "DEBUG": "false",
            "LOG_LEVEL": "WARNING",
        }
    )
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()

    from django.conf import settings

    if settings.EMAIL_BACKEND != "django.core.mail.backends.smtp.EmailBackend":
        raise BenchmarkError(f"Expected the SMTP email backend, got {settings.EMAIL_BACKEND}.")
    if (settings.EMAIL_HOST, settings.EMAIL_PORT) != ("127.0.0.1", smtp_port):
        raise BenchmarkError("Django's email settings do not point at the sink.")
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise BenchmarkError("The benchmark must run on PostgreSQL.")


# --- The issue and the subscribers ----------------------------------------------------------------------


def paragraph(html):
    return {"type": "paragraph", "value": html}


ISSUE_BODY = [
    paragraph(
        "<p>Welcome to the spring issue. Over the last three months more than forty councils, charities "
        "and health partnerships have shared what they are learning about working in a more human way: "
        "starting from relationships, treating measurement as a tool for learning rather than for "
        "judgement, and looking after the health of the whole system rather than single contracts.</p>"
    ),
    paragraph(
        "<h3>What we learned in Gateshead</h3><p>When the debt advice team stopped counting cases closed "
        "and started asking people what had changed in their lives, the conversations changed too. "
        "Advisers now spend longer with fewer people, and <b>repeat visits fell by a third</b> in a year. "
        'Read <a href="https://example.org/gateshead">the full case study</a> for the detail, including '
        "the questions they ask in the first meeting.</p>"
    ),
    {
        "type": "quote",
        "value": {
            "quote": "We used to measure how quickly we could get people out of the door. Now we ask "
            "whether they would come back to us if things went wrong again.",
            "attribution": "A debt adviser in Gateshead",
            "role": "Citizens Advice",
        },
    },
    paragraph(
        "<p>Three things the community keeps coming back to:</p><ul><li>Learning cycles need protected "
        "time, not another meeting squeezed into a full week.</li><li>Commissioners and providers learn "
        "faster together than apart.</li><li>Data is most useful when the people it describes help "
        "decide what it means.</li></ul>"
    ),
    {
        "type": "news_item",
        "value": {
            "heading": "A new learning partner in Wales",
            "text": "<p>Cardiff's housing team joins the network this month, with a project on tenancy "
            "support for young people leaving care.</p>",
            "link": "https://example.org/news/cardiff",
            "link_label": "Read the announcement",
        },
    },
    paragraph(
        "<p>As always, we would love to hear from you: reply to this email with what you are trying, what "
        "is working and what is not. Every story we receive shapes the next issue.</p>"
    ),
    {
        "type": "call_to_action",
        "value": {
            "heading": "Join the next learning gathering",
            "text": "A day of stories and practical workshops in Cardiff and online, open to anyone "
            "working in public service.",
            "button_label": "Book your place at the learning gathering",
            "page": None,
            "url": "https://example.org/events/learning-gathering",
        },
    },
]


def publish_issue():
    """One live English issue in the newsletter archive; any issue from an earlier run is removed."""
    from django.conf import settings

    from home.models import HomePage
    from newsletter.models import NewsletterIndexPage, NewsletterIssuePage

    reset_tables()  # publishing starts a delivery: let it find nobody to send to
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    archive = NewsletterIndexPage.objects.child_of(home).first()
    if archive is None:
        archive = NewsletterIndexPage(
            title="Newsletter", slug="newsletter", intro="A monthly round-up.", live=False
        )
        home.add_child(instance=archive)
        archive.save_revision().publish()
        archive.refresh_from_db()
    for old in NewsletterIssuePage.objects.child_of(archive):
        old.delete()
    issue = NewsletterIssuePage(
        title="Spring: learning together",
        slug="spring-learning-together",
        issue_number=archive.next_issue_number(),
        intro="Stories from Gateshead and Cardiff, three lessons from the community, and the next gathering.",
        body=ISSUE_BODY,
        live=False,
    )
    archive.add_child(instance=issue)
    # Publishing starts a delivery (with nobody subscribed yet); each round replaces it with its own.
    issue.save_revision().publish()
    issue.refresh_from_db()
    return issue


def reset_tables():
    from django.db import connection

    from newsletter.models import Delivery, IssueSend, Subscriber

    tables = ", ".join(model._meta.db_table for model in (Delivery, IssueSend, Subscriber))
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {tables}")


def add_subscribers(count):
    from django.db import connection
    from django.utils import timezone

    from newsletter.models import Subscriber

    now = timezone.now()
    Subscriber.objects.bulk_create(
        (
            Subscriber(
                email=f"reader{index:06d}@example.org",
                language=LANGUAGE_MIX[index % len(LANGUAGE_MIX)],
                status=Subscriber.Status.CONFIRMED,
                consent_text="I would like the Human Learning Systems newsletter by email.",
                consent_given_at=now - timezone.timedelta(days=31, minutes=index),
                consent_source="https://example.org/newsletter/",
                confirmed_at=now - timezone.timedelta(days=30, minutes=index),
            )
            for index in range(count)
        ),
        batch_size=2000,
    )
    with connection.cursor() as cursor:  # a long-lived list has planner statistics; give it them
        cursor.execute(f"ANALYZE {Subscriber._meta.db_table}")


# --- Measurements ---------------------------------------------------------------------------------------


@contextmanager
def counted_queries():
    """Count and time every statement on the default connection, independently of Django's query log
    (whose timings are rounded to the millisecond)."""
    from django.db import connection

    counter = {"queries": 0, "seconds": 0.0}

    def count(execute, sql, params, many, context):
        counter["queries"] += 1
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            counter["seconds"] += time.perf_counter() - start

    with connection.execute_wrapper(count):
        yield counter


def deliver_to(issue, size, sink, *, label):
    """Send `issue` to `size` fresh subscribers and check every one got it. Returns the figures."""
    from django.db import connection
    from django.db.models import Count
    from django.test.utils import CaptureQueriesContext

    from newsletter.delivery import deliver
    from newsletter.models import Delivery, IssueSend

    reset_tables()
    add_subscribers(size)
    send = IssueSend.objects.create(translation_key=issue.translation_key, issue=issue)
    messages_before, bytes_before = sink.counts()

    connection.queries_log = deque()  # Django keeps only the last 9,000 queries; keep them all
    with CaptureQueriesContext(connection) as captured, counted_queries() as counter:
        start = time.perf_counter()
        result = deliver(send.pk)
        seconds = time.perf_counter() - start
    queries = len(captured)

    messages_after, bytes_after = sink.counts()
    received = messages_after - messages_before
    send.refresh_from_db()
    statuses = dict(Delivery.objects.filter(send=send).values_list("status").annotate(n=Count("id")))
    problems = []
    if received != size:
        problems.append(f"the sink received {received:,} messages, not {size:,}")
    if statuses != {Delivery.Status.SENT: size}:
        problems.append(f"delivery rows by status are {statuses}, not {{'sent': {size}}}")
    if result.get(Delivery.Status.SENT) != size:
        problems.append(f"deliver() returned {result}")
    if send.state != IssueSend.State.DONE:
        problems.append(f"the send is {send.state!r}, not 'done'")
    # Django's query log also records BEGIN and COMMIT (real round trips), which execute wrappers never see.
    transaction_statements = sum(1 for query in captured if query["sql"] in ("BEGIN", "COMMIT", "ROLLBACK"))
    if queries - transaction_statements != counter["queries"]:
        problems.append(
            f"captured {queries:,} queries ({transaction_statements} BEGIN/COMMIT) but the execute "
            f"wrapper counted {counter['queries']:,}"
        )
    if problems:
        raise BenchmarkError(f"{label} ({size:,} subscribers): " + "; ".join(problems) + ".")
    connection.queries_log = deque(maxlen=connection.queries_limit)
    return {
        "size": size,
        "seconds": seconds,
        "per_second": size / seconds,
        "queries": queries,
        "per_message": queries / size,
        "sql_seconds": counter["seconds"],
        "message_bytes": (bytes_after - bytes_before) / size,
    }


def raw_smtp_ceiling(issue, port, count):
    """`count` copies of one pre-built message over one raw smtplib connection: no Django, no database."""
    from django.conf import settings

    from newsletter.emails import render_issue
    from newsletter.models import Subscriber

    reader = Subscriber(pk=123456, email="reader123456@example.org", language="en")
    message = render_issue(issue).message_for(reader, message_id="<issue-1-123456@localhost>")
    data = message.message().as_bytes(linesep="\r\n")
    sender = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
        smtp.ehlo()
        start = time.perf_counter()
        for _ in range(count):
            smtp.sendmail(sender, [reader.email], data)
        seconds = time.perf_counter() - start
    return {"messages": count, "seconds": seconds, "per_second": count / seconds, "message_bytes": len(data)}


# --- Report ---------------------------------------------------------------------------------------------


def machine(load):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
        cursor.execute("SHOW synchronous_commit")
        synchronous_commit = cursor.fetchone()[0]
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "date": subprocess.run(["date", "-u"], capture_output=True, text=True).stdout.strip(),
        "arch": subprocess.run(["uname", "-m"], capture_output=True, text=True).stdout.strip(),
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "load": load,
        "postgres": f"{postgres.split()[0]} (synchronous_commit {synchronous_commit})",
    }


def report(rounds, ceiling, growth, info, command):
    """The "## Newsletter delivery" section of docs/benchmarks.md, in Markdown."""
    smallest, largest = rounds[0], rounds[-1]
    cpu = f" ({info['cpu']})" if info["cpu"] else ""
    lines = [
        SECTION,
        "",
        "How fast `newsletter.delivery.deliver()` emails one issue to every confirmed subscriber,",
        "through Django's SMTP backend to a local SMTP sink, on PostgreSQL. Written by",
        "`bench/newsletter_delivery.py` (its docstring explains the method). Absolute figures depend on",
        "the machine: compare the ratios.",
        "",
        f"- Date: {info['date']}",
        f"- Machine: {info['arch']}, {info['cpus']} CPUs{cpu}, Python {info['python']}, "
        f"PostgreSQL {info['postgres']}; load average {info['load']} when the run began",
        f"- Command: `{command}`",
        f"- Raw SMTP ceiling: {ceiling['messages']:,} copies of one pre-built "
        f"{ceiling['message_bytes'] / 1024:.1f} KB message over one `smtplib` connection to the same sink "
        f"(the better of a run before and after the deliveries): **{ceiling['per_second']:,.0f} messages/s**",
        "",
        "| Subscribers | Seconds | Messages/s | vs raw SMTP | SQL queries | Queries/message | SQL time "
        "| Message size |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rounds:
        lines.append(
            f"| {r['size']:,} | {r['seconds']:.2f} | {r['per_second']:,.0f} | "
            f"{r['per_second'] / ceiling['per_second']:.2f} | {r['queries']:,} | {r['per_message']:.3f} | "
            f"{r['sql_seconds'] / r['seconds']:.0%} | {r['message_bytes'] / 1024:.1f} KB |"
        )
    lines += [
        "",
        f"- Queries per message at {largest['size']:,} vs {smallest['size']:,} subscribers: **{growth:.3f}**",
        f"  (must stay below {MAX_QUERY_GROWTH}: above it, something runs queries that grow with the list).",
        f"- Messages/s at {largest['size']:,} vs {smallest['size']:,} subscribers: "
        f"{largest['per_second'] / smallest['per_second']:.2f} (not checked, as timing is noisier than",
        "  counting; well below 1.0 on a quiet machine means some cost per message grows with the list).",
        "",
        '"vs raw SMTP" is messages/s as a share of the ceiling. "SQL queries" counts every statement',
        '`deliver()` sends, BEGIN and COMMIT included. "SQL time" is the share of the wall time spent',
        "waiting on SQL statements. Every round is checked: the sink received exactly one message per",
        "subscriber, every delivery row is marked sent and the send is finished.",
        "",
    ]
    return "\n".join(lines)


def write_section(section):
    """Replace the "## Newsletter delivery" section of docs/benchmarks.md, keeping every other section."""
    header = "# Benchmarks\n\nEach section is written by a script in `bench/`; `make bench` refreshes them.\n"
    text = DOCS.read_text() if DOCS.exists() else ""
    if not text.strip():
        text = header
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == SECTION), None)
    if start is None:
        new = text.rstrip("\n") + "\n\n" + section
    else:
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
            len(lines),
        )
        before = "\n".join(lines[:start]).rstrip("\n")
        after = "\n".join(lines[end:])
        new = (before + "\n\n" if before else "") + section + ("\n" + after if after else "")
    DOCS.write_text(new.rstrip("\n") + "\n")


# --- Main -----------------------------------------------------------------------------------------------


def parse_sizes(value):
    try:
        sizes = sorted({int(part.replace("_", "")) for part in value.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(
            "sizes are whole numbers separated by commas, e.g. 1000,10000"
        ) from None
    if len(sizes) < 2 or sizes[0] < 1:
        raise argparse.ArgumentTypeError("give at least two different positive sizes, e.g. 1000,10000")
    return sizes


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], prog="python -m bench.newsletter_delivery"
    )
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        help="numbers of subscribers, comma-separated (default: 1000,10000)",
    )
    parser.add_argument("--fresh", action="store_true", help=f"drop and recreate the {PG_DB} database first")
    parser.add_argument(
        "--no-docs", action="store_true", help="print the results without writing docs/benchmarks.md"
    )
    parser.add_argument(
        "--timeout", type=int, default=900, help="give up after this many seconds (default: 900)"
    )
    return parser.parse_args(argv)


def _timed_out(signum, frame):
    # Should something swallow the exception, stop for good a minute later.
    signal.signal(signal.SIGALRM, lambda *_: os._exit(2))
    signal.alarm(60)
    raise BenchmarkTimeout()


def run(args, argv):
    command = " ".join(["python -m bench.newsletter_delivery", *argv]) if argv else "make bench"
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())  # other work on the machine skews figures
    prepare_database(args.fresh)
    media_root = Path(tempfile.mkdtemp(prefix="hls-bench-media-"))
    sink = SmtpSink()
    try:
        sink.start()
        configure_environment(sink.port, media_root)

        from django.core.management import call_command

        print(f"Migrating {PG_DB}...", flush=True)
        call_command("migrate", interactive=False, verbosity=0)
        issue = publish_issue()

        print(f"Raw SMTP ceiling: {BASELINE_MESSAGES:,} messages...", flush=True)
        ceilings = [raw_smtp_ceiling(issue, sink.port, BASELINE_MESSAGES)]
        deliver_to(issue, WARM_UP_SUBSCRIBERS, sink, label="Warm-up")
        rounds = []
        for size in args.sizes:
            print(f"Delivering to {size:,} subscribers...", flush=True)
            rounds.append(deliver_to(issue, size, sink, label="Delivery"))
        reset_tables()
        print(f"Raw SMTP ceiling again: {BASELINE_MESSAGES:,} messages...", flush=True)
        ceilings.append(raw_smtp_ceiling(issue, sink.port, BASELINE_MESSAGES))
        ceiling = max(ceilings, key=lambda c: c["per_second"])  # a ceiling: the better of the two

        growth = rounds[-1]["per_message"] / rounds[0]["per_message"]
        section = report(rounds, ceiling, growth, machine(load), command)
        print("\n" + section)
        if growth >= MAX_QUERY_GROWTH:
            raise BenchmarkError(
                f"Queries per message grow with the list: {growth:.3f} times as many at "
                f"{rounds[-1]['size']:,} as at {rounds[0]['size']:,} subscribers (limit {MAX_QUERY_GROWTH})."
            )
        if not args.no_docs:
            write_section(section)
            print(f"Written to {DOCS.relative_to(ROOT)}")
    finally:
        sink.stop()
        shutil.rmtree(media_root, ignore_errors=True)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    signal.signal(signal.SIGALRM, _timed_out)
    signal.alarm(args.timeout)
    try:
        run(args, argv)
    except BenchmarkError as error:
        print(f"\nBENCHMARK FAILED: {error}", file=sys.stderr)
        return 1
    except BenchmarkTimeout:
        print(f"\nBENCHMARK FAILED: it took longer than --timeout ({args.timeout} seconds).", file=sys.stderr)
        return 1
    finally:
        signal.alarm(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
