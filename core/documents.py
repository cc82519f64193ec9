"""Reading the words inside uploaded documents, so that search finds a resource by what its file says.

When a document is saved with a new file, `read_document_text` is queued as a background task (django-tasks)
on the "documents" queue, apart from email. It reads PDF, Word (.docx) and plain-text files in a child
process with a time limit, a memory limit and a page cap (core.docreader; DOCUMENT_READ_SECONDS,
DOCUMENT_READ_MEMORY_MB, DOCUMENT_READ_MAX_PAGES), keeps at most settings.DOCUMENT_TEXT_MAX_CHARS
characters, and records a status and a note for editors. A broken, encrypted, hostile or unexpected file
never fails the save and never harms the worker: the note says what happened, and the document stays
downloadable.
"""

import io
import logging
import os
import shutil
import tempfile

from django.conf import settings
from django.db import transaction
from django.dispatch import Signal
from django.utils.translation import gettext as _
from django_tasks import task

from core import docreader

logger = logging.getLogger(__name__)

# Sent after the words of a document have been read (or could not be), so pages that index them can
# re-index. Arguments: document.
document_text_read = Signal()

# Reading runs on a queue of its own, so a slow file never keeps email (the default queue) waiting.
QUEUE = "documents"


def failure_note(code):
    """What editors are told when a file cannot be read, by docreader's failure code."""
    notes = {
        "password": _("The PDF is password-protected, so search cannot read the words inside it."),
        "damaged-pdf": _("The PDF seems to be damaged, so search cannot read the words inside it."),
        "damaged-docx": _("The Word file seems to be damaged, so search cannot read the words inside it."),
        "docx-too-large": _("The Word file is too large inside to read for search."),
    }
    return notes.get(code, _("Search could not read the words inside this file."))


def limits():
    return docreader.Limits(
        seconds=settings.DOCUMENT_READ_SECONDS,
        memory_mb=settings.DOCUMENT_READ_MEMORY_MB,
        max_pages=settings.DOCUMENT_READ_MAX_PAGES,
        max_chars=settings.DOCUMENT_TEXT_MAX_CHARS,
    )


def _read(document, file_format):
    """The file's words, read by a child process (core.docreader) from a local copy of the file, or from
    the file itself where the storage is a local folder."""
    try:
        path = document.file.path
    except NotImplementedError:  # remote storage (S3): copy it to a temporary file first
        path = None
    if path and os.path.exists(path):
        return docreader.read_file(path, file_format, limits())
    with tempfile.NamedTemporaryFile(suffix=f".{file_format}") as copy:
        with document.open_file() as handle:
            shutil.copyfileobj(handle, copy)
        copy.flush()
        return docreader.read_file(copy.name, file_format, limits())


def _read_docx(data):
    """The paragraphs of a Word file given as bytes, one a line, read in this process: only for files the
    site makes itself (the demo's tests check the demo's files with it); uploads go through _read."""
    return "\n".join(docreader.docx_parts(io.BytesIO(data)))


def extract_text(document):
    """(status, text, note) for a document, never raising for a bad or hostile file."""
    Status = type(document).TextStatus
    file_format = (document.file_extension or "").lower()
    if file_format not in docreader.FORMATS:
        return Status.UNSUPPORTED, "", ""
    try:
        words = _read(document, file_format)
    except docreader.TooLong:
        logger.warning("Reading document %s took longer than %ss: stopped", document.pk, limits().seconds)
        note = _(
            "The file took too long to read for search (more than %(seconds)s seconds), so search finds it "
            "by its title and description only."
        ) % {"seconds": f"{limits().seconds:g}"}
        return Status.FAILED, "", note
    except docreader.TooLarge:
        logger.warning("Reading document %s needed more than %s MB: stopped", document.pk, limits().memory_mb)
        note = _(
            "The file is too large to read for search (reading it needs more than %(megabytes)s MB of "
            "memory), so search finds it by its title and description only."
        ) % {"megabytes": limits().memory_mb}
        return Status.FAILED, "", note
    except docreader.ReadFailed as failure:
        if failure.code == "unexpected":
            logger.error("Could not read the words in document %s: %s", document.pk, failure.detail)
        return Status.FAILED, "", failure_note(failure.code)
    except Exception:
        logger.exception("Could not read the words in document %s", document.pk)
        return Status.FAILED, "", failure_note("unexpected")
    text = docreader.WHITESPACE_RE.sub(" ", words.text).strip()
    if not text:
        return (
            Status.EMPTY,
            "",
            _("No words were found in the file (it may be a scan). Search will find it by its title only."),
        )
    limit = settings.DOCUMENT_TEXT_MAX_CHARS
    if len(text) > limit:
        note = _("The file is long: search covers its first %(count)s characters.") % {"count": f"{limit:,}"}
        return Status.TRUNCATED, text[:limit], note
    if words.more_pages:
        note = _("The file has more than %(pages)s pages: search covers its first %(pages)s pages.") % {
            "pages": f"{words.pages:,}"
        }
        return Status.TRUNCATED, text, note
    return Status.DONE, text, ""


@task(queue_name=QUEUE)
def read_document_text(document_id):
    from wagtail.documents import get_document_model

    Document = get_document_model()
    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        return
    name, source = document.file.name, text_source_of(document)
    status, text, note = extract_text(document)
    # update() rather than save(): the file has not changed, so this must not queue another read. The
    # filter skips the write if a newer file arrived meanwhile (its own read is queued).
    updated = Document.objects.filter(pk=document_id, file=name, file_hash=document.file_hash).update(
        extracted_text=text, text_status=status, text_note=note[:500], text_source=source
    )
    if updated:
        document.extracted_text, document.text_status, document.text_note = text, status, note
        document_text_read.send(sender=Document, document=document)


def text_source_of(document):
    """What identifies the file the words came from: its stored name and its contents' hash. A new upload
    with the same name (Wagtail deletes the old file first) has a new hash, so it is read again."""
    return f"{document.file.name}#{document.file_hash}"[:255]


def queue_text_reading(sender, instance, raw=False, **kwargs):
    """post_save of the document model: read the words again when the file is new."""
    if raw or not instance.file or text_source_of(instance) == instance.text_source:
        return
    type(instance).objects.filter(pk=instance.pk).update(text_status=sender.TextStatus.PENDING, text_note="")
    document_id = instance.pk
    transaction.on_commit(lambda: read_document_text.enqueue(document_id))
