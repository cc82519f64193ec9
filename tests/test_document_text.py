"""The words inside uploaded documents: reading them (PDF, Word, plain text), what happens with files that
cannot be read, search finding a resource by its file's words, private documents, and download details.

Every file here is real: PDFs come from demo.documents.simple_pdf (and pypdf for encrypted ones), Word
files from python-docx. Reading runs through the real task (django-tasks' immediate backend) when the
test's on-commit callbacks run, and searching uses the real database search backend (SQLite FTS5 or
PostgreSQL full text, whichever DATABASE_URL names).
"""

import importlib
import io
import os
import random
import re
import zipfile

import docx
import pytest
from django.contrib import messages
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.test import TestCase, override_settings
from django.urls import Resolver404, clear_url_caches, resolve, reverse
from django_tasks.base import TaskResultStatus
from django_tasks.signals import task_enqueued, task_finished
from pypdf import PdfReader, PdfWriter
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail.search.query import Phrase
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from core import views as core_views
from core.documents import read_document_text, text_source_of
from demo.documents import simple_pdf
from resources.models import ResourceIndexPage, ResourcePage
from tests.factories import OrganisationFactory, paragraph

Document = get_document_model()
Status = Document.TextStatus

READ_TASK = read_document_text.module_path

# Made-up words that appear only inside the files, never in a page's title, summary or body.
PDF_WORDS = "zorblatt quenching of the marrowvale ledger"
DOCX_WORDS = "plimsoll harmonics beneath quarrystone"
TXT_WORDS = "thistledown cartography for wendlebury"
TABLE_WORDS = "gorsemoor tallies"


# Helpers ----------------------------------------------------------------------------------------------


def pdf_bytes(*paragraphs, title="A short guide"):
    return simple_pdf(title, list(paragraphs) or ["Nothing much to say."])


