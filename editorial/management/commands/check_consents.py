"""Take quotes whose consent has ended out of the search index and email the editors about quotes whose
consent has ended or ends soon (each once). The scheduler runs this every minute; run it from cron instead
if you run `publish_scheduled` from cron. `--rebuild` first re-reads every page into the consent register."""

from django.core.management.base import BaseCommand

from editorial.consent import check_consents, sync_all_pages


class Command(BaseCommand):
    help = (
        "Check quotes' consent: reindex pages whose quotes expired and tell the editors. Safe to run often."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Re-read every page's quotes first.")

    def handle(self, *args, rebuild=False, **options):
        if rebuild:
            pages = sync_all_pages()
            self.stdout.write(f"Consent register rebuilt from {pages} pages.")
        notices = check_consents()
        for notice in notices:
            level = "ended" if notice.level == "expired" else "ends soon"
            pages = ", ".join(f"{row.page.title} ({row.page.locale.language_code})" for row in notice.rows)
            self.stdout.write(f"Consent {level}: “{notice.first.quote[:60]}” on {pages}")
        if not notices:
            self.stdout.write("No quote's consent needs telling about.")
