"""Issue 19, security hardening: the words of private documents, and documents built to wear the worker out.

1. A document in a private collection (a view restriction on its collection or a collection above it) is
   downloadable only by those the restriction lets in, so its words must never find a public page: not on
   the search page, not in the resource library's keyword box, not through the open data API. They leave
   the index when the collection becomes private or the document moves into a private collection, and come
   back when it is public again. Every change is made as an editor makes it, through the admin.
2. A hostile file (a small PDF whose pages share one huge content stream, a small Word file holding tens of
   megabytes of XML) is read in a child process with a time limit, a memory limit and a page cap: it ends
   with a clear note, the process that asked is unharmed, and reading runs on its own task queue so email is
   never behind it.

Files are built here, small, and the limits are set low so the tests stay fast. Search runs on the real
backend (SQLite FTS5 or PostgreSQL, as DATABASE_URL says).
"""

import io
import resource
import time
import zipfile

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_tasks import DEFAULT_TASK_QUEUE_NAME
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.test.utils import WagtailTestUtils

from core.documents import read_document_text
from newsletter.delivery import deliver_issue, send_subscription_email
from tests.factories import ResourcePageFactory
from tests.test_api import ids as api_ids
from tests.test_document_text import docx_bytes, pdf_bytes, upload
from tests.test_subscriptions import sign_up

Document = get_document_model()
Status = Document.TextStatus

# Made-up words that appear only inside the files.
PRIVATE_WORDS = "quillfeather embargoed tenancy"
PUBLIC_WORDS = "brackenridge ledger almanac"


# 1. Private documents' words -------------------------------------------------------------------------


def site_search(client, words):
    response = client.get("/search/", {"q": f'"{words}"'})
    assert response.status_code == 200
    return {page.pk for page in response.context["results"]}


def library_search(client, words):
    # The resource library's keyword box is its `q` parameter (core.filtering.LibraryFilter).
    response = client.get("/resources/", {"q": f'"{words}"'})
    assert response.status_code == 200
    return {page.pk for page in response.context["library"].page.object_list}


def api_search(client, words):
    return api_ids(client, search=words)


WHERE = {"site search": site_search, "resource library": library_search, "open data API": api_search}


@pytest.fixture(params=list(WHERE))
def finds(request, client):
    """finds(words) -> the ids of the pages those words find, in one of the three public ways to search."""
    search = WHERE[request.param]
    return lambda words: search(client, words)


