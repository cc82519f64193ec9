"""The resources library at /resources/ and each resource's page: where the page types may go, creating a
resource through the admin (one document or one link, cover image alt text), the library's filters, counts,
sorting, pagination and hostile input, Welsh, the download and external link buttons, the two-way link
with case studies, the home page's latest resources and the header navigation.

Expected library results are worked out from the CATALOGUE table below with plain Python, independently
of the database queries under test, and a few are also spelled out by hand.
"""

import datetime
from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from case_studies.models import CaseStudyIndexPage, CaseStudyPage
from home.models import HomePage
from resources.models import ResourceIndexPage, ResourcePage
from tests.conftest import shared_data, translate
from tests.factories import (
    CaseStudyPageFactory,
    ImageFactory,
    OrganisationFactory,
    PdfDocumentFactory,
    RegionFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    SearchableDocumentFactory,
    SectorFactory,
    ThemeFactory,
    paragraph,
)

LIBRARY_URL = "/resources/"


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def html(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def card_titles(response):
    return [heading.get_text(strip=True) for heading in soup(response).select(".card__title")]


# Where each page type may go -----------------------------------------------------------------------


class TestWhereResourcePagesMayGo(WagtailPageTestCase):
    def test_resource_library_only_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, ResourceIndexPage)
        self.assertCanNotCreateAt(Page, ResourceIndexPage)
        self.assertCanNotCreateAt(ResourceIndexPage, ResourceIndexPage)
        self.assertCanNotCreateAt(ResourcePage, ResourceIndexPage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, ResourceIndexPage)
        self.assertCanNotCreateAt(CaseStudyPage, ResourceIndexPage)
        self.assertAllowedParentPageTypes(ResourceIndexPage, {HomePage})

    def test_resource_library_holds_only_resources(self):
        self.assertAllowedSubpageTypes(ResourceIndexPage, {ResourcePage})
        self.assertCanNotCreateAt(ResourceIndexPage, CaseStudyPage)

    def test_resource_only_under_the_resource_library(self):
        self.assertCanCreateAt(ResourceIndexPage, ResourcePage)
        self.assertCanNotCreateAt(HomePage, ResourcePage)
        self.assertCanNotCreateAt(Page, ResourcePage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, ResourcePage)
        self.assertCanNotCreateAt(CaseStudyPage, ResourcePage)
        self.assertCanNotCreateAt(ResourcePage, ResourcePage)
        self.assertAllowedParentPageTypes(ResourcePage, {ResourceIndexPage})

    def test_resource_has_no_children(self):
        self.assertAllowedSubpageTypes(ResourcePage, set())

    def test_only_one_resource_library_per_home_page(self):
        home = HomePage.objects.get(locale__language_code="en")
        assert ResourceIndexPage.can_create_at(home)
        ResourceIndexPageFactory(parent=home)
        assert not ResourceIndexPage.can_create_at(home)
        # The admin refuses a second one too: Wagtail sends the editor back to the dashboard.
        self.login()
        url = reverse("wagtailadmin_pages:add", args=("resources", "resourceindexpage", home.pk))
        for response in (
            self.client.get(url),
            self.client.post(url, {"title": "More resources", "slug": "more-resources"}),
        ):
            assert response.status_code == 302
            assert response.url == reverse("wagtailadmin_home")
        assert ResourceIndexPage.objects.count() == 1


# Creating a resource through the admin -------------------------------------------------------------


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def author(locales):
    return OrganisationFactory(name="Lighthouse Trust", slug="lighthouse")


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("resources", "resourcepage", parent.pk))


