from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm

from core.forms import PublishChecksMixin


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
        from newsletter.models import NewsletterIssuePage

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


class SubscribeForm(forms.Form):
    """The newsletter sign-up form: an address and a language, plus a field only robots fill in."""

    email = forms.EmailField(
        label=gettext_lazy("Email address"),
        max_length=254,
        error_messages={
            "required": gettext_lazy("Enter your email address."),
            "invalid": gettext_lazy("Enter an email address in the right format, like name@example.org."),
            "max_length": gettext_lazy("That email address is too long. Check it and try again."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language for your emails"),
        choices=settings.LANGUAGES,
        error_messages={
            "required": gettext_lazy("Choose a language."),
            "invalid_choice": gettext_lazy("Choose a language."),
        },
    )
    # The honeypot: hidden from people (and from screen readers) by the template; robots fill it in.
    website = forms.CharField(required=False, label=gettext_lazy("Leave this empty"))

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = language or translation.get_language() or settings.LANGUAGE_CODE
        # Each option in its own language, marked as such for screen readers.
        self.fields["language"].widget.attrs["class"] = "signup-form__language"

    def is_robot(self):
        return bool(self.data.get("website", "").strip())
