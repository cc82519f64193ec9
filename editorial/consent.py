"""Consent for quotes: the register behind the report, withdrawal, and telling the editors when consent ends.

Whether a quote may be shown is decided with the quote block (editorial.blocks.quote_is_public), which
rendering, the search index and the API all ask. Expiry needs no job to take effect on pages, emails or
the API (each checks the date when it renders); the search index is rewritten when a quote expires
(`check_consents`, run by the scheduler) and at once when consent is withdrawn.
"""

import datetime
import json
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.search import index

from core.localization import request_cache
from editorial.blocks import ConsentAwareStreamBlock, withdrawn_block_ids
from editorial.models import ANONYMOUS, ConsentNotice, ConsentWithdrawal, QuoteConsent
from editorial.roles import EDITORS, MODERATORS

logger = logging.getLogger("editorial.consent")

WITHDRAW_ACTION = "editorial.withdraw_consent"
RESTORE_ACTION = "editorial.restore_consent"


def warning_days():
    """How many days before consent ends the editors are warned (CONSENT_WARNING_DAYS, default 30)."""
    return int(getattr(settings, "CONSENT_WARNING_DAYS", 30))


# --- The register ---------------------------------------------------------------------------------------


def _parse_date(value):
    if isinstance(value, datetime.date):
        return value
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def quote_record(raw_value):
    """What the register keeps of one quote, from its stored (JSON) value."""
    consent = raw_value.get("consent") or {}
    identified_as = consent.get("identified_as") or ANONYMOUS
    name = "" if identified_as == ANONYMOUS else (raw_value.get("name") or "").strip()
    byline = [part for part in (name, raw_value.get("attribution"), raw_value.get("role")) if part]
    return {
        "quote": raw_value.get("quote") or "",
        "byline": ", ".join(part.strip() for part in byline)[:400],
        "identified_as": identified_as,
        "given_on": _parse_date(consent.get("given_on")),
        "valid_until": _parse_date(consent.get("valid_until")),
    }


