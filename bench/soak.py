"""Soak: 16 clients for 60 seconds over pages, searches and newsletter sign-ups, with PostgreSQL
restarted once in the middle. Reports the requests, the errors by status, and the time to recover.

How
    - The same server as bench/http.py: gunicorn (2 workers) with the production settings, PostgreSQL
      (database `hls_soak`, recreated, migrated and given the demo content) and Redis, on loopback.
    - CLIENTS threads, each in a loop for DURATION seconds: 60% pages (home, libraries with random
      filters, so many are page-cache misses, case studies, resources, newsletter issues, in three
      languages), 25% searches for random words, 15% sign-ups (GET the form for its CSRF token, POST it
      with a new address; a sign-up is accepted when it answers 302 to "check your email"). Sign-ups
      come through `X-Forwarded-For` with an address each (CLIENT_IP_HEADER), as behind a proxy, so the
      per-address rate limit does not refuse them.
    - At RESTART_AT seconds PostgreSQL is restarted, once (`pg_ctlcluster ... restart`; other people may
      share the server), and polled until it accepts connections again. At the end it is checked to be up
      (started if not), and every accepted sign-up is looked for in the database.
    - Targets: no 5xx or failed request outside the restart window (from the restart to 5 s after the
      server is back), recovery (last failure minus the moment the server was back) within 5 s, and no
      accepted sign-up missing.

    make soak
    .venv/bin/python -m bench.soak --duration 30 --no-docs

Exit status 0 when it ran (the report says MET or NOT MET), 1 when it could not run.
"""

import argparse
import http.client
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from urllib.parse import urlencode, urlsplit

from bench.http import (
    DOCS,
    PG_HOST,
    PG_PORT,
    BenchmarkError,
    gunicorn,
    machine,
    prepare,
    write_section,
)

SECTION = "## Soak: load and a database restart"
PG_DB = "hls_soak"
CLIENTS = 16
DURATION = 60
RESTART_AT = 20
RECOVERY_TARGET = 5.0
WORDS = "learning debt housing care trust community listening council health equity".split()
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def cluster_version():
    versions = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else []
    if not versions:
        raise BenchmarkError("No PostgreSQL cluster under /etc/postgresql to restart.")
    return versions[0]


def pg_is_ready():
    done = subprocess.run(["pg_isready", "-q", "-h", PG_HOST, "-p", str(PG_PORT)], capture_output=True)
    return done.returncode == 0


def restart_postgres(events):
    events["restart_started"] = time.monotonic()
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", cluster_version(), "main", "restart"],
        capture_output=True,
        timeout=120,
    )
    while not pg_is_ready():
        time.sleep(0.05)
    events["postgres_back"] = time.monotonic()


def ensure_postgres_up():
    if pg_is_ready():
        return
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", cluster_version(), "main", "start"],
        capture_output=True,
    )
    for _ in range(60):
        if pg_is_ready():
            return
        time.sleep(1)
    raise BenchmarkError("PostgreSQL did not come back up; start it by hand.")


class Client:
    def __init__(self, base, pages, stop, results, accepted, lock, seed):
        self.netloc = urlsplit(base).netloc
        self.pages = pages
        self.stop = stop
        self.results = results
        self.accepted = accepted
        self.lock = lock
        self.rng = random.Random(seed)

    def request(self, method, path, body=None, headers=None, kind="page"):
        started = time.monotonic()
        headers = {"X-Forwarded-Proto": "https", "Host": self.netloc, **(headers or {})}
        try:
            connection = http.client.HTTPConnection(self.netloc, timeout=30)
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
            status = response.status
            result = (status, response.getheaders(), content)
            connection.close()
        except OSError as error:
            status, result = f"error: {type(error).__name__}", None
        with self.lock:
            self.results.append((started, time.monotonic(), kind, status))
        return result

    def sign_up(self):
        got = self.request("GET", "/subscriptions/", kind="sign-up form")
        if not got or got[0] != 200:
            return
        cookie = next(
            (v.split(";")[0] for k, v in got[1] if k.lower() == "set-cookie" and "csrftoken" in v), ""
        )
        token = TOKEN.search(got[2].decode())
        if not cookie or not token:
            return
        email = f"soak-{uuid.uuid4().hex[:12]}@example.org"
        fake_ip = f"10.{self.rng.randrange(256)}.{self.rng.randrange(256)}.{self.rng.randrange(1, 255)}"
        body = urlencode(
            {
                "csrfmiddlewaretoken": token.group(1),
                "email": email,
                "language": "en",
                "website": "",
                "source": "/",
            }
        )
        posted = self.request(
            "POST",
            "/subscriptions/",
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": cookie,
                "Referer": f"https://{self.netloc}/subscriptions/",
                "Origin": f"https://{self.netloc}",
                "X-Forwarded-For": fake_ip,
            },
            kind="sign-up",
        )
        if posted and posted[0] == 302 and "check-your-email" in dict(posted[1]).get("Location", ""):
            with self.lock:
                self.accepted.append(email)

    def run(self):
        while not self.stop.is_set():
            roll = self.rng.random()
            if roll < 0.60:
                self.request("GET", self.rng.choice(self.pages))
            elif roll < 0.85:
                self.request("GET", "/search/?" + urlencode({"q": self.rng.choice(WORDS)}), kind="search")
            else:
                self.sign_up()


