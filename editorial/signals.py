"""Keeping the consent register and the sections' access up to date as pages change."""

from django.apps import apps as django_apps
from django.db.models.signals import post_save
from wagtail.models import Page, Revision
from wagtail.signals import page_published, page_unpublished

from editorial import consent, roles


def on_revision_saved(sender, instance, created, raw=False, **kwargs):
    """A draft was saved: its quotes are what editors will publish next."""
    if raw or not created:
        return
    page = instance.content_object
    if isinstance(page, Page):
        consent.sync_page(page, revision=instance)


def on_page_published(sender, instance, **kwargs):
    consent.sync_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    consent.sync_page(instance)


def on_section_created(sender, instance, created, raw=False, **kwargs):
    """A new case study library, resource library or newsletter archive (a translation, say) gets the
    roles' access and the review workflow, as the data migration gave the ones that existed."""
    if raw or not created:
        return
    roles.grant_section(django_apps, instance)


def connect():
    post_save.connect(on_revision_saved, sender=Revision, dispatch_uid="editorial.revision_saved")
    page_published.connect(on_page_published, dispatch_uid="editorial.page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="editorial.page_unpublished")
    for app_label, model_name in roles.SECTION_MODELS:
        model = django_apps.get_model(app_label, model_name)
        post_save.connect(on_section_created, sender=model, dispatch_uid=f"editorial.section.{model_name}")