def resource_form(author, themes, **overrides):
    """POST data for the resource add form, as the admin's own form would send it."""
    fields = {
        "title": "Listening first: a workshop plan",
        "slug": "listening-first",
        "summary": "A workshop plan for teams starting to learn together about what matters to people.",
        "resource_type": "toolkit",
        "document": "",
        "external_url": "",
        "cover_image": "",
        "cover_image_alt": "",
        "author_organisation": str(author.pk),
        "publication_date": "2024-03-01",
        "tags": "co-production, trust",
        "body": streamfield([("heading", {"text": "What is inside", "level": "h2"})]),
        "related_case_studies": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "social_image": "",
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    fields.update(overrides)
    data = nested_form_data(fields)
    data["themes"] = [str(theme.pk) for theme in themes]
    return data


def form_errors(response):
    """What the form said, to explain a failed assertion."""
    context = getattr(response, "context", None)
    if context and "form" in context:
        form = context["form"]
        return {"form": form.errors.as_data(), "formsets": {k: f.errors for k, f in form.formsets.items()}}
    return response.status_code


def field_errors(response, name):
    return " ".join(response.context["form"].errors.get(name, []))


@pytest.mark.django_db
class TestCreatingAResourceInTheAdmin:
    def test_neither_document_nor_link_is_refused_with_both_field_errors(
        self, editor_client, resource_library, author, themes
    ):
        response = editor_client.post(add_url(resource_library), resource_form(author, [themes["human"]]))

        assert response.status_code == 200
        document_error = field_errors(response, "document")
        link_error = field_errors(response, "external_url")
        assert "Choose the document visitors will download, or fill in the link below." in document_error
        assert "Or give the address where the resource lives on another site" in link_error
        # The editor sees both messages on the page, not only in the form object.
        page = html(response)
        assert "Choose the document visitors will download" in page
        assert "Or give the address where the resource lives on another site" in page
        assert not ResourcePage.objects.exists()

    def test_a_link_of_only_spaces_counts_as_no_link(self, editor_client, resource_library, author, themes):
        data = resource_form(author, [themes["human"]], external_url="   ")
        response = editor_client.post(add_url(resource_library), data)
        assert response.status_code == 200
        assert "document" in response.context["form"].errors
        assert not ResourcePage.objects.exists()

    def test_both_document_and_link_are_refused_with_a_message_to_keep_one(
        self, editor_client, resource_library, author, themes
    ):
        document = SearchableDocumentFactory()
        data = resource_form(
            author,
            [themes["human"]],
            document=str(document.pk),
            external_url="https://example.org/listening-first",
        )
        response = editor_client.post(add_url(resource_library), data)

        assert response.status_code == 200
        for name in ("document", "external_url"):
            message = field_errors(response, name)
            assert "keep either the document or the link to another site, not both" in message, name
        assert "not both" in html(response)
        assert not ResourcePage.objects.exists()

    def test_a_document_alone_creates_the_resource(self, editor_client, resource_library, author, themes):
        document = PdfDocumentFactory()
        data = resource_form(author, [themes["human"], themes["learning"]], document=str(document.pk))
        response = editor_client.post(add_url(resource_library), data)

        assert response.status_code == 302, form_errors(response)
        page = ResourcePage.objects.get(slug="listening-first")
        assert page.live
        assert page.get_parent().pk == resource_library.pk
        assert page.document == document
        assert page.external_url == ""
        assert page.resource_type == "toolkit"
        assert page.author_organisation == author
        assert page.publication_date == datetime.date(2024, 3, 1)
        assert set(page.themes.values_list("slug", flat=True)) == {"human", "learning"}
        assert set(page.tags.names()) == {"co-production", "trust"}
        assert page.body[0].value["text"] == "What is inside"

    def test_a_link_alone_creates_the_resource(self, editor_client, resource_library, author, themes):
        data = resource_form(
            author, [themes["human"]], external_url="  https://example.org/listening-first  "
        )
        response = editor_client.post(add_url(resource_library), data)

        assert response.status_code == 302, form_errors(response)
        page = ResourcePage.objects.get(slug="listening-first")
        assert page.live
        assert page.document is None
        assert page.external_url == "https://example.org/listening-first"

    def test_case_studies_chosen_on_the_resource_are_saved(
        self, client, editor_client, resource_library, library, author, themes
    ):
        story = CaseStudyPageFactory(parent=library, title="Kindness in debt advice")
        data = resource_form(
            author,
            [themes["human"]],
            external_url="https://example.org/listening-first",
            related_case_studies=inline_formset([{"case_study": str(story.pk)}]),
        )
        response = editor_client.post(add_url(resource_library), data)

        assert response.status_code == 302, form_errors(response)
        page = ResourcePage.objects.get(slug="listening-first")
        assert [link.case_study_id for link in page.related_case_studies.all()] == [story.pk]
        # The case study lists it without anything chosen on the case study itself.
        client.logout()
        related = soup(client.get(story.url)).select_one("section[aria-labelledby=related-resources-heading]")
        assert related is not None
        assert "Listening first: a workshop plan" in related.get_text()

    def test_a_cover_image_without_alt_text_is_refused(self, editor_client, resource_library, author, themes):
        data = resource_form(
            author,
            [themes["human"]],
            external_url="https://example.org/listening-first",
            cover_image=str(ImageFactory().pk),
            cover_image_alt="  ",
        )
        response = editor_client.post(add_url(resource_library), data)

        assert response.status_code == 200
        assert "Describe the cover image" in field_errors(response, "cover_image_alt")
        assert not ResourcePage.objects.exists()

    def test_a_decorative_cover_image_needs_no_alt_text(
        self, editor_client, resource_library, author, themes
    ):
        image = ImageFactory()
        data = resource_form(
            author,
            [themes["human"]],
            external_url="https://example.org/listening-first",
            cover_image=str(image.pk),
            cover_image_decorative="on",
        )
        response = editor_client.post(add_url(resource_library), data)

        assert response.status_code == 302, form_errors(response)
        page = ResourcePage.objects.get(slug="listening-first")
        assert page.cover_image == image
        assert page.cover_image_decorative
        assert page.cover_alt == ""

    def test_a_cover_image_with_alt_text_is_accepted(self, editor_client, resource_library, author, themes):
        image = ImageFactory()
        data = resource_form(
            author,
            [themes["human"]],
            external_url="https://example.org/listening-first",
            cover_image=str(image.pk),
            cover_image_alt="The toolkit's cover: sticky notes on a wall",
        )
        response = editor_client.post(add_url(resource_library), data)
        assert response.status_code == 302, form_errors(response)
        assert ResourcePage.objects.get(slug="listening-first").cover_alt == (
            "The toolkit's cover: sticky notes on a wall"
        )

    def test_themes_and_author_organisation_are_required(
        self, editor_client, resource_library, author, themes
    ):
        data = resource_form(
            author, [], external_url="https://example.org/listening-first", author_organisation=""
        )
        response = editor_client.post(add_url(resource_library), data)
        assert response.status_code == 200
        assert {"themes", "author_organisation"} <= set(response.context["form"].errors)
        assert not ResourcePage.objects.exists()

    def test_a_summary_over_300_characters_is_refused(self, editor_client, resource_library, author, themes):
        data = resource_form(
            author, [themes["human"]], external_url="https://example.org/listening-first", summary="x" * 301
        )
        response = editor_client.post(add_url(resource_library), data)
        assert response.status_code == 200
        assert "summary" in response.context["form"].errors
        assert not ResourcePage.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("document", "url", "valid"),
    [
        (False, "", False),
        (True, "https://example.org/x", False),
        (True, "", True),
        (False, "https://x.org", True),
    ],
    ids=["neither", "both", "document", "link"],
)
def test_a_resource_made_in_code_also_needs_exactly_one_way_to_get_it(
    resource_library, themes, document, url, valid
):
    """The same rule outside the admin, e.g. for pages made by an import: saving validates the page."""
    page = ResourcePage(
        title="Listening first",
        summary="A workshop plan.",
        document=SearchableDocumentFactory() if document else None,
        external_url=url,
        author_organisation=OrganisationFactory(),
    )
    if valid:
        resource_library.add_child(instance=page)
        assert ResourcePage.objects.filter(pk=page.pk).exists()
    else:
        with pytest.raises(ValidationError) as caught:
            resource_library.add_child(instance=page)
        assert {"document", "external_url"} <= set(caught.value.message_dict)
        assert not ResourcePage.objects.exists()


# The library: filters, counts, sorting, pagination, hostile input ----------------------------------


@dataclass(frozen=True)
class Row:
    title: str
    type: str
    theme: tuple[str, ...]
    sector: tuple[str, ...]
    region: tuple[str, ...]
    organisation: str
    tag: tuple[str, ...]
    published: str  # the resource's own publication date, deliberately not in the order of creation


CATALOGUE = [
    Row(
        "Listening first: a workshop plan",
        "toolkit",
        ("human",),
        ("housing",),
        ("wales",),
        "lighthouse",
        ("trust",),
        "2024-03-01",
    ),
    Row(
        "Learning partner handbook",
        "guide",
        ("learning",),
        ("health",),
        ("north-east",),
        "gateshead",
        (),
        "2023-05-10",
    ),
    Row("Mapping your system", "toolkit", ("systems",), (), (), "gateshead", ("data",), "2024-11-20"),
    Row(
        "State of HLS 2024",
        "report",
        ("human", "learning", "systems"),
        ("health", "housing"),
        ("wales", "north-east"),
        "lighthouse",
        ("trust", "data"),
        "2024-12-01",
    ),
    Row(
        "Reflective practice cards",
        "template",
        ("learning",),
        ("education",),
        (),
        "plymouth",
        ("co-production",),
        "2022-09-15",
    ),
    Row(
        "What matters conversations",
        "video",
        ("human",),
        ("health",),
        ("south-west",),
        "plymouth",
        ("trust",),
        "2023-01-20",
    ),
    Row("Funding for learning", "guide", ("learning", "systems"), (), (), "nhs-wales", (), "2021-06-30"),
    Row(
        "Co-production toolkit",
        "toolkit",
        ("human", "learning"),
        ("education",),
        ("wales",),
        "lighthouse",
        ("co-production", "trust"),
        "2023-09-09",
    ),
    Row(
        "Measuring without targets",
        "report",
        ("systems",),
        ("health",),
        ("south-west",),
        "nhs-wales",
        ("data",),
        "2022-02-14",
    ),
    Row("Appreciative inquiry guide", "guide", ("human",), ("housing",), (), "gateshead", (), "2024-06-18"),
    Row("Healthy systems podcast", "podcast", ("systems",), (), ("wales",), "nhs-wales", (), "2023-03-03"),
    Row(
        "Team learning log",
        "template",
        ("learning",),
        ("housing",),
        ("north-east",),
        "plymouth",
        ("data",),
        "2024-01-05",
    ),
    Row(
        "Kindness at work",
        "video",
        ("human",),
        ("education",),
        ("south-west",),
        "lighthouse",
        ("trust",),
        "2021-11-11",
    ),
    Row(
        "Zebra crossings and trust",
        "guide",
        ("human", "systems"),
        ("housing",),
        (),
        "gateshead",
        ("trust",),
        "2022-07-07",
    ),
]
FACETS = ("type", "theme", "sector", "region", "organisation", "tag")
NEWEST_FIRST = [row.title for row in sorted(CATALOGUE, key=lambda row: row.published, reverse=True)]
BY_TITLE = sorted((row.title for row in CATALOGUE), key=str.lower)


