from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "resources"

    def ready(self):
        from core.documents import document_text_read
        from resources.models import reindex_resources_using

        document_text_read.connect(reindex_resources_using, dispatch_uid="resources.reindex_resources_using")
