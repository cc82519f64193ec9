from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """The editors' side: roles and review, consent for quotes, the inclusive-language check."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = "Editorial"

    # What pages show (core/caching.py): a consent withdrawn or restored hides or shows a quote at once.
    shown_on_pages = ("consentwithdrawal",)

    def next_page_change(self, now):
        """A quote leaves its pages the day after its consent runs out (editorial.consent): the midnight
        after the earliest last day of a live quote's consent, or None (core/caching.py)."""
        import datetime

        from django.db.models import Min
        from django.utils import timezone

        from editorial.models import QuoteConsent

        last_day = QuoteConsent.objects.filter(
            in_live=True, valid_until__gte=timezone.localdate(now)
        ).aggregate(day=Min("valid_until"))["day"]
        if last_day is None:
            return None
        midnight = datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time.min)
        return timezone.make_aware(midnight)

    def ready(self):
        from editorial import signals

        signals.connect()