def _values(row, facet):
    value = getattr(row, facet)
    return (value,) if isinstance(value, str) else value


def expected(selected=None):
    """Titles matching `selected` ({facet: [slugs]}): OR within a facet, AND across facets."""
    selected = selected or {}
    return {
        row.title
        for row in CATALOGUE
        if all(
            any(slug in _values(row, facet) for slug in slugs) for facet, slugs in selected.items() if slugs
        )
    }


def expected_counts(facet, selected=None):
    """{slug: count} beside each option of `facet`, given the other facets' choices."""
    others = {name: slugs for name, slugs in (selected or {}).items() if name != facet}
    counts = {}
    for row in CATALOGUE:
        if row.title in expected(others):
            for slug in _values(row, facet):
                counts[slug] = counts.get(slug, 0) + 1
    return counts


def get(client, query=""):
    response = client.get(LIBRARY_URL + query)
    assert response.status_code == 200, f"{LIBRARY_URL}{query[:80]} gave {response.status_code}"
    return response


def listed(response):
    return [page.title for page in response.context["library"].page.object_list]


def total(response):
    return response.context["library"].count


def counts(response, facet):
    for shown in response.context["library"].facet_list:
        if shown.param == facet:
            return {option.slug: option.count for option in shown.options}
    return {}


def page_number(response):
    return response.context["library"].page.number


def all_titles(client, query=""):
    response = get(client, query)
    titles = listed(response)
    separator = "&" if query else "?"
    for number in range(2, response.context["library"].page.paginator.num_pages + 1):
        titles += listed(get(client, f"{query}{separator}page={number}"))
    return titles


@pytest.fixture(scope="class")
def catalogue(django_db_setup, django_db_blocker):
    """The CATALOGUE in the English resource library, created once for the class: {title: page id}.

    Class-scoped, so the library is gone again before the rest of this module makes its own."""
    with shared_data(django_db_blocker):
        home = HomePage.objects.get(locale__language_code="en")
        index = ResourceIndexPageFactory(parent=home)
        themes = {
            slug: ThemeFactory(name=slug.capitalize(), slug=slug) for slug in ("human", "learning", "systems")
        }
        sectors = {
            slug: SectorFactory(name=slug.capitalize(), slug=slug)
            for slug in ("housing", "health", "education")
        }
        regions = {
            slug: RegionFactory(name=slug.replace("-", " ").title(), slug=slug)
            for slug in ("wales", "north-east", "south-west")
        }
        organisations = {
            slug: OrganisationFactory(name=slug.replace("-", " ").title(), slug=slug)
            for slug in ("lighthouse", "gateshead", "plymouth", "nhs-wales")
        }
        pages = {}
        for row in CATALOGUE:
            pages[row.title] = ResourcePageFactory(
                parent=index,
                title=row.title,
                resource_type=row.type,
                publication_date=datetime.date.fromisoformat(row.published),
                themes=[themes[slug] for slug in row.theme],
                sectors=[sectors[slug] for slug in row.sector],
                regions=[regions[slug] for slug in row.region],
                author_organisation=organisations[row.organisation],
                tags=list(row.tag),
            ).pk
        yield pages


