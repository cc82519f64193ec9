"""Pages an editor chose (a case study's related case studies, a resource's case studies, the home page's
featured ones) come back in the editor's order; choices saved without a number (by code, not the admin)
in the order they were added, whatever order the database returns the rows in."""

import pytest

from home.models import HomePageFeaturedCaseStudy
from tests.factories import CaseStudyPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(library):
    return [CaseStudyPageFactory(parent=library, title=f"Story {n}") for n in range(4)]


def titles(pages):
    return [page.title for page in pages]


def test_related_case_studies_follow_the_editors_numbering(stories):
    page, a, b, c = stories
    # Added in one order, numbered in another: the numbers win.
    for related, number in ((a, 2), (b, 0), (c, 1)):
        page.related_case_studies.create(related=related, sort_order=number)
    assert titles(page.get_related_case_studies()) == ["Story 2", "Story 3", "Story 1"]


def test_unnumbered_related_case_studies_keep_the_order_they_were_added_in(stories):
    page, a, b, c = stories
    for related in (c, a, b):
        page.related_case_studies.create(related=related, sort_order=None)
    assert titles(page.get_related_case_studies()) == ["Story 3", "Story 1", "Story 2"]


def test_a_resources_case_studies_follow_the_editors_numbering(resource_library, stories):
    resource = ResourcePageFactory(parent=resource_library)
    for story, number in zip(stories, (3, 1, 0, 2), strict=True):
        resource.related_case_studies.create(case_study=story, sort_order=number)
    assert titles(resource.get_related_case_studies()) == ["Story 2", "Story 1", "Story 3", "Story 0"]


def test_the_home_pages_featured_case_studies_follow_the_editors_numbering(home, stories):
    for story, number in zip(stories, (1, 3, 0, 2), strict=True):
        HomePageFeaturedCaseStudy.objects.create(page=home, case_study=story, sort_order=number)
    assert titles(home.get_featured_case_studies()) == ["Story 2", "Story 0", "Story 3", "Story 1"]
