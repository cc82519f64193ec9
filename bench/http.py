"""Benchmark: the site over HTTP under gunicorn with the production settings, uncached and from the page
cache, beside a static file served by whitenoise as the ceiling.

What it measures
    Requests per second and the 50th/95th percentile latency of six pages: the home page, the case study
    library with two filters, a case study, a resource, a newsletter issue and a search. Each is measured
    with the page cache off (PAGE_CACHE_SECONDS=0: every request renders) and from the page cache; a
    static file (the stylesheet, through whitenoise) is the ceiling, and every figure is also given as a
    ratio to it, since ratios measured side by side compare across machines. SQL queries per page are
    counted in-process on the same database (a warm second request, as a worker serves it).

How
    - PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth): database `hls_bench_http` is dropped,
      recreated and migrated; the demo content is loaded (the measured pages are demo pages), then the
      English library is bulk-seeded to 1,000 case studies with bench/search.py's seeder (and to 10,000
      with --large, which then measures every page uncached again).
    - gunicorn with gunicorn.conf.py and 2 workers (WEB_CONCURRENCY=2), the production settings,
      Redis on 127.0.0.1:6379 as the cache (a key prefix of its own; nothing is flushed), collectstatic
      into a temporary folder, access log off, requests sent with `X-Forwarded-Proto: https` as a TLS
      proxy would (SECURE_PROXY_SSL_HEADER), on a free loopback port.
    - Load: wrk (Debian's package, installed with apt-get when missing), CONNECTIONS connections on one
      thread for DURATION seconds per figure, after a short warm-up. The pages from the cache are checked
      to be hits (X-Page-Cache: hit) before they are measured.

    make bench                                     # 1,000 case studies (with the other benchmarks)
    .venv/bin/python -m bench.http --large         # also at 10,000 case studies
    .venv/bin/python -m bench.http --duration 3 --no-docs   # a quick check

Exit status 0 whether or not the targets are met (the report says MET or NOT MET); 1 when the benchmark
itself could not run.
"""

import argparse
import datetime
import os
import platform
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "benchmarks.md"
SECTION = "## Pages over HTTP"
PG_HOST, PG_PORT, PG_USER = "127.0.0.1", 5432, "postgres"
PG_DB = "hls_bench_http"
REDIS_URL = "redis://127.0.0.1:6379/0"
WORKERS = 2
CONNECTIONS = 4
DURATION = 8
SIZES = (1_000, 10_000)

TARGET_CACHED_RATIO = 0.30
TARGET_CASE_STUDY_QUERIES = 20
TARGET_CASE_STUDY_RPS = 90
TARGET_GROWTH = 2.0
TARGET_MAX_SECONDS = 1.0

WRK_SCRIPT = """
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency.max, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
"""


class BenchmarkError(Exception):
    pass


# --- Tools ------------------------------------------------------------------------------------------------


