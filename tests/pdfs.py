"""Real PDF files for tests: a text layer written with fpdf2, and an encrypted copy via pypdf."""

from __future__ import annotations

import io


def pdf_bytes(text: str) -> bytes:
    """A one-page PDF whose text layer holds ``text``."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def encrypted_pdf(text: str, *, algorithm: str | None = None) -> bytes:
    """:func:`pdf_bytes` encrypted with a user password (pypdf's default algorithm unless given)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes(text))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def raw_pdf(content: bytes, *, filter_name: str | None = None) -> bytes:
    """A hand-made one-page PDF whose content stream is ``content`` (already encoded with
    ``filter_name``, e.g. ``FlateDecode``): for streams no PDF writer would produce."""
    filt = f" /Filter /{filter_name}" if filter_name else ""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        f"<< /Length {len(content)}{filt} >>\nstream\n".encode() + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def bomb_pdf(megabytes: int = 200) -> bytes:
    """A PDF whose content stream inflates from about 0.2 MB to ``megabytes`` MB of zeros."""
    import zlib

    comp = zlib.compressobj(9)
    block = b"\x00" * (1 << 20)
    data = b"".join(comp.compress(block) for _ in range(megabytes)) + comp.flush()
    return raw_pdf(data, filter_name="FlateDecode")
