"""Inputs to documents: files, folders, http(s) URLs -> :class:`SourceDocument` or
:class:`Quarantined`.

Rules:

* Nothing raises for a bad input; each problem becomes a :class:`Quarantined` with the original
  bytes (or ``b""`` when there are none) and a reason: ``no such file or folder``, ``empty``,
  ``binary``/``undecodable``, ``too large``, ``no facts found``, PDF problems, ``invalid feed
  rows``, ``fetch timed out``, ``HTTP 500 ...``, ``symlink points outside the folder``.
* Folders are walked recursively in sorted order; hidden files and folders (a name starting
  with ``.``) are skipped; symlinks are followed only when they resolve inside the folder.
* Files and URL bodies are read in 64 KiB chunks and cut at ``max_bytes`` ("too large").
  A URL fetch has ``timeout_s`` per socket operation and as an overall deadline.
* Format: ``media_type`` or the extension or the first bytes decide: PDF (``%PDF``), HTML,
  feed (``.csv .json .jsonl``), otherwise text (``.txt .md`` and anything that decodes).
"""

from __future__ import annotations

import os
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

from connectors.classify import classify_kind, detect_language
from connectors.decode import DecodeError, decode_bytes
from connectors.extract import extract_facts
from connectors.feeds import FeedError, parse_feed
from connectors.html import html_to_text, looks_like_html, sniff_charset
from connectors.model import KINDS, Quarantined, SourceDocument
from connectors.pdf import PdfError, pdf_to_text
from connectors.periods import find_published
from connectors.textnorm import normalize

CHUNK = 65536
_FEED_EXT = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_FEED_TYPES = {"text/csv": "csv", "application/json": "json", "application/x-ndjson": "jsonl",
               "application/jsonl": "jsonl"}


def _format(raw: bytes, source_uri: str, media_type: str | None) -> str:
    mt = (media_type or "").split(";")[0].strip().lower()
    ext = os.path.splitext(source_uri.split("?")[0].split("#")[0])[1].lower()
    if raw.lstrip()[:5] == b"%PDF-" or mt == "application/pdf" or ext == ".pdf":
        return "pdf"
    if mt in _FEED_TYPES:
        return _FEED_TYPES[mt]
    if ext in _FEED_EXT:
        return _FEED_EXT[ext]
    if mt in ("text/html", "application/xhtml+xml") or ext in (".html", ".htm", ".xhtml"):
        return "html"
    return "text"


def parse_bytes(raw: bytes, *, source_uri: str, kind: str | None = None,
                media_type: str | None = None) -> SourceDocument | Quarantined:
    """One input's bytes -> a document with ≥1 fact, or a quarantined input with the reason."""
    if kind is not None and kind not in KINDS:
        return Quarantined(source_uri, raw, f"unknown kind {kind!r}; use one of {list(KINDS)}")
    if not raw.strip():
        return Quarantined(source_uri, raw, "empty: no content" if not raw else "empty: only whitespace")
    fmt = _format(raw, source_uri, media_type)
    charset = None
    if media_type and "charset=" in media_type:
        charset = media_type.split("charset=", 1)[1].split(";")[0].strip().strip('"')
    title = None
    published = None
    if fmt == "pdf":
        try:
            text, title, published = pdf_to_text(raw)
        except PdfError as exc:
            return Quarantined(source_uri, raw, str(exc))
        encoding = "pdf"
        media = "application/pdf"
    else:
        try:
            text, encoding = decode_bytes(raw, charset=charset or (sniff_charset(raw) if fmt in ("html", "text") else None))
        except DecodeError as exc:
            return Quarantined(source_uri, raw, str(exc))
        if not text.strip():
            return Quarantined(source_uri, raw, "empty: only whitespace after decoding")
        media = {"csv": "text/csv", "json": "application/json", "jsonl": "application/x-ndjson"}.get(fmt, "text/plain")
        if fmt in ("csv", "json", "jsonl"):
            try:
                facts = parse_feed(text, fmt)
            except FeedError as exc:
                return Quarantined(source_uri, raw, str(exc))
            return SourceDocument(source_uri=source_uri, raw=raw, text=text, kind="feed", language="unknown",
                                  published=None, encoding=encoding, facts=tuple(facts), media_type=media)
        if fmt == "html" or looks_like_html(text):
            text, title, published = html_to_text(text)
            media = "text/html"
            if not text.strip():
                return Quarantined(source_uri, raw, "empty: the page has no main text")
    norm_text = normalize(text).text
    published = published or find_published(norm_text)
    doc_kind = kind if kind and kind != "feed" else classify_kind(norm_text)
    facts = extract_facts(text, published=published, kind=doc_kind)
    if not facts:
        name = os.path.basename(source_uri.rstrip("/")) or source_uri
        return Quarantined(source_uri, raw, f"no facts found in {name} ({len(text)} characters of {'plain' if fmt == 'text' else fmt} text)")
    return SourceDocument(source_uri=source_uri, raw=raw, text=text, kind=doc_kind, language=detect_language(text),
                          published=published, encoding=encoding, facts=tuple(facts), title=title,
                          media_type=media)


