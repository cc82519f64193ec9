from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "newsletter"
    # Everything this app stores may show on pages: a change replaces the content version (core/caching.py).
    shown_on_pages = True
    # Subscribers and the record of sending are never shown on a page.
    not_shown_on_pages = ("subscriber", "issuesend", "delivery")

    def ready(self):
        from wagtail.signals import page_published

        from newsletter.admin.panels import attach_to_issue_page
        from newsletter.delivery import on_issue_published
        from newsletter.models import NewsletterIssuePage

        # The first publication of an issue, by an editor or by the scheduler, starts its email delivery.
        page_published.connect(
            on_issue_published, sender=NewsletterIssuePage, dispatch_uid="newsletter_delivery"
        )
        # The issue's admin form and email panel (the models import nothing of the admin).
        attach_to_issue_page()
