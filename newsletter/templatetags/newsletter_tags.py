from django import template

from newsletter.forms import SubscribeForm
from newsletter.views import consent_wording

register = template.Library()


@register.inclusion_tag("newsletter/includes/signup_form.html", takes_context=True)
def newsletter_signup(context, form_id="signup"):
    """The sign-up form, the same everywhere it is placed (archive page, or an editor's block)."""
    return {
        "form": SubscribeForm(),
        "consent": consent_wording(),
        "form_id": form_id,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
    }
