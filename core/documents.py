"""Reading the words inside uploaded documents, so that search finds a resource by what its file says.

When a document is saved with a new file, `read_document_text` is queued as a background task (django-tasks).
It reads PDF, Word (.docx) and plain-text files, keeps at most settings.DOCUMENT_TEXT_MAX_CHARS characters,
and records a status and a note for editors. A broken, encrypted or unexpected file never fails the save:
the task catches the error, writes a note, and the document stays downloadable.
"""

import io
import logging
import re
import zipfile

from django.conf import settings
from django.db import transaction
from django.dispatch import Signal
from django.utils.translation import gettext as _
from django_tasks import task

logger = logging.getLogger(__name__)

# Sent after the words of a document have been read (or could not be), so pages that index them can
# re-index. Arguments: document.
document_text_read = Signal()

PLAIN_TEXT_EXTENSIONS = {"txt", "csv"}
# A .docx is a zip of XML; refuse absurdly large members rather than inflate a "zip bomb" into memory.
MAX_DOCX_XML_BYTES = 50 * 1024 * 1024
WHITESPACE_RE = re.compile(r"\s+")


class UnreadableDocument(Exception):
    """The file cannot be read; the message is shown to editors as it is."""


def _read_pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many "protected" PDFs only restrict printing and open with an empty password.
            try:
                opened = reader.decrypt("")
            except Exception:  # pypdf raises several types for unsupported encryption
                opened = 0
            if not opened:
                raise UnreadableDocument(
                    _("The PDF is password-protected, so search cannot read the words inside it.")
                )
        return "\n".join((page.extract_text() or "") for page in reader.pages)
    except UnreadableDocument:
        raise
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
    ) as error:
        raise UnreadableDocument(
            _("The PDF seems to be damaged, so search cannot read the words inside it.")
        ) from error


def _read_docx(data: bytes) -> str:
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_DOCX_XML_BYTES:
                raise UnreadableDocument(_("The Word file is too large inside to read for search."))
        document = docx.Document(io.BytesIO(data))
    except UnreadableDocument:
        raise
    except Exception as error:  # python-docx raises zipfile, lxml and KeyError failures for bad files
        raise UnreadableDocument(
            _("The Word file seems to be damaged, so search cannot read the words inside it.")
        ) from error
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _read_plain_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


READERS = {"pdf": _read_pdf, "docx": _read_docx, **{ext: _read_plain_text for ext in PLAIN_TEXT_EXTENSIONS}}


def extract_text(document):
    """(status, text, note) for a document, never raising for a bad file."""
    Status = type(document).TextStatus
    reader = READERS.get((document.file_extension or "").lower())
    if reader is None:
        return Status.UNSUPPORTED, "", ""
    try:
        with document.open_file() as handle:
            data = handle.read()
        text = WHITESPACE_RE.sub(" ", reader(data)).strip()
    except UnreadableDocument as error:
        return Status.FAILED, "", str(error)
    except Exception:
        logger.exception("Could not read the words in document %s", document.pk)
        return Status.FAILED, "", _("Search could not read the words inside this file.")
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
    return Status.DONE, text, ""


@task()
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
