"""What the admin needs to know about scheduled newsletter issues: which are coming, and which are late."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Revision

# Past its go-live time by more than this and still not live: the scheduler is not running.
OVERDUE_AFTER = timedelta(minutes=5)


def site_time(moment: datetime) -> datetime:
    """A moment in the site's time zone (not the editor's browser or profile)."""
    return timezone.localtime(moment, ZoneInfo(settings.TIME_ZONE))


@dataclass
class ScheduledIssue:
    page: object
    go_live_at: datetime  # in the site time zone
    scheduled_by: object
    overdue: bool

    @property
    def minutes_late(self):
        return int((timezone.now() - self.go_live_at).total_seconds() // 60)


def scheduled_issues(now=None):
    """Newsletter issues with a revision approved to go live later, soonest first."""
    from newsletter.models import NewsletterIssuePage

    now = now or timezone.now()
    revisions = (
        Revision.objects.filter(
            content_type=ContentType.objects.get_for_model(NewsletterIssuePage),
            approved_go_live_at__isnull=False,
        )
        .select_related("user")
        .order_by("approved_go_live_at")
    )
    revisions = list(revisions)
    pages = NewsletterIssuePage.objects.in_bulk([int(r.object_id) for r in revisions])
    issues = []
    for revision in revisions:
        page = pages.get(int(revision.object_id))
        if page is None:
            continue
        issues.append(
            ScheduledIssue(
                page=page,
                go_live_at=site_time(revision.approved_go_live_at),
                scheduled_by=revision.user,
                overdue=revision.approved_go_live_at < now - OVERDUE_AFTER,
            )
        )
    return issues
