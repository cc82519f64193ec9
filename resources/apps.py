from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "resources"
    # Everything this app stores may show on pages: a change replaces the content version (core/caching.py).
    shown_on_pages = True

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail import hooks
        from wagtail.documents import get_document_model
        from wagtail.models import Collection, CollectionViewRestriction

        from core.documents import document_text_read
        from resources import models

        document_text_read.connect(
            models.reindex_resources_using, dispatch_uid="resources.reindex_resources_using"
        )
        # The words of a private document never find a public resource (ResourcePage.document_search_text):
        # whatever changes a document's privacy reindexes the resources that offer it.
        for signal, name in ((post_save, "save"), (post_delete, "delete")):
            signal.connect(
                models.reindex_on_view_restriction_change,
                sender=CollectionViewRestriction,
                dispatch_uid=f"resources.reindex_on_view_restriction_{name}",
            )
        post_save.connect(
            models.reindex_on_collection_change,
            sender=Collection,
            dispatch_uid="resources.reindex_on_collection",
        )
        post_save.connect(
            models.reindex_on_document_move,
            sender=get_document_model(),
            dispatch_uid="resources.reindex_on_document_move",
        )
        hooks.register("after_bulk_action", models.reindex_after_bulk_move)
