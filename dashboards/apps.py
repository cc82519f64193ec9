from django.apps import AppConfig


class DashboardsConfig(AppConfig):
    """The editors' dashboard panels: they gather every content type (core/content_types.py), so they
    sit above the content apps, not in editorial."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "dashboards"
    verbose_name = "Dashboards"
