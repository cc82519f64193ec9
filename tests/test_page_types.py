"""Where each page type may be created, and creating a case study through the admin as an editor would."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase, WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from case_studies.models import CaseStudyIndexPage, CaseStudyPage
from core.blocks import RICH_TEXT_FEATURES
from home.models import HomePage
from tests.conftest import translate
from tests.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    DocumentFactory,
    ImageFactory,
    OrganisationFactory,
    RegionFactory,
    SectorFactory,
    ThemeFactory,
)


class TestWhereEachPageTypeMayGo(WagtailPageTestCase):
    def test_case_study_only_under_the_library(self):
        self.assertCanCreateAt(CaseStudyIndexPage, CaseStudyPage)
        self.assertCanNotCreateAt(HomePage, CaseStudyPage)
        self.assertCanNotCreateAt(CaseStudyPage, CaseStudyPage)
        self.assertCanNotCreateAt(Page, CaseStudyPage)
        self.assertAllowedParentPageTypes(CaseStudyPage, {CaseStudyIndexPage})

    def test_library_only_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, CaseStudyIndexPage)
        self.assertCanNotCreateAt(Page, CaseStudyIndexPage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, CaseStudyIndexPage)
        self.assertCanNotCreateAt(CaseStudyPage, CaseStudyIndexPage)
        self.assertAllowedParentPageTypes(CaseStudyIndexPage, {HomePage})

    def test_library_holds_only_case_studies(self):
        self.assertAllowedSubpageTypes(CaseStudyIndexPage, {CaseStudyPage})

    def test_case_study_has_no_children(self):
        self.assertAllowedSubpageTypes(CaseStudyPage, set())

    def test_home_page_only_at_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_only_one_library_per_home_page(self):
        home = HomePage.objects.get(locale__language_code="en")
        assert CaseStudyIndexPage.can_create_at(home)
        CaseStudyIndexPageFactory(parent=home)
        assert not CaseStudyIndexPage.can_create_at(home)


# Creating through the admin ------------------------------------------------------------------------


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def terms(locales):
    return {
        "themes": [ThemeFactory(name="Human", slug="human"), ThemeFactory(name="Learning", slug="learning")],
        "sectors": [SectorFactory(name="Housing")],
        "regions": [RegionFactory(name="Wales"), RegionFactory(name="North West England")],
        "organisation": OrganisationFactory(name="Lighthouse Trust"),
    }


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("case_studies", "casestudypage", parent.pk))


def case_study_form(terms, body, **overrides):
    """POST data for the case study add form, as the admin's own form would send it."""
    fields = {
        "title": "Rebuilding debt advice around trust",
        "slug": "rebuilding-debt-advice",
        "summary": "How a debt advice team rebuilt its service around trust.",
        "hero_image": "",
        "hero_image_alt": "",
        "organisation": str(terms["organisation"].pk),
        "tags": "co-production, trust",
        "period_start": "2022-03-01",
        "period_end": "2023-09-30",
        "body": streamfield(body),
        "related_case_studies": inline_formset([]),
        "contact_name": "",
        "contact_role": "",
        "contact_email": "",
        "seo_title": "",
        "search_description": "",
        "social_image": "",
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    fields.update(overrides)
    data = nested_form_data(fields)
    data["themes"] = [str(t.pk) for t in terms["themes"]]
    data["sectors"] = [str(t.pk) for t in terms["sectors"]]
    data["regions"] = [str(t.pk) for t in terms["regions"]]
    return data


def list_block(values):
    """Form data for a ListBlock, as the admin's list editor sends it."""
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def varied_body(image, document, target_page):
    return [
        ("heading", {"text": "What the problem was", "level": "h2"}),
        (
            "paragraph",
            rich_text("<p>People were passed from service to service.</p>", features=RICH_TEXT_FEATURES),
        ),
        (
            "quote",
            {
                "quote": "They listened first.",
                "name": "",
                "attribution": "A resident",
                "role": "",
                "consent": {"identified_as": "anonymous", "given_on": "2023-09-01", "valid_until": ""},
            },
        ),
        (
            "key_figures",
            {
                "heading": "In numbers",
                "figures": list_block(
                    [{"figure": "500+", "label": "people helped"}, {"figure": "73%", "label": "debt-free"}]
                ),
            },
        ),
        (
            "image",
            {
                "image": {"image": str(image.pk), "decorative": "", "alt_text": "A support worker at a desk"},
                "caption": "The new drop-in",
                "credit": "",
            },
        ),
        ("document", {"document": str(document.pk), "title": "Evaluation report", "description": ""}),
        (
            "call_to_action",
            {
                "heading": "Join the community",
                "text": "",
                "button_label": "Find out how",
                "page": str(target_page.pk),
                "url": "",
            },
        ),
    ]


@pytest.mark.django_db
class TestCreatingACaseStudyInTheAdmin:
    def test_an_editor_creates_and_publishes_a_case_study(self, editor_client, library, terms):
        image, document = ImageFactory(), DocumentFactory()
        data = case_study_form(terms, varied_body(image, document, library))

        response = editor_client.post(add_url(library), data)

        assert response.status_code == 302, _form_errors(response)
        assert response.url == reverse("wagtailadmin_explore", args=(library.pk,))
        page = CaseStudyPage.objects.get(slug="rebuilding-debt-advice")
        assert page.live
        assert page.get_parent().pk == library.pk
        assert page.locale.language_code == "en"
        assert [block.block_type for block in page.body] == [
            "heading",
            "paragraph",
            "quote",
            "key_figures",
            "image",
            "document",
            "call_to_action",
        ]
        assert page.body[0].value["text"] == "What the problem was"
        assert "passed from service to service" in page.body[1].value.source
        assert [f["figure"] for f in page.body[3].value["figures"]] == ["500+", "73%"]
        assert page.body[4].value["image"].pk == image.pk
        assert page.body[4].value["image"].contextual_alt_text == "A support worker at a desk"
        assert page.body[5].value["document"].pk == document.pk
        assert page.body[6].value["page"].pk == library.pk
        assert set(page.themes.values_list("slug", flat=True)) == {"human", "learning"}
        assert list(page.sectors.values_list("slug", flat=True)) == ["housing"]
        assert page.regions.count() == 2
        assert page.organisation == terms["organisation"]
        assert set(page.tags.names()) == {"co-production", "trust"}

    def test_a_hero_image_with_alt_text_is_accepted(self, editor_client, library, terms):
        image = ImageFactory()
        data = case_study_form(
            terms,
            [("heading", {"text": "Start", "level": "h2"})],
            hero_image=str(image.pk),
            hero_image_alt="Two support workers talking with a resident",
        )
        response = editor_client.post(add_url(library), data)
        assert response.status_code == 302, _form_errors(response)
        assert CaseStudyPage.objects.get(slug="rebuilding-debt-advice").hero_image == image

    def test_a_decorative_hero_image_needs_no_alt_text(self, editor_client, library, terms):
        image = ImageFactory()
        data = case_study_form(
            terms,
            [("heading", {"text": "Start", "level": "h2"})],
            hero_image=str(image.pk),
            hero_image_decorative="on",
        )
        response = editor_client.post(add_url(library), data)
        assert response.status_code == 302, _form_errors(response)
        page = CaseStudyPage.objects.get(slug="rebuilding-debt-advice")
        assert page.hero_image_decorative
        assert page.hero_alt == ""

    def test_a_hero_image_without_alt_text_is_refused(self, editor_client, library, terms):
        image = ImageFactory()
        data = case_study_form(
            terms,
            [("heading", {"text": "Start", "level": "h2"})],
            hero_image=str(image.pk),
            hero_image_alt="  ",
        )
        response = editor_client.post(add_url(library), data)
        assert response.status_code == 200
        assert "hero_image_alt" in response.context["form"].errors
        assert not CaseStudyPage.objects.exists()

    def test_the_work_cannot_end_before_it_started(self, editor_client, library, terms):
        data = case_study_form(
            terms,
            [("heading", {"text": "Start", "level": "h2"})],
            period_start="2023-05-01",
            period_end="2023-04-30",
        )
        response = editor_client.post(add_url(library), data)
        assert response.status_code == 200
        assert "period_end" in response.context["form"].errors
        assert not CaseStudyPage.objects.exists()

    def test_a_summary_over_300_characters_is_refused(self, editor_client, library, terms):
        data = case_study_form(terms, [("heading", {"text": "Start", "level": "h2"})], summary="x" * 301)
        response = editor_client.post(add_url(library), data)
        assert response.status_code == 200
        assert "summary" in response.context["form"].errors
        assert not CaseStudyPage.objects.exists()

    def test_a_summary_of_exactly_300_characters_is_accepted(self, editor_client, library, terms):
        data = case_study_form(terms, [("heading", {"text": "Start", "level": "h2"})], summary="x" * 300)
        response = editor_client.post(add_url(library), data)
        assert response.status_code == 302, _form_errors(response)

    @pytest.mark.parametrize(
        ("page", "url"),
        [(True, "https://example.org/join"), (False, "")],
        ids=["both-page-and-url", "neither"],
    )
    def test_a_call_to_action_needs_exactly_one_destination(self, editor_client, library, terms, page, url):
        cta = {
            "heading": "Join",
            "text": "",
            "button_label": "Join the community",
            "page": str(library.pk) if page else "",
            "url": url,
        }
        data = case_study_form(terms, [("call_to_action", cta)])
        response = editor_client.post(add_url(library), data)
        assert response.status_code == 200
        [stream_error] = response.context["form"].errors.as_data()["body"]
        page_errors = " ".join(stream_error.block_errors[0].block_errors["page"])
        expected = "not both" if page else "Choose a page on this site or enter an address"
        assert expected in page_errors
        assert not CaseStudyPage.objects.exists()

    def test_themes_sectors_and_regions_are_required(self, editor_client, library, terms):
        data = case_study_form(terms, [("heading", {"text": "Start", "level": "h2"})])
        for name in ("themes", "sectors", "regions"):
            del data[name]
        response = editor_client.post(add_url(library), data)
        assert response.status_code == 200
        assert {"themes", "sectors", "regions"} <= set(response.context["form"].errors)
        assert not CaseStudyPage.objects.exists()


def _form_errors(response):
    """What the form said, to explain a failed assertion."""
    context = getattr(response, "context", None)
    if context and "form" in context:
        form = context["form"]
        return {"form": form.errors.as_data(), "formsets": {k: f.errors for k, f in form.formsets.items()}}
    return response.status_code


@pytest.mark.django_db
@pytest.mark.parametrize(("decorative", "alt"), [(False, "Two support workers in a kitchen"), (True, "")])
def test_the_hero_image_alt_text_is_rendered(client, library, decorative, alt):
    page = CaseStudyPageFactory(
        parent=library,
        hero_image=ImageFactory(),
        hero_image_alt="Two support workers in a kitchen",
        hero_image_decorative=decorative,
    )
    soup = WagtailTestUtils.get_soup(client.get(page.url).content)
    hero = soup.select_one(".article__hero img")
    assert hero["alt"] == alt


@pytest.mark.django_db
def test_a_factory_made_case_study_passes_model_validation(library, themes):
    page = CaseStudyPageFactory(parent=library, themes=[themes["human"]])
    page.full_clean()


@pytest.mark.django_db
def test_an_english_page_offers_only_english_terms(editor_client, library, terms, cy):

    translate(terms["themes"][0], cy, {"Human": "Dynol"})
    response = editor_client.get(add_url(library))
    soup = WagtailTestUtils.get_soup(response.content)
    offered = {box["value"] for box in soup.select('input[name="themes"]')}
    assert offered == {str(theme.pk) for theme in terms["themes"]}


@pytest.mark.django_db
def test_an_editor_can_preview_an_unsaved_case_study_with_tags_and_related(editor_client, library, terms):
    """Preview renders the page from the form: tags and related items exist only in memory."""
    other = CaseStudyPageFactory(parent=library, title="A neighbouring story", themes=terms["themes"])
    data = case_study_form(
        terms,
        [("heading", {"text": "What changed", "level": "h2"})],
        related_case_studies=inline_formset([{"related": str(other.pk)}]),
    )
    url = reverse("wagtailadmin_pages:preview_on_add", args=("case_studies", "casestudypage", library.pk))
    posted = editor_client.post(url, data)
    assert posted.status_code == 200
    assert posted.json()["is_valid"] is True
    preview = editor_client.get(url)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Rebuilding debt advice around trust" in html
    assert "A neighbouring story" in html
    assert not CaseStudyPage.objects.filter(slug="rebuilding-debt-advice").exists()


@pytest.mark.django_db
def test_an_editor_can_reopen_a_case_study_with_a_saved_draft(editor_client, library, terms):
    """The edit form loads the latest revision, whose themes are modelcluster's FakeQuerySet, not a list.
    Regression: the form's locale filter once treated that as a single term and the edit view failed."""
    page = CaseStudyPageFactory(parent=library, themes=terms["themes"][:2], sectors=terms["sectors"][:1])
    page.title = "A draft title"
    page.save_revision()

    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))

    assert response.status_code == 200
    soup = WagtailTestUtils.get_soup(response.content)
    checked = {box["value"] for box in soup.select('input[name="themes"][checked]')}
    assert checked == {str(theme.pk) for theme in terms["themes"][:2]}
    assert soup.select_one('input[name="title"]')["value"] == "A draft title"
