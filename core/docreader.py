"""Reading the words of one file in a child process, within limits, so that no file can harm the worker.

A small PDF can make every one of its pages draw the same huge content stream, and a small Word file can
hold tens of megabytes of XML: read in the worker itself, either kept it busy for many minutes or grew it
past a gigabyte (issue 19). So `read_file` starts a fresh Python process (`python -I core/docreader.py`),
which first limits its own address space (RLIMIT_AS) and CPU time (RLIMIT_CPU, a backstop) and then reads
the file; the parent kills it at the time limit. It reads at most `max_pages` pages and stops once it has
more than `max_chars` characters. Nothing here imports Django: the child only needs pypdf and python-docx,
and core.documents turns the outcome into a status and a note for editors.

Protocol: the child writes one JSON object to stdout, {"text": ..., "pages": n, "more_pages": bool} or
{"error": code}; an uncaught failure leaves a traceback on stderr and a non-zero exit status.
"""

import json
import os
import re
import signal
import subprocess
import sys
import traceback
import zipfile
from dataclasses import dataclass

FORMATS = ("pdf", "docx", "txt", "csv")
# A .docx is a zip of XML; refuse absurdly large members before inflating them at all.
MAX_DOCX_XML_BYTES = 50 * 1024 * 1024
WHITESPACE_RE = re.compile(r"\s+")
# How close to the memory limit the child's peak must be for a failure to count as running out of
# memory: libxml2 reports a failed allocation as an "unknown error" of the XML, not as MemoryError.
NEAR_LIMIT = 0.8
MEMORY_EXIT_STATUS = 3


@dataclass(frozen=True)
class Limits:
    seconds: float
    memory_mb: int
    max_pages: int
    max_chars: int


@dataclass(frozen=True)
class Words:
    text: str
    pages: int | None  # pages read, for PDFs
    more_pages: bool  # the page cap stopped the reading before the end


class ReadFailed(Exception):
    """The file could not be read; `code` says why (core.documents turns it into a note for editors) and
    `detail` is for the logs."""

    def __init__(self, code, detail=""):
        super().__init__(code)
        self.code, self.detail = code, detail


class TooLong(Exception):
    """Reading took longer than the time limit."""


class TooLarge(Exception):
    """Reading needed more memory than the memory limit."""


# --- In the parent ------------------------------------------------------------------------------------


def read_file(path, file_format, limits):
    """The words of the file at `path` (one of FORMATS), read in a child process within `limits`.
    Raises TooLong, TooLarge or ReadFailed."""
    command = [
        sys.executable,
        "-I",  # isolated: no PYTHON* variables, user site or working folder on the path
        os.path.abspath(__file__),
        file_format,
        path,
        str(limits.memory_mb),
        str(limits.seconds),
        str(limits.max_pages),
        str(limits.max_chars),
    ]
    try:
        # On timeout, run() kills the child (SIGKILL) and waits for it before raising.
        finished = subprocess.run(
            command, stdin=subprocess.DEVNULL, capture_output=True, timeout=limits.seconds
        )
    except subprocess.TimeoutExpired as error:
        raise TooLong from error
    if finished.returncode == -signal.SIGXCPU:
        raise TooLong  # the CPU-time backstop
    if finished.returncode in (MEMORY_EXIT_STATUS, -signal.SIGKILL):
        raise TooLarge  # out of memory while answering, or killed by the kernel's out-of-memory killer
    detail = finished.stderr.decode(errors="replace")[-2000:]
    try:
        outcome = json.loads(finished.stdout)
    except ValueError:
        # A crash (a C library's segfault, say): what it said goes to the logs.
        raise ReadFailed("unexpected", detail or f"exit status {finished.returncode}") from None
    if "error" in outcome:
        if outcome["error"] == "memory":
            raise TooLarge
        raise ReadFailed(outcome["error"], detail)
    return Words(outcome["text"], outcome.get("pages"), outcome.get("more_pages", False))


# --- In the child -------------------------------------------------------------------------------------


def _normal(text):
    return WHITESPACE_RE.sub(" ", text or "").strip()


class _Collector:
    """Words as they are read, stopping once there are more than `max_chars`."""

    def __init__(self, max_chars):
        self.parts, self.count, self.max_chars = [], 0, max_chars

    def add(self, text):
        text = _normal(text)
        if text:
            self.parts.append(text)
            self.count += len(text) + 1
        return self.count <= self.max_chars  # False: enough

    @property
    def text(self):
        return " ".join(self.parts)[: self.max_chars + 1]  # one more: the caller sees there was more


def _read_pdf(path, max_pages, max_chars):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    words, pages_read, more_pages = _Collector(max_chars), 0, False
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            # Many "protected" PDFs only restrict printing and open with an empty password.
            try:
                opened = reader.decrypt("")
            except Exception:  # pypdf raises several types for unsupported encryption
                opened = 0
            if not opened:
                raise ReadFailed("password")
        pages = reader.pages
        for page in pages:
            if pages_read == max_pages:
                more_pages = True
                break
            pages_read += 1
            if not words.add(page.extract_text()):
                break
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        raise ReadFailed("damaged-pdf") from None
    return Words(words.text, pages_read, more_pages)


def docx_parts(source):
    """The texts of a Word file (a path or a binary file), its paragraphs and then its tables' cells, as
    they are reached: a caller that has enough stops early."""
    import docx

    try:
        with zipfile.ZipFile(source) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_DOCX_XML_BYTES:
                raise ReadFailed("docx-too-large")
        document = docx.Document(source)
    except (ReadFailed, MemoryError):
        raise
    except Exception:  # python-docx raises zipfile, lxml and KeyError failures for bad files
        raise ReadFailed("damaged-docx") from None
    for paragraph in document.paragraphs:
        yield paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield cell.text


def _read_docx(path, max_chars):
    words = _Collector(max_chars)
    all(words.add(text) for text in docx_parts(path))  # all(): stops at the first False, when enough
    return Words(words.text, None, False)


def _read_plain_text(path, max_chars):
    with open(path, "rb") as handle:
        data = handle.read()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("utf-8", errors="replace")
    return Words(_normal(text)[: max_chars + 1], None, False)


def _read(file_format, path, max_pages, max_chars):
    if file_format == "pdf":
        return _read_pdf(path, max_pages, max_chars)
    if file_format == "docx":
        return _read_docx(path, max_chars)
    return _read_plain_text(path, max_chars)


def _limit_self(memory_mb, seconds):
    import resource

    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = int(seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))


def _peak_memory_bytes():
    """The child's peak address space (Linux), else its peak resident size."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main(argv):
    file_format, path, memory_mb, seconds, max_pages, max_chars = argv
    memory_mb, seconds, max_pages, max_chars = int(memory_mb), float(seconds), int(max_pages), int(max_chars)
    _limit_self(memory_mb, seconds)
    try:
        words = _read(file_format, path, max_pages, max_chars)
        outcome = {"text": words.text, "pages": words.pages, "more_pages": words.more_pages}
    except MemoryError:
        outcome = {"error": "memory"}
    except Exception as failure:  # noqa: BLE001 (every failure is answered; the parent decides)
        near_limit = _peak_memory_bytes() >= NEAR_LIMIT * memory_mb * 1024 * 1024
        if near_limit:
            outcome = {"error": "memory"}
        elif isinstance(failure, ReadFailed):
            outcome = {"error": failure.code}
        else:
            traceback.print_exc()
            outcome = {"error": "unexpected"}
    try:
        sys.stdout.write(json.dumps(outcome))
    except MemoryError:
        os._exit(MEMORY_EXIT_STATUS)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
