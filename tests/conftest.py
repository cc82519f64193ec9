"""Shared fixtures: locales, the home page the migration creates, a case study library, a resource library,
the three themes, and a helper that translates a page or snippet with wagtail-localize as an editor would."""

from contextlib import contextmanager

import pytest
from django.conf import settings
from django.db import transaction
from django.test import TestCase
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import TranslationCreator

from home.models import HomePage
from tests.factories import (
    CaseStudyIndexPageFactory,
    OrganisationFactory,
    RegionFactory,
    ResourceIndexPageFactory,
    SectorFactory,
    ThemeFactory,
)


def pytest_configure(config):
    # whitenoise warns that STATIC_ROOT does not exist until collectstatic has run; tests never need it.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A request under /cy/ activates Welsh for the thread; never let it leak into the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@contextmanager
def shared_data(django_db_blocker):
    """Data shared by every test of a module, created once and rolled back at the end of the module.

    Each test still runs in its own savepoint (pytest-django's `db`), so a test that changes the shared
    data does not affect the next. Use from a module-scoped fixture:

        @pytest.fixture(scope="module")
        def catalogue(django_db_setup, django_db_blocker):
            with shared_data(django_db_blocker):
                yield make_lots_of_pages()
    """
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield
            transaction.set_rollback(True)


@pytest.fixture
def locales(db):
    """{"en": Locale, "cy": Locale, "ur": Locale}. English comes from wagtailcore's migration."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


@pytest.fixture
def cy(locales):
    return locales["cy"]


@pytest.fixture
def ur(locales):
    return locales["ur"]


@pytest.fixture
def home(db):
    """The English home page created by home/migrations/0002_create_homepage.py, root of the default site."""
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def library(home, locales):
    """The English case study library at /case-studies/."""
    return CaseStudyIndexPageFactory(parent=home)


@pytest.fixture
def resource_library(home, locales):
    """The English resource library at /resources/."""
    return ResourceIndexPageFactory(parent=home)


@pytest.fixture
def themes(locales):
    """The three HLS themes, in English: {"human": Theme, "learning": Theme, "systems": Theme}."""
    return {
        slug: ThemeFactory(name=slug.capitalize(), slug=slug) for slug in ("human", "learning", "systems")
    }


@pytest.fixture
def terms(locales):
    """One term of each kind, the least a case study form needs. (test_page_types and test_query_budgets
    define fuller sets of their own.)"""
    return {
        "themes": [ThemeFactory(name="Human", slug="human")],
        "sectors": [SectorFactory(name="Housing")],
        "regions": [RegionFactory(name="Wales")],
        "organisation": OrganisationFactory(name="Lighthouse Trust"),
    }


@pytest.fixture
def role_user(django_user_model):
    """make(role) -> a new active user in that editorial group (editorial/roles.py), with an email address."""
    from django.contrib.auth.models import Group

    made = {}

    def make(role, username=None):
        username = username or role.lower().replace(" ", "-") + (f"-{len(made)}" if role in made else "")
        user = django_user_model.objects.create_user(
            username, f"{username}@example.org", "a-strong-password-42", first_name=role.split()[0]
        )
        user.groups.add(Group.objects.get(name=role))
        made[role] = user
        return user

    return make


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "a-strong-password-42")


def translate(instance, locale, strings=None, user=None):
    """Translate `instance` into `locale` through wagtail-localize, as the admin's Translate action does.

    `strings` maps source strings to their translations; any string not given falls back to the source
    text. Parent pages and related snippets are translated too when they have no translation yet.
    Returns the published translation, re-fetched as its specific class.
    """
    # wagtail-localize publishes in transaction.on_commit(); a test's transaction never commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        TranslationCreator(user, [locale]).create_translations(instance)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if strings and segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": strings[segment.string.data], "translation_type": "manual"},
            )
    with TestCase.captureOnCommitCallbacks(execute=True):
        for target in Translation.objects.filter(source=source, target_locale=locale):
            target.save_target(user=user, publish=True)
    return type(instance).objects.get(translation_key=instance.translation_key, locale=locale)


@pytest.fixture
def cy_home(home, cy):
    """The Welsh home page, a wagtail-localize translation of the English one (served at /cy/)."""
    return translate(home, cy, {"Human Learning Systems": "Systemau Dysgu Dynol"})


@pytest.fixture
def ur_home(home, ur):
    return translate(home, ur, {"Human Learning Systems": "انسانی تعلیمی نظام"})


def pytest_collection_modifyitems(config, items):
    # Under pytest-xdist (make test runs two workers), the browser tests share one worker: they use one
    # served copy of the demo site per run (tests/browser/conftest.py), which each worker would build again.
    for item in items:
        if item.nodeid.startswith("tests/browser/"):
            item.add_marker(pytest.mark.xdist_group("browser"))