def docx_bytes(*paragraphs, table_cell=None):
    document = docx.Document()
    document.add_heading("A short guide", level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table_cell:
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Count"
        table.cell(0, 1).text = table_cell
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def encrypted_pdf(data, user_password="secret", owner_password=None):
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=owner_password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def blank_pdf():
    """A page with no text layer, as a scanner produces before any OCR."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def new_document(name, data, title="A document", collection=None):
    """A document saved as the admin saves one (size and hash set), its file not yet read."""
    document = Document(
        title=title,
        file=ContentFile(data, name=name),
        collection=collection or Collection.get_first_root_node(),
    )
    document._set_document_file_metadata()
    document.save()
    return document


def upload(name, data, **kwargs):
    """Save a document and let the transaction's on-commit callbacks run, which reads its words."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        document = new_document(name, data, **kwargs)
    document.refresh_from_db()
    return document


def add_resource(index, organisation, themes, *, title, document=None, external_url="", publish=True):
    page = ResourcePage(
        title=title,
        summary=f"A resource called {title}.",
        resource_type="guide",
        document=document,
        external_url=external_url,
        author_organisation=organisation,
        body=[paragraph(f"How to use {title}.")],
        live=False,
    )
    index.add_child(instance=page)
    page.themes.set(themes)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


def search(query, queryset=None):
    queryset = ResourcePage.objects.live() if queryset is None else queryset
    return {page.pk for page in queryset.search(query)}


def page_text(page):
    body = " ".join(str(block.value) for block in page.body)
    return f"{page.title} {page.summary} {page.seo_title} {page.search_description} {body}".lower()


# Fixtures ---------------------------------------------------------------------------------------------


@pytest.fixture
def index(home, locales):
    return home.add_child(
        instance=ResourceIndexPage(title="Resources", slug="resources", intro="Guides and toolkits.")
    )


@pytest.fixture
def organisation(locales):
    return OrganisationFactory(name="Lighthouse Trust")


@pytest.fixture
def make_resource(index, organisation, themes):
    def make(title, **kwargs):
        return add_resource(index, organisation, [themes["human"]], title=title, **kwargs)

    return make


@pytest.fixture
def task_log():
    """Tasks enqueued and finished while the test runs, as django-tasks reports them."""
    log = {"enqueued": [], "finished": []}

    def enqueued(sender, task_result, **kwargs):
        log["enqueued"].append(task_result.task.module_path)

    def finished(sender, task_result, **kwargs):
        log["finished"].append(task_result)

    task_enqueued.connect(enqueued, dispatch_uid="test_document_text.enqueued")
    task_finished.connect(finished, dispatch_uid="test_document_text.finished")
    yield log
    task_enqueued.disconnect(dispatch_uid="test_document_text.enqueued")
    task_finished.disconnect(dispatch_uid="test_document_text.finished")


def reads(log):
    return [result for result in log["finished"] if result.task.module_path == READ_TASK]


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(superuser)
    return client


# 1. Reading real files and finding a resource by them ----------------------------------------------


@pytest.mark.django_db
class TestReadingRealFiles:
    def test_a_new_document_waits_until_the_transaction_commits(self, task_log):
        with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
            document = new_document("guide.pdf", pdf_bytes(PDF_WORDS))
            document.refresh_from_db()
            assert document.text_status == Status.PENDING
            assert document.extracted_text == ""
        assert READ_TASK not in task_log["enqueued"]
        for callback in callbacks:
            callback()
        assert task_log["enqueued"].count(READ_TASK) == 1
        document.refresh_from_db()
        assert document.text_status == Status.DONE

    @pytest.mark.parametrize(
        ("name", "make", "words"),
        [
            ("guide.pdf", lambda: pdf_bytes("Some opening words.", PDF_WORDS), PDF_WORDS),
            ("guide.docx", lambda: docx_bytes("Some opening words.", DOCX_WORDS), DOCX_WORDS),
            ("notes.txt", lambda: f"Some opening words.\n\n{TXT_WORDS}\n".encode(), TXT_WORDS),
        ],
        ids=["pdf", "docx", "txt"],
    )
    def test_the_words_of_a_file_are_read_and_a_resource_is_found_by_them(
        self, make_resource, task_log, name, make, words
    ):
        document = upload(name, make())

        assert document.text_status == Status.DONE
        assert document.text_note == ""
        assert document.text_source == text_source_of(document)
        assert words in document.extracted_text
        assert "Some opening words." in document.extracted_text
        # Whitespace is normalised: no line breaks or runs of spaces are stored.
        assert not re.search(r"\s{2,}|\n", document.extracted_text)
        assert [result.status for result in reads(task_log)] == [TaskResultStatus.SUCCESSFUL]

        resource = make_resource("A practical guide", document=document)
        other = make_resource("Another guide", document=upload("other.txt", b"Nothing in common here."))
        first_word, *_rest = words.split()
        assert first_word not in page_text(resource)

        assert search(first_word) == {resource.pk}
        assert search(Phrase(words)) == {resource.pk}
        # A real phrase query: the same words in another order are not that phrase.
        assert search(Phrase(" ".join(reversed(words.split())))) == set()
        assert other.pk in search("common")

    def test_words_in_a_word_table_are_read(self, make_resource):
        document = upload("table.docx", docx_bytes("Intro.", table_cell=TABLE_WORDS))
        assert document.text_status == Status.DONE
        assert TABLE_WORDS in document.extracted_text
        resource = make_resource("Counting guide", document=document)
        assert search("gorsemoor") == {resource.pk}

    def test_a_plain_text_file_in_windows_encoding_is_read(self):
        document = upload("notes.txt", "Caf\u00e9 wendlebury \u2013 r\u00e9sum\u00e9".encode("cp1252"))
        assert document.text_status == Status.DONE
        assert document.extracted_text == "Caf\u00e9 wendlebury \u2013 r\u00e9sum\u00e9"

    def test_a_resource_published_before_its_file_is_read_is_indexed_once_it_is(self, make_resource):
        with TestCase.captureOnCommitCallbacks(execute=True):
            document = new_document("guide.pdf", pdf_bytes(PDF_WORDS))
            resource = make_resource("A practical guide", document=document)
            # Published, but the words are not read until the transaction commits.
            assert search("zorblatt") == set()
        document.refresh_from_db()
        assert document.text_status == Status.DONE
        assert search("zorblatt") == {resource.pk}

    def test_replacing_the_file_reads_the_new_one_and_forgets_the_old_words(self, make_resource, task_log):
        document = upload("first-version.pdf", pdf_bytes(PDF_WORDS))
        resource = make_resource("A practical guide", document=document)
        assert search("zorblatt") == {resource.pk}
        old_name = document.file.name

        with TestCase.captureOnCommitCallbacks(execute=True):
            document.file = ContentFile(docx_bytes(DOCX_WORDS), name="second-version.docx")
            document._set_document_file_metadata()
            document.save()
        document.refresh_from_db()

        assert document.file.name != old_name
        assert document.text_source == text_source_of(document)
        assert document.text_status == Status.DONE
        assert DOCX_WORDS in document.extracted_text
        assert "zorblatt" not in document.extracted_text
        assert search("plimsoll") == {resource.pk}
        assert search(Phrase(DOCX_WORDS)) == {resource.pk}
        assert search("zorblatt") == set()
        assert task_log["enqueued"].count(READ_TASK) == 2

    def test_replacing_the_file_in_the_admin_reads_the_new_one(self, editor_client, make_resource):
        document = upload("first-version.pdf", pdf_bytes(PDF_WORDS), title="Annual report")
        resource = make_resource("A practical guide", document=document)
        data = {
            "title": "Annual report",
            "collection": str(document.collection_id),
            "tags": "",
            "file": SimpleUploadedFile("second-version.pdf", pdf_bytes(DOCX_WORDS), "application/pdf"),
        }

        with TestCase.captureOnCommitCallbacks(execute=True):
            response = editor_client.post(reverse("wagtaildocs:edit", args=(document.pk,)), data)

        assert response.status_code == 302
        document.refresh_from_db()
        assert document.file.name.endswith("second-version.pdf")
        assert document.text_status == Status.DONE
        assert search("plimsoll") == {resource.pk}
        assert search("zorblatt") == set()

    def test_replacing_the_file_in_the_admin_with_one_of_the_same_name_reads_it(
        self, editor_client, make_resource
    ):
        document = upload("annual-report.pdf", pdf_bytes(PDF_WORDS), title="Annual report")
        resource = make_resource("A practical guide", document=document)
        data = {
            "title": "Annual report",
            "collection": str(document.collection_id),
            "tags": "",
            "file": SimpleUploadedFile("annual-report.pdf", pdf_bytes(DOCX_WORDS), "application/pdf"),
        }

        with TestCase.captureOnCommitCallbacks(execute=True):
            response = editor_client.post(reverse("wagtaildocs:edit", args=(document.pk,)), data)

        assert response.status_code == 302
        document.refresh_from_db()
        assert document.file.read() == pdf_bytes(DOCX_WORDS)  # the new file is stored
        assert DOCX_WORDS in document.extracted_text
        assert search("plimsoll") == {resource.pk}
        assert search("zorblatt") == set()

    def test_a_title_only_edit_does_not_read_the_file_again(self, task_log):
        document = upload("guide.pdf", pdf_bytes(PDF_WORDS))
        before = (document.text_status, document.extracted_text, document.text_source)
        task_log["enqueued"].clear()

        document.title = "A better title"
        with TestCase.captureOnCommitCallbacks(execute=True):
            document.save()

        document.refresh_from_db()
        assert READ_TASK not in task_log["enqueued"]
        assert (document.text_status, document.extracted_text, document.text_source) == before

    def test_a_title_only_edit_in_the_admin_does_not_read_the_file_again(self, editor_client, task_log):
        document = upload("guide.pdf", pdf_bytes(PDF_WORDS))
        before = (document.text_status, document.extracted_text, document.text_source)
        task_log["enqueued"].clear()
        data = {"title": "A better title", "collection": str(document.collection_id), "tags": ""}

        with TestCase.captureOnCommitCallbacks(execute=True):
            response = editor_client.post(reverse("wagtaildocs:edit", args=(document.pk,)), data)

        assert response.status_code == 302
        document.refresh_from_db()
        assert document.title == "A better title"
        assert READ_TASK not in task_log["enqueued"]
        assert (document.text_status, document.extracted_text, document.text_source) == before

    def test_a_pdf_that_only_restricts_printing_is_read(self):
        """'Protected' PDFs with an owner password but no open password are read like any other."""
        data = encrypted_pdf(pdf_bytes(PDF_WORDS), user_password="", owner_password="owner-secret")
        assert PdfReader(io.BytesIO(data)).is_encrypted
        document = upload("restricted.pdf", data)
        assert document.text_status == Status.DONE
        assert PDF_WORDS in document.extracted_text


# 2. Only live, public resources are found -----------------------------------------------------------


@pytest.mark.django_db
class TestWhatSearchMayReturn:
    def test_a_draft_resource_is_not_found(self, make_resource):
        document = upload("guide.pdf", pdf_bytes(PDF_WORDS))
        draft = make_resource("A draft guide", document=document, publish=False)
        assert not draft.live
        assert search("zorblatt") == set()
        assert search("zorblatt", ResourcePage.objects.all()) == {draft.pk}  # indexed, filtered by live

    def test_an_unpublished_resource_is_no_longer_found(self, make_resource):
        resource = make_resource("A guide", document=upload("guide.pdf", pdf_bytes(PDF_WORDS)))
        assert search("zorblatt") == {resource.pk}
        resource.unpublish()
        assert search("zorblatt") == set()

    def test_a_private_resource_is_not_found_by_public_search(self, make_resource):
        public = make_resource("An open guide", document=upload("open.pdf", pdf_bytes(PDF_WORDS)))
        private = make_resource("A members' guide", document=upload("closed.pdf", pdf_bytes(PDF_WORDS)))
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

        assert search("zorblatt") == {public.pk, private.pk}
        assert search("zorblatt", ResourcePage.objects.live().public()) == {public.pk}
        assert search(Phrase(PDF_WORDS), ResourcePage.objects.live().public()) == {public.pk}


# 3 and 4. Files that cannot be read never fail the save ---------------------------------------------


def noise(size, seed=42):
    """Bytes that mean nothing, the same in every run."""
    return random.Random(seed).randbytes(size)


def truncated_pdf():
    data = pdf_bytes(PDF_WORDS)
    return data[: len(data) // 2]


def corrupt_pdf():
    return b"%PDF-1.4\n" + noise(4000)


def password_pdf():
    return encrypted_pdf(pdf_bytes(PDF_WORDS), user_password="secret")


def docx_that_is_not_a_zip():
    return b"PK\x03\x04 this is not really a Word file " + noise(2000)


def zip_that_is_not_a_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "Not a Word document.")
    return buffer.getvalue()


@pytest.mark.django_db
class TestFilesThatCannotBeRead:
    @pytest.mark.parametrize(
        ("name", "make", "note_words"),
        [
            ("random.pdf", lambda: noise(4000), "damaged"),
            ("corrupt.pdf", corrupt_pdf, "damaged"),
            ("truncated.pdf", truncated_pdf, "damaged"),
            ("protected.pdf", password_pdf, "password"),
            ("broken.docx", docx_that_is_not_a_zip, "damaged"),
            ("plain.docx", zip_that_is_not_a_docx, "damaged"),
        ],
        ids=["random-pdf", "corrupt-pdf", "truncated-pdf", "password-pdf", "corrupt-docx", "zip-not-docx"],
    )
    def test_the_document_is_saved_with_status_failed_and_a_note(self, task_log, name, make, note_words):
        data = make()
        document = upload(name, data, title="A difficult file")

        assert Document.objects.filter(pk=document.pk).exists()
        assert document.text_status == Status.FAILED
        assert document.extracted_text == ""
        assert note_words in document.text_note.lower()
        assert "search" in document.text_note.lower()
        assert document.text_source == text_source_of(document)
        # The task finished normally: the failure is recorded, not raised.
        assert [result.status for result in reads(task_log)] == [TaskResultStatus.SUCCESSFUL]
        # The file is still there to download.
        with document.open_file() as handle:
            assert handle.read() == data

    def test_the_password_note_names_the_password(self):
        document = upload("protected.pdf", password_pdf())
        assert document.text_note == (
            "The PDF is password-protected, so search cannot read the words inside it."
        )

    def test_a_word_file_that_inflates_hugely_is_refused(self):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("word/document.xml", b"\0" * (51 * 1024 * 1024))
        document = upload("bomb.docx", buffer.getvalue())
        assert len(buffer.getvalue()) < 1024 * 1024
        assert document.text_status == Status.FAILED
        assert "too large" in document.text_note

    def test_a_scan_without_words_is_empty_with_a_note(self):
        document = upload("scan.pdf", blank_pdf())
        assert document.text_status == Status.EMPTY
        assert document.extracted_text == ""
        assert "no words" in document.text_note.lower()
        assert "scan" in document.text_note.lower()

    @pytest.mark.parametrize("name", ["archive.zip", "figures.xlsx", "slides.pptx"])
    def test_an_unsupported_format_is_left_unread_without_error(self, task_log, name):
        document = upload(name, zip_that_is_not_a_docx())
        assert document.text_status == Status.UNSUPPORTED
        assert document.extracted_text == ""
        assert document.text_source == text_source_of(document)
        assert [result.status for result in reads(task_log)] == [TaskResultStatus.SUCCESSFUL]

    def test_a_resource_with_an_unreadable_file_is_still_found_by_its_title(self, make_resource):
        resource = make_resource("Quarrelsome paperwork", document=upload("protected.pdf", password_pdf()))
        assert search("quarrelsome") == {resource.pk}
        assert search("zorblatt") == set()


# 5. The cap on how many characters are kept --------------------------------------------------------


@pytest.mark.django_db
class TestLongFiles:
    def test_a_long_text_file_is_cut_to_the_cap(self, settings, make_resource):
        settings.DOCUMENT_TEXT_MAX_CHARS = 200
        words = " ".join(f"word{n}" for n in range(200))
        document = upload("long.txt", f"beginning marrowvale {words} finalword".encode())

        assert document.text_status == Status.TRUNCATED
        assert len(document.extracted_text) <= 200
        assert document.extracted_text.startswith("beginning marrowvale word0 word1")
        assert "finalword" not in document.extracted_text
        assert "200" in document.text_note
        assert "first" in document.text_note
        resource = make_resource("A long guide", document=document)
        assert search("marrowvale") == {resource.pk}
        assert search("finalword") == set()

    def test_a_long_pdf_is_cut_to_the_cap(self, settings):
        settings.DOCUMENT_TEXT_MAX_CHARS = 200
        document = upload("long.pdf", pdf_bytes(*[f"Paragraph {n} says something." for n in range(30)]))
        assert document.text_status == Status.TRUNCATED
        assert 0 < len(document.extracted_text) <= 200
        assert document.text_note

    def test_a_file_exactly_at_the_cap_is_not_truncated(self, settings):
        settings.DOCUMENT_TEXT_MAX_CHARS = 200
        document = upload("exact.txt", b"x" * 200)
        assert document.text_status == Status.DONE
        assert len(document.extracted_text) == 200
        assert document.text_note == ""


# 3. Through the real admin -------------------------------------------------------------------------


def resource_form(index, organisation, themes, document, **overrides):
    """POST data for the resource add form, as the admin's own form sends it."""
    fields = {
        "title": "A guide to listening",
        "slug": "a-guide-to-listening",
        "summary": "How teams learn to listen before they act.",
        "resource_type": "guide",
        "document": str(document.pk) if document else "",
        "external_url": "",
        "cover_image": "",
        "cover_image_alt": "",
        "publication_date": "2025-03-01",
        "author_organisation": str(organisation.pk),
        "tags": "",
        "body": streamfield([]),
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
    """What went wrong when the admin shows a form again instead of redirecting."""
    form = response.context.get("form") if response.context else None
    return form.errors if form is not None else response.content[:2000]


def warnings(response):
    """The warning messages the admin showed on the page a form redirected to."""
    return [str(message) for message in response.context["messages"] if message.level == messages.WARNING]


@pytest.mark.django_db
class TestTheAdminWithAnUnreadableFile:
    def test_an_editor_uploads_a_broken_pdf_and_publishes_a_resource_with_it(
        self, editor_client, index, organisation, themes
    ):
        broken = corrupt_pdf()
        data = {
            "title": "Broken evaluation",
            "file": SimpleUploadedFile("evaluation.pdf", broken, content_type="application/pdf"),
            "collection": str(Collection.get_first_root_node().pk),
            "tags": "",
        }
        with TestCase.captureOnCommitCallbacks(execute=True):
            uploaded = editor_client.post(reverse("wagtaildocs:add"), data)

        assert uploaded.status_code == 302, form_errors(uploaded)
        document = Document.objects.get(title="Broken evaluation")
        assert document.text_status == Status.FAILED
        assert document.file_size == len(broken)

        add_url = reverse("wagtailadmin_pages:add", args=("resources", "resourcepage", index.pk))
        with TestCase.captureOnCommitCallbacks(execute=True):
            created = editor_client.post(
                add_url, resource_form(index, organisation, [themes["human"]], document), follow=True
            )

        assert created.redirect_chain, form_errors(created)
        assert created.status_code == 200
        resource = ResourcePage.objects.get(slug="a-guide-to-listening")
        assert resource.live
        assert resource.document_id == document.pk
        assert warnings(created) == [
            "Search cannot read the words in the document \u2018Broken evaluation\u2019. The PDF seems to be "
            "damaged, so search cannot read the words inside it. The resource itself is saved."
        ]
        assert "Search cannot read the words in the document" in created.content.decode()

        edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=(resource.pk,)))
        assert edit.status_code == 200
        panel = WagtailTestUtils.get_soup(edit.content).select_one("[data-document-text-status]")
        assert panel is not None
        assert panel["data-document-text-status"] == "failed"
        text = " ".join(panel.get_text().split())
        assert "Could not be read" in text
        assert "The PDF seems to be damaged, so search cannot read the words inside it." in text
        assert "can still be published and downloaded" in text

    def test_a_readable_file_gives_no_warning_and_the_panel_says_so(
        self, editor_client, index, organisation, themes
    ):
        document = upload("guide.pdf", pdf_bytes(PDF_WORDS), title="A good file")
        add_url = reverse("wagtailadmin_pages:add", args=("resources", "resourcepage", index.pk))
        created = editor_client.post(
            add_url, resource_form(index, organisation, [themes["human"]], document), follow=True
        )
        assert created.redirect_chain, form_errors(created)
        resource = ResourcePage.objects.get(slug="a-guide-to-listening")
        assert resource.live
        assert warnings(created) == []
        assert "Search cannot read the words" not in created.content.decode()
        assert search("zorblatt") == {resource.pk}

        edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=(resource.pk,)))
        panel = WagtailTestUtils.get_soup(edit.content).select_one("[data-document-text-status]")
        assert panel["data-document-text-status"] == "done"
        assert "Words read" in panel.get_text()

    def test_editing_a_resource_whose_file_is_a_scan_warns_and_shows_the_panel(
        self, editor_client, index, organisation, themes, make_resource
    ):
        document = upload("scan.pdf", blank_pdf(), title="Scanned minutes")
        resource = make_resource("A scanned guide", document=document)
        edit_url = reverse("wagtailadmin_pages:edit", args=(resource.pk,))
        data = resource_form(
            index, organisation, [themes["human"]], document, title=resource.title, slug=resource.slug
        )

        edited = editor_client.post(edit_url, data, follow=True)

        assert edited.redirect_chain, form_errors(edited)
        assert warnings(edited) == [
            "Search cannot read the words in the document \u2018Scanned minutes\u2019. No words were found "
            "in the file (it may be a scan). Search will find it by its title only. The resource itself is "
            "saved."
        ]
        assert "Search cannot read the words in the document" in edited.content.decode()
        page = editor_client.get(edit_url)
        panel = WagtailTestUtils.get_soup(page.content).select_one("[data-document-text-status]")
        assert panel["data-document-text-status"] == "empty"
        assert "may be a scan" in panel.get_text()

    def test_a_resource_without_a_document_has_no_panel(self, editor_client, make_resource):
        resource = make_resource("A website", external_url="https://example.org/toolkit")
        page = editor_client.get(reverse("wagtailadmin_pages:edit", args=(resource.pk,)))
        assert page.status_code == 200
        assert WagtailTestUtils.get_soup(page.content).select_one("[data-document-text-status]") is None