@pytest.mark.django_db
class TestResourceLibrary:
    # Unfiltered --------------------------------------------------------------------------------

    def test_unfiltered_library_lists_every_resource_newest_first(self, client, catalogue):
        response = get(client)
        assert total(response) == len(CATALOGUE) == 14
        assert listed(response) == NEWEST_FIRST[:12]
        assert card_titles(response) == NEWEST_FIRST[:12]
        assert response.context["library"].notices == []
        assert "Showing 14 resources" in html(response)

    def test_each_card_says_the_type_and_organisation(self, client, catalogue):
        page = soup(get(client, "?type=podcast"))
        [card] = page.select(".card")
        assert card.select_one(".card__title").get_text(strip=True) == "Healthy systems podcast"
        assert "Podcast" in card.select_one(".card__label").get_text()
        assert card.select_one(".card__organisation").get_text(strip=True) == "Nhs Wales"

    def test_unfiltered_counts(self, client, catalogue):
        response = get(client)
        assert counts(response, "type") == {
            "guide": 4,
            "toolkit": 3,
            "report": 2,
            "template": 2,
            "video": 2,
            "podcast": 1,
        }
        assert counts(response, "theme") == {"human": 7, "learning": 6, "systems": 6}
        for facet in FACETS:
            assert counts(response, facet) == expected_counts(facet), facet

    def test_counts_are_shown_beside_each_option_in_the_html(self, client, catalogue):
        page = soup(get(client))
        toolkit = page.find("label", attrs={"for": "filter-type-toolkit"})
        assert toolkit is not None
        assert toolkit.get_text().strip().startswith("Toolkit")
        assert "(3" in toolkit.get_text()
        human = page.find("label", attrs={"for": "filter-theme-human"})
        assert "Human" in human.get_text() and "(7" in human.get_text()
        organisation = page.find("label", attrs={"for": "filter-organisation-lighthouse"})
        assert "(4" in organisation.get_text()
        # A type nobody has used is not offered.
        assert page.find("input", attrs={"name": "type", "value": "website"}) is None
        assert page.find("input", attrs={"name": "type", "value": "toolkit"}) is not None

    # Filters -----------------------------------------------------------------------------------

    @pytest.mark.parametrize(
        ("facet", "slug", "count"),
        [
            ("type", "toolkit", 3),
            ("type", "guide", 4),
            ("type", "podcast", 1),
            ("theme", "learning", 6),
            ("sector", "housing", 5),
            ("region", "wales", 4),
            ("organisation", "gateshead", 4),
            ("tag", "trust", 6),
        ],
    )
    def test_each_filter_alone(self, client, catalogue, facet, slug, count):
        response = get(client, f"?{facet}={slug}")
        titles = set(all_titles(client, f"?{facet}={slug}"))
        assert titles == expected({facet: [slug]})
        assert total(response) == count == len(titles)
        assert set(card_titles(response)) == titles
        page = html(response)
        for title in set(NEWEST_FIRST) - titles:
            assert title not in page, title

    def test_type_combined_with_theme(self, client, catalogue):
        response = get(client, "?type=toolkit&theme=human")
        assert set(listed(response)) == expected({"type": ["toolkit"], "theme": ["human"]})
        assert set(listed(response)) == {"Listening first: a workshop plan", "Co-production toolkit"}
        assert "Mapping your system" not in html(response)  # a toolkit, but about systems

    def test_two_types_and_a_theme(self, client, catalogue):
        response = get(client, "?type=guide&type=report&theme=systems")
        assert set(listed(response)) == {
            "Funding for learning",
            "Zebra crossings and trust",
            "State of HLS 2024",
            "Measuring without targets",
        }
        assert listed(get(client, "?type=guide,report&theme=systems")) == listed(response)

    def test_chosen_type_shows_as_a_removable_filter(self, client, catalogue):
        library = get(client, "?type=toolkit&theme=human").context["library"]
        removes = {chosen["name"]: chosen["remove_url"] for chosen in library.active_filters}
        assert removes == {"Toolkit": "?theme=human", "Human": "?type=toolkit"}

    def test_type_values_are_case_insensitive(self, client, catalogue):
        response = get(client, "?type=TOOLKIT")
        assert set(listed(response)) == expected({"type": ["toolkit"]})
        assert response.context["library"].notices == []

    @pytest.mark.parametrize(
        "selected",
        [
            {"type": ["toolkit"]},
            {"type": ["guide", "report"], "theme": ["systems"]},
            {"theme": ["human"], "tag": ["trust"]},
            {"type": ["video", "toolkit"], "organisation": ["lighthouse", "plymouth"], "region": ["wales"]},
        ],
        ids=["type", "types-and-theme", "theme-and-tag", "three-facets"],
    )
    def test_counts_beside_options_respect_the_other_facets(self, client, catalogue, selected):
        query = "?" + "&".join(f"{facet}={','.join(slugs)}" for facet, slugs in selected.items())
        response = get(client, query)
        assert set(listed(response)) == expected(selected)
        for facet in FACETS:
            wanted = expected_counts(facet, selected)
            for slug in selected.get(facet, []):
                wanted.setdefault(slug, 0)  # chosen options stay visible
            assert counts(response, facet) == wanted, facet

    def test_counts_given_a_type_spelled_out(self, client, catalogue):
        response = get(client, "?type=toolkit")
        # Toolkits: Listening first (human), Mapping (systems), Co-production (human, learning).
        assert counts(response, "theme") == {"human": 2, "learning": 1, "systems": 1}
        # Choosing a type does not narrow the type options themselves.
        assert counts(response, "type") == expected_counts("type")

    def test_a_combination_with_no_results(self, client, catalogue):
        response = get(client, "?type=podcast&theme=human")
        assert total(response) == 0
        assert listed(response) == []
        assert "No resources match these filters" in html(response)

    def test_links_from_a_resource_to_the_library_find_it(self, client, catalogue):
        """The type, themes, sectors, regions and tags on a resource page link to the filtered library."""
        page = ResourcePage.objects.get(pk=catalogue["State of HLS 2024"])
        links = {a["href"] for a in soup(client.get(page.url)).select(".facts a") if "?" in a["href"]}
        assert f"{LIBRARY_URL}?type=report" in links
        assert len(links) == 1 + 3 + 2 + 2 + 2  # type, themes, sectors, regions, tags
        for href in links:
            assert href.startswith(LIBRARY_URL)
            query = href.removeprefix(LIBRARY_URL)
            response = get(client, query)
            assert response.context["library"].notices == [], href
            assert "State of HLS 2024" in all_titles(client, query), href

    # Sorting -----------------------------------------------------------------------------------

    def test_newest_is_by_publication_date_not_when_added(self, client, catalogue):
        assert all_titles(client) == all_titles(client, "?sort=newest") == NEWEST_FIRST
        assert NEWEST_FIRST[0] == "State of HLS 2024"
        assert NEWEST_FIRST[-1] == "Funding for learning"
        added_last_first = [row.title for row in reversed(CATALOGUE)]
        assert NEWEST_FIRST != added_last_first

    def test_a_changed_publication_date_moves_a_resource(self, client, catalogue):
        oldest = ResourcePage.objects.get(pk=catalogue["Funding for learning"])
        oldest.publication_date = datetime.date(2025, 1, 1)
        oldest.save()
        assert listed(get(client))[0] == "Funding for learning"

    def test_sort_by_title(self, client, catalogue):
        titles = all_titles(client, "?sort=title")
        assert titles == BY_TITLE
        assert titles[0] == "Appreciative inquiry guide"
        assert titles[-1] == "Zebra crossings and trust"

    def test_sort_is_kept_with_filters(self, client, catalogue):
        response = get(client, "?sort=title&type=guide")
        assert listed(response) == sorted(expected({"type": ["guide"]}), key=str.lower)

    @pytest.mark.parametrize("sort", ["nonsense", "oldest", "", "-title", "title;drop", "a" * 3000])
    def test_an_unknown_sort_falls_back_to_newest(self, client, catalogue, sort):
        response = get(client, f"?sort={sort}")
        assert response.context["library"].sort == "newest"
        assert listed(response) == NEWEST_FIRST[:12]

    # Pagination --------------------------------------------------------------------------------

    def test_twelve_per_page_and_the_rest_on_page_two(self, client, catalogue):
        first = get(client)
        second = get(client, "?page=2")
        assert first.context["library"].page.paginator.num_pages == 2
        assert len(listed(first)) == 12
        assert listed(second) == NEWEST_FIRST[12:]
        assert card_titles(second) == NEWEST_FIRST[12:]
        assert page_number(second) == 2
        assert NEWEST_FIRST[0] not in html(second)
        assert "Next page" in html(first)

    def test_pagination_links_keep_filters_and_sort(self, client, catalogue):
        library = get(client, "?sort=title&theme=human,learning,systems").context["library"]
        assert library.pagination["next_url"] == "?theme=human&theme=learning&theme=systems&sort=title&page=2"

    @pytest.mark.parametrize(
        ("page", "shown"),
        [("abc", 1), ("0", 1), ("-1", 1), ("1.5", 1), ("2", 2), ("999999", 2), ("9" * 1000, 2), ("²", 1)],
    )
    def test_any_page_number_gives_a_page(self, client, catalogue, page, shown):
        response = get(client, f"?page={page}")
        assert page_number(response) == shown
        assert listed(response) == (NEWEST_FIRST[:12] if shown == 1 else NEWEST_FIRST[12:])

    # Hostile or unknown input ------------------------------------------------------------------

    def test_an_unknown_type_is_ignored_with_a_notice(self, client, catalogue):
        response = get(client, "?type=spaceship&theme=human")
        library = response.context["library"]
        assert set(listed(response)) == expected({"theme": ["human"]})
        assert library.selected["type"] == []
        [notice] = library.notices
        assert "spaceship" in notice
        shown = soup(response).select_one(".notice")
        assert shown is not None and "spaceship" in shown.get_text()

    def test_an_unknown_theme_is_ignored_with_a_notice(self, client, catalogue):
        response = get(client, "?theme=nonsense&type=toolkit")
        assert set(listed(response)) == expected({"type": ["toolkit"]})
        assert "nonsense" in response.context["library"].notices[0]
        assert "nonsense" in soup(response).select_one(".notice").get_text()

    def test_a_type_label_is_not_a_type(self, client, catalogue):
        """Only a stored value is a filter: a near miss is reported, not guessed at."""
        response = get(client, "?type=toolkits")
        assert total(response) == 14
        assert response.context["library"].notices

    def test_no_notice_without_unknown_values(self, client, catalogue):
        response = get(client, "?type=toolkit&theme=human")
        assert response.context["library"].notices == []
        assert soup(response).select_one(".notice") is None

    def test_markup_in_a_filter_value_is_escaped(self, client, catalogue):
        response = get(client, "?type=<script>alert(1)</script>")
        assert "<script>alert(1)" not in html(response)
        assert response.context["library"].notices
        assert total(response) == 14

    def test_a_parameter_repeated_500_times(self, client, catalogue):
        response = get(client, "?" + "&".join(["type=toolkit"] * 500))
        assert set(listed(response)) == expected({"type": ["toolkit"]})
        assert response.context["library"].selected["type"] == ["toolkit"]
        assert response.context["library"].notices == []

    def test_a_very_long_query_string(self, client, catalogue):
        values = "&".join(f"type=unknown-{n}&theme=x{n}&tag=t{n}" for n in range(400))
        response = get(client, f"?type=video&{values}&sort=title&page=1")
        assert set(listed(response)) == expected({"type": ["video"]})
        [notice] = response.context["library"].notices
        assert len(notice) < 400  # a short excerpt, not the whole query

    @pytest.mark.parametrize(
        "query",
        [
            "?type=",
            "?type=,,,",
            "?type=%00",
            "?type=" + "a" * 5000,
            "?type[]=toolkit",
            "?type=%E2%80%AE",
            "?type=ŵ&theme=dysgu-ŷ",
            "?type=" + "%F0%9F%98%80" * 50,
            "?theme=%D8%A7%D9%86%D8%B3%D8%A7%D9%86%DB%8C",
            "?tag=Tŷ",
            "?organisation=../../etc/passwd",
            "?region=wales'--",
            "?page=%00",
            "?sort=%00&page=-0",
            "?page=" + "9" * 5000,
        ],
    )
    def test_odd_input_is_never_an_error(self, client, catalogue, query):
        response = get(client, query)
        assert total(response) == 14
        assert page_number(response) in (1, 2)

    # Only what visitors may see ----------------------------------------------------------------

    def test_hidden_resources_are_never_listed_or_counted(self, client, catalogue):
        index = ResourceIndexPage.objects.get(locale__language_code="en")
        human = ThemeFactory(name="Human", slug="human")
        hidden = add_hidden_resources(index, themes=[human], resource_type="toolkit", tags=["trust"])

        for query in ("", "?type=toolkit", "?theme=human&tag=trust", "?sort=title", "?page=2"):
            response = get(client, query)
            page = html(response)
            for title in hidden:
                assert title not in page, (query, title)
                assert title not in all_titles(client, query), (query, title)
        response = get(client)
        assert total(response) == 14
        for facet in FACETS:
            assert counts(response, facet) == expected_counts(facet), facet
        assert counts(get(client, "?type=toolkit"), "theme") == {"human": 2, "learning": 1, "systems": 1}


