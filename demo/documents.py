"""Small but real downloadable files, written by hand so the demo needs no network or fixtures.

Every generator gives the same bytes for the same words, so a demo file's hash never depends on when it
was made.
"""

import io
import textwrap
import zipfile
from datetime import datetime

import docx

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 64
LINE_HEIGHT = 16
WRAP_AT = 88  # characters per line at 11 pt Helvetica on A4 with these margins


def _pdf_text(text: str) -> str:
    """Escape a string for a PDF literal; the standard fonts only know Latin-1."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = text.encode("latin-1", "replace").decode("latin-1")
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content_stream(title: str, paragraphs: list[str]) -> bytes:
    lines = [f"BT /F2 20 Tf {MARGIN} {PAGE_HEIGHT - MARGIN - 20} Td ({_pdf_text(title)}) Tj ET"]
    y = PAGE_HEIGHT - MARGIN - 60
    for paragraph in paragraphs:
        # Never split a hyphenated word across lines: search must find "walk-through" as it was written.
        for line in textwrap.wrap(paragraph, WRAP_AT, break_on_hyphens=False) or [""]:
            lines.append(f"BT /F1 11 Tf {MARGIN} {y} Td ({_pdf_text(line)}) Tj ET")
            y -= LINE_HEIGHT
        y -= LINE_HEIGHT // 2
        if y < MARGIN:
            break  # one page is plenty for a demo handout
    return "\n".join(lines).encode("latin-1")


def simple_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A one-page PDF 1.4 with a heading and wrapped paragraphs, with a correct cross-reference table."""
    stream = _content_stream(title, paragraphs)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        f"<< /Title ({_pdf_text(title)}) /Producer (HLS demo content) >>".encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n".encode()
    out += f"startxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)


def plain_text(title: str, paragraphs: list[str]) -> bytes:
    body = "\n\n".join(textwrap.fill(p, 78, break_on_hyphens=False) for p in paragraphs)
    return f"{title}\n{'=' * len(title)}\n\n{body}\n".encode()


# A fixed moment for the Word file's properties and zip entries (zip dates cannot be before 1980).
DOCX_TIMESTAMP = datetime(2024, 1, 1)


def simple_docx(title: str, paragraphs: list[str]) -> bytes:
    """A Word (.docx) file with a heading and paragraphs, made with python-docx."""
    document = docx.Document()
    properties = document.core_properties
    properties.title = title
    properties.author = properties.last_modified_by = "HLS demo content"
    properties.created = properties.modified = DOCX_TIMESTAMP
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return _with_fixed_dates(buffer.getvalue())


def _with_fixed_dates(data: bytes) -> bytes:
    """Rewrite a zip so each entry carries DOCX_TIMESTAMP rather than the time it was written."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=DOCX_TIMESTAMP.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