# 7. Private documents ------------------------------------------------------------------------------


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Members only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def downloaded(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.django_db
class TestPrivateDocuments:
    def test_anonymous_visitors_cannot_download_a_private_document(self, client, private_collection):
        data = pdf_bytes("Members only.")
        document = upload("members.pdf", data, collection=private_collection)

        response = client.get(document.url)

        # Wagtail's front-end login, which brings the visitor back to the file afterwards.
        assert response.status_code == 302
        assert response["Location"] == f"{reverse('wagtailcore_login')}?next={document.url}"
        assert data not in downloaded(response)

    def test_a_signed_in_editor_can_download_a_private_document(self, editor_client, private_collection):
        data = pdf_bytes("Members only.")
        document = upload("members.pdf", data, collection=private_collection)

        response = editor_client.get(document.url)

        assert response.status_code == 200
        assert downloaded(response) == data

    def test_anyone_can_download_a_public_document(self, client):
        data = pdf_bytes("For everyone.")
        document = upload("open.pdf", data)

        response = client.get(document.url)

        assert response.status_code == 200
        assert downloaded(response) == data


@pytest.fixture
def media_urls():
    """The project's URLconf as built when SERVE_MEDIA is on (development), restored afterwards."""
    import site_config.urls

    with override_settings(SERVE_MEDIA=True):
        importlib.reload(site_config.urls)
        clear_url_caches()
        yield site_config.urls
    importlib.reload(site_config.urls)
    clear_url_caches()


@pytest.fixture
def media_files(settings):
    """A private document's file and an image file under MEDIA_ROOT."""
    root = settings.MEDIA_ROOT
    os.makedirs(os.path.join(root, "documents"), exist_ok=True)
    os.makedirs(os.path.join(root, "original_images"), exist_ok=True)
    with open(os.path.join(root, "documents", "secret.pdf"), "wb") as handle:
        handle.write(b"%PDF-1.4 secret")
    with open(os.path.join(root, "original_images", "picture.png"), "wb") as handle:
        handle.write(b"\x89PNG picture")
    return root


def serves_media(path):
    try:
        return resolve(path).func is core_views.serve_media
    except Resolver404:
        return False


@pytest.mark.django_db
class TestMediaServingLeavesDocumentsOut:
    def test_without_serve_media_no_media_is_served(self):
        assert not serves_media("/media/original_images/picture.png")

    def test_images_are_served_but_documents_are_not(self, client, media_urls, media_files):
        assert serves_media("/media/original_images/picture.png")

        image = client.get("/media/original_images/picture.png")
        assert image.status_code == 200
        assert downloaded(image) == b"\x89PNG picture"
        assert client.get("/media/documents/secret.pdf").status_code == 404

    @pytest.mark.parametrize(
        "path",
        [
            "/media//documents/secret.pdf",
            "/media/./documents/secret.pdf",
            "/media/original_images/../documents/secret.pdf",
        ],
        ids=["double-slash", "dot", "dot-dot"],
    )
    def test_documents_cannot_be_reached_by_a_roundabout_path(self, client, media_urls, media_files, path):
        response = client.get(path)
        assert response.status_code == 404


# 8. Download details -------------------------------------------------------------------------------


@pytest.mark.django_db
class TestDownloadDetails:
    def test_format_and_size(self):
        document = upload("handout.txt", b"x" * 2150)
        assert document.download_details == "TXT, 2.1\xa0KB"

    def test_a_pdf(self):
        data = pdf_bytes(PDF_WORDS)
        document = upload("Guide.PDF", data)
        assert document.file_size == len(data)
        assert document.download_details == f"PDF, {filesizeformat(len(data))}"
        assert re.fullmatch(r"PDF, \d+(\.\d)?\xa0(bytes|KB)", document.download_details)

    def test_megabytes(self):
        document = upload("big.txt", b"y" * (1024 * 1024 + 300 * 1024))
        assert document.download_details == "TXT, 1.3\xa0MB"

    def test_the_resource_page_shows_them_on_the_download_button(self, client, make_resource):
        document = upload("guide.pdf", pdf_bytes(PDF_WORDS), title="The guide")
        resource = make_resource("A practical guide", document=document)

        response = client.get(resource.url)

        assert response.status_code == 200
        soup = WagtailTestUtils.get_soup(response.content)
        button = soup.select_one("a.get-resource__button")
        assert button["href"] == document.url
        details = button.select_one(".get-resource__details").get_text()
        assert details == f"({document.download_details})"
        assert details.startswith("(PDF, ")