HIDDEN = ["Draft toolkit", "Withdrawn toolkit", "Expired toolkit", "Password toolkit", "Members toolkit"]


def add_hidden_resources(index, **kwargs):
    """One resource of each kind visitors must not see, under `index`: {title: page}."""
    pages = {"Draft toolkit": ResourcePageFactory(parent=index, title="Draft toolkit", live=False, **kwargs)}

    withdrawn = ResourcePageFactory(parent=index, title="Withdrawn toolkit", **kwargs)
    withdrawn.unpublish()
    pages["Withdrawn toolkit"] = withdrawn

    expired = ResourcePageFactory(parent=index, title="Expired toolkit", **kwargs)
    expired.expire_at = timezone.now() - datetime.timedelta(days=1)
    expired.save_revision().publish()
    call_command("publish_scheduled", verbosity=0)
    pages["Expired toolkit"] = expired

    pages["Password toolkit"] = ResourcePageFactory(parent=index, title="Password toolkit", **kwargs)
    PageViewRestriction.objects.create(
        page=pages["Password toolkit"], restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    pages["Members toolkit"] = ResourcePageFactory(parent=index, title="Members toolkit", **kwargs)
    PageViewRestriction.objects.create(
        page=pages["Members toolkit"], restriction_type=PageViewRestriction.LOGIN
    )

    for page in pages.values():
        page.refresh_from_db()
    assert [title for title, page in pages.items() if page.live] == ["Password toolkit", "Members toolkit"]
    return pages


@pytest.mark.django_db
def test_a_library_with_only_hidden_resources_is_empty_not_an_error(client, resource_library, themes):
    add_hidden_resources(resource_library, themes=[themes["human"]])
    response = get(client, "?type=toolkit&page=3")
    assert total(response) == 0
    assert response.context["library"].facet_list == [] or all(
        option.count == 0 for facet in response.context["library"].facet_list for option in facet.options
    )
    page = html(response)
    for title in HIDDEN:
        assert title not in page, title


# Welsh -----------------------------------------------------------------------------------------------


@pytest.fixture
def welsh_resources(resource_library, themes, cy, cy_home):
    """Three English resources, two translated into Welsh, Welsh names for two themes, and the Welsh
    library (titled ‘Adnoddau’) at /cy/resources/."""
    housing = SectorFactory(name="Housing", slug="housing")
    pages = [
        ResourcePageFactory(
            parent=resource_library,
            title="Learning circles guide",
            resource_type="guide",
            themes=[themes["learning"]],
            sectors=[housing],
        ),
        ResourcePageFactory(
            parent=resource_library,
            title="Human help toolkit",
            resource_type="toolkit",
            themes=[themes["human"]],
            sectors=[housing],
        ),
        ResourcePageFactory(
            parent=resource_library, title="Systems map", resource_type="toolkit", themes=[themes["systems"]]
        ),
    ]
    welsh_library = translate(resource_library, cy, {"Resources": "Adnoddau"})
    translate(themes["learning"], cy, {"Learning": "Dysgu"})
    translate(themes["human"], cy, {"Human": "Dynol"})
    translate(pages[0], cy, {"Learning circles guide": "Canllaw cylchoedd dysgu"})
    translate(pages[1], cy, {"Human help toolkit": "Pecyn cymorth dynol"})
    return welsh_library


@pytest.mark.django_db
def test_the_welsh_library_lists_the_welsh_resources(client, welsh_resources):
    assert welsh_resources.url == "/cy/resources/"
    response = client.get("/cy/resources/")
    assert {p.title for p in response.context["library"].page.object_list} == {
        "Canllaw cylchoedd dysgu",
        "Pecyn cymorth dynol",
    }
    assert all(p.locale.language_code == "cy" for p in response.context["library"].page.object_list)
    page = soup(response)
    assert page.find("h1").get_text(strip=True) == "Adnoddau"
    assert page.find("html")["lang"] == "cy"
    assert sorted(card_titles(response)) == ["Canllaw cylchoedd dysgu", "Pecyn cymorth dynol"]
    text = html(response)
    for english in ("Learning circles guide", "Human help toolkit", "Systems map"):
        assert f">{english}<" not in text, english  # (untranslated summaries still mention them)
    assert "Systems map" not in text


@pytest.mark.django_db
def test_the_welsh_library_filters_with_the_same_slugs(client, welsh_resources):
    response = client.get("/cy/resources/?type=toolkit")
    assert [p.title for p in response.context["library"].page.object_list] == ["Pecyn cymorth dynol"]
    assert response.context["library"].notices == []
    response = client.get("/cy/resources/?theme=learning")
    assert card_titles(response) == ["Canllaw cylchoedd dysgu"]


@pytest.mark.django_db
def test_the_welsh_library_shows_welsh_names_and_welsh_counts(client, welsh_resources):
    response = client.get("/cy/resources/")
    library = response.context["library"]
    themes = next(facet for facet in library.facet_list if facet.param == "theme")
    # Only Welsh resources are counted: the untranslated systems one is not in the Welsh library.
    assert {(o.slug, o.name, o.count) for o in themes.options} == {
        ("learning", "Dysgu", 1),
        ("human", "Dynol", 1),
    }
    types = next(facet for facet in library.facet_list if facet.param == "type")
    assert {(o.slug, o.name, o.count) for o in types.options} == {
        ("guide", "Canllaw", 1),
        ("toolkit", "Pecyn cymorth", 1),
    }
    page = soup(response)
    assert page.find("label", attrs={"for": "filter-theme-learning"}).get_text().strip().startswith("Dysgu")
    assert page.find("label", attrs={"for": "filter-type-guide"}).get_text().strip().startswith("Canllaw")
    assert sorted(label.get_text(strip=True) for label in page.select(".card__themes .label")) == [
        "Dynol",
        "Dysgu",
    ]
    assert page.select_one(".filters__heading").get_text(strip=True) == "Hidlo'r adnoddau"


@pytest.mark.django_db
def test_a_term_without_a_welsh_name_falls_back_to_english(client, welsh_resources):
    response = client.get("/cy/resources/?sector=housing")
    sectors = next(facet for facet in response.context["library"].facet_list if facet.param == "sector")
    assert [(o.slug, o.name, o.count) for o in sectors.options] == [("housing", "Housing", 2)]


@pytest.mark.django_db
def test_the_english_library_keeps_english_names(client, welsh_resources):
    response = client.get("/resources/")
    assert {p.title for p in response.context["library"].page.object_list} == {
        "Learning circles guide",
        "Human help toolkit",
        "Systems map",
    }
    themes = next(facet for facet in response.context["library"].facet_list if facet.param == "theme")
    assert {o.name for o in themes.options} == {"Human", "Learning", "Systems"}
    text = html(response)
    assert "Dysgu" not in text and "Canllaw" not in text


# The resource page ---------------------------------------------------------------------------------


@pytest.fixture
def author_with_site(locales):
    return OrganisationFactory(
        name="Lighthouse Trust", slug="lighthouse", website="https://lighthouse.example"
    )


def body_with_a_link():
    return [paragraph('Read <a href="https://example.net/more">more about it</a> on our partner\'s site.')]


@pytest.mark.django_db
def test_a_download_says_its_format_and_size(client, resource_library, themes, author_with_site):
    document = PdfDocumentFactory()
    resource = ResourcePageFactory(
        parent=resource_library,
        title="Listening first",
        resource_type="toolkit",
        document=document,
        themes=[themes["human"]],
        author_organisation=author_with_site,
        body=body_with_a_link(),
    )
    assert resource.external_url == ""
    page = soup(client.get(resource.url))
    button = page.select_one(".get-resource__button")
    assert button["href"] == document.url
    label = " ".join(button.get_text().split())
    size = " ".join(filesizeformat(document.file_size).split())
    assert label == f"Download (PDF, {size})"
    assert document.file_size > 0 and "bytes" in size
    assert page.select_one(".get-resource__note") is None  # no "another website" note for a download
    assert client.get(document.url).status_code == 200


@pytest.mark.django_db
def test_a_plain_text_download_says_txt(client, resource_library, themes):
    document = SearchableDocumentFactory()
    resource = ResourcePageFactory(parent=resource_library, document=document, themes=[themes["human"]])
    label = " ".join(soup(client.get(resource.url)).select_one(".get-resource__button").get_text().split())
    assert label.startswith("Download (TXT, ")
    assert " ".join(filesizeformat(document.file_size).split()) in label


@pytest.mark.django_db
def test_an_external_resource_names_the_other_site(client, resource_library, themes):
    resource = ResourcePageFactory(
        parent=resource_library,
        title="What matters conversations",
        resource_type="video",
        external_url="https://www.example.org/videos/what-matters?lang=en",
        themes=[themes["human"]],
    )
    page = soup(client.get(resource.url))
    button = page.select_one(".get-resource__button")
    assert button["href"] == "https://www.example.org/videos/what-matters?lang=en"
    assert " ".join(button.get_text().split()) == "Go to the resource on example.org"
    assert (
        page.select_one(".get-resource__note").get_text(strip=True)
        == "This link takes you to another website."
    )
    assert "Download" not in button.get_text()


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["document", "link"])
def test_nothing_on_a_resource_page_opens_a_new_window(client, resource_library, library, themes, kind):
    story = CaseStudyPageFactory(parent=library, title="Kindness in debt advice")
    resource = ResourcePageFactory(
        parent=resource_library,
        document=PdfDocumentFactory() if kind == "document" else None,
        themes=[themes["human"]],
        tags=["trust"],
        author_organisation=OrganisationFactory(website="https://lighthouse.example"),
        body=body_with_a_link(),
        cover_image=ImageFactory(),
        cover_image_alt="The cover",
        case_studies=[story],
    )
    response = client.get(resource.url)
    page = soup(response)
    assert page.select_one(".get-resource__button") is not None
    assert "Kindness in debt advice" in page.select_one("section.related").get_text()  # all parts rendered
    assert page.select("[target]") == []
    assert "_blank" not in html(response)


