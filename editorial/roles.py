"""The four editorial roles, each a group with only what its job needs, and the review workflow.

- Editors write and edit case studies, resources and newsletter issues and submit them for review. They
  cannot publish, schedule or unpublish.
- Moderators review: approve (which publishes or schedules), publish, schedule and unpublish, in the same
  sections. They keep the inclusive-language list.
- Translators translate pages through wagtail-localize, in the Welsh and Urdu sections only: they can
  edit a page only as a synced translation (editorial.wagtail_hooks keeps them out of the ordinary
  editor), and a moderator publishes their work. They translate the taxonomy (themes, sectors, regions,
  organisations) the same way: the snippets' change permission opens the translation editor, and the same
  hooks keep them out of the English terms. A term has no drafts, so a saved term translation is live.
- Newsletter managers see subscribers (the only personal data in the admin), send test emails and follow
  each issue's delivery. Nothing else.

The sections are each locale's case study library, resource library and newsletter archive; a section
created later (a new translation, say) is given the same access and the workflow as it is created
(editorial.signals). `apply_roles` sets every group's permissions to exactly the lists below, so nobody
has more; it runs in a data migration with the historical models, hence the `apps` argument.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
NEWSLETTER_MANAGERS = "Newsletter managers"
ROLES = (EDITORS, MODERATORS, TRANSLATORS, NEWSLETTER_MANAGERS)

WORKFLOW_NAME = "Review before publishing"
TASK_NAME = "Moderators approve"

# (app label, model name) of the section pages: the workflow and page permissions start there.
SECTION_MODELS = (
    ("case_studies", "casestudyindexpage"),
    ("resources", "resourceindexpage"),
    ("newsletter", "newsletterindexpage"),
)

ADMIN = "wagtailadmin.access_admin"
# Translators need these to reach the taxonomy's translation editor (editorial.wagtail_hooks).
TAXONOMY_CHANGE_PERMISSIONS = [
    "core.change_theme",
    "core.change_sector",
    "core.change_region",
    "core.change_organisation",
]
MODEL_PERMISSIONS = {
    EDITORS: [
        ADMIN,
        # A case study or resource needs its organisation; editors add one that is new.
        "core.add_organisation",
        "core.change_organisation",
        "editorial.view_inclusiveterm",
        "editorial.view_quoteconsent",
        "editorial.add_consentwithdrawal",
    ],
    MODERATORS: [
        ADMIN,
        "core.add_organisation",
        "core.change_organisation",
        "editorial.view_inclusiveterm",
        "editorial.add_inclusiveterm",
        "editorial.change_inclusiveterm",
        "editorial.delete_inclusiveterm",
        "editorial.view_quoteconsent",
        "editorial.add_consentwithdrawal",
        "editorial.delete_consentwithdrawal",
    ],
    TRANSLATORS: [
        ADMIN,
        "wagtail_localize.submit_translation",
        *TAXONOMY_CHANGE_PERMISSIONS,
    ],
    NEWSLETTER_MANAGERS: [
        ADMIN,
        "newsletter.view_subscriber",
        "newsletter.change_subscriber",
        "newsletter.delete_subscriber",
        "newsletter.send_newsletter",
    ],
}

# Images and documents, in the root collection (so in every collection).
COLLECTION_PERMISSIONS = {
    EDITORS: [
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
    ],
    MODERATORS: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
    TRANSLATORS: [],
    NEWSLETTER_MANAGERS: [],
}

# Page permissions on each section; translators only where the section is not in the default language.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
TRANSLATION_PAGE_PERMISSIONS = {TRANSLATORS: ["change_page"]}


def _permission(apps, dotted):
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _group(apps, name):
    Group = apps.get_model("auth", "Group")
    return Group.objects.get_or_create(name=name)[0]


def _section_pages(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    types = ContentType.objects.filter(
        app_label__in=[app for app, _model in SECTION_MODELS],
        model__in=[model for _app, model in SECTION_MODELS],
    )
    return Page.objects.filter(content_type__in=types)


def review_workflow(apps):
    """The "Review before publishing" workflow with its one task, created if missing."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task_type, _created = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.set([_group(apps, MODERATORS)])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def grant_section(apps, page, default_locale_id=None):
    """Give the roles their page permissions on one section page and put it under review."""
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Locale = apps.get_model("wagtailcore", "Locale")
    if default_locale_id is None:
        from django.conf import settings

        default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        default_locale_id = default.pk if default else None
    grants = dict(PAGE_PERMISSIONS)
    if page.locale_id != default_locale_id:
        grants.update(TRANSLATION_PAGE_PERMISSIONS)
    for name, codenames in grants.items():
        group = _group(apps, name)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=page.pk, permission=_permission(apps, f"wagtailcore.{codename}")
            )
    WorkflowPage.objects.get_or_create(page_id=page.pk, defaults={"workflow": review_workflow(apps)})


def apply_roles(apps):
    """Create the groups with exactly their permissions, the workflow, and access to every section."""
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    for name in ROLES:
        group = _group(apps, name)
        group.permissions.set([_permission(apps, dotted) for dotted in MODEL_PERMISSIONS[name]])
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        root = Collection.objects.filter(depth=1).first()
        if root is not None:
            for dotted in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.create(
                    group=group, collection=root, permission=_permission(apps, dotted)
                )
    review_workflow(apps)
    for page in _section_pages(apps):
        grant_section(apps, page)
