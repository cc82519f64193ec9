"""Building the emails: subscription messages and newsletter issues, each in its reader's language.

Every message is multipart/alternative: an HTML part whose CSS is inlined (css-inline) because many mail
programs drop <style>, and a plain-text part converted from that same HTML (html2text), so the two always
say the same thing. Links and images are absolute, built from the site's address in Wagtail's Site record.

An issue is rendered once per language; each subscriber's copy only swaps in their own unsubscribe link,
so sending to a long list costs no more templates or queries per message.
"""

from dataclasses import dataclass
from email.utils import parseaddr
from urllib.parse import quote, urlsplit

import css_inline
import html2text
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from newsletter import tokens

# Stands in for each reader's own unsubscribe address until the copy for that reader is made.
UNSUBSCRIBE_PLACEHOLDER = "https://unsubscribe.invalid/__UNSUBSCRIBE__"
_inliner = css_inline.CSSInliner(keep_style_tags=True, load_remote_stylesheets=False)


def site_root_url():
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute(path, root=None):
    return (root or site_root_url()).rstrip("/") + path


def html_to_text(html):
    converter = html2text.HTML2Text(bodywidth=78)
    converter.ignore_images = False
    converter.images_to_alt = True  # a picture becomes its description, or nothing when decorative
    converter.ignore_tables = True  # layout tables, not data
    converter.inline_links = False  # [1] references under the paragraph: easier to read than (url) inline
    converter.protect_links = True
    converter.wrap_links = False
    return converter.handle(html).strip() + "\n"


def inline_css(html):
    return _inliner.inline(html)


def unsubscribe_mailto():
    address = settings.NEWSLETTER_UNSUBSCRIBE_MAILTO or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    return address


def _domain(root):
    return urlsplit(root).hostname or "localhost"


def list_headers(unsubscribe_url, token, root):
    """RFC 2369 and RFC 8058 headers: mail programs show their own "Unsubscribe" button, and one click
    on it sends the POST that our unsubscribe address accepts."""
    return {
        "List-Unsubscribe": (
            f"<{unsubscribe_url}>, <mailto:{unsubscribe_mailto()}?subject={quote('unsubscribe ' + token)}>"
        ),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"{_('Human Learning Systems newsletter')} <newsletter.{_domain(root)}>",
    }


def _message(subject, html, to, language, headers=None):
    text = html_to_text(html)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers={"Content-Language": language, **(headers or {})},
    )
    message.attach_alternative(html, "text/html")
    return message


# Subscription emails ------------------------------------------------------------------------------------


def subscription_message(subscriber, kind, language):
    """`kind` is "confirm" (the double opt-in link) or "already_subscribed" (someone signed up an address
    that is on the list: tell its owner, without confirming or changing anything)."""
    root = site_root_url()
    with translation.override(language):
        unsubscribe_url = absolute(
            reverse("newsletter:unsubscribe", args=[tokens.unsubscribe_token(subscriber)]), root
        )
        context = {
            "kind": kind,
            "LANGUAGE_CODE": language,
            "LANGUAGE_BIDI": translation.get_language_bidi(),
            "subscriber": subscriber,
            "confirm_url": absolute(
                reverse("newsletter:confirm", args=[tokens.confirm_token(subscriber)]), root
            )
            if kind == "confirm"
            else "",
            "unsubscribe_url": unsubscribe_url,
            "site_url": absolute(reverse("wagtail_serve", args=[""]), root),
            "days": tokens.CONFIRM_MAX_AGE.days,
        }
        subject = (
            _("Please confirm your subscription to the Human Learning Systems newsletter")
            if kind == "confirm"
            else _("You are already subscribed to the Human Learning Systems newsletter")
        )
        html = inline_css(render_to_string("newsletter/emails/subscription.html", context))
    return _message(subject, html, subscriber.email, language)


# Newsletter issues -------------------------------------------------------------------------------------


@dataclass
class RenderedIssue:
    """One language version of an issue, ready to be addressed to each reader."""

    page_id: int
    language: str
    subject: str
    html: str
    text: str
    root: str
    unsubscribe_pattern: str  # the unsubscribe address with TOKEN where each reader's token goes

    def message_for(self, subscriber, *, message_id=None, to=None):
        token = tokens.unsubscribe_token(subscriber)
        unsubscribe_url = self.unsubscribe_pattern.replace("TOKEN", token)
        headers = list_headers(unsubscribe_url, token, self.root)
        if message_id:
            headers["Message-ID"] = message_id
        message = EmailMultiAlternatives(
            subject=self.subject,
            body=self.text.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe_url),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[to or subscriber.email],
            headers={"Content-Language": self.language, **headers},
        )
        message.attach_alternative(self.html.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe_url), "text/html")
        return message


def render_issue(page, *, test=False):
    """Render `page` (a NewsletterIssuePage, live or a draft revision) as it is emailed.

    Uses Wagtail's preview machinery, so the email goes through the same middleware as a visit to the page:
    the language comes from the page's own address.
    """
    response = page.make_preview_request(
        preview_mode="email",
        # The page's email preview puts the placeholder where each reader's unsubscribe address goes.
        extra_request_attrs={"newsletter_email": True, "newsletter_unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER},
    )
    language = page.locale.language_code
    site = page.get_site()
    root = site.root_url if site else site_root_url()
    html = inline_css(response.content.decode(response.charset or "utf-8"))
    with translation.override(language):
        pattern = absolute(reverse("newsletter:unsubscribe", args=["TOKEN"]), root)
        subject = page.title
        if test:
            subject = _("[Test] %(title)s") % {"title": subject}
    return RenderedIssue(
        page_id=page.pk,
        language=language,
        subject=subject,
        html=html,
        text=html_to_text(html),
        root=root,
        unsubscribe_pattern=pattern,
    )
