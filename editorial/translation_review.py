"""Translations go through review like any other change: wagtail-localize's ways to publish, held to the
site's rule that only people with publish permission on a page publish it.

wagtail-localize offers several ways to put a translation live, and some of them check no more than its
own "submit translation" permission:

- "Sync translated pages" (`localize/update/<id>/`) with "Publish immediately" published every target
  page, whoever asked (a translator published the Welsh and Urdu home pages, which they may not edit).
- "Translate" (`localize/submit/...`) publishes a new translation at once when its source is live, and
  re-saves existing translations of related objects and of a page's subtree, writing straight into live
  pages.
- The translation editor's "Publish in ..." checks publish permission itself; without it the work had
  nowhere to go.
- "Convert to alias page" replaces a translation with a live copy of its source in one step.

Here each of them does what the person may do: with publish permission on a target, it is published; with
only edit permission, the translation is saved as a draft revision and submitted to the page's review
workflow (a moderator approves, which publishes it); without edit permission, the target is left alone and
the person is told. Live content never changes outside a publish. The views below take over
wagtail-localize's addresses (editorial.wagtail_hooks registers them first, so they win).
"""

from django.contrib import messages
from django.contrib.auth import get_permission_codename
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import Translation, TranslationLog
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views import convert, submit_translations, update_translations

PUBLISHED = "published"
IN_REVIEW = "in review"
NOT_ALLOWED = "not allowed"
FAILED = "failed"

# The translation editor's own action name for the button this site adds (templates/wagtail_localize/).
REVIEW_ACTION = "submit-for-review"


def _model_permission(user, action, instance):
    opts = type(instance)._meta
    return user.has_perm(f"{opts.app_label}.{get_permission_codename(action, opts)}")