@pytest.mark.django_db
@pytest.mark.parametrize(("decorative", "alt"), [(False, "The toolkit's cover"), (True, "")])
def test_the_cover_image_alt_text_is_rendered(client, resource_library, themes, decorative, alt):
    resource = ResourcePageFactory(
        parent=resource_library,
        themes=[themes["human"]],
        cover_image=ImageFactory(),
        cover_image_alt="The toolkit's cover",
        cover_image_decorative=decorative,
    )
    cover = soup(client.get(resource.url)).select_one(".article__hero img")
    assert cover["alt"] == alt


@pytest.mark.django_db
def test_a_factory_made_resource_passes_model_validation(resource_library, themes):
    ResourcePageFactory(parent=resource_library, themes=[themes["human"]]).full_clean()
    ResourcePageFactory(
        parent=resource_library, themes=[themes["human"]], document=PdfDocumentFactory()
    ).full_clean()


# Resources and case studies, both ways -------------------------------------------------------------


def related_resources(response):
    """Titles of the cards under "Resources used in this work" on a case study page."""
    section = soup(response).select_one("section[aria-labelledby=related-resources-heading]")
    return [] if section is None else [h.get_text(strip=True) for h in section.select(".card__title")]


def related_case_studies(response):
    """Titles of the cards under "Case studies that use it" on a resource page."""
    section = soup(response).select_one("section[aria-labelledby=related-heading]")
    return [] if section is None else [h.get_text(strip=True) for h in section.select(".card__title")]


