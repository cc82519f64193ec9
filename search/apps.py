from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from core.indexing import index_changed
        from search.terms import on_page_published
        from search.words import queue_refresh

        # The index entry is written when the page row is saved, before its many-to-many links and tags
        # are (modelcluster writes them after): its terms are written again once publishing is done.
        page_published.connect(on_page_published, dispatch_uid="search_terms_on_publish")
        # The vocabulary follows the index: after a publish or unpublish, and when a content type indexed
        # its pages again for a reason of its own (core/indexing.py), e.g. a resource's file became private.
        page_published.connect(queue_refresh, dispatch_uid="search_words_on_publish")
        page_unpublished.connect(queue_refresh, dispatch_uid="search_words_on_unpublish")
        index_changed.connect(queue_refresh, dispatch_uid="search_words_on_index_changed")
