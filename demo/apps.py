from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content `make run` loads (`manage.py load_demo_content`): the loader, the words per app,
    one translation file per language, generated pictures and documents. An aggregator: it may import any
    app, and nothing imports it."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "demo"
    verbose_name = "Demo content"