def may_edit(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return _model_permission(user, "change", instance)


def may_publish(user, instance):
    """Publish permission on a target. Saving an object without drafts (a taxonomy term) is publishing it,
    so there the change permission is what counts."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return _model_permission(user, "publish", instance)
    return _model_permission(user, "change", instance)


def _target(translation):
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        return None
    return target.specific if isinstance(target, Page) else target


def save_for_review(translation, user):
    """Save `translation` as a new draft revision of its target page and submit it for review.

    The draft is built in memory (wagtail-localize's preview does the same), so the page's live content and
    its database row stay as they are until a moderator approves. Returns the page; raises ValidationError
    when the translated page would not be valid.
    """
    source = translation.source
    page = source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    if page.alias_of_id:
        # An alias shows its source live; turning it into a page of its own changes what visitors see.
        raise ValidationError(_("This page is an alias of its source. Ask a moderator to translate it."))
    current_slug = Page.objects.filter(pk=page.pk).values_list("slug", flat=True).first()
    if page.slug != current_slug:
        # A translated slug must be free among the page's siblings (wagtail-localize does the same).
        page.slug = find_available_slug(
            page.get_parent(), slugify(page.slug, allow_unicode=True), ignore_page_id=page.pk
        )
    revision = page.save_revision(user=user)
    TranslationLog.objects.create(source=source, locale=translation.target_locale, revision=revision)
    workflow = page.get_workflow()
    if workflow is not None and not page.workflow_in_progress:
        workflow.start(page, user)
    return page


def apply_translation(translation, user, publish):
    """Bring one target up to date with its translation as `user` may: returns (outcome, target)."""
    target = _target(translation)
    if target is None or not may_edit(user, target):
        return NOT_ALLOWED, target
    try:
        if may_publish(user, target) and (publish or not isinstance(target, (Page, DraftStateMixin))):
            translation.save_target(user=user, publish=True)
            return PUBLISHED, target
        if not isinstance(target, Page):
            return NOT_ALLOWED, target
        target = save_for_review(translation, user)  # named by its new (draft) title from here on
    except ValidationError:
        return FAILED, target
    return IN_REVIEW, target


def report(request, outcomes):
    """One message per outcome, naming the pages, so nobody wonders where their work went."""
    groups = {}
    for outcome, target in outcomes:
        if target is None:
            name = _("a translation whose page was deleted")
        else:
            title = target.get_admin_display_title() if isinstance(target, Page) else str(target)
            name = f"‘{title}’ ({target.locale.get_display_name()})"
        groups.setdefault(outcome, []).append(name)
    if groups.get(PUBLISHED):
        messages.success(request, _("Published: %(items)s.") % {"items": ", ".join(groups[PUBLISHED])})
    if groups.get(IN_REVIEW):
        messages.success(
            request,
            ngettext(
                "Sent to the moderators for review (they publish it): %(items)s.",
                "Sent to the moderators for review (they publish them): %(items)s.",
                len(groups[IN_REVIEW]),
            )
            % {"items": ", ".join(groups[IN_REVIEW])},
        )
    if groups.get(NOT_ALLOWED):
        messages.warning(
            request,
            _("Left as they were, as you may not change them: %(items)s.")
            % {"items": ", ".join(groups[NOT_ALLOWED])},
        )
    if groups.get(FAILED):
        messages.error(
            request,
            _("Not saved, because the translation is not valid yet: %(items)s. Open it to see what to fix.")
            % {"items": ", ".join(groups[FAILED])},
        )


# --- "Sync translated pages" -----------------------------------------------------------------------------


class UpdateTranslationsForm(update_translations.UpdateTranslationsForm):
    def __init__(self, *args, publishes_everything=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not publishes_everything:
            self.fields["publish_translations"].label = gettext_lazy("Publish, or send for review")
            self.fields["publish_translations"].help_text = gettext_lazy(
                "Translations you may publish are published now; the others are saved as drafts and sent "
                "to the moderators, who publish them. Without this, the translations are updated for "
                "translators but nothing changes on the site."
            )


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """wagtail-localize's view, except that "publish" publishes only what the person may publish."""

    def enabled_translations(self):
        return list(self.object.translations.filter(enabled=True).select_related("source", "target_locale"))

    def get_form(self):
        publishes_everything = all(
            target is not None and may_publish(self.request.user, target)
            for target in (_target(t) for t in self.enabled_translations())
        )
        data = self.request.POST if self.request.method == "POST" else None
        return UpdateTranslationsForm(data, publishes_everything=publishes_everything)

    @transaction.atomic
    def form_valid(self, form):
        user = self.request.user
        self.object.update_from_db()
        translations = self.enabled_translations()
        if form.cleaned_data.get("use_machine_translation"):
            machine_translator = update_translations.get_machine_translator()
            for translation in translations:
                if (target := _target(translation)) is not None and may_edit(user, target):
                    update_translations.apply_machine_translation(translation.id, user, machine_translator)
        outcomes = []
        for translation in translations:
            if form.cleaned_data["publish_translations"]:
                outcomes.append(apply_translation(translation, user, publish=True))
            elif (target := _target(translation)) is not None:
                if may_edit(user, target):
                    # As wagtail-localize does without "publish": the view restrictions follow the source.
                    translation.source.update_target_view_restrictions(translation.target_locale)
                else:
                    outcomes.append((NOT_ALLOWED, target))
        self.components.save(self.object, sources_and_translations={self.object: translations})
        messages.success(self.request, self.get_success_message())
        report(self.request, outcomes)
        return redirect(self.get_success_url() or self.get_default_success_url())


# --- "Translate" -----------------------------------------------------------------------------------------


class ReviewedTranslationCreator(TranslationCreator):
    """Creates the translations that do not exist yet, as drafts (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE
    is off), and leaves existing ones alone: wagtail-localize would save them again, and for a live page that
    writes straight into what visitors see. Existing translations are brought up to date with "Sync
    translated pages", which publishes or sends for review. Terms (no drafts) are saved again as before
    when the person may change them."""

    def __init__(self, user, target_locales):
        super().__init__(user, target_locales)
        self.requested_locales = list(target_locales)
        self.left_alone = []

    def _may_write(self, instance, locale):
        existing = instance.get_translation_or_none(locale)
        if existing is None:
            return True
        if isinstance(existing, Page):
            # A draft alias shows nothing; a live one may be replaced only by someone who may publish it.
            return bool(existing.alias_of_id) and (not existing.live or may_publish(self.user, existing))
        if isinstance(existing, DraftStateMixin):
            return False
        return self.user is not None and may_edit(self.user, existing)

    def create_translations(self, instance, include_related_objects=True):
        if isinstance(instance, Page):
            instance = instance.specific
        if instance.translation_key in self.seen_objects:
            return
        allowed = []
        for locale in self.requested_locales:
            if self._may_write(instance, locale):
                allowed.append(locale)
            elif locale.pk != instance.locale_id:
                self.left_alone.append(instance.get_translation(locale))
        self.target_locales = allowed
        try:
            super().create_translations(instance, include_related_objects=include_related_objects)
        finally:
            self.target_locales = self.requested_locales


class ReviewedSubmitMixin:
    def get_form(self):
        # One form per request, so an error added in form_valid is shown when the page is drawn again.
        if not hasattr(self, "_form"):
            self._form = super().get_form()
        return self._form

    def homeless_in(self, locales):
        """The locales where this page's parent has no version yet. Wagtail would fill the gap with live
        copies of the parents in the source's language, so only someone who may publish the parent may."""
        if not isinstance(self.object, Page):
            return []
        parent = self.object.get_parent().specific
        if parent.is_root() or may_publish(self.request.user, parent):
            return []
        return [locale for locale in locales if parent.get_translation_or_none(locale) is None]

    @transaction.atomic
    def form_valid(self, form):
        locales = list(form.cleaned_data["locales"])
        if homeless := self.homeless_in(locales):
            parent = self.object.get_parent()
            for locale in homeless:
                form.add_error(
                    "locales",
                    _(
                        "‘%(parent)s’ has no %(language)s version yet, so this page has nowhere to go. Ask an "
                        "administrator to translate ‘%(parent)s’ into %(language)s first."
                    )
                    % {"parent": parent.get_admin_display_title(), "language": locale.get_display_name()},
                )
            return self.render_to_response(self.get_context_data())
        creator = ReviewedTranslationCreator(self.request.user, locales)
        creator.create_translations(self.object)
        if isinstance(self.object, Page) and form.cleaned_data.get("include_subtree"):
            for descendant in self.object.get_descendants().specific():
                creator.create_translations(descendant)
        self.components.save(creator, sources_and_translations=creator.mappings)

        translated = None
        if len(locales) == 1:
            described = locales[0].get_display_name()
            translated = self.object.get_translation_or_none(locales[0])
        else:
            described = _("{} locales").format(len(locales))
        messages.success(self.request, self.get_success_message(described))
        if creator.left_alone:
            messages.info(
                self.request,
                _(
                    "These already had a translation, which was left as it is (use “Sync translated pages” on "
                    "the original to update it): %(items)s."
                )
                % {
                    "items": ", ".join(
                        f"‘{item}’ ({item.locale.get_display_name()})" for item in creator.left_alone
                    )
                },
            )
        return redirect(self.get_success_url() or self.get_default_success_url(translated))


class SubmitPageTranslationView(ReviewedSubmitMixin, submit_translations.SubmitPageTranslationView):
    """wagtail-localize's "Translate" for a page, creating drafts (ReviewedSubmitMixin)."""


class SubmitSnippetTranslationView(ReviewedSubmitMixin, submit_translations.SubmitSnippetTranslationView):
    """wagtail-localize's "Translate" for a snippet (a taxonomy term), through the same rules."""


# --- "Convert to alias page" -----------------------------------------------------------------------------


def convert_to_alias(request, page_id):
    """An alias shows its source's live content at once, so converting is publishing."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not page.permissions_for_user(request.user).can_publish():
        messages.error(
            request,
            _(
                "Converting ‘%(title)s’ to an alias would publish the original's text in its place at once, "
                "so only someone who may publish it can do that. Ask a moderator."
            )
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return convert.convert_to_alias(request, page_id)


# --- The translation editor's "Publish in ..." -----------------------------------------------------------


def synced_translation_of(page):
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def publish_or_review_from_the_editor(request, page):
    """before_edit_page: the translation editor's publish (or this site's "send for review") button.

    A person who may publish gets wagtail-localize's own publish. Anyone else who may edit the page has the
    translation saved as a draft and sent for review, rather than refused with nowhere to go.
    """
    action = request.POST.get("action") if request.method == "POST" else None
    if action not in ("publish", REVIEW_ACTION):
        return None
    translation = synced_translation_of(page)
    if translation is None:
        return None
    permissions = page.permissions_for_user(request.user)
    if action == "publish" and permissions.can_publish():
        return None  # wagtail-localize publishes
    lock = page.get_lock()
    if lock is not None and lock.for_user(request.user):
        messages.error(request, _("‘%(title)s’ is locked.") % {"title": page.get_admin_display_title()})
        return redirect(request.path)
    outcome = apply_translation(translation, request.user, publish=False)
    report(request, [outcome])
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
