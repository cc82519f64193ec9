"""What content tells the search app about its search index, without importing it.

A content type that indexes its pages again outside publishing (a resource whose file became private or
public: resources.models) sends `index_changed`; the search app answers by refreshing what it derives
from the index (search.apps: its vocabulary of words, search/words.py). Publishing and unpublishing need
no signal of their own: search listens to Wagtail's page_published and page_unpublished.
"""

from django.dispatch import Signal

# Sent after pages of `sender` (a page model) were indexed again with different words.
index_changed = Signal()
