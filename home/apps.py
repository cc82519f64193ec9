from django.apps import AppConfig


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    # Everything this app stores may show on pages: a change replaces the content version (core/caching.py).
    shown_on_pages = True
