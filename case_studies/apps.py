from django.apps import AppConfig


class CaseStudiesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "case_studies"
    # Everything this app stores may show on pages: a change replaces the content version (core/caching.py).
    shown_on_pages = True
