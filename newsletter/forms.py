"""The public sign-up form. (The issue's admin form is newsletter/admin/forms.py.)"""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy


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
