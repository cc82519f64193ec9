"""Subscribers in the Wagtail admin, for newsletter managers only.

The list, filters, search and CSV export all need the "view subscriber" permission (or change/delete),
which only the Newsletter managers group is given: other staff never see the menu item or the data.
Nobody adds subscribers by hand: a person joins only by confirming their own address. Nor does staff
change anyone's status: it moves only by the subscriber's own confirm and unsubscribe links, except that a
manager may take someone off the list (they asked by phone, say), through "Unsubscribe this person": a
confirmation page, then a POST that records who and when and writes a log entry.
"""

from django.contrib import messages
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core.exports import FormulaSafeExportMixin
from newsletter.models import Subscriber

UNSUBSCRIBE_ACTION = "newsletter.unsubscribe_by_staff"


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, except that nobody, superusers included, adds a subscriber by hand."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber), exact_class=True)


@hooks.register("register_log_actions")
def register_unsubscribe_log_action(actions):
    actions.register_action(UNSUBSCRIBE_ACTION, _("Unsubscribed by staff"), _("Unsubscribed by staff"))


def unsubscribe_by_staff(subscriber, user):
    """Take `subscriber` off the list on their behalf. Returns False if they had already left."""
    updated = (
        Subscriber.objects.filter(pk=subscriber.pk)
        .exclude(status=Subscriber.Status.UNSUBSCRIBED)
        .update(
            status=Subscriber.Status.UNSUBSCRIBED,
            unsubscribed_at=timezone.now(),
            unsubscribed_via="staff",
            unsubscribed_by=user,
        )
    )
    subscriber.refresh_from_db()
    if updated:
        log(instance=subscriber, action=UNSUBSCRIBE_ACTION, user=user)
    return bool(updated)


class UnsubscribeButtonMixin:
    """The "Unsubscribe this person" button in the header of the edit and inspect views."""

    unsubscribe_url_name = None

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if (
            self.object.status != Subscriber.Status.UNSUBSCRIBED
            and self.unsubscribe_url_name
            and self.user_has_permission("change")
        ):
            buttons.append(
                Button(
                    _("Unsubscribe this person"),
                    url=reverse(self.unsubscribe_url_name, args=[self.object.pk]),
                    icon_name="cross",
                    priority=15,
                )
            )
        return buttons


class SubscriberEditView(UnsubscribeButtonMixin, EditView):
    """Wagtail's edit view (the language only), with "Unsubscribe this person" in its header."""


class SubscriberInspectView(UnsubscribeButtonMixin, InspectView):
    def get_unsubscribed_by_display_value(self):
        # Only while that unsubscription stands: someone who confirms again later is back by their own choice.
        user = self.object.unsubscribed_by
        if self.object.status != Subscriber.Status.UNSUBSCRIBED or user is None:
            return "-"
        name = user.get_full_name()
        return f"{name} ({user.get_username()})" if name else user.get_username()


class UnsubscribeView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET asks "are you sure?"; POST takes the person off the list, once, on the record."""

    model = Subscriber
    permission_required = "change"
    template_name = "newsletter/admin/confirm_unsubscribe.html"
    page_title = _("Unsubscribe this person")
    header_icon = "mail"
    index_url_name = None
    inspect_url_name = None
    unsubscribe_url_name = None
    http_method_names = ["get", "post"]

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(Subscriber, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": Subscriber._meta.verbose_name_plural.capitalize()},
            {"url": self.inspect_url, "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def inspect_url(self):
        return reverse(self.inspect_url_name, args=[self.object.pk])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            subscriber=self.object,
            already=self.object.status == Subscriber.Status.UNSUBSCRIBED,
            action_url=reverse(self.unsubscribe_url_name, args=[self.object.pk]),
            cancel_url=self.inspect_url,
        )
        return context

    def post(self, request, *args, **kwargs):
        if unsubscribe_by_staff(self.object, request.user):
            messages.success(
                request,
                gettext("%(email)s is unsubscribed and will receive no more issues.")
                % {"email": self.object.email},
            )
        else:
            messages.info(request, gettext("%(email)s had already left.") % {"email": self.object.email})
        return redirect(self.inspect_url)


class SubscriberIndexView(FormulaSafeExportMixin, IndexView):
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
    edit_view_class = SubscriberEditView
    inspect_view_class = SubscriberInspectView
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
        "unsubscribed_by",
    ]
    export_filename = "newsletter-subscribers"
    # Editing is limited to what staff may need to correct; consent records stay as they were given, and
    # the status is the subscriber's own doing (see "Unsubscribe this person" for the one exception).
    form_fields = ["language"]
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
        "unsubscribed_by",
    ]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(unsubscribe_url_name=self.get_url_name("unsubscribe"), **kwargs)

    @property
    def unsubscribe_view(self):
        return self.construct_view(UnsubscribeView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(f"unsubscribe/<{self.pk_path_converter}:pk>/", self.unsubscribe_view, name="unsubscribe"),
        ]


subscriber_viewset = SubscriberViewSet("subscribers")
