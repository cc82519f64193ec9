"""Benchmark: how fast the site search page answers, and whether it stays fast as the site grows.

What it measures
    The whole `/search/?q=` page (search.views.search: the LibraryFilter with its facet counts, relevance
    ranking by the PostgreSQL full-text backend in search/backends.py, 12 results per page, promotions,
    query logging, templates and middleware), requested in-process through `django.test.Client`, on
    PostgreSQL with 1,000 and then 10,000 case studies. For each size: the median and 95th percentile of
    the per-request latency over a fixed set of ~20 queries (common and rare words, two words, quoted
    phrases, no match, filters, "newest first" and page 2), and the SQL queries each page runs.

Why
    The issue's targets: the search page's 95th percentile under 100 ms at 10,000 case studies, and at
    most twice its 1,000-case-study time. (The reference Wagtail demo takes about 5 s at 10,000 pages: its
    query cannot use an index, so it scans the whole search table, and its view loads every match before
    paging.) Milliseconds depend on the machine, so the same run also times a baseline over the same data
    and queries: a plain `icontains` on title and summary (a count plus the first 12 rows, as a naive
    search page would run). "Search / baseline" and the growth from the smallest to the largest size are
    ratios measured in one run, so they compare across machines.

How
    - PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth); database `hls_bench_search` is dropped,
      recreated and migrated on every run. Settings are `site_config.settings.dev` with DEBUG off (as in
      production: cached templates, no query log), the immediate tasks backend, a throwaway MEDIA_ROOT.
    - Content: an English case study library with three themes, sectors, regions, organisations and
      tags. Each case study has a title, summary and a several-section body drawn from a seeded random
      generator over a vocabulary of ~4,000 words with Zipf-like frequencies (function words and domain
      words such as "learning" are common; the long tail of made-up words is rare), plus a few planted
      phrases at known rates ("public service" in 60% of case studies, "human learning systems" in 30%,
      "participatory budgeting" in 3%, "kintsugi" in 0.2%). Same seed, same site.
    - Seeding is bulk: pages are written straight into Wagtail's tree (page and case study rows, tree
      paths, many-to-many links and tags in batches, checked afterwards with treebeard's find_problems
      and by requesting one page), then indexed through the search backend's own bulk `add_bulk` (the
      code `update_index` runs) rather than one page at a time, then VACUUM ANALYZE, as autovacuum would
      leave a live site. The second size tops up the first rather than starting over.
    - Each query is requested once to warm up (with CaptureQueriesContext: the SQL statements, and how
      many of them evaluate the search itself) and then timed REPEATS times; an execute wrapper times
      every SQL statement, so each request's SQL share is known, and the slowest statement of the slowest
      request (and of the slowest full-text one) is shown with EXPLAIN (ANALYZE, BUFFERS), which says
      whether the title-and-body GIN index was used. A query slower than SLOW_REQUEST seconds is timed
      once (its warm-up, counted REPEATS times in the percentiles), so a pathological query cannot make
      the run unbounded; the report lists such queries.
    - The baseline runs `CaseStudyPage.objects.live().filter(Q(title__icontains=w) | Q(summary__icontains=w))`
      (count, then the 12 newest) for the first word of each query, warmed up and timed the same way.

    make bench                                      # 1,000 and 10,000 case studies; writes docs/benchmarks.md
    .venv/bin/python -m bench.search --sizes 200,2000 --no-docs     # a quick check

The exit status is 0 whether or not the targets are met (the report says MET or NOT MET); it is 1 only
when the benchmark itself could not run or its checks of the seeded data failed.
"""

import argparse
import datetime
import os
import platform
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "benchmarks.md"
SECTION = "## Site search"
DOCS_HEADER = (
    "# Benchmarks\n\nEach section is written by a script in `bench/`; `make bench` refreshes them.\n"
)

PG_HOST, PG_PORT, PG_USER, PG_DB = "127.0.0.1", 5432, "postgres", "hls_bench_search"
DEFAULT_SIZES = (1_000, 10_000)
REPEATS = 5  # timed requests per query, after one warm-up
SLOW_REQUEST = 3.0  # seconds: a query whose warm-up takes longer is not repeated (see measure_search)
BATCH = 1_000  # case studies written and indexed per batch
SEED = 20_260_101
TARGET_P95_MS = 100.0  # at the largest size
TARGET_GROWTH = 2.0  # p95 at the largest size / p95 at the smallest
PER_PAGE = 12


class BenchmarkError(Exception):
    """The benchmark could not run, or the data it built is not what it meant to build."""


# --- Vocabulary and text ------------------------------------------------------------------------------

