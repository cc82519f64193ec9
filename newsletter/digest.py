"""The digest: a new draft issue already holding everything published since the last issue."""

import json
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.models import unexpired

# A first issue (no previous one to count from) features at most this many of each.
FIRST_ISSUE_LIMIT = 12


@dataclass
class Digest:
    previous: object | None
    since: datetime | None
    case_studies: list = field(default_factory=list)
    resources: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not self.case_studies and not self.resources


def new_since_last_issue(archive) -> Digest:
    """Case studies and resources in the archive's language first published since the last issue went live."""
    from case_studies.models import CaseStudyPage
    from resources.models import ResourcePage

    previous = archive.visible_issues().exclude(first_published_at__isnull=True).first()
    since = previous.first_published_at if previous else None
    found = {}
    for key, model in (("case_studies", CaseStudyPage), ("resources", ResourcePage)):
        queryset = (
            model.objects.live()
            .public()
            .filter(unexpired(), locale_id=archive.locale_id)
            .defer_streamfields()
        )
        if since:
            queryset = queryset.filter(first_published_at__gt=since).order_by("first_published_at", "pk")
        else:
            queryset = queryset.order_by("-first_published_at", "-pk")[:FIRST_ISSUE_LIMIT]
        found[key] = list(queryset)
    return Digest(previous=previous, since=since, **found)


def _body(digest: Digest):
    blocks = []
    if digest.is_empty:
        note = (
            _("Nothing new has been published since issue %(number)s. Write this issue's news here.")
            % {"number": digest.previous.issue_number}
            if digest.previous
            else _("Nothing has been published yet. Write this issue's news here.")
        )
        return [{"type": "paragraph", "value": f"<p>{escape(note)}</p>"}]
    for heading, kind, pages in (
        (_("New case studies"), "featured_case_study", digest.case_studies),
        (_("New resources"), "featured_resource", digest.resources),
    ):
        if pages:
            blocks.append({"type": "paragraph", "value": f"<h3>{escape(heading)}</h3>"})
            blocks.extend({"type": kind, "value": {"page": page.pk, "note": ""}} for page in pages)
    return blocks


def _intro(digest: Digest):
    if digest.is_empty:
        return _("Welcome to this issue.")
    parts = []
    if digest.case_studies:
        count = len(digest.case_studies)
        parts.append(
            ngettext("%(count)s new case study", "%(count)s new case studies", count) % {"count": count}
        )
    if digest.resources:
        count = len(digest.resources)
        parts.append(ngettext("%(count)s new resource", "%(count)s new resources", count) % {"count": count})
    return _("In this issue: %(items)s.") % {"items": _(" and ").join(parts)}


def create_next_issue(archive, user=None):
    """A draft issue with the next number, holding the digest; written in the archive's language."""
    from newsletter.models import NewsletterIssuePage

    digest = new_since_last_issue(archive)
    number = archive.next_issue_number()
    with translation.override(archive.locale.language_code):
        title = _("Issue %(number)s") % {"number": number}
        intro = _intro(digest)
        body = _body(digest)
    slug = base = slugify(f"issue-{number}")
    taken = set(NewsletterIssuePage.objects.child_of(archive).values_list("slug", flat=True))
    suffix = 2
    while slug in taken:
        slug, suffix = f"{base}-{suffix}", suffix + 1
    issue = NewsletterIssuePage(
        title=title,
        slug=slug,
        issue_number=number,
        intro=intro,
        body=json.dumps(body),
        locale=archive.locale,
        live=False,
        owner=user,
    )
    archive.add_child(instance=issue)
    issue.save_revision(user=user, log_action=True)
    return issue
