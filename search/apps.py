from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from search.words import queue_refresh

        page_published.connect(queue_refresh, dispatch_uid="search_words_on_publish")
        page_unpublished.connect(queue_refresh, dispatch_uid="search_words_on_unpublish")