# Most frequent first: the rank decides how often a word is drawn (Zipf-like weights 1/rank^1.1).
FUNCTION_WORDS = """the of and to a in that is for it with as was on be by this are at from or have an
they which not but had we their been has more were one all there can so what when who will also into its
about them than our other some how only over such these most then could would after where many both each
through between while because before""".split()
DOMAIN_WORDS = """learning people community health public service work support system team local care
council change housing services relationships families time help young trust staff partners practice
human together data outcomes approach money advice children funding commissioning change listening
residents workers manager systems health people needs experience question conversation families voice
neighbourhood wellbeing volunteers partnership evaluation measurement improvement place strengths
homelessness debt recovery mental isolation loneliness education school employment skills training
justice probation police prison youth older adults disability carers hospital practice nursing primary
clinic pharmacy social housing tenancy landlord rent energy poverty food bank benefits welfare jobcentre
library culture sport parks transport digital access inclusion equality diversity migrants refugees
language interpreters faith charity grant foundation funder contract tender procurement budget
accountability governance board leadership culture values purpose mission strategy plan action review
reflection inquiry experiment prototype pilot test iteration cycle feedback story evidence insight
pattern complexity emergence adaptation resilience capability capacity confidence autonomy permission
curiosity kindness respect dignity agency power coproduction design facilitation coaching mentoring
supervision peer network gathering workshop session meeting retreat conference report toolkit guide
framework principle lesson reflection journal diary survey interview focus group dashboard indicator
metric target performance payment result contract outcome relational bureaucracy process paperwork
referral waiting list caseload assessment eligibility threshold triage handoff duplication silo
boundary collaboration integration alliance consortium commissioner provider frontline manager director
officer coordinator navigator worker advocate champion steward convenor host partner ally neighbour
street estate village town city county region rural coastal urban island valley market station corner
kitchen doorstep cafe hall centre hub garden allotment walk bus journey route map route home room table
morning evening winter summer month week year decade generation history future hope trust fear anger
grief joy pride shame stigma courage patience persistence humility honesty openness vulnerability""".split()
ONSETS = "b br c ch cl d dr f fl g gr h j k l m n p pl pr r s sh sl st t th tr v w z".split()
VOWELS = "a e i o u ai ea ee oa ou ie".split()
CODAS = ["", "", "n", "r", "l", "s", "m", "nd", "st", "th", "ck", "rn"]
VOCABULARY_SIZE = 4_000

# Planted phrases and the share of case studies that contain them.
PLANTED = [
    ("public service", 0.60),
    ("human learning systems", 0.30),
    ("participatory budgeting", 0.03),
    ("kintsugi", 0.002),
]
PLACES = """Gateshead Wigan Plymouth Cardiff Swansea Wrexham Leeds Bradford Lambeth Camden Hackney Croydon
Bristol Bath Exeter Truro Norwich Ipswich Luton Derby Nottingham Leicester Coventry Walsall Dudley Salford
Oldham Bolton Stockport Sefton Wirral Carlisle Durham Sunderland Hartlepool Middlesbrough York Hull
Lincoln Newport""".split()
ORGANISATION_KINDS = [
    ("Council", "local_authority"),
    ("Housing Trust", "charity"),
    ("NHS Foundation Trust", "nhs"),
    ("Citizens Advice", "charity"),
    ("Community Foundation", "funder"),
]
THEMES = [("human", "Human"), ("learning", "Learning"), ("systems", "Systems")]
SECTORS = [
    ("housing", "Housing"),
    ("health", "Health"),
    ("social-care", "Social care"),
    ("education", "Education"),
    ("criminal-justice", "Criminal justice"),
    ("employment", "Employment"),
    ("homelessness", "Homelessness"),
    ("welfare-and-debt", "Welfare and debt"),
]
REGIONS = [
    ("north-east", "North East"),
    ("north-west", "North West"),
    ("yorkshire", "Yorkshire"),
    ("midlands", "Midlands"),
    ("london", "London"),
    ("south-west", "South West"),
    ("wales", "Wales"),
    ("scotland", "Scotland"),
]
TAGS = """co-production commissioning learning-partner relational-practice place-based systems-change
peer-support lived-experience data trust outcomes-based-accountability action-learning reflective-practice
early-help prevention community-development asset-based mutual-aid volunteering""".split()
# Headings use no vocabulary word, so every query word's frequency comes from the Zipf draw and planting.
SECTION_HEADINGS = ["Where it started", "What was tried", "What happened next", "Looking back"]


def build_vocabulary(rng):
    """~4,000 distinct words, most frequent first: function words, domain words, then made-up words."""
    words = list(dict.fromkeys(FUNCTION_WORDS + DOMAIN_WORDS))
    known = set(words)
    while len(words) < VOCABULARY_SIZE:
        syllables = rng.choice((2, 2, 3))
        word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables))
        if word not in known and len(word) >= 5:
            known.add(word)
            words.append(word)
    return words


