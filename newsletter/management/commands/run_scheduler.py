"""The scheduler process: publishes and unpublishes scheduled pages on time, watches over deliveries,
checks quotes' consent (editorial.consent.check_consents), and once a day clears out old rows (the search
terms log older than WAGTAILSEARCH_HITS_MAX_AGE days, expired rate-limit counters).

Runs Wagtail's `publish_scheduled` every minute (or every --interval seconds) until it is stopped. An
error in one run is logged and the next run goes ahead, so a passing database hiccup never stops
publishing. `make run` starts it beside the web server; production runs it as a process of its own (see
README: a supervisor, a systemd unit) or replaces it with `publish_scheduled` from cron.
"""

import io
import logging
import signal
import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection, transaction
from django.utils import timezone

from core import ratelimit
from editorial.consent import check_consents
from newsletter.delivery import resume_deliveries

logger = logging.getLogger("newsletter.scheduler")


class Command(BaseCommand):
    help = "Publish and unpublish scheduled pages every minute, until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=60.0, help="Seconds between runs (default 60).")
        parser.add_argument("--once", action="store_true", help="Run once and exit.")
        parser.add_argument(
            "--max-runs", type=int, default=0, help="Stop after this many runs (0: run until stopped)."
        )

    def handle(self, *args, interval, once, max_runs, verbosity=1, **options):
        self.stop = threading.Event()
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                signal.signal(signum, lambda *_: self.stop.set())
        if verbosity and not once:
            self.stdout.write(f"Scheduler: publishing scheduled pages every {interval:g} seconds.")
        runs = 0
        while not self.stop.is_set():
            self.run_once()
            runs += 1
            if once or (max_runs and runs >= max_runs):
                break
            self.stop.wait(interval)

    def run_once(self):
        """One pass of publish_scheduled. Returns True if it ran without an error."""
        output = io.StringIO()
        try:
            # One transaction: Wagtail clears a revision's go-live time before saving the page, so a
            # failure half way must roll that back too, or the issue would never be retried.
            with transaction.atomic():
                call_command("publish_scheduled", stdout=output)
            # Newsletter deliveries whose worker died, or whose retry is due, are queued again.
            resumed = resume_deliveries()
            if resumed:
                output.write(f"Resumed newsletter deliveries: {', '.join(map(str, resumed))}\n")
        except Exception:
            logger.exception("Scheduled publishing failed at %s; trying again next run", timezone.now())
            return False
        else:
            self.check_consents(output)
            self.daily_clean_up(output)
        finally:
            # A long-lived process must not hold on to a connection the database has dropped.
            if not connection.in_atomic_block:
                close_old_connections()
        for line in output.getvalue().splitlines():
            if line.strip() and not line.startswith("No objects"):
                logger.info("%s", line)
        return True

    def daily_clean_up(self, output):
        """Once a day, whichever scheduler (or `--once` from cron) runs first: the mark is kept in the shared
        rate-limit cache, so a restart or a second scheduler does not repeat it."""
        mark = f"scheduler:daily-clean-up:{timezone.localdate().isoformat()}"
        store = ratelimit.cache()
        try:
            if store.get(mark):
                return
            # Wagtail's own clean-up: search terms' daily hits older than WAGTAILSEARCH_HITS_MAX_AGE days,
            # then the terms left with no hits and no editors' picks.
            call_command("searchpromotions_garbage_collect", stdout=io.StringIO())
            purged = ratelimit.purge_expired()
            store.set(mark, True, timeout=2 * 24 * 3600)
            output.write(f"Daily clean-up: old search terms removed; {purged} expired rate-limit counters\n")
        except Exception:
            logger.exception("The daily clean-up failed at %s; trying again next run", timezone.now())

    def check_consents(self, output):
        """Quotes whose consent has just ended leave the search index, and the editors are told (once)."""
        try:
            for notice in check_consents():
                output.write(
                    f"Consent {'ended' if notice.level == 'expired' else 'ends soon'} for a quote on "
                    f"{', '.join(row.page.title for row in notice.rows)}: editors told\n"
                )
        except Exception:
            logger.exception("The consent check failed at %s; trying again next run", timezone.now())
