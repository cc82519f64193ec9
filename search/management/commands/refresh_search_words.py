from django.core.management.base import BaseCommand

from search.terms import refresh_terms
from search.words import available, refresh_words


class Command(BaseCommand):
    help = (
        "Rebuild the vocabulary that similar-word search proposes words from, and the taxonomy terms "
        "the search index entries keep for the filter counts (PostgreSQL only)."
    )

    def handle(self, *args, **options):
        if not available():
            self.stdout.write("Similar-word search needs PostgreSQL; nothing to do on this database.")
            return
        self.stdout.write(f"Search vocabulary: {refresh_words():,} words.")
        self.stdout.write(f"Taxonomy terms of the index entries: {refresh_terms()} page types refreshed.")