class TextMaker:
    """Deterministic text from the vocabulary. Function words keep their natural frequency in running text
    but are never used to start titles."""

    def __init__(self, rng):
        self.rng = rng
        self.words = build_vocabulary(rng)
        weights = [1 / rank**1.1 for rank in range(1, len(self.words) + 1)]
        self.cum_weights = list(_accumulate(weights))
        first_content = len(dict.fromkeys(FUNCTION_WORDS))
        self.content_words = self.words[first_content:]
        self.content_cum = list(_accumulate(weights[first_content:]))

    def words_(self, n, content_only=False):
        if content_only:
            return self.rng.choices(self.content_words, cum_weights=self.content_cum, k=n)
        return self.rng.choices(self.words, cum_weights=self.cum_weights, k=n)

    def sentence(self, low=8, high=20):
        return " ".join(self.words_(self.rng.randint(low, high))).capitalize() + "."

    def paragraph(self, low=3, high=6):
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def title(self):
        return " ".join(self.words_(self.rng.randint(4, 8), content_only=True)).capitalize()

    def summary(self):
        text = " ".join(self.sentence(8, 16) for _ in range(2))
        return text if len(text) <= 300 else text[:297].rsplit(" ", 1)[0] + "."

    def body(self, planted):
        """A StreamField body: four sections of heading and paragraphs, sometimes a quote. The planted
        phrases go into random paragraphs."""
        paragraphs = [self.paragraph() for _ in range(self.rng.randint(4, 7))]
        for phrase in planted:
            index = self.rng.randrange(len(paragraphs))
            words = paragraphs[index].split(" ")
            words.insert(self.rng.randrange(1, len(words)), phrase)
            paragraphs[index] = " ".join(words)
        blocks = []
        per_section = max(1, len(paragraphs) // len(SECTION_HEADINGS))
        for number, heading in enumerate(SECTION_HEADINGS):
            blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
            part = paragraphs[number * per_section : (number + 1) * per_section]
            if number == len(SECTION_HEADINGS) - 1:
                part = paragraphs[number * per_section :]
            blocks += [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in part]
            if number == 1 and self.rng.random() < 0.5:
                quote = {"quote": self.sentence(), "attribution": "A resident", "role": ""}
                blocks.append({"type": "quote", "value": quote})
        return blocks


def _accumulate(values):
    total = 0.0
    for value in values:
        total += value
        yield total


# --- The database and Django ----------------------------------------------------------------------------


def _pg(command, *args):
    try:
        done = subprocess.run(
            [command, "-h", PG_HOST, "-p", str(PG_PORT), "-U", PG_USER, *args], capture_output=True, text=True
        )
    except FileNotFoundError:
        raise BenchmarkError(
            f"`{command}` is not installed (the PostgreSQL client tools are needed)."
        ) from None
    if done.returncode != 0:
        raise BenchmarkError(f"`{command} {' '.join(args)}` failed: {done.stderr.strip()}")
    return done.stdout


def recreate_database():
    _pg("dropdb", "--if-exists", "--force", PG_DB)
    _pg("createdb", PG_DB)


def configure_django(media_root):
    """Everything Django reads from the environment, set before its settings load."""
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "site_config.settings.dev",
            "DATABASE_URL": f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{PG_DB}",
            "ALLOWED_HOSTS": "testserver,localhost,127.0.0.1",
            "MEDIA_ROOT": str(media_root),
            "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "DEBUG": "false",
            "LOG_LEVEL": "WARNING",
        }
    )
    os.environ.pop("SEARCH_URL", None)  # the database backend, whatever the shell has set
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()

    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise BenchmarkError("The benchmark must run on PostgreSQL.")
    if settings.DEBUG:
        raise BenchmarkError("DEBUG must be off: figures with DEBUG on are not what visitors get.")


# --- The site and its case studies ----------------------------------------------------------------------


