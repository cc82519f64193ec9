from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial import consent, roles, translation_review, views
from editorial.inclusive import InclusiveLanguageCheckerItem, mark_preview_response, terms_for_locale
from editorial.models import InclusiveTerm


class InclusiveTermViewSet(SnippetViewSet):
    model = InclusiveTerm
    icon = "comment"
    menu_label = gettext_lazy("Inclusive language")
    list_display = ["term", "suggestion"]
    search_fields = ["term"]
    ordering = ["term"]


register_snippet(InclusiveTermViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("reports/quote-consent/", views.consent_report, name="editorial_consent_report"),
        path("reports/quote-consent/withdraw/", views.withdraw_consent, name="editorial_consent_withdraw"),
        path("reports/quote-consent/restore/", views.restore_consent, name="editorial_consent_restore"),
        # Matched before wagtail-localize's own addresses (this app comes first): its translations report
        # is for people who work on pages, not for newsletter managers.
        path(
            "localize/reports/translations/", views.translations_report, name="editorial_translations_report"
        ),
        path(
            "localize/reports/translations/results/",
            views.translations_report,
            {"results_only": True},
            name="editorial_translations_report_results",
        ),
        # wagtail-localize's ways to publish, held to publish permission (editorial/translation_review.py).
        path(
            "localize/submit/page/<int:page_id>/",
            translation_review.SubmitPageTranslationView.as_view(),
            name="editorial_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            translation_review.SubmitSnippetTranslationView.as_view(),
            name="editorial_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            translation_review.UpdateTranslationsView.as_view(),
            name="editorial_update_translations",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            translation_review.convert_to_alias,
            name="editorial_convert_to_alias",
        ),
    ]


@hooks.register("construct_reports_menu")
def hide_reports_the_user_cannot_open(request, menu_items):
    if not views.works_on_pages(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "translations"]


class ConsentReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("editorial.view_quoteconsent")


@hooks.register("register_reports_menu_item")
def register_consent_report_menu_item():
    return ConsentReportMenuItem(
        gettext_lazy("Quote consent"), reverse("editorial_consent_report"), icon_name="lock", order=50
    )


@hooks.register("register_log_actions")
def register_consent_log_actions(actions):
    actions.register_action(
        consent.WITHDRAW_ACTION, _("Withdraw quote consent"), _("Quote consent withdrawn")
    )
    actions.register_action(
        consent.RESTORE_ACTION, _("Undo quote consent withdrawal"), _("Quote consent restored")
    )


@hooks.register("construct_wagtail_userbar")
def add_inclusive_language_check(request, items, page):
    """Swap Wagtail's content checker for one that also knows the inclusive-language terms."""
    if not any(
        type(item) is not InclusiveLanguageCheckerItem and isinstance(item, ContentCheckerItem)
        for item in items
    ):
        return
    locale_id = getattr(page, "locale_id", None) or Locale.get_active().pk
    terms = terms_for_locale(locale_id)
    for position, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, InclusiveLanguageCheckerItem):
            items[position] = InclusiveLanguageCheckerItem(terms, in_editor=item.in_editor)


# The content checker runs in the preview: mark the inclusive-language list's terms in it (BasePage calls
# this hook for every preview). Visitors and emails never see the marks.
hooks.register("after_serve_preview", mark_preview_response)


# --- Translators translate, and only that ----------------------------------------------------------------


def is_translator_only(user):
    """A translator with no other editorial role (a superuser never is)."""
    if user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return roles.TRANSLATORS in names and not names & {roles.EDITORS, roles.MODERATORS}


def is_synced_translation(instance):
    """Whether wagtail-localize keeps `instance` (a page or a snippet) in step with its source."""
    from wagtail_localize.models import Translation

    return Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale_id=instance.locale_id, enabled=True
    ).exists()


@hooks.register("before_edit_page", order=-10)
def translators_edit_only_synced_translations(request, page):
    """Translators work in wagtail-localize's translation editor (which it shows for a synced translation);
    the ordinary editor, where they could change anything, is not for them."""
    if is_translator_only(request.user) and not is_synced_translation(page):
        messages.error(
            request,
            _(
                "‘%(title)s’ is not a synced translation, so it is not edited in the translation editor. "
                "Ask an editor to change it."
            )
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_home")
    return None


@hooks.register("before_edit_snippet", order=-10)
def translators_edit_only_synced_term_translations(request, instance):
    """The taxonomy as pages above: a translator's change permission on terms is for wagtail-localize's
    translation editor (shown for a synced translation), not for renaming the English terms."""
    if not is_translator_only(request.user):
        return None
    if isinstance(instance, TranslatableMixin) and is_synced_translation(instance):
        return None
    messages.error(
        request,
        _(
            "‘%(name)s’ is not a synced translation, so it is not edited in the translation editor. "
            "Ask an administrator to change it, or use Translate to start a translation."
        )
        % {"name": str(instance)},
    )
    return redirect(instance.snippet_viewset.get_url_name("list"))


# After the guard above, before wagtail-localize's editor (order 0) handles the POST.
hooks.register("before_edit_page", translation_review.publish_or_review_from_the_editor, order=-5)


@hooks.register("before_delete_page", order=-10)
def translators_do_not_delete(request, page):
    if is_translator_only(request.user):
        messages.error(request, _("Translators cannot delete pages. Ask an editor or a moderator."))
        return redirect("wagtailadmin_home")
    return None


# --- Alt text is required when a page is published, whichever way it is published ------------------------


@hooks.register("before_bulk_action")
def refuse_bulk_publish_without_alt_text(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return None
    problems = []
    for page in objects:
        if not isinstance(page, Page):
            continue
        latest = page.specific.get_latest_revision_as_object()
        missing = getattr(latest, "missing_alt_text", lambda: [])()
        if missing:
            problems.append(f"‘{latest.get_admin_display_title()}’ ({', '.join(missing)})")
    if problems:
        messages.error(
            request,
            _(
                "Nothing was published. These pages have pictures without alt text: %(pages)s. Describe each "
                "picture, or mark it as decorative, then publish again."
            )
            % {"pages": "; ".join(problems)},
        )
        next_url = request.GET.get("next") or ""
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = reverse("wagtailadmin_home")
        return redirect(next_url)
    return None