@pytest.fixture
def members(db):
    """A private collection: only signed-in users may download its documents."""
    collection = Collection.get_first_root_node().add_child(name="Members only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


@pytest.fixture
def shelf(db):
    """A public collection."""
    return Collection.get_first_root_node().add_child(name="Shelf")


@pytest.fixture
def make_resource(resource_library, themes):
    def make(title, document):
        return ResourcePageFactory(
            parent=resource_library, title=title, document=document, themes=[themes["human"]]
        )

    return make


@pytest.fixture
def editor(client, superuser):
    client.force_login(superuser)
    return client


def as_editor(superuser):
    """A separate client signed in as the editor, so the visitor's client stays anonymous."""
    from django.test import Client

    editor = Client()
    editor.force_login(superuser)
    return editor


def set_privacy(superuser, collection, restriction_type):
    """The collection's Privacy dialog in the admin, as an editor uses it."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = as_editor(superuser).post(
            reverse("wagtailadmin_collections:set_privacy", args=(collection.pk,)),
            {"restriction_type": restriction_type, "password": "", "groups": []},
        )
    assert response.status_code == 200
    assert CollectionViewRestriction.objects.filter(collection=collection).exists() == (
        restriction_type != CollectionViewRestriction.NONE
    )


def move_document(superuser, document, collection):
    """The document's edit form in the admin, with another collection chosen."""
    data = {"title": document.title, "collection": str(collection.pk), "tags": ""}
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = as_editor(superuser).post(reverse("wagtaildocs:edit", args=(document.pk,)), data)
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.collection_id == collection.pk


@pytest.mark.django_db
class TestPrivateDocumentWords:
    def test_words_of_a_private_document_find_nothing_and_public_ones_do(self, finds, make_resource, members):
        private = make_resource(
            "Tenancy support guide", upload("private.pdf", pdf_bytes(PRIVATE_WORDS), collection=members)
        )
        public = make_resource("Open ledger guide", upload("public.pdf", pdf_bytes(PUBLIC_WORDS)))

        assert finds(PRIVATE_WORDS) == set()
        assert finds(PUBLIC_WORDS) == {public.pk}
        # The page's own public text still finds it.
        assert finds("tenancy support guide") == {private.pk}

    def test_a_document_in_a_collection_below_a_private_one_is_private_too(
        self, finds, make_resource, members
    ):
        below = members.add_child(name="Board papers")
        make_resource("Board guide", upload("board.docx", docx_bytes(PRIVATE_WORDS), collection=below))
        assert finds(PRIVATE_WORDS) == set()

    def test_making_the_collection_private_removes_the_words_and_public_again_brings_them_back(
        self, finds, make_resource, shelf, superuser
    ):
        resource = make_resource("A guide", upload("guide.pdf", pdf_bytes(PRIVATE_WORDS), collection=shelf))
        assert finds(PRIVATE_WORDS) == {resource.pk}

        set_privacy(superuser, shelf, CollectionViewRestriction.LOGIN)
        assert finds(PRIVATE_WORDS) == set()
        assert finds("a guide") == {resource.pk}

        set_privacy(superuser, shelf, CollectionViewRestriction.NONE)
        assert finds(PRIVATE_WORDS) == {resource.pk}

    def test_making_a_parent_collection_private_removes_the_words(
        self, client, make_resource, shelf, superuser
    ):
        below = shelf.add_child(name="Drafts")
        resource = make_resource("A guide", upload("guide.txt", PRIVATE_WORDS.encode(), collection=below))
        assert site_search(client, PRIVATE_WORDS) == {resource.pk}

        set_privacy(superuser, shelf, CollectionViewRestriction.LOGIN)
        assert site_search(client, PRIVATE_WORDS) == set()

        set_privacy(superuser, shelf, CollectionViewRestriction.NONE)
        assert site_search(client, PRIVATE_WORDS) == {resource.pk}

    def test_a_password_restriction_keeps_the_words_out_too(self, client, make_resource, shelf):
        resource = make_resource("A guide", upload("guide.pdf", pdf_bytes(PRIVATE_WORDS), collection=shelf))
        restriction = CollectionViewRestriction.objects.create(
            collection=shelf, restriction_type=CollectionViewRestriction.PASSWORD, password="open sesame"
        )
        assert site_search(client, PRIVATE_WORDS) == set()
        restriction.delete()
        assert site_search(client, PRIVATE_WORDS) == {resource.pk}

    def test_moving_a_document_into_a_private_collection_removes_its_words_and_back_again(
        self, finds, make_resource, members, superuser
    ):
        document = upload("guide.pdf", pdf_bytes(PRIVATE_WORDS))
        resource = make_resource("A guide", document)
        assert finds(PRIVATE_WORDS) == {resource.pk}

        move_document(superuser, document, members)
        assert finds(PRIVATE_WORDS) == set()

        move_document(superuser, document, Collection.get_first_root_node())
        assert finds(PRIVATE_WORDS) == {resource.pk}

    def test_moving_documents_in_bulk_into_a_private_collection_removes_their_words(
        self, client, make_resource, members, superuser
    ):
        first = make_resource("First guide", upload("one.pdf", pdf_bytes(PRIVATE_WORDS)))
        second = make_resource("Second guide", upload("two.txt", PRIVATE_WORDS.encode()))
        assert site_search(client, PRIVATE_WORDS) == {first.pk, second.pk}

        url = reverse(
            "wagtail_bulk_action",
            args=(Document._meta.app_label, Document._meta.model_name, "add_to_collection"),
        )
        query = "&".join(f"id={page.document_id}" for page in (first, second))
        with TestCase.captureOnCommitCallbacks(execute=True):
            response = as_editor(superuser).post(f"{url}?{query}", {"collection": str(members.pk)})
        assert response.status_code == 302
        assert set(Document.objects.values_list("collection", flat=True)) == {members.pk}

        assert site_search(client, PRIVATE_WORDS) == set()

    def test_moving_a_collection_under_a_private_one_removes_its_documents_words(
        self, client, make_resource, members, shelf, superuser
    ):
        resource = make_resource("A guide", upload("guide.pdf", pdf_bytes(PRIVATE_WORDS), collection=shelf))
        assert site_search(client, PRIVATE_WORDS) == {resource.pk}

        with TestCase.captureOnCommitCallbacks(execute=True):
            response = as_editor(superuser).post(
                reverse("wagtailadmin_collections:edit", args=(shelf.pk,)),
                {"name": "Shelf", "parent": str(members.pk)},
            )
        assert response.status_code == 302
        shelf.refresh_from_db()
        assert shelf.get_parent().pk == members.pk

        assert site_search(client, PRIVATE_WORDS) == set()

    def test_a_full_reindex_keeps_private_words_out(self, client, make_resource, members):
        private = make_resource("Closed guide", upload("p.pdf", pdf_bytes(PRIVATE_WORDS), collection=members))
        public = make_resource("Open guide", upload("o.pdf", pdf_bytes(PUBLIC_WORDS)))

        call_command("update_index", verbosity=0)

        assert site_search(client, PRIVATE_WORDS) == set()
        assert site_search(client, PUBLIC_WORDS) == {public.pk}
        assert site_search(client, "closed guide") == {private.pk}

    def test_the_words_are_read_even_while_private_so_they_return_at_once(
        self, client, make_resource, members
    ):
        document = upload("guide.pdf", pdf_bytes(PRIVATE_WORDS), collection=members)
        assert document.text_status == Status.DONE
        resource = make_resource("A guide", document)
        assert site_search(client, PRIVATE_WORDS) == set()

        CollectionViewRestriction.objects.filter(collection=members).delete()
        assert site_search(client, PRIVATE_WORDS) == {resource.pk}

    def test_the_editor_is_told_that_a_private_documents_words_are_not_searchable(
        self, editor, make_resource, members
    ):
        resource = make_resource("A guide", upload("guide.pdf", pdf_bytes(PRIVATE_WORDS), collection=members))
        page = editor.get(reverse("wagtailadmin_pages:edit", args=(resource.pk,)))
        panel = WagtailTestUtils.get_soup(page.content).select_one("[data-document-text-status]")
        text = " ".join(panel.get_text().split())
        assert "private collection" in text
        assert "search does not use the words inside it" in text

    def test_privacy_changes_read_documents_and_their_privacy_in_a_fixed_number_of_queries(
        self, make_resource, shelf
    ):
        """Making a collection private reindexes every resource offering its documents. Which resources,
        their documents and whether each is private are read in queries that do not grow with their
        number (writing each page's index entry is the search backend's own work)."""
        tables = ("searchabledocument", "wagtailcore_collection", "collectionviewrestriction")

        def privacy_queries_to_restrict(count):
            collection = shelf.add_child(name=f"Batch of {count}")
            for number in range(count):
                make_resource(
                    f"Guide {count}-{number}", upload(f"g{number}.txt", b"words", collection=collection)
                )
            with CaptureQueriesContext(connection) as captured:
                CollectionViewRestriction.objects.create(
                    collection=collection, restriction_type=CollectionViewRestriction.LOGIN
                )
            return [query["sql"] for query in captured if any(table in query["sql"] for table in tables)]

        assert len(privacy_queries_to_restrict(6)) == len(privacy_queries_to_restrict(2)) <= 4


# 2. Hostile files ----------------------------------------------------------------------------------------


def shared_stream_pdf(pages=40, stream_bytes=400_000):
    """A small PDF whose pages all draw one content stream of `stream_bytes` text operations that show
    nothing: each page takes seconds to read and gives no words, so stopping at the character cap cannot
    save the reader. (Issue 19 saw 200 pages sharing 5 MB in 46 KB.)"""
    writer = PdfWriter()
    operation = b"BT /F1 9 Tf 20 20 Td () Tj ET\n"
    stream = DecodedStreamObject()
    stream.set_data(operation * (stream_bytes // len(operation)))
    contents = writer._add_object(stream.flate_encode(level=9))
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    resources = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    for _ in range(pages):
        page = writer.add_blank_page(width=595, height=842)
        page[NameObject("/Contents")] = contents
        page[NameObject("/Resources")] = resources
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def xml_heavy_docx(xml_bytes=12_000_000):
    """A small Word file whose document part is `xml_bytes` of one-letter paragraphs: its parsed tree
    takes twenty times that in memory. (Issue 19 saw 49 MB of XML in 150 KB.)"""
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    head = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{namespace}"><w:body>'
    )
    tail = "</w:body></w:document>"
    paragraph = "<w:p><w:r><w:t>a</w:t></w:r></w:p>"
    body = paragraph * ((xml_bytes - len(head) - len(tail)) // len(paragraph))
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>'
    )
    relationships = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", relationships)
        archive.writestr("word/document.xml", head + body + tail)
    return buffer.getvalue()


def many_page_pdf(pages):
    """A PDF of `pages` pages, page n saying "kettlewick<n>"."""
    writer = PdfWriter()
    for number in range(1, pages + 1):
        writer.append(PdfReader(io.BytesIO(pdf_bytes(f"Page {number} says kettlewick{number}."))))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture
def low_limits(settings):
    settings.DOCUMENT_READ_SECONDS = 2
    settings.DOCUMENT_READ_MEMORY_MB = 200
    settings.DOCUMENT_READ_MAX_PAGES = 50
    return settings


def own_peak_memory_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.django_db
class TestHostileFiles:
    def test_a_pdf_whose_pages_share_one_huge_stream_stops_at_the_time_limit(self, low_limits):
        data = shared_stream_pdf()
        assert len(data) < 20_000

        started = time.monotonic()
        document = upload("hostile.pdf", data, title="Hostile PDF")
        took = time.monotonic() - started

        assert took < low_limits.DOCUMENT_READ_SECONDS + 3
        assert document.text_status == Status.FAILED
        assert document.extracted_text == ""
        assert document.text_note == (
            "The file took too long to read for search (more than 2 seconds), so search finds it by its "
            "title and description only."
        )
        with document.open_file() as handle:
            assert handle.read() == data  # still there to download

    def test_a_word_file_full_of_xml_stops_at_the_memory_limit_outside_this_process(self, low_limits):
        data = xml_heavy_docx()
        assert len(data) < 100_000
        peak_before = own_peak_memory_mb()
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)

        started = time.monotonic()
        document = upload("hostile.docx", data, title="Hostile Word file")
        took = time.monotonic() - started

        assert took < low_limits.DOCUMENT_READ_SECONDS + 3
        assert document.text_status == Status.FAILED
        assert document.text_note == (
            "The file is too large to read for search (reading it needs more than 200 MB of memory), so "
            "search finds it by its title and description only."
        )
        # The parse ran in a child process; this one (the worker's stand-in) did not grow.
        children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        assert (
            children_after.ru_utime + children_after.ru_stime
            > children_before.ru_utime + children_before.ru_stime
        )
        assert own_peak_memory_mb() - peak_before < 50
        # And it carries on reading the next file.
        assert upload("next.docx", docx_bytes(PUBLIC_WORDS)).text_status == Status.DONE

    def test_the_page_cap_reads_the_first_pages_and_says_so(self, low_limits, settings):
        settings.DOCUMENT_READ_MAX_PAGES = 3
        document = upload("long.pdf", many_page_pdf(6))

        assert document.text_status == Status.TRUNCATED
        assert "kettlewick3" in document.extracted_text
        assert "kettlewick4" not in document.extracted_text
        assert document.text_note == "The file has more than 3 pages: search covers its first 3 pages."

    @pytest.mark.parametrize(
        ("name", "make"),
        [("guide.pdf", lambda: pdf_bytes(PUBLIC_WORDS)), ("guide.docx", lambda: docx_bytes(PUBLIC_WORDS))],
        ids=["pdf", "docx"],
    )
    def test_ordinary_files_still_read_within_the_limits(self, low_limits, name, make):
        document = upload(name, make())
        assert document.text_status == Status.DONE
        assert PUBLIC_WORDS in document.extracted_text
        assert document.text_note == ""

    def test_the_admin_panel_shows_the_limit_note(self, editor, low_limits, make_resource):
        resource_page = make_resource("A hostile guide", upload("hostile.pdf", shared_stream_pdf()))
        page = editor.get(reverse("wagtailadmin_pages:edit", args=(resource_page.pk,)))
        panel = WagtailTestUtils.get_soup(page.content).select_one("[data-document-text-status]")
        assert panel["data-document-text-status"] == "failed"
        text = " ".join(panel.get_text().split())
        assert "took too long to read for search" in text
        assert "can still be published and downloaded" in text


# 3. Queues ---------------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestQueues:
    def test_reading_documents_has_its_own_queue_and_email_keeps_the_default_one(self, settings):
        assert read_document_text.queue_name == "documents"
        assert send_subscription_email.queue_name == DEFAULT_TASK_QUEUE_NAME
        assert deliver_issue.queue_name == DEFAULT_TASK_QUEUE_NAME
        assert set(settings.TASKS["default"]["QUEUES"]) == {DEFAULT_TASK_QUEUE_NAME, "documents"}

    @pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the worker commits, as in life
    def test_a_sign_up_email_is_sent_while_a_hostile_document_waits_on_its_own_queue(
        self, settings, client, locales, low_limits
    ):
        """The real database queue: a worker of the default queue sends the confirmation at once, though a
        hostile document was queued first; a worker of the documents queue then reads the document."""
        from django_tasks_db.models import DBTaskResult

        from site_config.settings import base

        settings.TASKS = base.TASKS
        document = upload("hostile.pdf", shared_stream_pdf(), title="Queued first")
        with TestCase.captureOnCommitCallbacks(execute=True):
            response = sign_up(client, "reader@example.org")
        assert response.status_code == 302
        queued = dict(DBTaskResult.objects.values_list("task_path", "queue_name"))
        assert queued[read_document_text.module_path] == "documents"
        assert queued[send_subscription_email.module_path] == DEFAULT_TASK_QUEUE_NAME

        call_command(
            "db_worker",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            "--queue-name",
            "default",
            verbosity=0,
        )
        assert [message.to for message in mail.outbox] == [["reader@example.org"]]
        document.refresh_from_db()
        assert document.text_status == Status.PENDING

        call_command(
            "db_worker",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            "--queue-name",
            "documents",
            verbosity=0,
        )
        document.refresh_from_db()
        assert document.text_status == Status.FAILED
        assert "took too long" in document.text_note
