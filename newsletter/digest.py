"""The digest: a new draft issue already holding everything published since the last issue.

Which pages it proposes comes from the content types themselves: every ContentPage model with a
`digest_key` (core/content_types.py), in INSTALLED_APPS order. How the issue shows them (a heading and a
featured-page block of newsletter/blocks.py) is the newsletter's own, in SECTIONS below.
"""

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from django.utils import translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from core.content_types import content_page_types
from newsletter.models import NewsletterIssuePage

# A first issue (no previous one to count from) features at most this many of each.
FIRST_ISSUE_LIMIT = 12


class Section(NamedTuple):
    heading: str
    block_type: str  # the featured-page block of NewsletterBodyBlock that shows one page
    count: object  # count -> "3 new case studies", for the introduction


# {digest_key: how an issue shows that type's new pages}. A content type whose key is not here is not
# proposed: the issue has no block to feature it with.
SECTIONS = {
    "case_studies": Section(
        gettext_lazy("New case studies"),
        "featured_case_study",
        lambda count: ngettext("%(count)s new case study", "%(count)s new case studies", count),
    ),
    "resources": Section(
        gettext_lazy("New resources"),
        "featured_resource",
        lambda count: ngettext("%(count)s new resource", "%(count)s new resources", count),
    ),
}


@dataclass
class Digest:
    previous: object | None
    since: datetime | None
    # {digest_key: new pages}, in INSTALLED_APPS order.
    sections: dict = field(default_factory=dict)

    @property
    def case_studies(self):
        return self.sections.get("case_studies", [])

    @property
    def resources(self):
        return self.sections.get("resources", [])

    @property
    def is_empty(self):
        return not any(self.sections.values())


def digest_types():
    """The content page models the digest proposes, in INSTALLED_APPS order."""
    return [model for model in content_page_types() if model.digest_key in SECTIONS]


def new_since_last_issue(archive) -> Digest:
    """Pages in the archive's language (case studies, resources...) first published since the last issue
    went live."""
    previous = archive.visible_issues().exclude(first_published_at__isnull=True).first()
    since = previous.first_published_at if previous else None
    found = {}
    for model in digest_types():
        queryset = model.objects.visible().filter(locale_id=archive.locale_id).defer_streamfields()
        if since:
            queryset = queryset.filter(first_published_at__gt=since).order_by("first_published_at", "pk")
        else:
            queryset = queryset.order_by("-first_published_at", "-pk")[:FIRST_ISSUE_LIMIT]
        found[model.digest_key] = list(queryset)
    return Digest(previous=previous, since=since, sections=found)


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
    for key, pages in digest.sections.items():
        if pages:
            section = SECTIONS[key]
            blocks.append({"type": "paragraph", "value": f"<h3>{escape(section.heading)}</h3>"})
            blocks.extend(
                {"type": section.block_type, "value": {"page": page.pk, "note": ""}} for page in pages
            )
    return blocks


def _intro(digest: Digest):
    if digest.is_empty:
        return _("Welcome to this issue.")
    parts = [
        SECTIONS[key].count(len(pages)) % {"count": len(pages)}
        for key, pages in digest.sections.items()
        if pages
    ]
    return _("In this issue: %(items)s.") % {"items": _(" and ").join(parts)}


def create_next_issue(archive, user=None):
    """A draft issue with the next number, holding the digest; written in the archive's language."""
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
