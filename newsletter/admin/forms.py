"""The newsletter's admin forms: an issue's edit form and the "send a test" form."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm

from core.forms import PublishChecksMixin
from newsletter.models import NewsletterIssuePage


class NewsletterIssueForm(PublishChecksMixin, WagtailAdminPageForm):
    """Suggests the next issue number and refuses one that another issue of the newsletter already has.

    The check lives in the form because a new page has no place in the tree until it is saved: only the
    form knows which newsletter it is being added to.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        archive = self._archive()
        if archive is not None and not self.instance.pk and not self.initial.get("issue_number"):
            self.initial["issue_number"] = archive.next_issue_number()

    def _archive(self):
        parent = getattr(self, "parent_page", None)
        if parent is None:
            return None
        parent = parent.specific
        return parent if hasattr(parent, "next_issue_number") else None

    def clean_issue_number(self):
        number = self.cleaned_data.get("issue_number")
        archive = self._archive()
        if number is None or archive is None:
            return number
        clash = (
            NewsletterIssuePage.objects.child_of(archive)
            .filter(issue_number=number)
            .exclude(pk=self.instance.pk)
            .first()
        )
        if clash is not None:
            raise ValidationError(
                _("Issue %(number)s already exists (‘%(title)s’). The next free number is %(next)s.")
                % {"number": number, "title": clash.title, "next": archive.next_issue_number()}
            )
        return number


class TestEmailForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Send a test to"),
        help_text=gettext_lazy("The latest draft is sent, marked [Test]. Its unsubscribe link goes nowhere."),
    )