class Site:
    """The case study library and its taxonomy, and a seeder that grows the library to a given size."""

    def __init__(self, rng):
        self.rng = rng
        self.text = TextMaker(rng)
        self.count = 0
        self.library = None

    def create_library(self):
        from django.conf import settings
        from taggit.models import Tag
        from wagtail.models import Locale

        from case_studies.models import CaseStudyIndexPage
        from core.models import Organisation, Region, Sector, Theme
        from home.models import HomePage

        self.locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        home = HomePage.objects.get(locale=self.locale)
        self.library = home.add_child(
            instance=CaseStudyIndexPage(
                title="Case studies",
                slug="case-studies",
                intro="Stories of public service becoming more human.",
            )
        )

        def terms(model, pairs):
            return model.objects.bulk_create(
                model(name=name, slug=slug, locale=self.locale) for slug, name in pairs
            )

        self.themes = terms(Theme, THEMES)
        self.sectors = terms(Sector, SECTORS)
        self.regions = terms(Region, REGIONS)
        self.organisations = Organisation.objects.bulk_create(
            Organisation(
                name=f"{place} {kind}",
                slug=f"{place} {kind}".lower().replace(" ", "-"),
                kind=kind_value,
                locale=self.locale,
            )
            for place in PLACES
            for kind, kind_value in ORGANISATION_KINDS
        )
        self.tags = Tag.objects.bulk_create(Tag(name=slug.replace("-", " "), slug=slug) for slug in TAGS)

    def grow_to(self, size):
        """Add case studies until the library has `size`, in batches, then VACUUM ANALYZE. Returns the
        seconds taken by writing the rows, by indexing them and by the vacuum."""
        from django.db import connection

        write_seconds = index_seconds = 0.0
        while self.count < size:
            batch = min(BATCH, size - self.count)
            start = time.perf_counter()
            pages = self._write_batch(batch)
            middle = time.perf_counter()
            self._index(pages)
            end = time.perf_counter()
            write_seconds += middle - start
            index_seconds += end - middle
            print(f"  {self.count:,} case studies", flush=True)
        start = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # what autovacuum would have done on a live site
        vacuum_seconds = time.perf_counter() - start
        # The vocabulary similar-word search proposes from, as the worker refreshes it after publishing.
        from search.words import refresh_words

        start = time.perf_counter()
        refresh_words()
        words_seconds = time.perf_counter() - start
        return {
            "write": write_seconds,
            "index": index_seconds,
            "vacuum": vacuum_seconds,
            "words": words_seconds,
        }

    def _new_page(self, number):
        from case_studies.models import CaseStudyPage

        rng = self.rng
        planted = [phrase for phrase, share in PLANTED if rng.random() < share]
        title = self.text.title()
        published = datetime.datetime(2019, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(
            minutes=rng.randrange(7 * 365 * 24 * 60)
        )
        slug = f"{'-'.join(title.lower().split()[:6])}-{number}"
        page = CaseStudyPage(
            title=title,
            draft_title=title,
            slug=slug,
            url_path=f"{self.library.url_path}{slug}/",
            path=CaseStudyPage._get_path(self.library.path, self.library.depth + 1, number),
            depth=self.library.depth + 1,
            numchild=0,
            locale=self.locale,
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            summary=self.text.summary(),
            organisation=rng.choice(self.organisations),
            period_start=published.date() - datetime.timedelta(days=rng.randrange(30, 900)),
            body=self.text.body(planted),
        )
        page._relations = {
            "themes": rng.sample(self.themes, rng.randint(1, 3)),
            "sectors": rng.sample(self.sectors, rng.randint(1, 2)),
            "regions": rng.sample(self.regions, 1),
            "tags": rng.sample(self.tags, rng.randint(0, 3)),
        }
        return page

    def _write_batch(self, batch):
        """Write `batch` case studies as Wagtail would store them, in a handful of statements: the page rows
        (bulk insert), the case study rows (Django's bulk_create refuses multi-table inheritance, so the
        same insert it uses, on the child table's own columns), the many-to-many links and the tags."""
        from django.db import transaction
        from django.db.models import F
        from wagtail.models import Page

        from case_studies.models import CaseStudyPage, CaseStudyTag

        pages = [self._new_page(self.count + n + 1) for n in range(batch)]
        page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        child_fields = list(CaseStudyPage._meta.local_concrete_fields)
        with transaction.atomic():
            rows = Page.objects._insert(pages, fields=page_fields, returning_fields=[Page._meta.pk])
            for page, (pk,) in zip(pages, rows, strict=True):
                page.id = page.page_ptr_id = pk
            CaseStudyPage.objects._insert(pages, fields=child_fields)
            for relation in ("themes", "sectors", "regions"):
                through = getattr(CaseStudyPage, relation).through
                target = through._meta.get_field(relation[:-1]).attname  # theme_id, sector_id, region_id
                through.objects.bulk_create(
                    through(casestudypage_id=page.pk, **{target: term.pk})
                    for page in pages
                    for term in page._relations[relation]
                )
            CaseStudyTag.objects.bulk_create(
                CaseStudyTag(content_object_id=page.pk, tag_id=tag.pk)
                for page in pages
                for tag in page._relations["tags"]
            )
            Page.objects.filter(pk=self.library.pk).update(numchild=F("numchild") + batch)
        self.count += batch
        return pages

    def _index(self, pages):
        """Index the batch with the search backend's bulk call, as `update_index` does."""
        from wagtail.search.backends import get_search_backend

        from case_studies.models import CaseStudyPage

        objects = (
            CaseStudyPage.get_indexed_objects().filter(pk__in=[p.pk for p in pages]).select_related("locale")
        )
        get_search_backend().add_bulk(CaseStudyPage, list(objects))

    def check(self, client):
        """The seeded pages are a sound Wagtail tree, searchable and served like any other page."""
        from wagtail.models import Page
        from wagtail.search.models import IndexEntry

        from case_studies.models import CaseStudyPage
        from search.views import searchable_pages

        problems = [name for name, found in zip(PROBLEM_NAMES, Page.find_problems(), strict=True) if found]
        if problems:
            raise BenchmarkError(f"The page tree has problems: {', '.join(problems)}.")
        live = CaseStudyPage.objects.child_of(self.library).live().count()
        visible = searchable_pages().count()
        indexed = IndexEntry.objects.filter(
            content_type__app_label="case_studies", content_type__model="casestudypage"
        ).count()
        if not live == visible == indexed == self.count:
            raise BenchmarkError(
                f"Expected {self.count:,} case studies; found {live:,} live, {visible:,} searchable, "
                f"{indexed:,} in the search index."
            )
        sample = CaseStudyPage.objects.child_of(self.library).order_by("path")[self.count // 2]
        response = client.get(sample.url)
        if response.status_code != 200 or sample.title not in response.content.decode():
            raise BenchmarkError(f"Case study {sample.url} answered {response.status_code}.")


PROBLEM_NAMES = ("evil characters", "bad step length", "orphans", "wrong depth", "wrong numchild")


# --- The queries ----------------------------------------------------------------------------------------


def query_set(words):
    """(label, query string) of the fixed query set. Rare words come from the vocabulary's long tail."""
    rare, rarer = words[2_500], words[3_900]
    return [
        ("very common word", {"q": "service"}),
        ("common word", {"q": "learning"}),
        ("common word", {"q": "community"}),
        ("common word", {"q": "housing"}),
        ("mid word", {"q": "resilience"}),
        ("rare word", {"q": rare}),
        ("rare word", {"q": rarer}),
        ("rare planted word", {"q": "kintsugi"}),
        ("organisation", {"q": "gateshead"}),
        ("two words", {"q": "community health"}),
        ("two words", {"q": "debt advice"}),
        ("two words, rare", {"q": f"learning {rare}"}),
        ("quoted phrase", {"q": '"participatory budgeting"'}),
        ("quoted phrase, common", {"q": '"human learning systems"'}),
        ("no match", {"q": "xylophonist"}),
        ("filter", {"q": "learning", "theme": "learning"}),
        ("type and sector", {"q": "community", "type": "case-studies", "sector": "housing"}),
        ("two filters", {"q": "health", "theme": "human", "region": "london"}),
        ("tag filter", {"q": "support", "tag": "co-production"}),
        ("newest first", {"q": "learning", "sort": "newest"}),
        ("page 2", {"q": "community", "page": "2"}),
        ("page 2, newest", {"q": "housing", "sort": "newest", "page": "2"}),
    ]


def url_for(params):
    return "/search/?" + urlencode(params)


@contextmanager
def timed_sql(record):
    """Time every SQL statement on the default connection; keep the total and the slowest SELECT."""
    from django.db import connection

    record.update(sql_seconds=0.0, statements=0, slowest=None)

    def wrapper(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            took = time.perf_counter() - start
            record["sql_seconds"] += took
            record["statements"] += 1
            if sql.lstrip().upper().startswith(("SELECT", "WITH")) and (
                record["slowest"] is None or took > record["slowest"][0]
            ):
                record["slowest"] = (took, sql, params)

    with connection.execute_wrapper(wrapper):
        yield record


def _get(client, url, *, capture=False):
    """One request, timed, with every SQL statement timed (and captured, if asked)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    connection.queries_log = deque(maxlen=connection.queries_limit)
    with timed_sql({}) as record:
        if capture:
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.get(url)
                record["seconds"] = time.perf_counter() - start
            # Read now: the next request clears the connection's query log.
            record["captured"] = [q["sql"] for q in captured.captured_queries]
        else:
            start = time.perf_counter()
            response = client.get(url)
            record["seconds"] = time.perf_counter() - start
    if response.status_code != 200:
        raise BenchmarkError(f"{url} answered {response.status_code}.")
    return response, record


def is_match_statement(sql):
    """Whether a statement evaluates the search itself: full-text (`@@`) or similar words (trigrams)."""
    return "@@" in sql or "WORD_SIMILARITY" in sql.upper()


def measure_search(client, queries):
    """Each query once with every SQL statement captured (the warm-up), then REPEATS timed requests.

    A query whose warm-up takes longer than SLOW_REQUEST seconds is not repeated (the run must stay
    bounded): its warm-up time counts REPEATS times in the percentiles, and the report marks it."""
    results = []
    for label, params in queries:
        url = url_for(params)
        response, warm_up = _get(client, url, capture=True)
        statements = warm_up.pop("captured")
        count = re.search(r'id="result-count">\s*([\d,]+)', response.content.decode())
        if warm_up["seconds"] > SLOW_REQUEST:
            timings, timed_once = [warm_up] * REPEATS, True
        else:
            timings, timed_once = [_get(client, url)[1] for _ in range(REPEATS)], False
        results.append(
            {
                "label": label,
                "url": url,
                "params": params,
                "matches": int(count.group(1).replace(",", "")) if count else 0,
                "queries": sum(1 for sql in statements if sql not in ("BEGIN", "COMMIT", "ROLLBACK")),
                "match_statements": sum(1 for sql in statements if is_match_statement(sql)),
                "timings": timings,
                "timed_once": timed_once,
            }
        )
        print(
            f"    {warm_up['seconds'] * 1000:8.1f} ms  {url}"
            + ("  (slow: timed once)" if timed_once else ""),
            flush=True,
        )
    return results


def baseline_words(queries):
    """The first word of each query, as a naive search page would look it up."""
    words = []
    for _label, params in queries:
        text = params["q"].replace('"', " ").split()
        words.append(text[0])
    return words


def measure_baseline(words):
    """A plain icontains over title and summary: the count and the first 12 rows, per query."""
    from django.db.models import Q

    from case_studies.models import CaseStudyPage

    def run(word):
        matching = CaseStudyPage.objects.live().filter(Q(title__icontains=word) | Q(summary__icontains=word))
        count = matching.count()
        rows = list(matching.order_by("-first_published_at", "-pk")[:PER_PAGE])
        return count, rows

    seconds = []
    for word in words:
        run(word)  # warm-up
        for _ in range(REPEATS):
            start = time.perf_counter()
            run(word)
            seconds.append(time.perf_counter() - start)
    return seconds


def percentile(values, share):
    """Linear-interpolated percentile (share 0..1) of at least two values."""
    values = sorted(values)
    position = (len(values) - 1) * share
    low = int(position)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (position - low)


def summarise(size, seeding, search, baseline):
    latencies = [t["seconds"] for result in search for t in result["timings"]]
    sql = [t["sql_seconds"] for result in search for t in result["timings"]]
    queries = [result["queries"] for result in search]
    return {
        "size": size,
        "seeding": seeding,
        "search": search,
        "p50": statistics.median(latencies) * 1000,
        "p95": percentile(latencies, 0.95) * 1000,
        "max": max(latencies) * 1000,
        "base_p50": statistics.median(baseline) * 1000,
        "base_p95": percentile(baseline, 0.95) * 1000,
        "sql_share": sum(sql) / sum(latencies),
        "queries_min": min(queries),
        "queries_max": max(queries),
        "queries_median": statistics.median(queries),
    }


def explain_slowest(round_, full_text_only=False):
    """EXPLAIN (ANALYZE, BUFFERS) of the slowest SELECT of the slowest timed request; with
    `full_text_only`, of the slowest request whose slowest statement is a full-text (`@@`) match."""
    from django.db import connection

    candidates = [
        (result, timing)
        for result in round_["search"]
        for timing in result["timings"]
        if timing["slowest"] and (not full_text_only or "@@" in timing["slowest"][1])
    ]
    if not candidates:
        return None
    result, timing = max(candidates, key=lambda pair: pair[1]["seconds"])
    took, sql, params = timing["slowest"]
    from django.db import transaction

    from search.backends import PLANNER_HINTS

    with transaction.atomic(), connection.cursor() as cursor:
        if "@@" in sql:  # the listing statement runs with the search backend's planner settings
            for name, value in PLANNER_HINTS.items():
                cursor.execute("SELECT set_config(%s, %s, true)", [name, value])
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        sql_text = cursor.mogrify(sql, params) if hasattr(cursor, "mogrify") else sql
    return {
        "url": result["url"],
        "request_ms": timing["seconds"] * 1000,
        "sql_ms": timing["sql_seconds"] * 1000,
        "statements": timing["statements"],
        "statement_ms": took * 1000,
        "sql": sql_text.decode() if isinstance(sql_text, bytes) else sql_text,
        "plan": plan,
        "uses_gin": "search_indexentry_title_body_col_gin" in plan,
    }


def explain_plans(round_):
    """The slowest statement of the slowest request, and (if that was not one) of the slowest request
    whose slowest statement is a full-text match, so the plan shows whether the GIN index is used."""
    plans = [explain_slowest(round_)]
    if "@@" not in plans[0]["sql"]:
        full_text = explain_slowest(round_, full_text_only=True)
        if full_text is not None:
            plans.append(full_text)
    return plans


# --- Report ---------------------------------------------------------------------------------------------


def machine():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0].split()[0]
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        cpu = next(
            (
                line.split(":", 1)[1].strip()
                for line in cpuinfo.read_text().splitlines()
                if line.startswith("model name")
            ),
            "",
        )
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "arch": platform.machine(),
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "postgres": postgres,
        "load": ", ".join(f"{value:.2f}" for value in os.getloadavg()),
        "code": code_version(),
    }


def code_version():
    """The commit measured, and whether the working tree had uncommitted changes."""

    def git(*args):
        done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD")
    if not commit:
        return "unknown (not a git checkout)"
    return commit + (" with uncommitted changes" if git("status", "--porcelain") else "")


def verdicts(rounds):
    largest, smallest = rounds[-1], rounds[0]
    growth = largest["p95"] / smallest["p95"]
    return {
        "growth": growth,
        "p95_met": largest["p95"] < TARGET_P95_MS,
        "growth_met": growth <= TARGET_GROWTH,
    }


def _met(ok):
    return "MET" if ok else "NOT MET"


def per_query_table(rounds):
    """Markdown rows: each query's SQL statements, matches and median latency at every size."""
    head = " | ".join(f"{r['size']:,}: matches | p50 ms | SQL ms" for r in rounds)
    lines = [
        f"| Query | SQL statements (search evaluations) | {head} |",
        "|---|---:|" + "---:|---:|---:|" * len(rounds),
    ]
    for index, result in enumerate(rounds[-1]["search"]):
        query = " ".join(f"{k}={v}" for k, v in result["params"].items())
        cells = []
        for r in rounds:
            row = r["search"][index]
            slow = " (timed once)" if row["timed_once"] else ""
            cells += [
                f"{row['matches']:,}",
                f"{statistics.median(t['seconds'] for t in row['timings']) * 1000:.1f}{slow}",
                f"{statistics.median(t['sql_seconds'] for t in row['timings']) * 1000:.1f}",
            ]
        lines.append(
            f"| `{query}` ({result['label']}) | {result['queries']} ({result['match_statements']}) | "
            + " | ".join(cells)
            + " |"
        )
    return lines


def explain_lines(size, explain):
    gin = "uses" if explain["uses_gin"] else "does NOT use"
    return [
        f"<details><summary>EXPLAIN (ANALYZE, BUFFERS) at {size:,} case studies of the slowest SQL statement "
        f"({explain['statement_ms']:.1f} ms) of <code>{explain['url']}</code> ({explain['request_ms']:.1f} ms, "
        f"{explain['sql_ms']:.1f} ms of it in {explain['statements']} SQL statements); it {gin} the "
        "title-and-body GIN index</summary>",
        "",
        "```",
        explain["plan"],
        "```",
        "",
        "</details>",
        "",
    ]


def report(rounds, info, command, explains):
    v = verdicts(rounds)
    smallest, largest = rounds[0], rounds[-1]
    cpu = f" ({info['cpu']})" if info["cpu"] else ""
    slow = [r["url"] for r in largest["search"] if r["timed_once"]]
    lines = [
        SECTION,
        "",
        "How fast the whole search page (`/search/?q=`: view, facet counts, ranking, templates) answers on",
        "PostgreSQL as the library grows, beside a plain `icontains` query over the same data. Written by",
        "`bench/search.py` (its docstring explains the method). Absolute figures depend on the machine:",
        "the ratios compare across machines.",
        "",
        f"- Date: {info['date']}; code: {info['code']}",
        f"- Machine: {info['arch']}, {info['cpus']} CPUs{cpu}, Python {info['python']}, "
        f"PostgreSQL {info['postgres']}; load average {info['load']} when the run began",
        f"- Command: `{command}`",
        f"- Queries: {len(largest['search'])} (common, rare, two words, quoted phrases, no match, filters, "
        f"newest first, page 2), each requested once to warm up and then {REPEATS} times; percentiles are "
        f"over all timed requests. A query slower than {SLOW_REQUEST:.0f} s is timed once (its warm-up) "
        f"and counted {REPEATS} times.",
        "",
        "| Case studies | Search p50 ms | Search p95 ms | Search max ms | icontains p50 ms | icontains p95 ms "
        "| Search / icontains (p95) | SQL share | SQL statements per page | Seeding s |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rounds:
        seeding = r["seeding"]
        queries = (
            f"{r['queries_min']}"
            if r["queries_min"] == r["queries_max"]
            else f"{r['queries_min']}–{r['queries_max']}"
        )
        lines.append(
            f"| {r['size']:,} | {r['p50']:.1f} | {r['p95']:.1f} | {r['max']:.1f} | {r['base_p50']:.1f} "
            f"| {r['base_p95']:.1f} "
            f"| {r['p95'] / r['base_p95']:.1f} | {r['sql_share']:.0%} | {queries} "
            f"| {seeding['write']:.1f} + {seeding['index']:.1f} index + {seeding['words']:.1f} words |"
        )
    lines += [
        "",
        f"Growth, search p95 at {largest['size']:,} / at {smallest['size']:,}: **{v['growth']:.2f}** "
        f"(icontains baseline: {largest['base_p95'] / smallest['base_p95']:.2f}).",
        "",
        f"- Target: search p95 under {TARGET_P95_MS:.0f} ms at {largest['size']:,} case studies: "
        f"**{_met(v['p95_met'])}** ({largest['p95']:.1f} ms)",
        f"- Target: p95 at {largest['size']:,} at most {TARGET_GROWTH:.1f} × p95 at {smallest['size']:,}: "
        f"**{_met(v['growth_met'])}** ({v['growth']:.2f} ×)",
    ]
    if slow:
        lines.append(
            f"- Slower than {SLOW_REQUEST:.0f} s at {largest['size']:,}: " + ", ".join(f"`{u}`" for u in slow)
        )
    lines += [
        "",
        f"The p95 is over {len(largest['search'])} queries × {REPEATS}: a single pathological query (1 in "
        f"{len(largest['search'])}) sits above it, so read the max too.",
        "",
        '"SQL share" is the share of the search requests\' time spent waiting on SQL statements; the rest is',
        'Python (view, ORM, templates, middleware). "Seeding s" is the time to write the new case studies,',
        "to index them (a top-up from the previous size) and to refresh the vocabulary similar-word search",
        'proposes from. Per query below, "search evaluations" counts the statements that evaluate the search',
        "itself (a full-text `@@` match or a trigram similarity): one statement answers the results, the",
        "total and every filter's counts (core/listing.py).",
        "",
        *per_query_table(rounds),
        "",
    ]
    for explain in explains:
        lines += explain_lines(largest["size"], explain)
    return "\n".join(lines)


def write_section(section):
    """Replace the "## Site search" section of docs/benchmarks.md, keeping every other section."""
    text = DOCS.read_text() if DOCS.exists() else DOCS_HEADER
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == SECTION), None)
    if start is None:
        new = text.rstrip("\n") + "\n\n" + section
    else:
        in_code = False
        end = len(lines)
        for i in range(start + 1, len(lines)):
            if lines[i].startswith("```"):
                in_code = not in_code
            elif not in_code and lines[i].startswith("## "):
                end = i
                break
        before = "\n".join(lines[:start]).rstrip("\n")
        after = "\n".join(lines[end:])
        new = (before + "\n\n" if before else "") + section.rstrip("\n") + ("\n\n" + after if after else "")
    DOCS.parent.mkdir(parents=True, exist_ok=True)
    DOCS.write_text(new.rstrip("\n") + "\n")


def print_round(r):
    print(
        f"  search p50 {r['p50']:.1f} ms, p95 {r['p95']:.1f} ms (max {r['max']:.1f}); "
        f"icontains p50 {r['base_p50']:.1f} ms, p95 {r['base_p95']:.1f} ms; SQL share {r['sql_share']:.0%}; "
        f"{r['queries_min']}–{r['queries_max']} SQL queries per page",
        flush=True,
    )


# --- Main -----------------------------------------------------------------------------------------------


def parse_sizes(value):
    try:
        sizes = sorted({int(part.replace("_", "")) for part in value.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(
            "sizes are whole numbers separated by commas, e.g. 1000,10000"
        ) from None
    if len(sizes) < 2 or sizes[0] < PER_PAGE * 3:
        raise argparse.ArgumentTypeError(f"give at least two different sizes of at least {PER_PAGE * 3}")
    return sizes


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], prog="python -m bench.search")
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        help="numbers of case studies, comma-separated (default: 1000,10000)",
    )
    parser.add_argument(
        "--no-docs", action="store_true", help="print the results without writing docs/benchmarks.md"
    )
    parser.add_argument(
        "--timeout", type=int, default=1200, help="give up after this many seconds (default: 1200)"
    )
    return parser.parse_args(argv)


def run(args, argv):
    command = " ".join(["python -m bench.search", *argv]) if argv else "make bench"
    began = time.perf_counter()
    print(f"Recreating database {PG_DB}...", flush=True)
    recreate_database()
    media_root = Path(tempfile.mkdtemp(prefix="hls-bench-search-media-"))
    try:
        configure_django(media_root)
        info = machine()

        from django.core.management import call_command
        from django.test import Client

        print("Migrating...", flush=True)
        call_command("migrate", interactive=False, verbosity=0)
        site = Site(random.Random(SEED))
        site.create_library()
        client = Client()
        queries = query_set(site.text.words)
        words = baseline_words(queries)

        rounds = []
        for size in args.sizes:
            print(f"Seeding to {size:,} case studies...", flush=True)
            seeding = site.grow_to(size)
            print(
                f"  seeded in {seeding['write']:.1f} s (rows) + {seeding['index']:.1f} s (search index) + "
                f"{seeding['vacuum']:.1f} s (VACUUM ANALYZE) + {seeding['words']:.1f} s (vocabulary)",
                flush=True,
            )
            site.check(client)
            print(f"Timing {len(queries)} searches × {REPEATS} at {size:,}...", flush=True)
            search = measure_search(client, queries)
            print(f"Timing the icontains baseline at {size:,}...", flush=True)
            baseline = measure_baseline(words)
            rounds.append(summarise(size, seeding, search, baseline))
            print_round(rounds[-1])

        explains = explain_plans(rounds[-1])
        section = report(rounds, info, command, explains)
        print("\n" + section)
        for explain in explains:
            print(f"The statement explained for {explain['url']}, with its parameters:\n{explain['sql']}\n")
        v = verdicts(rounds)
        print(
            f"p95 < {TARGET_P95_MS:.0f} ms at {rounds[-1]['size']:,}: {_met(v['p95_met'])}; "
            f"growth ≤ {TARGET_GROWTH}: {_met(v['growth_met'])} ({v['growth']:.2f})"
        )
        if not args.no_docs:
            write_section(section)
            print(f"Written to {DOCS.relative_to(ROOT)}")
        print(f"Whole run: {time.perf_counter() - began:.0f} s")
    finally:
        shutil.rmtree(media_root, ignore_errors=True)


def _timed_out(signum, frame):
    raise BenchmarkError("The benchmark took longer than its --timeout.")


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
    finally:
        signal.alarm(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