def ensure_wrk():
    if shutil.which("wrk"):
        return shutil.which("wrk")
    print("wrk is missing; installing Debian's package...", flush=True)
    for command in (["apt-get", "install", "-y", "-q", "wrk"], ["apt-get", "update", "-q"]):
        subprocess.run(command, capture_output=True)
        if shutil.which("wrk"):
            return shutil.which("wrk")
    subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], capture_output=True)
    if not shutil.which("wrk"):
        raise BenchmarkError("wrk is not installed and `apt-get install wrk` failed; install it and retry.")
    return shutil.which("wrk")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pg(command, *args, database=None):
    done = subprocess.run(
        [command, "-h", PG_HOST, "-p", str(PG_PORT), "-U", PG_USER, *args], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise BenchmarkError(f"`{command} {' '.join(args)}` failed: {done.stderr.strip()}")
    return done.stdout


def server_environment(database, static_root, media_root, **extra):
    """The environment of the production settings on loopback: what both the server and this process use."""
    env = {
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "DATABASE_URL": f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{database}",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": "2525",
        "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": f"hls-bench-{secrets.token_hex(4)}",
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
        "WEB_CONCURRENCY": str(WORKERS),
        "GUNICORN_ACCESS_LOG": "false",
        "LOG_LEVEL": "WARNING",
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
    }
    env.update({key: str(value) for key, value in extra.items()})
    env.pop("SEARCH_URL", None)
    return env


def setup_django(env):
    os.environ.update(env)
    os.environ.pop("SEARCH_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


@contextmanager
def gunicorn(env, log_path, **extra):
    """gunicorn with gunicorn.conf.py on a free loopback port; yields the base URL."""
    port = free_port()
    process_env = {**os.environ, **env, **{k: str(v) for k, v in extra.items()}, "HOST": "127.0.0.1"}
    process_env["PORT"] = str(port)
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "site_config.wsgi"],
            cwd=ROOT,
            env=process_env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise BenchmarkError(f"gunicorn stopped (exit {process.returncode}); see {log_path}")
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise BenchmarkError(f"gunicorn did not answer /healthz within 60 s; see {log_path}")
            time.sleep(0.3)
        yield base
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def wrk(url, duration, connections=CONNECTIONS):
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(WRK_SCRIPT)
    try:
        done = subprocess.run(
            [
                ensure_wrk(),
                "-t1",
                f"-c{connections}",
                f"-d{duration}s",
                "--timeout",
                "10s",
                "-H",
                "X-Forwarded-Proto: https",
                "-s",
                str(script),
                url,
            ],
            capture_output=True,
            text=True,
            timeout=duration + 60,
        )
    finally:
        script.unlink()
    line = next((line for line in done.stdout.splitlines() if line.startswith("RESULT ")), None)
    if line is None:
        raise BenchmarkError(f"wrk gave no result for {url}: {done.stdout} {done.stderr}")
    requests, duration_us, p50, p95, worst, bad_status, socket_errors = map(int, line.split()[1:])
    return {
        "requests": requests,
        "rps": requests / (duration_us / 1e6),
        "p50_ms": p50 / 1000,
        "p95_ms": p95 / 1000,
        "max_ms": worst / 1000,
        "non_2xx": bad_status,
        "socket_errors": socket_errors,
    }


# --- The site ---------------------------------------------------------------------------------------------


def seeder(rng):
    """bench/search.py's bulk seeder, growing the demo's own English library with its own terms."""
    from bench.search import Site

    class DemoLibrary(Site):
        def create_library(self):
            from django.conf import settings
            from taggit.models import Tag
            from wagtail.models import Locale

            from case_studies.models import CaseStudyIndexPage
            from core.models import Organisation, Region, Sector, Theme

            self.locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
            self.library = CaseStudyIndexPage.objects.get(locale=self.locale)
            self.themes = list(Theme.objects.filter(locale=self.locale))
            self.sectors = list(Sector.objects.filter(locale=self.locale))
            self.regions = list(Region.objects.filter(locale=self.locale))
            self.organisations = list(Organisation.objects.filter(locale=self.locale))
            self.tags = list(Tag.objects.all()[:20])
            last = self.library.get_last_child()
            # New pages are numbered after the demo's last child, so their tree paths are free.
            self.count = int(last.path[-self.library.steplen :], 36) if last else 0

    site = DemoLibrary(rng)
    site.create_library()
    return site


def choose_pages():
    """The pages measured: demo pages with no sign-up form (a page with one is never cached)."""
    from django.test import Client

    from case_studies.models import CaseStudyIndexPage, CaseStudyPage
    from newsletter.models import NewsletterIssuePage
    from resources.models import ResourcePage

    client = Client()

    def cacheable(pages):
        for page in pages:
            response = client.get(page.url, HTTP_X_FORWARDED_PROTO="https")
            if response.status_code == 200 and "csrftoken" not in response.cookies:
                return page.url
        raise BenchmarkError(f"No cacheable page among {pages!r}")

    english = {"locale__language_code": "en"}
    library = CaseStudyIndexPage.objects.get(**english)
    story = CaseStudyPage.objects.live().filter(**english).order_by("path")[:10]
    first = story[0]
    theme = first.themes.first().slug
    sector = first.sectors.first().slug
    return [
        ("Home page", "/"),
        ("Case study library, two filters", f"{library.url}?theme={theme}&sector={sector}"),
        ("Case study", cacheable(story)),
        ("Resource", cacheable(ResourcePage.objects.live().filter(**english).order_by("path")[:10])),
        (
            "Newsletter issue",
            cacheable(NewsletterIssuePage.objects.live().filter(**english).order_by("path")),
        ),
        ("Search", "/search/?q=learning"),
    ]


def count_queries(pages):
    """SQL queries of each page rendered in-process (page cache off), on a warm second request."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    counts = {}
    client = Client()
    with override_settings(PAGE_CACHE_SECONDS=0):
        for label, url in pages:
            client.get(url, HTTP_X_FORWARDED_PROTO="https")
            with CaptureQueriesContext(connection) as context:
                response = client.get(url, HTTP_X_FORWARDED_PROTO="https")
            if response.status_code != 200:
                raise BenchmarkError(f"{url} answered {response.status_code}")
            counts[label] = len(context.captured_queries)
    return counts


def measure(base, pages, duration, *, cached):
    results = {}
    for label, url in pages:
        status, headers, _body = fetch(base + url)
        if status != 200:
            raise BenchmarkError(f"{url} answered {status}")
        if cached and label != "Search":
            status, headers, _body = fetch(base + url)
            if headers.get("X-Page-Cache") != "hit":
                raise BenchmarkError(f"{url} was not served from the page cache: {headers}")
        if cached and label == "Search":
            results[label] = None  # never cached, by design
            continue
        wrk(base + url, 1)  # warm-up
        results[label] = wrk(base + url, duration)
        print(
            f"    {label:<34} {results[label]['rps']:8.1f} req/s  p50 {results[label]['p50_ms']:7.1f} ms"
            f"  p95 {results[label]['p95_ms']:7.1f} ms",
            flush=True,
        )
    return results


def static_url():
    from django.templatetags.static import static

    return static("css/site.css")


def measure_static(base, duration):
    status, headers, _ = fetch(base + static_url())
    if status != 200:
        raise BenchmarkError(f"The static file answered {status}")
    wrk(base + static_url(), 1)
    result = wrk(base + static_url(), duration)
    print(
        f"    {'Static file (whitenoise)':<34} {result['rps']:8.1f} req/s  p50 {result['p50_ms']:7.1f} ms"
        f"  p95 {result['p95_ms']:7.1f} ms",
        flush=True,
    )
    return result


# --- Report -----------------------------------------------------------------------------------------------


def machine():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0].split()[0]
    cpu = ""
    if Path("/proc/cpuinfo").exists():
        cpu = next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            "",
        )
    wrk_version = subprocess.run([ensure_wrk(), "-v"], capture_output=True, text=True)
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, "
        f"PostgreSQL {postgres}, Redis on loopback",
        "load": ", ".join(f"{value:.2f}" for value in os.getloadavg()),
        "wrk": (wrk_version.stdout + wrk_version.stderr).split("\n")[0].strip(),
        "code": commit.stdout.strip() or "unknown",
    }


def _ratio(result, ceiling):
    return result["rps"] / ceiling["rps"] if result else None


def _cell(result, ceiling):
    if result is None:
        return "never cached | | | "
    return (
        f"{result['rps']:,.0f} | {result['p50_ms']:.1f} | {result['p95_ms']:.1f} | "
        f"**{_ratio(result, ceiling):.2f}**"
    )


def verdicts(rounds, queries):
    small = rounds[0]
    ceiling = small["ceiling"]
    out = []
    cached_ratios = {label: _ratio(r, ceiling) for label, r in small["cached"].items() if r}
    worst = min(cached_ratios, key=cached_ratios.get)
    out.append(
        (
            f"every page from the page cache at least {TARGET_CACHED_RATIO:.0%} of the static ceiling "
            f"(lowest: {worst}, {cached_ratios[worst]:.2f}; search is never cached, by design)",
            cached_ratios[worst] >= TARGET_CACHED_RATIO,
        )
    )
    out.append(
        (
            f"uncached, a case study page within {TARGET_CASE_STUDY_QUERIES} SQL queries "
            f"({queries['Case study']})",
            queries["Case study"] <= TARGET_CASE_STUDY_QUERIES,
        )
    )
    rps = small["uncached"]["Case study"]["rps"]
    out.append(
        (
            f"uncached, a case study page at least {TARGET_CASE_STUDY_RPS} requests/s on {WORKERS} workers "
            f"({rps:.0f})",
            rps >= TARGET_CASE_STUDY_RPS,
        )
    )
    if len(rounds) > 1:
        large = rounds[-1]
        for label in ("Case study library, two filters", "Search"):
            raw = large["uncached"][label]["p50_ms"] / small["uncached"][label]["p50_ms"]
            # Time per request as a share of the machine's speed at that moment (the static ceiling
            # measured beside it): the machine is shared, so raw times of two rounds minutes apart
            # also measure the neighbours.
            growth = _ratio(small["uncached"][label], small["ceiling"]) / _ratio(
                large["uncached"][label], large["ceiling"]
            )
            out.append(
                (
                    f"{label} at {large['size']:,} no slower than {TARGET_GROWTH:.0f}× its time at "
                    f"{small['size']:,}, against the static ceiling of each round ({growth:.2f}×; raw p50 "
                    f"{raw:.2f}×, static ceiling {small['ceiling']['rps']:,.0f} then "
                    f"{large['ceiling']['rps']:,.0f} req/s)",
                    growth <= TARGET_GROWTH,
                )
            )
        slowest = max(large["uncached"].items(), key=lambda item: item[1]["p95_ms"])
        out.append(
            (
                f"no page above {TARGET_MAX_SECONDS:.0f} s at {large['size']:,} case studies (slowest p95: "
                f"{slowest[0]}, {slowest[1]['p95_ms']:.0f} ms)",
                slowest[1]["p95_ms"] <= TARGET_MAX_SECONDS * 1000,
            )
        )
    else:
        out.append(("the 10,000 case study targets: not measured (run with --large)", None))
    return out


def report(rounds, queries, info, command, duration):
    lines = [
        SECTION,
        "",
        "Whole pages over HTTP under gunicorn (2 sync workers) with the production settings, PostgreSQL and",
        "Redis, measured with wrk on loopback; uncached (every request renders) and from the page cache,",
        "beside a static file served by whitenoise, the ceiling. Written by `bench/http.py` (its docstring",
        "explains the method). Ratios to the ceiling, measured in the same run, compare across machines.",
        "",
        f"- Date: {info['date']}; code: {info['code']}",
        f"- Machine: {info['machine']}; load average {info['load']} when the run began",
        f"- Command: `{command}`; {info['wrk']}, {CONNECTIONS} connections, {duration} s per figure",
        "",
    ]
    for r in rounds:
        ceiling = r["ceiling"]
        lines += [
            f"### {r['size']:,} case studies",
            "",
            f"Static ceiling: **{ceiling['rps']:,.0f} requests/s** (p50 {ceiling['p50_ms']:.1f} ms, "
            f"p95 {ceiling['p95_ms']:.1f} ms).",
            "",
            "| Page | SQL queries | Uncached req/s | p50 ms | p95 ms | vs static | Cached req/s | p50 ms | "
            "p95 ms | vs static |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for label, _url in r["pages"]:
            cached = _cell(r["cached"].get(label), ceiling) if r.get("cached") else "not measured | | |"
            lines.append(
                f"| {label} | {r['queries'][label]} | {_cell(r['uncached'][label], ceiling)} | {cached} |"
            )
        errors = sum(
            (result or {}).get("non_2xx", 0) + (result or {}).get("socket_errors", 0)
            for phase in ("uncached", "cached")
            for result in (r.get(phase) or {}).values()
        )
        lines += ["", f"Non-2xx responses and socket errors during the {r['size']:,} round: {errors}.", ""]
    lines += ["Pages measured: " + ", ".join(f"{label} `{url}`" for label, url in rounds[0]["pages"]), ""]
    lines += ["Targets:", ""]
    for text, ok in verdicts(rounds, queries):
        lines.append(f"- {text}: **{'MET' if ok else 'NOT MET' if ok is False else 'NOT MEASURED'}**")
    lines.append("")
    return "\n".join(lines)


def write_section(section, name=SECTION):
    """Replace the section headed `name` in docs/benchmarks.md, keeping every other section."""
    from bench.search import DOCS_HEADER

    text = DOCS.read_text() if DOCS.exists() else DOCS_HEADER
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == name), None)
    if start is None:
        new = text.rstrip("\n") + "\n\n" + section
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        before = "\n".join(lines[:start]).rstrip("\n")
        after = "\n".join(lines[end:])
        new = before + "\n\n" + section.rstrip("\n") + ("\n\n" + after if after else "")
    DOCS.write_text(new.rstrip("\n") + "\n")


# --- Main -------------------------------------------------------------------------------------------------


def prepare(database, *, demo=True):
    """Recreate `database`, migrate, load the demo content, collect static files. Returns the environment."""
    pg("dropdb", "--if-exists", "--force", database)
    pg("createdb", database)
    work = Path(tempfile.mkdtemp(prefix=f"{database}-"))
    env = server_environment(database, work / "static", work / "media")
    setup_django(env)
    from django.core.management import call_command

    print("Migrating, loading the demo content, collecting static files...", flush=True)
    call_command("migrate", interactive=False, verbosity=0)
    if demo:
        call_command("load_demo_content", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    return env, work


def run(args, argv):
    command = " ".join(["python -m bench.http", *argv]) if argv else "make bench"
    ensure_wrk()
    env, work = prepare(PG_DB)
    try:
        info = machine()
        site = seeder(random.Random(20_260_101))
        log = work / "gunicorn.log"
        rounds = []
        for size in SIZES[: 2 if args.large else 1]:
            print(f"Seeding to {size:,} case studies...", flush=True)
            site.grow_to(size)
            pages = choose_pages()
            queries = count_queries(pages)
            print("  SQL queries per page: " + ", ".join(f"{k}: {v}" for k, v in queries.items()), flush=True)
            round_ = {"size": size, "pages": pages, "queries": queries}
            print(f"  Uncached (PAGE_CACHE_SECONDS=0), {size:,} case studies:", flush=True)
            with gunicorn(env, log, PAGE_CACHE_SECONDS=0) as base:
                ceiling_before = measure_static(base, args.duration)
                round_["uncached"] = measure(base, pages, args.duration, cached=False)
            if size == SIZES[0]:
                print("  From the page cache:", flush=True)
                with gunicorn(env, log) as base:
                    ceiling_after = measure_static(base, args.duration)
                    round_["cached"] = measure(base, pages, args.duration, cached=True)
            else:
                ceiling_after = ceiling_before
                round_["cached"] = None
            # The ceiling is the better of its two measurements (each beside one phase).
            round_["ceiling"] = max(ceiling_before, ceiling_after, key=lambda r: r["rps"])
            rounds.append(round_)
        section = report(rounds, rounds[0]["queries"], info, command, args.duration)
        print("\n" + section)
        if not args.no_docs:
            write_section(section)
            print(f"Written to {DOCS.relative_to(ROOT)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m bench.http", description=__doc__.split("\n\n")[0])
    parser.add_argument("--large", action="store_true", help="also measure at 10,000 case studies")
    parser.add_argument("--duration", type=int, default=DURATION, help="seconds per figure (default 8)")
    parser.add_argument("--no-docs", action="store_true", help="print without writing docs/benchmarks.md")
    parser.add_argument("--timeout", type=int, default=1800, help="give up after this many seconds")
    args = parser.parse_args(argv)
    if args.duration < 1:
        parser.error("--duration must be at least 1 second")

    def timed_out(signum, frame):
        raise BenchmarkError("The benchmark took longer than its --timeout.")

    signal.signal(signal.SIGALRM, timed_out)
    signal.alarm(args.timeout)
    try:
        run(args, argv)
    except BenchmarkError as error:
        print(f"\nBENCHMARK FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        signal.alarm(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
