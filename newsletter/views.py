"""The public side of subscribing: sign up, check your inbox, confirm, unsubscribe.

The confirm and unsubscribe links only ever show a page with a button on GET; the change happens on POST,
so mail scanners and link previews that open every link change nothing. Those two views are exempt from
CSRF on purpose: the signed token in the address is the proof, mail programs send the RFC 8058 one-click
POST with no cookie, and a reader whose browser blocks cookies can still leave.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from newsletter import subscriptions, tokens
from newsletter.forms import SubscribeForm
from newsletter.models import NewsletterIndexPage, Subscriber

NOINDEX = {"robots": "noindex"}


def consent_wording():
    """What the visitor agrees to, shown beside the button and stored with their consent."""
    return _(
        "We will email you the Human Learning Systems newsletter, about once a month, in the language you "
        "choose. We keep only your email address and language, and use them for nothing else. Every email "
        "has a link to unsubscribe at once."
    )


def _render(request, template, context=None, status=200):
    context = {**NOINDEX, **(context or {})}
    response = TemplateResponse(request, template, context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


def sign_up_source(request):
    """The form address a sign-up records with its consent. The form sends the page it sits on, but a visitor
    can send anything (a formula for the newsletter manager's spreadsheet, say): only the site's own form
    addresses are kept, the subscribe page and the newsletter archives in each language; anything else is
    recorded as the address the form was posted to."""
    posted = request.POST.get("source", "")
    known = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            known.add(reverse("newsletter:subscribe"))
    if posted in known:
        return posted
    for archive in NewsletterIndexPage.objects.live():
        parts = archive.get_url_parts(request)
        if parts and parts[2] == posted:
            return posted
    return request.path


@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "GET":
        return _render(
            request,
            "newsletter/subscriptions/subscribe.html",
            {"form": SubscribeForm(), "consent": consent_wording()},
        )
    form = SubscribeForm(request.POST)
    if form.is_robot():
        # Look exactly like success, so the robot learns nothing.
        return HttpResponseRedirect(reverse("newsletter:check_email"))
    retry_after = subscriptions.over_rate_limit(request)
    if retry_after:
        form.is_valid()
        response = _render(
            request,
            "newsletter/subscriptions/subscribe.html",
            {
                "form": form,
                "consent": consent_wording(),
                "error": _(
                    "Too many sign-ups from your connection just now. Please wait ten minutes and try again."
                ),
            },
            status=429,
        )
        response["Retry-After"] = str(retry_after)
        return response
    if not form.is_valid():
        return _render(
            request, "newsletter/subscriptions/subscribe.html", {"form": form, "consent": consent_wording()}
        )
    subscriptions.sign_up(
        subscriptions.SignUp(
            email=form.cleaned_data["email"],
            language=form.cleaned_data["language"],
            consent_text=consent_wording(),
            source=sign_up_source(request),
        )
    )
    return HttpResponseRedirect(reverse("newsletter:check_email"))


@never_cache
def check_email(request):
    return _render(
        request, "newsletter/subscriptions/check_email.html", {"days": tokens.CONFIRM_MAX_AGE.days}
    )


def _bad_link(request, error, action):
    return _render(
        request,
        "newsletter/subscriptions/bad_link.html",
        {"expired": error.expired, "action": action},
        status=410 if error.expired else 400,
    )


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        subscriber = tokens.subscriber_for_confirm_token(token)
    except tokens.TokenError as error:
        return _bad_link(request, error, "confirm")
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return _bad_link(request, tokens.TokenError(), "confirm")
    if request.method == "GET":
        return _render(
            request,
            "newsletter/subscriptions/confirm.html",
            {"subscriber": subscriber, "already": subscriber.status == Subscriber.Status.CONFIRMED},
        )
    subscriptions.confirm(subscriber)
    return _render(request, "newsletter/subscriptions/confirmed.html", {"subscriber": subscriber})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        subscriber = tokens.subscriber_for_unsubscribe_token(token)
    except tokens.TokenError as error:
        return _bad_link(request, error, "unsubscribe")
    if request.method == "GET":
        return _render(
            request,
            "newsletter/subscriptions/unsubscribe.html",
            {"subscriber": subscriber, "already": subscriber.status == Subscriber.Status.UNSUBSCRIBED},
        )
    one_click = request.POST.get("List-Unsubscribe") == "One-Click"
    subscriptions.unsubscribe(subscriber, via="one-click" if one_click else "link")
    # RFC 8058: answer the POST itself, with no redirect.
    return _render(
        request,
        "newsletter/subscriptions/unsubscribed.html",
        {"subscriber": subscriber, "signup_url": reverse("newsletter:subscribe")},
    )


def language_of(code):
    return translation.get_language_info(code)["name_local"] if code in dict(settings.LANGUAGES) else code
