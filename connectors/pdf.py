"""PDF documents: the text layer via pypdf.

* Encrypted PDFs are tried with the empty password (many "protected" reports use it); otherwise
  :class:`PdfError` "encrypted PDF: needs a password".
* Truncated/damaged files (no trailer, broken xref, a page that fails to parse) raise
  :class:`PdfError` with pypdf's message.
* Pages are joined by a blank line; a PDF without any text layer (a scan) is an error too.
* Publication date: the document info ``/CreationDate`` (``D:20240506...``), when present.
* Whatever else pypdf raises (its decompression limits against bombs, ``LimitReachedError``, an
  unsupported filter, a malformed object, a recursion in a cyclic page tree) is a
  :class:`PdfError` naming the error: one bad PDF never stops a batch.
* At most :data:`MAX_PAGES` pages and :data:`MAX_TEXT` characters of text are read; NUL and
  lone surrogates from broken font maps are dropped from the text.
pypdf's warnings about minor damage are silenced (the text is what we need).
"""

from __future__ import annotations

import io
import logging
import warnings
from datetime import date

#: Pages read from one PDF, and characters of text kept (a 2,000-page report is ~5M characters).
MAX_PAGES = 2000
MAX_TEXT = 20_000_000


class PdfError(ValueError):
    """The PDF cannot give text (encrypted, truncated, damaged, or no text layer)."""


def pdf_to_text(raw: bytes) -> tuple[str, str | None, date | None]:
    """``(text, title, creation date)`` of a PDF's text layer (see the module docstring)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not raw.rstrip().endswith(b"%%EOF") and b"%%EOF" not in raw[-2048:]:
        raise PdfError("truncated PDF: no %%EOF marker at the end of the file")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(raw), strict=False)
            if reader.is_encrypted:
                try:
                    ok = reader.decrypt("")
                except Exception as exc:  # pypdf raises various errors for unsupported crypto
                    raise PdfError(f"encrypted PDF: cannot decrypt ({exc})") from exc
                if not ok:
                    raise PdfError("encrypted PDF: needs a password")
            n_pages = len(reader.pages)
            if n_pages > MAX_PAGES:
                raise PdfError(f"too many pages: {n_pages} (at most {MAX_PAGES})")
            pages: list[str] = []
            size = 0
            for page in reader.pages:
                got = page.extract_text() or ""
                size += len(got)
                if size > MAX_TEXT:
                    raise PdfError(f"too much text: more than {MAX_TEXT} characters")
                pages.append(got)
            meta = reader.metadata
        except PdfError:
            raise
        except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
            raise PdfError(f"damaged or truncated PDF: {exc}") from exc
        except Exception as exc:  # pypdf limits, unsupported filters, RecursionError...
            raise PdfError(f"unreadable PDF: {type(exc).__name__}: {str(exc)[:200]}") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    text = text.replace("\x00", "").encode("utf-8", "ignore").decode("utf-8")
    if not text.strip():
        raise PdfError("PDF has no text layer (a scanned image?)")
    title = None
    published = None
    if meta is not None:
        try:
            title = str(meta.title).replace("\x00", "").encode("utf-8", "ignore").decode("utf-8") if meta.title else None
            cd = meta.get("/CreationDate")
        except Exception:  # a damaged info dictionary: no title or date, the text stands
            title, cd = None, None
        if cd:
            s = str(cd).removeprefix("D:")
            try:
                published = date(int(s[0:4]), int(s[4:6]), int(s[6:8]))
            except ValueError:
                published = None
    return text, title or None, published
