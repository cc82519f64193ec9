"""Welsh and Urdu: translations made with wagtail-localize, served under /cy/ and /ur/, with the right
lang and dir, a language switcher, hreflang links, and the library's filters working in every language."""

import pytest
from bs4 import BeautifulSoup

from tests.conftest import translate
from tests.factories import CaseStudyPageFactory, SectorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(library, themes):
    return CaseStudyPageFactory(
        parent=library,
        title="Learning together in Swansea",
        slug="learning-together",
        summary="How a housing team learned with its tenants.",
        themes=[themes["learning"]],
        tags=["co-production"],
    )


@pytest.fixture
def welsh_story(story, cy, cy_home):
    return translate(
        story,
        cy,
        {
            "Learning together in Swansea": "Dysgu gyda'n gilydd yn Abertawe",
            "How a housing team learned with its tenants.": "Sut dysgodd tîm tai gyda'i denantiaid.",
        },
    )


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def html_tag(response):
    return soup(response).find("html")


def switcher(response):
    """{language code: (href, text)} from the language switcher."""
    links = soup(response).select(".language-switcher a")
    assert links, "no language switcher"
    return {a["hreflang"]: (a["href"], " ".join(a.get_text().split())) for a in links}


def alternates(response):
    return {link["hreflang"]: link["href"] for link in soup(response).find_all("link", rel="alternate")}


# Translating with wagtail-localize -----------------------------------------------------------------


def test_the_translation_is_a_synced_wagtail_localize_translation(story, welsh_story, cy):
    from wagtail_localize.models import Translation

    assert welsh_story.live
    assert welsh_story.translation_key == story.translation_key
    assert welsh_story.locale == cy
    assert welsh_story.title == "Dysgu gyda'n gilydd yn Abertawe"
    assert welsh_story.url == "/cy/case-studies/learning-together/"
    # Synchronised fields follow the source.
    assert list(welsh_story.themes.values_list("slug", flat=True)) == ["learning"]
    assert welsh_story.organisation == story.organisation
    assert list(welsh_story.tags.names()) == ["co-production"]
    translation = Translation.objects.get(source__object_id=story.translation_key, target_locale=cy)
    assert translation.enabled


def test_a_welsh_page_is_served_under_cy_in_welsh(client, welsh_story):
    response = client.get("/cy/case-studies/learning-together/")
    tag = html_tag(response)
    assert (tag["lang"], tag["dir"]) == ("cy", "ltr")
    page = soup(response)
    assert page.find("h1").get_text(strip=True) == "Dysgu gyda'n gilydd yn Abertawe"
    assert "Sut dysgodd tîm tai" in response.content.decode()
    # The body was not translated, so it falls back to English; the title was.
    assert "Learning together in Swansea" not in page.find("title").get_text()


def test_an_urdu_page_is_right_to_left(client, story, ur, ur_home):
    translate(story, ur, {"Learning together in Swansea": "سوانزی میں مل کر سیکھنا"})
    response = client.get("/ur/case-studies/learning-together/")
    tag = html_tag(response)
    assert (tag["lang"], tag["dir"]) == ("ur", "rtl")
    assert "سوانزی میں مل کر سیکھنا" in response.content.decode()


def test_the_urdu_home_page_is_right_to_left_and_the_english_left_to_right(client, ur_home):
    assert (html_tag(client.get("/ur/"))["lang"], html_tag(client.get("/ur/"))["dir"]) == ("ur", "rtl")
    english = html_tag(client.get("/"))
    assert (english["lang"], english["dir"]) == ("en", "ltr")


def test_english_is_served_without_a_prefix(client, story):
    assert story.url == "/case-studies/learning-together/"
    response = client.get("/case-studies/learning-together/")
    assert html_tag(response)["lang"] == "en"
    assert client.get("/en/case-studies/learning-together/").status_code == 404


def test_an_english_only_page_is_not_served_under_cy(client, story, cy_home):
    assert client.get("/cy/case-studies/learning-together/").status_code == 404


# Language switcher and hreflang --------------------------------------------------------------------


def test_switcher_links_to_the_welsh_translation(client, story, welsh_story, ur_home):
    links = switcher(client.get(story.url))
    assert links["en"][0] == "/case-studies/learning-together/"
    assert links["cy"][0] == "/cy/case-studies/learning-together/"
    assert "not translated" not in links["cy"][1]
    # No Urdu translation: the switcher says so and offers the Urdu home page.
    assert links["ur"][0] == "/ur/"
    assert "not translated" in links["ur"][1]


def test_switcher_on_a_welsh_page_links_back_to_english(client, story, welsh_story):
    response = client.get(welsh_story.url)
    links = switcher(response)
    assert links["en"][0] == "/case-studies/learning-together/"
    assert links["cy"][0] == "/cy/case-studies/learning-together/"
    current = soup(response).select_one('.language-switcher a[aria-current="true"]')
    assert current["hreflang"] == "cy"


def test_switcher_says_when_there_is_no_translation(client, story, cy_home):
    links = switcher(client.get(story.url))
    assert links["cy"][0] == "/cy/"
    assert "not translated" in links["cy"][1]


def test_switcher_keeps_library_filters(client, library, cy_home, themes):
    translate(library, cy_home.locale)
    links = switcher(client.get("/case-studies/?theme=learning&sort=title"))
    assert links["cy"][0] == "/cy/case-studies/?theme=learning&sort=title"


