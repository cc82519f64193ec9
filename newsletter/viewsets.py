"""Subscribers in the Wagtail admin, for newsletter managers only.

The list, filters, search and CSV export all need the "view subscriber" permission (or change/delete),
which only the Newsletter managers group is given: other staff never see the menu item or the data.
Nobody adds subscribers by hand: a person joins only by confirming their own address.
"""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from newsletter.models import Subscriber


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, except that nobody, superusers included, adds a subscriber by hand."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber), exact_class=True)


class SubscriberIndexView(IndexView):
    results_template_name = "newsletter/admin/subscriber_results.html"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        totals = dict(Subscriber.objects.values_list("status").annotate(n=Count("id")).order_by())
        context["status_counts"] = [
            (label, totals.get(value, 0)) for value, label in Subscriber.Status.choices
        ]
        context["language_counts"] = [
            (label, n)
            for value, label in Subscriber._meta.get_field("language").choices
            if (n := Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED, language=value).count())
        ]
        return context


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Subscribers")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = SubscriberIndexView
    list_display = [
        "email",
        Column("language", label=_("Language"), accessor="get_language_display"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("Signed up")),
        DateColumn("confirmed_at", label=_("Confirmed")),
        DateColumn("unsubscribed_at", label=_("Left")),
    ]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    ordering = ["-created_at"]
    list_export = [
        "email",
        "language",
        "status",
        "created_at",
        "consent_given_at",
        "consent_source",
        "consent_text",
        "confirmed_at",
        "unsubscribed_at",
        "unsubscribed_via",
    ]
    export_filename = "newsletter-subscribers"
    # Editing is limited to what staff may need to correct; consent records stay as they were given.
    form_fields = ["language", "status"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "email",
        "language",
        "status",
        "created_at",
        "consent_text",
        "consent_given_at",
        "consent_source",
        "confirmed_at",
        "unsubscribed_at",
        "unsubscribed_via",
    ]


subscriber_viewset = SubscriberViewSet("subscribers")
