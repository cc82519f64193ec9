from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """The editors' side: roles and review, consent for quotes, the inclusive-language check."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = "Editorial"

    def ready(self):
        from editorial import signals

        signals.connect()