def test_switcher_carries_only_recognised_filters(client, library, cy_home, themes):
    translate(library, cy_home.locale)
    junk = "x" * 5000
    links = switcher(client.get(f"/case-studies/?theme=learning&theme={junk}&utm_source=mail&page=2"))
    assert links["cy"][0] == "/cy/case-studies/?theme=learning"


def test_switcher_on_a_case_study_carries_no_query(client, story, welsh_story):
    links = switcher(client.get("/case-studies/learning-together/?theme=learning"))
    assert "?" not in links["cy"][0]


def test_hreflang_links_for_each_live_translation(client, story, welsh_story):
    links = alternates(client.get(story.url))
    assert links == {
        "en": "http://localhost/case-studies/learning-together/",
        "cy": "http://localhost/cy/case-studies/learning-together/",
        "x-default": "http://localhost/case-studies/learning-together/",
    }
    assert alternates(client.get(welsh_story.url)) == links


def test_no_hreflang_for_an_unpublished_translation(client, story, welsh_story):
    welsh_story.unpublish()
    assert "cy" not in alternates(client.get(story.url))
    assert "not translated" in switcher(client.get(story.url))["cy"][1]


# The library in Welsh ------------------------------------------------------------------------------


@pytest.fixture
def welsh_library(library, themes, cy, cy_home):
    """Three English case studies, two translated into Welsh, and Welsh names for two themes."""
    housing = SectorFactory(name="Housing", slug="housing")
    pages = [
        CaseStudyPageFactory(
            parent=library, title="Learning circles", themes=[themes["learning"]], sectors=[housing]
        ),
        CaseStudyPageFactory(parent=library, title="Human help", themes=[themes["human"]], sectors=[housing]),
        CaseStudyPageFactory(parent=library, title="Systems map", themes=[themes["systems"]]),
    ]
    translate(themes["learning"], cy, {"Learning": "Dysgu"})
    translate(themes["human"], cy, {"Human": "Dynol"})
    translate(pages[0], cy, {"Learning circles": "Cylchoedd dysgu"})
    translate(pages[1], cy, {"Human help": "Cymorth dynol"})
    return translate(library, cy, {"Case studies": "Astudiaethau achos"})


def test_welsh_library_filters_with_the_same_slugs(client, welsh_library):
    response = client.get("/cy/case-studies/?theme=learning")
    assert [p.title for p in response.context["library"].page.object_list] == ["Cylchoedd dysgu"]
    assert response.context["library"].notices == []
    page = soup(response)
    assert [h.get_text(strip=True) for h in page.select(".card__title")] == ["Cylchoedd dysgu"]
    assert page.find("h1").get_text(strip=True) == "Astudiaethau achos"


def test_welsh_library_shows_welsh_theme_names(client, welsh_library):
    response = client.get("/cy/case-studies/")
    library = response.context["library"]
    themes = next(facet for facet in library.facet_list if facet.param == "theme")
    # Only Welsh case studies are counted: the untranslated systems one is not in the Welsh library.
    assert {(o.slug, o.name, o.count) for o in themes.options} == {
        ("learning", "Dysgu", 1),
        ("human", "Dynol", 1),
    }
    page = soup(response)
    labels = [label.get_text(strip=True) for label in page.select(".card__themes .label")]
    assert sorted(labels) == ["Dynol", "Dysgu"]
    assert page.find("label", attrs={"for": "filter-theme-learning"}).get_text().strip().startswith("Dysgu")


def test_a_term_without_a_welsh_name_falls_back_to_english(client, welsh_library):
    response = client.get("/cy/case-studies/?sector=housing")
    library = response.context["library"]
    sectors = next(facet for facet in library.facet_list if facet.param == "sector")
    assert [(o.slug, o.name, o.count) for o in sectors.options] == [("housing", "Housing", 2)]
    assert library.count == 2


def test_english_library_keeps_english_names(client, welsh_library):
    response = client.get("/case-studies/?theme=learning")
    assert [p.title for p in response.context["library"].page.object_list] == ["Learning circles"]
    themes = next(facet for facet in response.context["library"].facet_list if facet.param == "theme")
    assert {o.name for o in themes.options} == {"Human", "Learning", "Systems"}
    assert "Dysgu" not in response.content.decode()


@pytest.mark.django_db
def test_tags_and_themes_added_later_reach_the_translation_on_sync(story, welsh_story, cy, themes):
    """Synchronised fields follow the English page each time the translation is updated."""
    story.tags.add("new-tag")
    story.save_revision().publish()
    updated = translate(story, cy)
    assert "new-tag" in {tag.name for tag in updated.tags.all()}
    assert set(updated.themes.all()) == set(story.themes.all())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prefix", "apply_label", "nav_home"),
    [("cy", "Defnyddio hidlwyr", "Hafan"), ("ur", "فلٹر لگائیں", "ہوم")],
)
def test_the_library_interface_speaks_the_readers_language(
    client, library, themes, cy_home, ur_home, prefix, apply_label, nav_home
):
    """The site's own words (filters, navigation) come from the compiled Welsh and Urdu catalogues."""
    locale = cy_home.locale if prefix == "cy" else ur_home.locale
    translate(library, locale)
    response = client.get(f"/{prefix}/case-studies/")
    assert response.status_code == 200
    html = response.content.decode()
    assert apply_label in html
    assert nav_home in html
    assert "Apply filters" not in html