def quotes_in_raw_stream(raw):
    """{block id: raw quote value} for the top-level quotes of a stream's stored JSON (list or string)."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw) if raw else []
        except ValueError:
            return {}
    found = {}
    for item in raw or []:
        if isinstance(item, dict) and item.get("type") == "quote" and item.get("id"):
            found[item["id"]] = item.get("value") or {}
    return found


def consent_stream_fields(model):
    return [
        field
        for field in model._meta.get_fields()
        if isinstance(field, StreamField) and isinstance(field.stream_block, ConsentAwareStreamBlock)
    ]


def _raw_stream(value):
    return list(value.raw_data) if value is not None else []


def sync_page(page, revision=None):
    """Bring the register up to date for one page: its live version and its latest draft.

    `revision` is the draft just saved, when called as it is saved (the page does not point at it yet).
    """
    page = page.specific_deferred if type(page) is Page else page
    fields = consent_stream_fields(type(page))
    if not fields:
        return
    page = type(page).objects.filter(pk=page.pk).first()  # fresh, with every field
    if page is None:
        return
    live, draft = {}, {}
    if page.live:
        for field in fields:
            live.update(quotes_in_raw_stream(_raw_stream(getattr(page, field.name))))
    # "Draft" is the latest version, which editors work on: the newest revision, or the page itself.
    revision = revision or page.latest_revision
    for field in fields:
        if revision is not None:
            draft.update(quotes_in_raw_stream(revision.content.get(field.name)))
        else:
            draft.update(quotes_in_raw_stream(_raw_stream(getattr(page, field.name))))
    block_ids = set(live) | set(draft)
    with transaction.atomic():
        QuoteConsent.objects.filter(page=page).exclude(block_id__in=block_ids).delete()
        for block_id in block_ids:
            record = quote_record(live.get(block_id) or draft[block_id])
            QuoteConsent.objects.update_or_create(
                page=page,
                block_id=block_id,
                defaults={**record, "in_live": block_id in live, "in_draft": block_id in draft},
            )


def sync_all_pages():
    """Rebuild the register from every page that can hold quotes. Returns how many pages were read."""
    count = 0
    models = [model for model in _page_models() if consent_stream_fields(model)]
    seen = set()
    for model in models:
        for page in model.objects.all().iterator():
            sync_page(page)
            seen.add(page.pk)
            count += 1
    QuoteConsent.objects.exclude(page_id__in=seen).delete()
    return count


def _page_models():
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if not model._meta.abstract]


# --- Status ----------------------------------------------------------------------------------------------

WITHDRAWN, EXPIRED, EXPIRING, UNRECORDED, VALID = "withdrawn", "expired", "expiring", "unrecorded", "valid"
STATUS_LABELS = {
    WITHDRAWN: "Consent withdrawn",
    EXPIRED: "Consent ended",
    EXPIRING: "Consent ends soon",
    UNRECORDED: "Consent not recorded",
    VALID: "Consent valid",
}


def status_of(row, today=None, withdrawn=None):
    today = today or timezone.localdate()
    withdrawn = withdrawn_block_ids() if withdrawn is None else withdrawn
    if row.block_id in withdrawn:
        return WITHDRAWN
    if row.valid_until and row.valid_until < today:
        return EXPIRED
    if row.valid_until and row.valid_until <= today + datetime.timedelta(days=warning_days()):
        return EXPIRING
    if row.given_on is None:
        return UNRECORDED
    return VALID


def rows_with_status(queryset=None, today=None):
    """(row, status) for every register row, pages and locales fetched with it."""
    today = today or timezone.localdate()
    withdrawn = frozenset(ConsentWithdrawal.objects.values_list("block_id", flat=True))
    queryset = queryset if queryset is not None else QuoteConsent.objects.all()
    rows = queryset.select_related("page", "page__locale").order_by("valid_until", "page__title", "pk")
    return [(row, status_of(row, today, withdrawn)) for row in rows]


def attention_counts(today=None):
    """How many quotes need an editor: {status: number}, for the dashboard."""
    counts = dict.fromkeys((WITHDRAWN, EXPIRED, EXPIRING, UNRECORDED), 0)
    for row, status in rows_with_status(today=today):
        if status in counts and (status != WITHDRAWN or row.in_draft or row.in_live):
            counts[status] += 1
    return counts


# --- Withdrawal ------------------------------------------------------------------------------------------


def pages_with_block(block_id):
    ids = QuoteConsent.objects.filter(block_id=block_id).values_list("page_id", flat=True)
    return list(Page.objects.filter(pk__in=ids).specific())


def reindex(pages):
    """Rewrite the search index entries of these pages (live ones only are in the index)."""
    for page in pages:
        if page.live:
            index.insert_or_update_object(page)


@transaction.atomic
def withdraw(block_id, user=None, note=""):
    """Withdraw consent for a quote: hidden from the public everywhere from now on. Returns the record."""
    row = QuoteConsent.objects.filter(block_id=block_id).select_related("page").first()
    withdrawal, created = ConsentWithdrawal.objects.get_or_create(
        block_id=block_id,
        defaults={
            "page": row.page if row else None,
            "quote": (row.quote[:200] if row else ""),
            "withdrawn_by": user,
            "note": note[:500],
        },
    )
    request_cache().pop("withdrawn_quotes", None)
    pages = pages_with_block(block_id)
    if created:
        for page in pages:
            log(instance=page, action=WITHDRAW_ACTION, user=user, data={"block_id": block_id})
    reindex(pages)
    return withdrawal


@transaction.atomic
def restore(block_id, user=None):
    """Undo a withdrawal made by mistake. The quote shows again wherever its dates allow."""
    deleted, _detail = ConsentWithdrawal.objects.filter(block_id=block_id).delete()
    request_cache().pop("withdrawn_quotes", None)
    pages = pages_with_block(block_id)
    if deleted:
        for page in pages:
            log(instance=page, action=RESTORE_ACTION, user=user, data={"block_id": block_id})
    reindex(pages)
    return bool(deleted)


# --- Telling the editors ---------------------------------------------------------------------------------


@dataclass
class Due:
    level: str
    rows: list  # register rows of one quote (each page it is on)

    @property
    def first(self):
        return self.rows[0]


def notice_recipients():
    """Active members of the Editors and Moderators groups with an email address."""
    return list(
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[EDITORS, MODERATORS])
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def due_notices(today=None):
    """Quotes the editors have not yet been told about: ended, or ending within the warning period."""
    today = today or timezone.localdate()
    soon = today + datetime.timedelta(days=warning_days())
    withdrawn = withdrawn_block_ids()
    told = set(ConsentNotice.objects.values_list("block_id", "valid_until", "level"))
    rows = (
        QuoteConsent.objects.filter(valid_until__isnull=False, valid_until__lte=soon)
        .filter(Q(in_live=True) | Q(in_draft=True))
        .exclude(block_id__in=withdrawn)
        .select_related("page", "page__locale")
        .order_by("valid_until", "block_id", "page__locale_id")
    )
    grouped = {}
    for row in rows:
        level = "expired" if row.valid_until < today else "soon"
        if (row.block_id, row.valid_until, level) in told:
            continue
        grouped.setdefault((row.block_id, row.valid_until, level), []).append(row)
    return [Due(level=key[2], rows=group) for key, group in grouped.items()]


def check_consents(today=None):
    """Run by the scheduler every minute (and `manage.py check_consents`): take newly expired quotes out of
    the search index and email the editors once about each quote that has ended or ends soon.

    Returns the notices sent, as a list of Due.
    """
    today = today or timezone.localdate()
    due = due_notices(today)
    if not due:
        return []
    expired_pages = {row.page_id for item in due if item.level == "expired" for row in item.rows}
    if expired_pages:
        reindex(Page.objects.filter(pk__in=expired_pages).specific())
    recipients = notice_recipients()
    if recipients:
        send_notice_email(due, recipients, today)
    for item in due:
        ConsentNotice.objects.get_or_create(
            block_id=item.first.block_id,
            valid_until=item.first.valid_until,
            level=item.level,
            defaults={"recipients": len(recipients)},
        )
    return due


def send_notice_email(due, recipients, today):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        "expired": [item for item in due if item.level == "expired"],
        "soon": [item for item in due if item.level == "soon"],
        "today": today,
        "report_url": base + reverse("editorial_consent_report"),
        "base_url": base,
        "warning_days": warning_days(),
    }
    count = len(due)
    subject = f"Quote consent: {count} quote{'s' if count != 1 else ''} need{'s' if count == 1 else ''} your attention"
    body = render_to_string("editorial/emails/consent_notice.txt", context)
    # One message each, so nobody sees the others' addresses.
    send_mass_mail([(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email]) for user in recipients])
