from django.core.management.base import BaseCommand

from search.words import available, refresh_words


class Command(BaseCommand):
    help = "Rebuild the vocabulary that similar-word search proposes words from (PostgreSQL only)."

    def handle(self, *args, **options):
        if not available():
            self.stdout.write("Similar-word search needs PostgreSQL; nothing to do on this database.")
            return
        self.stdout.write(f"Search vocabulary: {refresh_words():,} words.")