@pytest.mark.django_db
def test_a_link_made_on_the_resource_shows_on_both_pages(client, resource_library, library, themes):
    story = CaseStudyPageFactory(parent=library, title="Kindness in debt advice", themes=[themes["human"]])
    other = CaseStudyPageFactory(parent=library, title="Learning circles", themes=[themes["learning"]])
    resource = ResourcePageFactory(
        parent=resource_library,
        title="Listening first",
        themes=[themes["human"]],
        case_studies=[story, other],
    )
    unrelated = CaseStudyPageFactory(parent=library, title="Unrelated story")

    resource_page = client.get(resource.url)
    assert related_case_studies(resource_page) == ["Kindness in debt advice", "Learning circles"]
    assert "Case studies that use it" in html(resource_page)

    story_page = client.get(story.url)
    assert related_resources(story_page) == ["Listening first"]
    assert "Resources used in this work" in html(story_page)
    assert related_resources(client.get(other.url)) == ["Listening first"]
    assert related_resources(client.get(unrelated.url)) == []
    assert "Resources used in this work" not in html(client.get(unrelated.url))


@pytest.mark.django_db
def test_a_case_study_lists_each_live_resource_that_chose_it_newest_first(client, resource_library, library):
    story = CaseStudyPageFactory(parent=library, title="Kindness in debt advice")
    for title, published in [("Older guide", "2021-01-01"), ("Newer toolkit", "2024-01-01")]:
        ResourcePageFactory(
            parent=resource_library,
            title=title,
            publication_date=datetime.date.fromisoformat(published),
            case_studies=[story],
        )
    assert related_resources(client.get(story.url)) == ["Newer toolkit", "Older guide"]


@pytest.mark.django_db
def test_hidden_resources_do_not_show_on_the_case_study(client, resource_library, library, themes):
    story = CaseStudyPageFactory(parent=library, title="Kindness in debt advice")
    ResourcePageFactory(parent=resource_library, title="Visible toolkit", case_studies=[story])
    add_hidden_resources(resource_library, case_studies=[story])
    response = client.get(story.url)
    assert related_resources(response) == ["Visible toolkit"]
    assert [p.title for p in story.get_related_resources()] == ["Visible toolkit"]
    page = html(response)
    for title in HIDDEN:
        assert title not in page, title


@pytest.mark.django_db
def test_a_draft_resource_does_not_show_on_the_case_study(client, resource_library, library):
    story = CaseStudyPageFactory(parent=library, title="Kindness in debt advice")
    ResourcePageFactory(parent=resource_library, title="Draft toolkit", live=False, case_studies=[story])
    response = client.get(story.url)
    assert related_resources(response) == []
    assert "Draft toolkit" not in html(response)
    assert "Resources used in this work" not in html(response)


@pytest.mark.django_db
def test_hidden_case_studies_do_not_show_on_the_resource(client, resource_library, library):
    visible = CaseStudyPageFactory(parent=library, title="Visible story")
    draft = CaseStudyPageFactory(parent=library, title="Draft story", live=False)
    private = CaseStudyPageFactory(parent=library, title="Members story")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    resource = ResourcePageFactory(parent=resource_library, case_studies=[draft, private, visible])
    response = client.get(resource.url)
    assert related_case_studies(response) == ["Visible story"]
    assert "Draft story" not in html(response) and "Members story" not in html(response)


@pytest.fixture
def linked_in_welsh(resource_library, library, cy, cy_home):
    """An English case study and a resource that uses it, both translated into Welsh."""
    story = CaseStudyPageFactory(parent=library, title="Kindness in debt advice", slug="kindness")
    resource = ResourcePageFactory(
        parent=resource_library,
        title="Listening first",
        slug="listening-first",
        external_url="https://www.example.org/listening",
        case_studies=[story],
    )
    welsh_story = translate(story, cy, {"Kindness in debt advice": "Caredigrwydd mewn cyngor dyled"})
    welsh_resource = translate(resource, cy, {"Listening first": "Gwrando yn gyntaf"})
    return {
        "story": story,
        "resource": resource,
        "welsh_story": welsh_story,
        "welsh_resource": welsh_resource,
    }


@pytest.mark.django_db
def test_a_welsh_case_study_shows_the_welsh_resource(client, linked_in_welsh):
    welsh_story = linked_in_welsh["welsh_story"]
    assert welsh_story.url == "/cy/case-studies/kindness/"
    response = client.get(welsh_story.url)
    assert related_resources(response) == ["Gwrando yn gyntaf"]
    assert "Adnoddau a ddefnyddiwyd yn y gwaith hwn" in html(response)
    section = soup(response).select_one("section[aria-labelledby=related-resources-heading]")
    assert section.select_one(".card__link")["href"] == linked_in_welsh["welsh_resource"].url
    assert ">Listening first<" not in html(response)
    # And the English case study keeps the English resource.
    english = client.get(linked_in_welsh["story"].url)
    assert related_resources(english) == ["Listening first"]
    assert "Gwrando yn gyntaf" not in html(english)
    assert "Caredigrwydd" not in html(english)


