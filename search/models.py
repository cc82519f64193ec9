"""The words of the live site, per language, for "did you mean" (search/words.py)."""

from django.db import models


class SearchWord(models.Model):
    """A word that appears in the live pages of one language, and in how many of them."""

    language = models.CharField(max_length=10)
    word = models.CharField(max_length=100)
    documents = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="search_word_per_language")]

    def __str__(self):
        return f"{self.word} ({self.language})"
