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
