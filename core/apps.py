from django.apps import AppConfig
from django.db.models.signals import post_save


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    # Everything core stores may show on pages (core/caching.py: apps declare what pages show).
    shown_on_pages = True

    def ready(self):
        from core.documents import queue_text_reading
        from core.models import SearchableDocument

        post_save.connect(
            queue_text_reading, sender=SearchableDocument, dispatch_uid="core.queue_text_reading"
        )

        # The content version is replaced whenever something pages show changes (core/caching.py).
        from core.caching import connect_signals

        connect_signals()

        # CSV cells that a spreadsheet would run as formulas are escaped in every admin export, Wagtail's
        # reports included (core/exports.py says why this is done here).
        from core import exports

        exports.install()