def _read_file(path: Path, max_bytes: int) -> tuple[bytes, bool]:
    """(bytes, too_large) reading at most ``max_bytes`` + 1 in chunks."""
    buf = bytearray()
    with path.open("rb") as fh:
        while len(buf) <= max_bytes:
            chunk = fh.read(CHUNK)
            if not chunk:
                return bytes(buf), False
            buf.extend(chunk)
    return bytes(buf[:max_bytes]), True


def _one_file(path: Path, uri: str, kind: str | None, max_bytes: int) -> SourceDocument | Quarantined:
    try:
        raw, too_large = _read_file(path, max_bytes)
    except OSError as exc:
        return Quarantined(uri, b"", f"cannot read file: {exc.strerror or exc}")
    if too_large:
        return Quarantined(uri, raw, f"too large: more than {max_bytes} bytes (kept the first {max_bytes})")
    return parse_bytes(raw, source_uri=uri, kind=kind)


def _walk(root: Path, kind: str | None, max_bytes: int) -> Iterator[SourceDocument | Quarantined]:
    real_root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = Path(dirpath)
        # symlinked folders: os.walk lists them in dirnames but does not enter them
        for d in list(dirnames):
            p = here / d
            if p.is_symlink():
                dirnames.remove(d)
                target = p.resolve()
                if not target.is_relative_to(real_root):
                    yield Quarantined(str(p), b"", f"symlink {p.name} points outside the folder {root}: {target}")
                else:
                    yield from _walk_linked(p, real_root, kind, max_bytes)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = here / name
            if p.is_symlink():
                target = p.resolve()
                if not target.is_relative_to(real_root):
                    yield Quarantined(str(p), b"", f"symlink {p.name} points outside the folder {root}: {target}")
                    continue
                if not target.exists():
                    yield Quarantined(str(p), b"", f"broken symlink: {target} does not exist")
                    continue
            yield _one_file(p, str(p), kind, max_bytes)


def _walk_linked(p: Path, real_root: Path, kind: str | None, max_bytes: int) -> Iterator[SourceDocument | Quarantined]:
    for sub in sorted(p.iterdir()):
        if sub.name.startswith("."):
            continue
        target = sub.resolve()
        if not target.is_relative_to(real_root):
            yield Quarantined(str(sub), b"", f"symlink {sub.name} points outside the folder: {target}")
        elif sub.is_dir():
            yield from _walk_linked(sub, real_root, kind, max_bytes)
        elif sub.is_file():
            yield _one_file(sub, str(sub), kind, max_bytes)


def fetch_url(url: str, *, timeout_s: float, max_bytes: int) -> tuple[bytes, str | None] | Quarantined:
    """``(body, content type)`` of a URL, or a Quarantined saying what went wrong."""
    deadline = time.monotonic() + timeout_s
    req = urllib.request.Request(url, headers={"User-Agent": "computecast-connectors/0.1"})
    buf = bytearray()
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as resp:
            ctype = resp.headers.get("Content-Type")
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                return Quarantined(url, b"", f"too large: Content-Length {length} exceeds {max_bytes} bytes")
            while True:
                if time.monotonic() > deadline:
                    return Quarantined(url, bytes(buf), f"fetch timed out after {timeout_s:g} s (body still arriving)")
                chunk = resp.read1(CHUNK) if hasattr(resp, "read1") else resp.read(CHUNK)
                if not chunk:
                    break
                buf.extend(chunk)
                if len(buf) > max_bytes:
                    return Quarantined(url, bytes(buf[:max_bytes]),
                                       f"too large: body exceeds {max_bytes} bytes (kept the first {max_bytes})")
    except urllib.error.HTTPError as exc:
        body = b""
        try:
            body = exc.read(max_bytes)
        except (OSError, ValueError):
            body = b""
        return Quarantined(url, body, f"HTTP error {exc.code} {exc.reason}")
    except TimeoutError as exc:
        return Quarantined(url, bytes(buf), f"fetch timed out after {timeout_s:g} s ({exc})")
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            return Quarantined(url, b"", f"fetch timed out after {timeout_s:g} s")
        return Quarantined(url, b"", f"fetch failed: {exc.reason}")
    except (OSError, ValueError) as exc:
        return Quarantined(url, bytes(buf), f"fetch failed: {exc}")
    return bytes(buf), ctype


def read_sources(inputs: Sequence[str], *, kind: str | None = None, timeout_s: float = 20.0,
                 max_bytes: int = 20_000_000) -> Iterator[SourceDocument | Quarantined]:
    """Documents from file paths, folders (recursive) and http(s) URLs (see the module docstring)."""
    for inp in inputs:
        if inp.startswith(("http://", "https://")):
            got = fetch_url(inp, timeout_s=timeout_s, max_bytes=max_bytes)
            if isinstance(got, Quarantined):
                yield got
                continue
            body, ctype = got
            yield parse_bytes(body, source_uri=inp, kind=kind, media_type=ctype)
            continue
        path = Path(inp)
        if not path.exists():
            yield Quarantined(inp, b"", f"no such file or folder: {inp}")
        elif path.is_dir():
            yield from _walk(path, kind, max_bytes)
        elif path.is_file():
            yield _one_file(path, inp, kind, max_bytes)
        else:
            yield Quarantined(inp, b"", f"not a regular file or folder: {inp}")
