"""Alt text is required when a page is published (or submitted for review), not while it is a draft:
every picture needs alt text or the "decorative" tick. Drafts keep what the editor typed.

Hero and cover images check this in the page model (core.models.BasePage.publish_checks_apply); pictures
in the body are Wagtail's ImageBlock, which defers the same rule for drafts; bulk publishing, which skips
the page form, is refused for a page missing alt text (editorial.wagtail_hooks).
"""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from case_studies.models import CaseStudyPage
from editorial import roles
from resources.models import ResourcePage
from tests.factories import (
    CaseStudyPageFactory,
    ImageFactory,
    OrganisationFactory,
)
from tests.test_page_types import _form_errors, add_url, case_study_form


def picture_block(image, alt_text="", decorative=False):
    return (
        "image",
        {
            "image": {"image": str(image.pk), "decorative": "on" if decorative else "", "alt_text": alt_text},
            "caption": "",
            "credit": "",
        },
    )


def as_draft(data):
    data.pop("action-publish", None)
    return data


def as_submission(data):
    data.pop("action-publish", None)
    data["action-submit"] = "action-submit"
    return data


@pytest.mark.django_db
class TestTheHeroImage:
    def test_a_draft_is_saved_without_alt_text_and_keeps_the_picture(self, client, role_user, library, terms):
        image = ImageFactory()
        client.force_login(role_user(roles.EDITORS))
        data = as_draft(
            case_study_form(terms, [("heading", {"text": "Start", "level": "h2"})], hero_image=str(image.pk))
        )
        response = client.post(add_url(library), data)
        assert response.status_code == 302, _form_errors(response)
        draft = CaseStudyPage.objects.get(slug="rebuilding-debt-advice").get_latest_revision_as_object()
        assert draft.hero_image == image and draft.hero_image_alt == ""
        assert draft.missing_alt_text() == ["hero image"]

    def test_submitting_for_review_asks_for_the_alt_text(self, client, role_user, library, terms):
        image = ImageFactory()
        client.force_login(role_user(roles.EDITORS))
        data = as_submission(
            case_study_form(terms, [("heading", {"text": "Start", "level": "h2"})], hero_image=str(image.pk))
        )
        response = client.post(add_url(library), data)
        assert response.status_code == 200
        [message] = response.context["form"].errors["hero_image_alt"]
        assert "Describe the hero image" in message and "decorative" in message
        assert not CaseStudyPage.objects.exists()

    def test_a_decorative_picture_needs_none(self, client, role_user, library, terms):
        image = ImageFactory()
        client.force_login(role_user(roles.EDITORS))
        data = as_submission(
            case_study_form(
                terms,
                [("heading", {"text": "Start", "level": "h2"})],
                hero_image=str(image.pk),
                hero_image_decorative="on",
            )
        )
        response = client.post(add_url(library), data)
        assert response.status_code == 302, _form_errors(response)


@pytest.mark.django_db
class TestPicturesInTheBody:
    def test_a_draft_keeps_a_picture_without_alt_text(self, client, role_user, library, terms):
        image = ImageFactory()
        client.force_login(role_user(roles.EDITORS))
        response = client.post(add_url(library), as_draft(case_study_form(terms, [picture_block(image)])))
        assert response.status_code == 302, _form_errors(response)
        draft = CaseStudyPage.objects.get().get_latest_revision_as_object()
        assert draft.body[0].value["image"].pk == image.pk
        assert draft.missing_alt_text() == ["a picture in the story"]

    def test_publishing_asks_for_the_alt_text(self, client, superuser, library, terms):
        image = ImageFactory()
        client.force_login(superuser)
        response = client.post(add_url(library), case_study_form(terms, [picture_block(image)]))
        assert response.status_code == 200
        [stream_error] = response.context["form"].errors.as_data()["body"]
        picture_errors = stream_error.block_errors[0].block_errors["image"].block_errors
        assert "alt text" in " ".join(str(e) for e in picture_errors["alt_text"])
        assert not CaseStudyPage.objects.exists()

    @pytest.mark.parametrize("alt_text, decorative", [("A support worker at a desk", False), ("", True)])
    def test_alt_text_or_decorative_is_enough(self, client, superuser, library, terms, alt_text, decorative):
        image = ImageFactory()
        client.force_login(superuser)
        data = case_study_form(terms, [picture_block(image, alt_text, decorative)])
        response = client.post(add_url(library), data)
        assert response.status_code == 302, _form_errors(response)
        page = CaseStudyPage.objects.get()
        assert page.live and page.missing_alt_text() == []


@pytest.mark.django_db
class TestBulkPublishing:
    def bulk_publish(self, client, page):
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={page.pk}"
        return client.post(url, {"include_descendants": ""})

    def test_a_page_without_alt_text_is_not_bulk_published(self, client, role_user, library):
        page = CaseStudyPageFactory(parent=library, live=False, hero_image=ImageFactory(), hero_image_alt="")
        page.save_revision(clean=False)  # a draft, as the editor's "Save draft" leaves it
        client.force_login(role_user(roles.MODERATORS))
        response = self.bulk_publish(client, page)
        assert response.status_code == 302
        page.refresh_from_db()
        assert not page.live
        [message] = [str(m) for m in get_messages(response.wsgi_request)]
        assert "Nothing was published" in message and page.title in message and "hero image" in message

    def test_a_page_with_alt_text_is(self, client, role_user, library):
        page = CaseStudyPageFactory(
            parent=library, live=False, hero_image=ImageFactory(), hero_image_alt="A garden"
        )
        page.save_revision()
        client.force_login(role_user(roles.MODERATORS))
        self.bulk_publish(client, page)
        page.refresh_from_db()
        assert page.live


@pytest.mark.django_db
def test_the_cover_and_newsletter_pictures_follow_the_same_rule(resource_library):
    from django.core.exceptions import ValidationError

    resource = ResourcePage(
        title="A guide",
        summary="A guide.",
        external_url="https://example.org/guide",
        author_organisation=OrganisationFactory(),
        cover_image=ImageFactory(),
    )
    resource._deferring_publish_checks = True  # a draft save
    resource.clean()
    resource._deferring_publish_checks = False
    with pytest.raises(ValidationError) as error:
        resource.clean()
    assert "cover_image_alt" in error.value.message_dict
    assert resource.missing_alt_text() == ["cover image"]
