"""The consent report (Reports › Quote consent) and its one-click actions: withdraw, and undo a withdrawal."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from editorial import consent
from editorial.models import ConsentWithdrawal, QuoteConsent

FILTERS = [
    ("attention", "Needs attention"),
    (consent.EXPIRED, "Ended"),
    (consent.EXPIRING, "Ends soon"),
    (consent.WITHDRAWN, "Withdrawn"),
    (consent.UNRECORDED, "Not recorded"),
    ("all", "All quotes"),
]
ATTENTION = {consent.EXPIRED, consent.EXPIRING, consent.WITHDRAWN, consent.UNRECORDED}


def consent_report(request):
    if not request.user.has_perm("editorial.view_quoteconsent"):
        raise PermissionDenied
    chosen = request.GET.get("status") or "attention"
    if chosen not in dict(FILTERS):
        messages.warning(
            request,
            _("There is no filter called ‘%(name)s’: showing the quotes that need attention.")
            % {"name": chosen[:40]},
        )
        chosen = "attention"
    today = timezone.localdate()
    rows = consent.rows_with_status(today=today)
    withdrawals = {w.block_id: w for w in ConsentWithdrawal.objects.select_related("withdrawn_by")}
    counts = {key: 0 for key, _label in FILTERS}
    shown = []
    for row, status in rows:
        counts["all"] += 1
        counts[status] = counts.get(status, 0) + 1
        if status in ATTENTION:
            counts["attention"] += 1
        if chosen == "all" or status == chosen or (chosen == "attention" and status in ATTENTION):
            shown.append(
                {
                    "row": row,
                    "status": status,
                    "status_label": consent.STATUS_LABELS[status],
                    "withdrawal": withdrawals.get(row.block_id),
                    "can_edit": row.page.permissions_for_user(request.user).can_edit(),
                }
            )
    return TemplateResponse(
        request,
        "editorial/consent_report.html",
        {
            "rows": shown,
            "filters": [(key, label, counts.get(key, 0)) for key, label in FILTERS],
            "chosen": chosen,
            "today": today,
            "warning_days": consent.warning_days(),
            "can_withdraw": request.user.has_perm("editorial.add_consentwithdrawal"),
            "can_restore": request.user.has_perm("editorial.delete_consentwithdrawal"),
            "page_title": _("Quote consent"),
        },
    )


def _back(request):
    url = request.POST.get("next") or ""
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return redirect(url)
    return redirect("editorial_consent_report")


def _rows_for(request):
    block_id = (request.POST.get("block_id") or "").strip()
    rows = list(QuoteConsent.objects.filter(block_id=block_id).select_related("page")) if block_id else []
    return block_id, rows


def withdraw_consent(request):
    """POST: withdraw consent for one quote, hiding it from the public everywhere at once."""
    if request.method != "POST":
        return redirect("editorial_consent_report")
    if not request.user.has_perm("editorial.add_consentwithdrawal"):
        raise PermissionDenied
    block_id, rows = _rows_for(request)
    if not rows:
        messages.error(request, _("That quote is no longer on any page, so there is nothing to withdraw."))
        return _back(request)
    if not any(row.page.permissions_for_user(request.user).can_edit() for row in rows):
        raise PermissionDenied
    if ConsentWithdrawal.objects.filter(block_id=block_id).exists():
        messages.info(request, _("Consent for that quote was already withdrawn; it is not shown to anyone."))
        return _back(request)
    consent.withdraw(block_id, user=request.user, note=(request.POST.get("note") or "").strip())
    titles = ", ".join(sorted({f"‘{row.page.title}’" for row in rows}))
    messages.success(
        request,
        _(
            "Consent withdrawn. The quote is no longer shown to visitors, in search or in emails, on %(pages)s. "
            "Remove it from the page when you next edit it."
        )
        % {"pages": titles},
    )
    return _back(request)


def restore_consent(request):
    """POST: undo a withdrawal made by mistake (moderators)."""
    if request.method != "POST":
        return redirect("editorial_consent_report")
    if not request.user.has_perm("editorial.delete_consentwithdrawal"):
        raise PermissionDenied
    block_id, _rows = _rows_for(request)
    if not block_id or not consent.restore(block_id, user=request.user):
        messages.error(request, _("That quote's consent was not withdrawn, so there is nothing to undo."))
        return _back(request)
    messages.success(request, _("Withdrawal undone. The quote shows again wherever its consent dates allow."))
    return _back(request)


def works_on_pages(user):
    """Editors, moderators, translators and superusers: anyone with a permission on some page."""
    from wagtail.models import Page
    from wagtail.permissions import policy_registry

    return user.is_superuser or policy_registry.get_by_type(Page).user_has_any_permission(
        user, ["add", "change", "publish"]
    )


def translations_report(request, results_only=False):
    """wagtail-localize's translations report, for people who work on pages only."""
    from wagtail_localize.views.report import TranslationsReportView

    if not works_on_pages(request.user):
        raise PermissionDenied
    return TranslationsReportView.as_view(results_only=results_only)(request)