def soak_pages():
    from wagtail.models import Page

    from core.models import Sector, Theme

    pages = [p.url for p in Page.objects.live().filter(depth__gt=1).specific() if p.url]
    themes = list(Theme.objects.filter(locale__language_code="en").values_list("slug", flat=True))
    sectors = list(Sector.objects.filter(locale__language_code="en").values_list("slug", flat=True))
    pages += [f"/case-studies/?theme={t}&sector={s}" for t in themes for s in sectors]
    pages += [f"/resources/?theme={t}" for t in themes]
    return pages


def missing_sign_ups(emails):
    from django.db import connections

    from newsletter.models import Subscriber

    for connection in connections.all():
        connection.close()
    found = set(Subscriber.objects.filter(email__in=emails).values_list("email", flat=True))
    return sorted(set(emails) - found)


def run(args, argv):
    command = " ".join(["python -m bench.soak", *argv]) if argv else "make soak"
    env, work = prepare(PG_DB)
    try:
        info = machine()
        pages = soak_pages()
        env = {**env, "CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR", "TRUSTED_PROXY_COUNT": "1"}
        log = work / "gunicorn.log"
        results, accepted, lock, stop, events = [], [], threading.Lock(), threading.Event(), {}
        with gunicorn(env, log) as base:
            clients = [Client(base, pages, stop, results, accepted, lock, n) for n in range(args.clients)]
            threads = [threading.Thread(target=c.run, daemon=True) for c in clients]
            began = time.monotonic()
            print(
                f"{args.clients} clients for {args.duration} s; PostgreSQL restarts at {args.restart_at} s",
                flush=True,
            )
            for thread in threads:
                thread.start()
            time.sleep(args.restart_at)
            try:
                restart_postgres(events)
            finally:
                ensure_postgres_up()
            print(
                f"PostgreSQL restarted: down for {events['postgres_back'] - events['restart_started']:.2f} s",
                flush=True,
            )
            time.sleep(max(0, args.duration - (time.monotonic() - began)))
            stop.set()
            for thread in threads:
                thread.join(timeout=40)
        ensure_postgres_up()
        missing = missing_sign_ups(accepted)
        section = report(results, accepted, missing, events, began, info, command, args)
        print("\n" + section)
        if not args.no_docs:
            write_section(section, SECTION)
            print(f"Written to {DOCS.relative_to(DOCS.parent.parent)}")
        if log.exists():
            shutil.copy(log, "/tmp/hls-soak-gunicorn.log")
    finally:
        ensure_postgres_up()
        shutil.rmtree(work, ignore_errors=True)


def failed(status):
    return not isinstance(status, int) or status >= 500


def report(results, accepted, missing, events, began, info, command, args):
    restart, back = events["restart_started"], events["postgres_back"]
    window_end = back + RECOVERY_TARGET
    by_status = Counter(str(status) for _s, _e, _k, status in results)
    by_kind = Counter(kind for _s, _e, kind, _status in results)
    failures = [(s, e, k, st) for s, e, k, st in results if failed(st)]
    outside = [f for f in failures if f[1] < restart or f[0] > window_end]
    last_failure = max((e for _s, e, _k, _st in failures), default=None)
    recovery = max(0.0, last_failure - back) if last_failure is not None else 0.0
    met = {
        "no 5xx or failed request outside the restart window": not outside,
        f"recovery within {RECOVERY_TARGET:.0f} s of PostgreSQL accepting connections": recovery
        <= RECOVERY_TARGET,
        "no accepted sign-up lost": not missing,
    }
    statuses = ", ".join(f"{status}: {count:,}" for status, count in sorted(by_status.items()))
    kinds = ", ".join(f"{kind}: {count:,}" for kind, count in sorted(by_kind.items()))
    lines = [
        SECTION,
        "",
        f"{args.clients} clients for {args.duration} s over pages, searches and newsletter sign-ups against",
        "gunicorn (2 workers) with the production settings, PostgreSQL and Redis on loopback; PostgreSQL is",
        "restarted once in the middle. Written by `bench/soak.py` (its docstring explains the method).",
        "",
        f"- Date: {info['date']}; code: {info['code']}",
        f"- Machine: {info['machine']}; load average {info['load']} when the run began",
        f"- Command: `{command}`",
        "",
        f"- Requests: **{len(results):,}** ({kinds})",
        f"- By status: {statuses}",
        f"- PostgreSQL restart at {restart - began:.1f} s; accepting connections again "
        f"{back - restart:.2f} s later",
        f"- Failed requests (5xx or no answer): {len(failures):,}, of which outside the window "
        f"(restart to 5 s after it was back): **{len(outside)}**",
        f"- Time to recover (last failure after PostgreSQL was back): **{recovery:.2f} s**",
        f"- Sign-ups accepted: {len(accepted):,}; missing from the database afterwards: **{len(missing)}**",
        "",
        "Targets:",
        "",
        *(f"- {text}: **{'MET' if ok else 'NOT MET'}**" for text, ok in met.items()),
        "",
    ]
    return "\n".join(lines)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--duration", type=int, default=DURATION, help="seconds (default 60)")
    parser.add_argument("--restart-at", type=int, default=RESTART_AT, help="seconds in (default 20)")
    parser.add_argument("--no-docs", action="store_true", help="print without writing docs/benchmarks.md")
    args = parser.parse_args(argv)
    if not 0 < args.restart_at < args.duration:
        parser.error("--restart-at must fall inside --duration")
    if not shutil.which("pg_ctlcluster"):
        print("pg_ctlcluster is not installed: the soak restarts a local Debian PostgreSQL.", file=sys.stderr)
        return 1
    try:
        run(args, argv)
    except BenchmarkError as error:
        print(f"\nSOAK FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
