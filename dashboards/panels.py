"""Dashboard panels, each shown only to the people whose role needs it.

Wagtail's own panels already list "Awaiting your review" (what a moderator is asked to approve) and "Your
pages in a workflow" (what an editor has submitted). These add, by role:

- Your role: one sentence on what the signed-in person may do, and where to start (every role).
- Your drafts: pages with changes not yet published, last edited by you (whoever can edit pages).
- Scheduled pages of the content types that ask for it (`in_scheduled_panel`, core/content_types.py:
  case studies and resources), with the newsletter's own scheduled-issues panel beside it.
- Recently published, in the sections you work in.
- Translations waiting to be published (moderators, and translators for their own work).
- Quotes needing attention: consent ended, ending soon, withdrawn or not recorded (editors, moderators).
- Subscribers and sending: the counts and the latest deliveries (newsletter managers only).

The panels keep the names and HTML ids ("editorial-your-role") they had in the editorial app.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, PageLogEntry, Revision, WorkflowState
from wagtail.permissions import policy_registry

from core.content_types import content_page_types
from editorial import consent, roles
from newsletter.models import IssueSend, NewsletterIssuePage, Subscriber
from newsletter.scheduling import scheduled_issues, site_time

LIMIT = 8


def page_permission_policy():
    return policy_registry.get_by_type(Page)


def workable_pages(user):
    """The pages this user may edit or publish (every page, for a superuser)."""
    return page_permission_policy().instances_user_has_any_permission_for(user, ["add", "change", "publish"])


def user_roles(user):
    if user.is_superuser:
        return ["Administrator"]
    return list(user.groups.filter(name__in=roles.ROLES).order_by("name").values_list("name", flat=True))


class DashboardPanel(Component):
    """A panel that renders nothing when `is_shown` says it does not concern the user."""

    template_name = ""
    order = 200

    def __init__(self, request):
        self.request = request

    @property
    def user(self):
        return self.request.user

    def is_shown(self):
        return True

    def get_context_data(self, parent_context=None):
        return {}

    def render_html(self, parent_context=None):
        if not self.is_shown():
            return ""
        context = self.get_context_data(parent_context)
        if context is None:
            return ""
        return render_to_string(
            self.template_name, {"request": self.request, **context}, request=self.request
        )


ROLE_TEXT = {
    "Administrator": "You can do everything, including managing users, groups and workflows.",
    roles.EDITORS: (
        "You write and edit case studies, resources and newsletter issues. When a page is ready, choose "
        "“Submit to Review before publishing”: a moderator approves it and it goes live."
    ),
    roles.MODERATORS: (
        "You review what editors submit: approve it (it goes live, or on its scheduled date), or request "
        "changes with a comment. You can also publish, schedule and unpublish, and you keep the inclusive "
        "language list."
    ),
    roles.TRANSLATORS: (
        "You translate pages, and the taxonomy's themes, sectors, regions and organisations, into Welsh "
        "and Urdu in the translation editor. A moderator publishes your page translations; a term's "
        "translation is live as soon as you save it. The English pages and terms are not yours to change."
    ),
    roles.NEWSLETTER_MANAGERS: (
        "You look after the newsletter's subscribers, send test emails of an issue and follow its delivery. "
        "You are the only people who see subscribers' personal data."
    ),
}


class YourRolePanel(DashboardPanel):
    name = "editorial_your_role"
    template_name = "dashboards/panels/your_role.html"
    order = 50

    def get_context_data(self, parent_context=None):
        names = user_roles(self.user)
        return {"roles": [(name, ROLE_TEXT[name]) for name in names]} if names else None


class YourDraftsPanel(DashboardPanel):
    name = "editorial_your_drafts"
    template_name = "dashboards/panels/your_drafts.html"
    order = 205

    def get_context_data(self, parent_context=None):
        page_type = ContentType.objects.get_for_model(Page)
        in_workflow = (
            WorkflowState.objects.active()
            .filter(base_content_type=page_type)
            .values_list("object_id", flat=True)
        )
        scheduled = Revision.objects.filter(
            base_content_type=page_type, approved_go_live_at__isnull=False
        ).values_list("object_id", flat=True)
        busy = {int(pk) for pk in [*in_workflow, *scheduled]}
        pages = (
            workable_pages(self.user)
            .filter(Q(has_unpublished_changes=True) | Q(live=False))
            .filter(Q(latest_revision__user=self.user) | Q(latest_revision__isnull=True, owner=self.user))
            .exclude(pk__in=busy)
            .select_related("locale", "latest_revision")
            .order_by("-latest_revision_created_at", "-pk")[:LIMIT]
        )
        pages = list(pages)
        return {"pages": pages} if pages else None


class ScheduledPagesPanel(DashboardPanel):
    """Pages approved to go live later, of the content types shown here (`in_scheduled_panel`: case
    studies and resources; issues have the newsletter's own panel)."""

    name = "editorial_scheduled_pages"
    template_name = "dashboards/panels/scheduled_pages.html"
    order = 95

    def get_context_data(self, parent_context=None):
        types = ContentType.objects.get_for_models(*content_page_types(in_scheduled_panel=True)).values()
        revisions = list(
            Revision.objects.filter(content_type__in=types, approved_go_live_at__isnull=False)
            .select_related("user")
            .order_by("approved_go_live_at")
        )
        allowed = set(
            workable_pages(self.user)
            .filter(pk__in=[int(r.object_id) for r in revisions])
            .values_list("pk", flat=True)
        )
        pages = Page.objects.select_related("locale").in_bulk(allowed)
        rows = [
            {"page": pages[int(r.object_id)], "go_live_at": site_time(r.approved_go_live_at), "by": r.user}
            for r in revisions
            if int(r.object_id) in pages
        ]
        return {"rows": rows} if rows else None


class RecentlyPublishedPanel(DashboardPanel):
    name = "editorial_recently_published"
    template_name = "dashboards/panels/recently_published.html"
    order = 260

    def get_context_data(self, parent_context=None):
        entries = (
            PageLogEntry.objects.filter(action__in=["wagtail.publish", "wagtail.publish.scheduled"])
            .filter(page__in=workable_pages(self.user), page__live=True)
            .select_related("page", "page__locale", "user")
            .order_by("-timestamp")
        )
        seen, rows = set(), []
        for entry in entries[: LIMIT * 4]:
            if entry.page_id in seen:
                continue
            seen.add(entry.page_id)
            rows.append(entry)
            if len(rows) == LIMIT:
                break
        return {"entries": rows} if rows else None


class TranslationsToPublishPanel(DashboardPanel):
    """Synced translations whose strings changed after the translated page was last published."""

    name = "editorial_translations_to_publish"
    template_name = "dashboards/panels/translations_to_publish.html"
    order = 225

    def is_shown(self):
        return (
            self.user.is_superuser
            or self.user.groups.filter(name__in=[roles.MODERATORS, roles.TRANSLATORS]).exists()
        )

    def get_context_data(self, parent_context=None):
        from wagtail_localize.models import StringTranslation, Translation

        latest = {
            (str(row["context__object_id"]), row["locale_id"]): row["latest"]
            for row in StringTranslation.objects.filter(context__isnull=False)
            .exclude(locale=Locale.get_default())
            .values("context__object_id", "locale_id")
            .annotate(latest=Max("updated_at"))
        }
        if not latest:
            return None
        translations = Translation.objects.filter(enabled=True).select_related("source", "target_locale")
        wanted = {(str(t.source.object_id), t.target_locale_id) for t in translations} & set(latest)
        if not wanted:
            return None
        pages = (
            workable_pages(self.user)
            .filter(
                translation_key__in={key for key, _locale in wanted},
                locale_id__in={loc for _key, loc in wanted},
            )
            .select_related("locale")
        )
        rows = []
        for page in pages:
            changed = latest.get((str(page.translation_key), page.locale_id))
            if (str(page.translation_key), page.locale_id) not in wanted or changed is None:
                continue
            if page.last_published_at is None or changed > page.last_published_at:
                rows.append({"page": page, "changed": changed})
        rows.sort(key=lambda row: row["changed"], reverse=True)
        return {"rows": rows[:LIMIT], "more": max(0, len(rows) - LIMIT)} if rows else None


class ConsentAttentionPanel(DashboardPanel):
    name = "editorial_consent_attention"
    template_name = "dashboards/panels/consent_attention.html"
    order = 80

    def is_shown(self):
        return self.user.has_perm("editorial.view_quoteconsent")

    def get_context_data(self, parent_context=None):
        counts = consent.attention_counts()
        if not any(counts.values()):
            return None
        return {
            "counts": counts,
            "report_url": reverse("editorial_consent_report"),
            "warning_days": consent.warning_days(),
        }


class SubscribersPanel(DashboardPanel):
    name = "editorial_subscribers"
    template_name = "dashboards/panels/subscribers.html"
    order = 70

    def is_shown(self):
        return self.user.has_perm("newsletter.view_subscriber")

    def get_context_data(self, parent_context=None):
        by_status = dict(Subscriber.objects.values_list("status").annotate(n=Count("id")).order_by())
        languages = dict(Subscriber._meta.get_field("language").choices)
        by_language = [
            (languages.get(code, code), n)
            for code, n in Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
            .values_list("language")
            .annotate(n=Count("id"))
            .order_by("language")
        ]
        can_send = self.user.has_perm("newsletter.send_newsletter")
        sends = list(IssueSend.objects.select_related("issue").order_by("-started_at")[:3])
        scheduled = scheduled_issues()
        # Drafts a manager may want to test, besides the scheduled ones listed already.
        latest_issues = list(
            NewsletterIssuePage.objects.filter(locale=Locale.get_default(), live=False)
            .exclude(pk__in=[item.page.pk for item in scheduled])
            .order_by("-issue_number")
            .only("pk", "title", "issue_number", "live")[:3]
        )
        return {
            "confirmed": by_status.get(Subscriber.Status.CONFIRMED, 0),
            "pending": by_status.get(Subscriber.Status.PENDING, 0),
            "unsubscribed": by_status.get(Subscriber.Status.UNSUBSCRIBED, 0),
            "by_language": by_language,
            "sends": [(send, send.counts()) for send in sends],
            "scheduled": scheduled,
            "latest_issues": latest_issues,
            "can_send": can_send,
            "subscribers_url": reverse("subscribers:index"),
            "now": timezone.now(),
        }


def panels_for(request):
    return [
        YourRolePanel(request),
        SubscribersPanel(request),
        ConsentAttentionPanel(request),
        ScheduledPagesPanel(request),
        YourDraftsPanel(request),
        TranslationsToPublishPanel(request),
        RecentlyPublishedPanel(request),
    ]