@pytest.mark.django_db
def test_a_welsh_resource_shows_the_welsh_case_study(client, linked_in_welsh):
    response = client.get(linked_in_welsh["welsh_resource"].url)
    assert related_case_studies(response) == ["Caredigrwydd mewn cyngor dyled"]
    assert ">Kindness in debt advice<" not in html(response)
    heading = soup(response).select_one("#related-heading").get_text(strip=True)
    assert heading == "Astudiaethau achos sy'n ei ddefnyddio"
    button = soup(response).select_one(".get-resource__button")
    assert " ".join(button.get_text().split()) == "Ewch i'r adnodd ar example.org"


@pytest.mark.django_db
def test_a_welsh_case_study_does_not_show_an_untranslated_resource(
    client, resource_library, library, cy, cy_home
):
    story = CaseStudyPageFactory(parent=library, title="Kindness in debt advice")
    ResourcePageFactory(parent=resource_library, title="English only toolkit", case_studies=[story])
    welsh_story = translate(story, cy, {"Kindness in debt advice": "Caredigrwydd mewn cyngor dyled"})
    response = client.get(welsh_story.url)
    assert related_resources(response) == []
    assert "English only toolkit" not in html(response)


@pytest.mark.django_db
def test_a_resource_made_in_welsh_for_a_welsh_case_study_shows_there(client, linked_in_welsh, cy):
    """A Welsh-only resource that chose the Welsh case study shows on it, and not on the English one."""
    welsh_library = linked_in_welsh["welsh_resource"].get_parent().specific
    ResourcePageFactory(
        parent=welsh_library, title="Adnodd Cymraeg yn unig", case_studies=[linked_in_welsh["welsh_story"]]
    )
    assert set(related_resources(client.get(linked_in_welsh["welsh_story"].url))) == {
        "Gwrando yn gyntaf",
        "Adnodd Cymraeg yn unig",
    }
    assert related_resources(client.get(linked_in_welsh["story"].url)) == ["Listening first"]


# The home page ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_home_page_shows_the_latest_live_resources(client, home, resource_library, themes):
    for title in ("First guide", "Second guide", "Third guide", "Fourth guide"):
        ResourcePageFactory(parent=resource_library, title=title, themes=[themes["human"]])
    add_hidden_resources(resource_library, themes=[themes["human"]])  # all added after the live ones

    response = client.get("/")
    assert [p.title for p in response.context["latest_resources"]] == [
        "Fourth guide",
        "Third guide",
        "Second guide",
    ]
    section = soup(response).select_one("section[aria-labelledby=resources-heading]")
    assert section is not None
    assert [h.get_text(strip=True) for h in section.select(".card__title")] == [
        "Fourth guide",
        "Third guide",
        "Second guide",
    ]
    assert section.select_one(".section-more a")["href"] == "/resources/"
    page = html(response)
    assert "First guide" not in page
    for title in HIDDEN:
        assert title not in page, title


@pytest.mark.django_db
def test_the_home_page_has_no_resources_section_without_resources(client, home, resource_library):
    ResourcePageFactory(parent=resource_library, title="Draft guide", live=False)
    response = client.get("/")
    assert response.context["latest_resources"] == []
    assert soup(response).select_one("section[aria-labelledby=resources-heading]") is None


@pytest.mark.django_db
def test_the_welsh_home_page_shows_welsh_resources_only(client, linked_in_welsh):
    response = client.get("/cy/")
    assert [p.title for p in response.context["latest_resources"]] == ["Gwrando yn gyntaf"]
    section = soup(response).select_one("section[aria-labelledby=resources-heading]")
    assert [h.get_text(strip=True) for h in section.select(".card__title")] == ["Gwrando yn gyntaf"]
    assert ">Listening first<" not in html(response)
    english = client.get("/")
    assert [p.title for p in english.context["latest_resources"]] == ["Listening first"]


# The header navigation ---------------------------------------------------------------------------


def nav_links(response):
    return {" ".join(a.get_text().split()): a["href"] for a in soup(response).select(".site-nav a")}


@pytest.mark.django_db
def test_the_header_links_to_the_resource_library(client, home, resource_library):
    assert nav_links(client.get("/"))["Resources"] == "/resources/"
    resource = ResourcePageFactory(parent=resource_library)
    response = client.get(resource.url)
    link = soup(response).select_one('.site-nav a[href="/resources/"]')
    assert link["aria-current"] == "true"  # a page inside the library
    assert (
        soup(client.get("/resources/")).select_one('.site-nav a[href="/resources/"]')["aria-current"]
        == "page"
    )


@pytest.mark.django_db
def test_no_resources_link_without_a_live_library(client, home):
    assert "Resources" not in nav_links(client.get("/"))


@pytest.mark.django_db
def test_the_welsh_header_links_to_the_welsh_library(client, resource_library, cy, cy_home):
    # Before the library is translated, the Welsh header falls back to the English library.
    assert nav_links(client.get("/cy/"))["Adnoddau"] == "/resources/"
    translate(resource_library, cy, {"Resources": "Adnoddau"})
    links = nav_links(client.get("/cy/"))
    assert links["Adnoddau"] == "/cy/resources/"
    assert client.get("/cy/resources/").status_code == 200


# Previewing and editing in the admin -----------------------------------------------------------------


@pytest.mark.django_db
def test_an_editor_can_preview_an_unsaved_resource_with_tags_and_case_studies(
    editor_client, resource_library, library, author, themes
):
    """Preview renders the page from the form: tags and chosen case studies exist only in memory."""
    story = CaseStudyPageFactory(parent=library, title="Kindness in debt advice")
    data = resource_form(
        author,
        [themes["human"]],
        external_url="https://www.example.org/listening-first",
        related_case_studies=inline_formset([{"case_study": str(story.pk)}]),
    )
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=("resources", "resourcepage", resource_library.pk)
    )
    posted = editor_client.post(url, data)
    assert posted.status_code == 200
    assert posted.json()["is_valid"] is True
    preview = editor_client.get(url)
    assert preview.status_code == 200
    text = preview.content.decode()
    assert "Listening first: a workshop plan" in text
    assert "Go to the resource on example.org" in text
    assert "Kindness in debt advice" in text
    assert not ResourcePage.objects.exists()


@pytest.mark.django_db
def test_an_editor_can_reopen_a_resource_with_a_saved_draft(editor_client, resource_library, library, themes):
    story = CaseStudyPageFactory(parent=library, title="Kindness in debt advice")
    resource = ResourcePageFactory(
        parent=resource_library,
        themes=[themes["human"], themes["learning"]],
        document=PdfDocumentFactory(),
        case_studies=[story],
    )
    resource.title = "A draft title"
    resource.save_revision()

    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=(resource.pk,)))

    assert response.status_code == 200
    page = soup(response)
    checked = {box["value"] for box in page.select('input[name="themes"][checked]')}
    assert checked == {str(themes["human"].pk), str(themes["learning"].pk)}
    assert page.select_one('input[name="title"]')["value"] == "A draft title"
    # The panel that says whether search could read the file is shown for a resource with a document.
    assert page.select_one("[data-document-text-status]") is not None
