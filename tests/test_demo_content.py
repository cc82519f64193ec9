"""`manage.py load_demo_content` builds a realistic, translated demo site and is safe to run twice;
`manage.py ensure_admin_user` creates the admin once and never prompts."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count
from django.test import TestCase
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from case_studies.models import CaseStudyIndexPage, CaseStudyPage, CaseStudyRelatedPage, CaseStudyTag
from core.blocks import BodyBlock
from core.models import Organisation, Region, Sector, Theme
from home.models import HomePage, HomePageFeaturedCaseStudy
from tests.conftest import shared_data

pytestmark = pytest.mark.django_db


def load_demo_content():
    out = io.StringIO()
    # Run on_commit callbacks as a real commit would; a test's transaction never commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content", verbosity=1, stdout=out)
    return out.getvalue()


def per_locale(model):
    return dict(
        model.objects.values_list("locale__language_code")
        .annotate(n=Count("pk"))
        .order_by("locale__language_code")
    )


def snapshot():
    """Everything the demo loader makes, counted."""
    return {
        "pages per locale": per_locale(Page),
        "case studies per locale": per_locale(CaseStudyPage),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "embeds": Embed.objects.count(),
        "themes": per_locale(Theme),
        "sectors": per_locale(Sector),
        "regions": per_locale(Region),
        "organisations": per_locale(Organisation),
        "tags": Tag.objects.count(),
        "tagged items": CaseStudyTag.objects.count(),
        "related choices": CaseStudyRelatedPage.objects.count(),
        "featured": HomePageFeaturedCaseStudy.objects.count(),
        "translation sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "enabled translations": Translation.objects.filter(enabled=True).count(),
        "string translations": StringTranslation.objects.count(),
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once for this module: (snapshot after the first run, its output)."""
    with shared_data(django_db_blocker):
        output = load_demo_content()
        yield snapshot(), output


def english_case_studies():
    return CaseStudyPage.objects.filter(locale__language_code="en")


def test_loading_twice_changes_nothing(demo):
    first, _output = demo
    second_output = load_demo_content()
    assert snapshot() == first
    assert "Creating" not in second_output
    assert "Translating" not in second_output


def test_the_first_run_made_something(demo):
    first, output = demo
    assert first["images"] > 0
    assert first["documents"] > 0
    assert first["tags"] > 0
    assert first["enabled translations"] > 0
    assert "Creating case study" in output


def test_at_least_15_live_english_case_studies(demo):
    case_studies = english_case_studies()
    assert case_studies.count() >= 15
    assert case_studies.live().count() == case_studies.count()
    library = CaseStudyIndexPage.objects.get(locale__language_code="en")
    assert all(page.get_parent().pk == library.pk for page in case_studies)


def test_all_three_themes_are_used(demo):
    used = set(english_case_studies().values_list("themes__slug", flat=True))
    assert {"human", "learning", "systems"} <= used
    assert set(Theme.objects.filter(locale__language_code="en").values_list("slug", flat=True)) == {
        "human",
        "learning",
        "systems",
    }


def test_every_case_study_has_the_fields_the_library_needs(demo):
    for page in english_case_studies():
        assert page.summary and len(page.summary) <= 300, page.title
        assert page.organisation_id, page.title
        assert page.themes.exists() and page.sectors.exists() and page.regions.exists(), page.title
        assert page.first_published_at, page.title
        page.full_clean()  # alt text or decorative, dates in order


def test_every_body_block_type_is_used(demo):
    used = {block.block_type for page in english_case_studies() for block in page.body}
    assert used == set(BodyBlock().child_blocks)


def test_case_studies_differ_in_taxonomy_and_dates(demo):
    pages = english_case_studies()
    assert pages.values("organisation").distinct().count() >= 5
    assert len(set(pages.values_list("sectors__slug", flat=True))) >= 3
    assert len(set(pages.values_list("regions__slug", flat=True))) >= 3
    assert len(set(pages.values_list("first_published_at", flat=True))) == pages.count()


def test_welsh_and_urdu_translations(demo):
    assert CaseStudyPage.objects.live().filter(locale__language_code="cy").count() >= 2
    assert CaseStudyPage.objects.live().filter(locale__language_code="ur").count() >= 1
    english_home = HomePage.objects.get(locale__language_code="en")
    for code in ("cy", "ur"):
        home = HomePage.objects.get(locale__language_code=code)
        assert home.live
        assert home.translation_key == english_home.translation_key
    assert HomePage.objects.get(locale__language_code="cy").title != english_home.title


def test_translations_are_synced_through_wagtail_localize(demo):
    translated = Page.objects.exclude(locale__language_code="en").filter(depth__gt=1).specific()
    assert translated
    for page in translated:
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=page.locale, enabled=True
        )
        assert translation.source.locale.language_code == "en"
        assert translation.source.get_translated_instance(page.locale).pk == page.pk
    # The taxonomy is translated too, so filters show Welsh and Urdu names.
    for model in (Theme, Sector, Region, Organisation):
        english = model.objects.filter(locale__language_code="en").count()
        assert model.objects.filter(locale__language_code="cy").count() == english
        assert model.objects.filter(locale__language_code="ur").count() == english


def test_welsh_text_is_really_translated(demo):
    welsh = CaseStudyPage.objects.filter(locale__language_code="cy")
    for page in welsh:
        english = page.get_translation(page.locale.get_default())
        assert page.title != english.title
        assert page.summary != english.summary


def test_every_demo_page_renders(demo, client):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        url = page.url
        response = client.get(url)
        assert response.status_code == 200, url
    for url in (
        "/case-studies/",
        "/cy/case-studies/",
        "/ur/case-studies/",
        "/sitemap.xml",
        "/cy/sitemap.xml",
    ):
        assert client.get(url).status_code == 200, url


def test_the_demo_library_filters(demo, client):
    response = client.get("/case-studies/?theme=learning")
    library = response.context["library"]
    expected = english_case_studies().filter(themes__slug="learning").distinct().count()
    assert library.count == expected > 0


# ensure_admin_user ----------------------------------------------------------------------------------


class NoInput(io.StringIO):
    def read(self, *args):
        raise AssertionError("the command tried to read from the terminal")

    readline = read


@pytest.fixture
def no_terminal(monkeypatch):
    monkeypatch.setattr("sys.stdin", NoInput())


def ensure_admin_user():
    out = io.StringIO()
    call_command("ensure_admin_user", stdout=out)
    return out.getvalue()


def test_ensure_admin_user_uses_the_password_from_the_environment(monkeypatch, no_terminal):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-chosen-password-123")
    output = ensure_admin_user()
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff and admin.is_active
    assert admin.check_password("a-chosen-password-123")
    assert "a-chosen-password-123" not in output


def test_ensure_admin_user_generates_and_shows_a_password_once(monkeypatch, no_terminal):
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    output = ensure_admin_user()
    password = output.split("Password: ", 1)[1].split()[0]
    assert len(password) >= 16
    assert get_user_model().objects.get(username="admin").check_password(password)
    assert password not in ensure_admin_user()


def test_ensure_admin_user_leaves_an_existing_admin_alone(monkeypatch, no_terminal, django_user_model):
    admin = django_user_model.objects.create_user("admin", password="the-original-one", is_superuser=False)
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-different-password-456")
    ensure_admin_user()
    ensure_admin_user()
    assert django_user_model.objects.filter(username="admin").count() == 1
    admin.refresh_from_db()
    assert admin.check_password("the-original-one")
    assert not admin.is_superuser
