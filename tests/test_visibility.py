"""What visitors must never see: drafts, withdrawn, expired and private case studies, or pages in another
language, on any list (library, home page featured and latest, related case studies, sitemap)."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from case_studies.models import CaseStudyPage
from home.models import HomePageFeaturedCaseStudy
from tests.conftest import translate
from tests.factories import CaseStudyPageFactory

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}

VISIBLE = "Visible story"
ALSO_VISIBLE = "Another visible story"
HIDDEN = [
    "Draft story",
    "Withdrawn story",
    "Expired story",
    "Password story",
    "Members story",
    "Group story",
]


@pytest.fixture
def stories(library, themes):
    """Two visible English case studies and one of each kind that must stay hidden. All share a theme and
    a tag, so each hidden one would be a candidate for "related case studies" if it were visible."""

    def make(title, **kwargs):
        return CaseStudyPageFactory(
            parent=library, title=title, themes=[themes["human"]], tags=["trust"], **kwargs
        )

    pages = {VISIBLE: make(VISIBLE), ALSO_VISIBLE: make(ALSO_VISIBLE)}
    pages["Draft story"] = make("Draft story", live=False)

    withdrawn = make("Withdrawn story")
    withdrawn.unpublish()
    pages["Withdrawn story"] = withdrawn

    expired = make("Expired story")
    expired.expire_at = timezone.now() - datetime.timedelta(days=1)
    expired.save_revision().publish()
    call_command("publish_scheduled", verbosity=0)
    pages["Expired story"] = expired

    pages["Password story"] = make("Password story")
    PageViewRestriction.objects.create(
        page=pages["Password story"], restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    pages["Members story"] = make("Members story")
    PageViewRestriction.objects.create(
        page=pages["Members story"], restriction_type=PageViewRestriction.LOGIN
    )
    pages["Group story"] = make("Group story")
    PageViewRestriction.objects.create(page=pages["Group story"], restriction_type=PageViewRestriction.GROUPS)

    for page in pages.values():
        page.refresh_from_db()
    return pages


@pytest.fixture
def welsh(stories, cy, cy_home):
    """A Welsh translation of the visible story, and a Welsh-only story, in the Welsh library."""
    translated = translate(stories[VISIBLE], cy, {VISIBLE: "Stori weladwy"})
    cy_library = translated.get_parent().specific
    welsh_only = CaseStudyPageFactory(parent=cy_library, title="Stori Gymraeg yn unig")
    assert welsh_only.locale == cy
    return {"translated": translated, "welsh_only": welsh_only, "library": cy_library}


def html(response):
    assert response.status_code == 200
    return response.content.decode()


def sitemap_urls(client, url):
    response = client.get(url)
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    return {loc.text for loc in tree.findall("sm:url/sm:loc", SITEMAP_NS)}


def test_the_hidden_stories_are_really_hidden_from_anonymous_visitors(client, stories):
    """Check the set-up itself: each hidden story is unpublished, expired or private."""
    assert client.get(stories[VISIBLE].url).status_code == 200
    for title in ("Draft story", "Withdrawn story", "Expired story"):
        page = stories[title]
        assert not page.live, title
        assert client.get(f"/case-studies/{page.slug}/").status_code == 404, title
    assert stories["Expired story"].expired
    password = client.get(stories["Password story"].url)
    assert password.status_code == 200
    assert "What changed in Password story" not in password.content.decode()
    assert "The story of Password story" not in password.content.decode()
    assert 'type="password"' in password.content.decode()
    assert client.get(stories["Members story"].url).status_code == 302
    assert client.get(stories["Group story"].url).status_code == 302


def test_the_library_lists_only_live_public_pages(client, stories):
    response = client.get("/case-studies/")
    page = html(response)
    assert {p.title for p in response.context["library"].page.object_list} == {VISIBLE, ALSO_VISIBLE}
    assert response.context["library"].count == 2
    assert VISIBLE in page
    for title in HIDDEN:
        assert title not in page, title


def test_hidden_pages_are_not_counted_beside_filter_options(client, stories):
    library = client.get("/case-studies/").context["library"]
    counts = {
        (facet.param, option.slug): option.count for facet in library.facet_list for option in facet.options
    }
    assert counts[("theme", "human")] == 2
    assert counts[("tag", "trust")] == 2


def test_a_library_with_only_hidden_pages_is_empty_not_an_error(client, library, themes):
    CaseStudyPageFactory(parent=library, title="Draft story", live=False)
    response = client.get("/case-studies/?page=3&theme=human")
    assert response.context["library"].count == 0
    assert "Draft story" not in html(response)


def test_the_home_page_features_only_live_public_pages(client, home, stories):
    for order, title in enumerate([*HIDDEN, VISIBLE]):
        home.featured_case_studies.add(HomePageFeaturedCaseStudy(case_study=stories[title], sort_order=order))
    home.save()
    response = client.get("/")
    assert [p.title for p in response.context["featured"]] == [VISIBLE]
    assert [p.title for p in response.context["latest"]] == [ALSO_VISIBLE]
    page = html(response)
    assert VISIBLE in page
    for title in HIDDEN:
        assert title not in page, title


def test_the_home_page_latest_lists_only_live_public_pages(client, home, stories):
    response = client.get("/")
    assert [p.title for p in response.context["latest"]] == [ALSO_VISIBLE, VISIBLE]
    page = html(response)
    for title in HIDDEN:
        assert title not in page, title


def test_related_case_studies_leave_out_hidden_pages(client, stories):
    visible = stories[VISIBLE]
    for title in HIDDEN:
        visible.related_case_studies.create(related=stories[title])
    # Chosen and automatic suggestions alike: every hidden story shares a theme and a tag with it.
    assert [p.title for p in visible.get_related_case_studies()] == [ALSO_VISIBLE]
    page = html(client.get(visible.url))
    assert ALSO_VISIBLE in page
    for title in HIDDEN:
        assert title not in page, title


def test_the_sitemap_lists_only_live_public_pages(client, stories):
    urls = sitemap_urls(client, "/sitemap.xml")
    assert "http://localhost/case-studies/visible-story/" in urls
    assert "http://localhost/case-studies/another-visible-story/" in urls
    for title in HIDDEN:
        assert not any(stories[title].slug in url for url in urls), title


def test_welsh_pages_appear_only_in_the_welsh_library(client, stories, welsh):
    english = client.get("/case-studies/")
    assert {p.title for p in english.context["library"].page.object_list} == {VISIBLE, ALSO_VISIBLE}
    assert "Stori weladwy" not in html(english)
    assert "Stori Gymraeg" not in html(english)

    response = client.get("/cy/case-studies/")
    titles = {p.title for p in response.context["library"].page.object_list}
    assert titles == {"Stori weladwy", "Stori Gymraeg yn unig"}
    page = html(response)
    for title in [VISIBLE, ALSO_VISIBLE, *HIDDEN]:
        assert f">{title}<" not in page, title


def test_welsh_pages_appear_only_in_the_welsh_sitemap(client, stories, welsh):
    english = sitemap_urls(client, "/sitemap.xml")
    welsh_urls = sitemap_urls(client, "/cy/sitemap.xml")
    assert "http://localhost/cy/case-studies/visible-story/" in welsh_urls
    assert "http://localhost/cy/case-studies/stori-gymraeg-yn-unig/" in welsh_urls
    assert "http://localhost/cy/" in welsh_urls
    assert all("/cy/" in url for url in welsh_urls)
    assert not any("/cy/" in url for url in english)
    assert "http://localhost/case-studies/visible-story/" in english


def test_a_hidden_translation_stays_hidden_in_welsh(client, stories, welsh):
    welsh["translated"].unpublish()
    response = client.get("/cy/case-studies/")
    assert [p.title for p in response.context["library"].page.object_list] == ["Stori Gymraeg yn unig"]
    assert "http://localhost/cy/case-studies/visible-story/" not in sitemap_urls(client, "/cy/sitemap.xml")


def test_the_home_page_shows_no_other_language(client, home, stories, welsh):
    home.featured_case_studies.add(HomePageFeaturedCaseStudy(case_study=stories[VISIBLE]))
    home.save()
    english = client.get("/")
    assert [p.locale.language_code for p in english.context["featured"]] == ["en"]
    assert {p.locale.language_code for p in english.context["latest"]} == {"en"}
    assert "Stori weladwy" not in html(english)
    assert "Stori Gymraeg" not in html(english)

    # The Welsh home page features the Welsh translation of the English choice, never the English page.
    translate(home, welsh["translated"].locale)
    response = client.get("/cy/")
    assert [p.title for p in response.context["featured"]] == ["Stori weladwy"]
    assert {p.title for p in response.context["latest"]} == {"Stori Gymraeg yn unig"}
    page = html(response)
    assert f">{VISIBLE}<" not in page
    assert ALSO_VISIBLE not in page


def test_related_case_studies_stay_in_the_page_language(client, stories, welsh, cy):
    # The English page chooses an English page that has no Welsh translation, and one that has.
    also_visible = stories[ALSO_VISIBLE]
    other = CaseStudyPageFactory(parent=stories[VISIBLE].get_parent(), title="Untranslated story")
    also_visible.related_case_studies.create(related=other)
    also_visible.related_case_studies.create(related=stories[VISIBLE])
    welsh_also = translate(also_visible, cy, {ALSO_VISIBLE: "Stori weladwy arall"})
    related = welsh_also.get_related_case_studies()
    assert "Stori weladwy" in [p.title for p in related]
    assert all(p.locale == cy for p in related)
    page = html(client.get(welsh_also.url))
    assert "Untranslated story" not in page
    assert f">{VISIBLE}<" not in page


def test_page_in_a_private_section_is_hidden(client, library, themes):
    """A restriction on an ancestor hides the case study too (Wagtail's .public())."""
    visible = CaseStudyPageFactory(parent=library, title=VISIBLE)
    assert CaseStudyPage.objects.live().public().filter(pk=visible.pk).exists()
    PageViewRestriction.objects.create(page=library, restriction_type=PageViewRestriction.LOGIN)
    assert VISIBLE not in [p.title for p in library.items()]
    assert not any("visible-story" in url for url in sitemap_urls(client, "/sitemap.xml"))


def test_suggested_case_studies_share_the_most_themes_and_tags_even_without_tags(library, themes):
    """A page with no tags still gets suggestions from its themes; more shared terms rank higher, and the
    newest first among equals."""
    page = CaseStudyPageFactory(
        parent=library, title="Untagged", themes=[themes["human"], themes["learning"]]
    )
    one = CaseStudyPageFactory(parent=library, title="One theme", themes=[themes["human"]])
    both = CaseStudyPageFactory(
        parent=library, title="Both themes", themes=[themes["human"], themes["learning"]]
    )
    newer_one = CaseStudyPageFactory(parent=library, title="Newer, one theme", themes=[themes["learning"]])
    CaseStudyPageFactory(parent=library, title="Unrelated", themes=[themes["systems"]])
    assert [p.title for p in page.get_related_case_studies()] == [both.title, newer_one.title, one.title]
    tagged = CaseStudyPageFactory(parent=library, title="Tagged", themes=[themes["systems"]], tags=["trust"])
    twin = CaseStudyPageFactory(parent=library, title="Twin", themes=[themes["systems"]], tags=["trust"])
    assert tagged.get_related_case_studies()[0].pk == twin.pk
