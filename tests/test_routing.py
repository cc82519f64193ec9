"""core.routing finds exactly the page Wagtail's own routing finds (or nothing where Wagtail finds nothing),
in two queries whatever the depth, and hands pages that route themselves the rest of the path."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page

from core.routing import route
from tests.conftest import translate
from tests.factories import CaseStudyPageFactory
from tests.test_newsletter import add_archive, add_issue


def _request(path):
    return RequestFactory().get(path)


def _described(found):
    """The page, its type and what it is served with (a routable page's view by name: the bound methods
    of two copies of one page are never equal)."""
    if found is None:
        return None
    args = [getattr(arg, "__name__", arg) if callable(arg) else arg for arg in found.args]
    return found.page.pk, type(found.page), args, dict(found.kwargs)


def _ours(path):
    try:
        found = route(_request("/" + path), path)
    except Http404:
        return None
    return _described(found)


def _wagtails(path):
    found = Page.route_for_request(_request("/" + path), path)
    return _described(found)


@pytest.fixture
def tree(home, library, locales):
    story = CaseStudyPageFactory(parent=library, title="Listening first", slug="listening-first")
    draft = CaseStudyPageFactory(parent=library, title="Not yet", slug="not-yet")
    draft.unpublish()
    archive = add_archive(home)
    add_issue(archive, 1)
    add_issue(archive, 2, publish=False)
    return {"story": story, "draft": draft, "archive": archive}


PATHS = [
    "",
    "case-studies/",
    "case-studies/listening-first/",
    "case-studies/not-yet/",  # a draft: nothing
    "case-studies/nowhere/",  # no such slug
    "case-studies/listening-first/more/",  # past a page with no children
    "listening-first/",  # a slug at the wrong depth
    "newsletter/",  # a page that routes itself (RoutablePageMixin): its index view
    "newsletter/feed/",  # ... its feed
    "newsletter/feed/atom/",
    "newsletter/issue-1/",  # ... and a child, through its own route()
    "newsletter/issue-2/",  # a draft issue
    "newsletter/nothing/",
]


@pytest.mark.parametrize("path", PATHS)
def test_the_same_page_as_wagtails_routing(tree, path):
    assert _ours(path) == _wagtails(path)


def test_a_live_page_under_an_unpublished_section_is_found_as_wagtail_finds_it(tree, library):
    library.unpublish()
    for path in ("case-studies/", "case-studies/listening-first/"):
        assert _ours(path) == _wagtails(path)


def test_in_welsh_the_welsh_tree_is_routed(tree, cy_home, cy, library):
    story = translate(tree["story"], cy, {"Listening first": "Gwrando yn gyntaf"})
    with translation.override("cy"):
        path = story.get_url_parts()[2].removeprefix("/cy/").lstrip("/")
        assert _ours(path) == _wagtails(path)
        assert _ours(path)[0] == story.pk


def test_served_pages_are_routed_the_short_way(client, tree):
    response = client.get("/case-studies/listening-first/")
    assert response.status_code == 200 and "Listening first" in response.content.decode()
    assert client.get("/case-studies/not-yet/").status_code == 404
    assert client.get("/newsletter/feed/").status_code == 200
