"""Inputs to documents: files, folders, http(s) URLs -> :class:`SourceDocument` or
:class:`Quarantined`.

Rules:

* Nothing raises for a bad input; each problem becomes a :class:`Quarantined` with the original
  bytes (or ``b""`` when there are none) and a reason: ``no such file or folder``, ``empty``,
  ``binary``/``undecodable``, ``too large``, ``no facts found``, PDF problems, ``invalid feed
  rows``, ``fetch timed out``, ``HTTP 500 ...``, ``symlink points outside the folder``.
* Folders are walked recursively in sorted order; hidden files and folders (a name starting
  with ``.``) are skipped; symlinks are followed only when they resolve inside the folder; each
  real file and folder is read once however many links lead to it; FIFOs, sockets and devices
  are quarantined unread; a symlink loop is quarantined.
* Any failure while reading one input (a reader's bug, a recursion or memory limit) quarantines
  that input with the exception named; the batch goes on to its last input.
* Files and URL bodies are read in 64 KiB chunks and cut at ``max_bytes`` ("too large").
  A URL fetch has one total deadline of ``timeout_s`` covering connection, headers and body: a
  watchdog shuts the socket when it passes, so a server sending a byte a second cannot hold it.
* Format: ``media_type`` or the extension or the first bytes decide: PDF (``%PDF``), HTML,
  feed (``.csv .json .jsonl``), otherwise text (``.txt .md`` and anything that decodes).
"""

from __future__ import annotations

import contextlib
import errno
import http.client
import os
import socket
import stat
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

from connectors.classify import detect_language
from connectors.decode import DecodeError, decode_bytes
from connectors.extract import extract_document
from connectors.feeds import FeedError, parse_feed
from connectors.html import HtmlError, html_to_text, looks_like_html, sniff_charset
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
            try:
                text, title, published = html_to_text(text)
            except HtmlError as exc:
                return Quarantined(source_uri, raw, str(exc))
            media = "text/html"
            if not text.strip():
                return Quarantined(source_uri, raw, "empty: the page has no main text")
    norm_text = normalize(text).text
    published = published or find_published(
        norm_text, uri=source_uri if source_uri.lower().startswith(("http://", "https://")) else None)
    doc_kind, facts = extract_document(text, published=published, kind=kind if kind and kind != "feed" else None)
    if not facts:
        name = os.path.basename(source_uri.rstrip("/")) or source_uri
        return Quarantined(source_uri, raw, f"no facts found in {name} ({len(text)} characters of {'plain' if fmt == 'text' else fmt} text)")
    return SourceDocument(source_uri=source_uri, raw=raw, text=text, kind=doc_kind, language=detect_language(text),
                          published=published, encoding=encoding, facts=tuple(facts), title=title,
                          media_type=media)


def _read_file(path: Path, max_bytes: int) -> tuple[bytes, bool]:
    """(bytes, too_large) reading at most ``max_bytes`` + 1 in chunks.

    Opened non-blocking and checked with ``fstat`` after opening, so a FIFO or device that
    replaced the file since the walk looked at it is refused instead of blocking forever.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _NotRegular(_file_type(mode))
        buf = bytearray()
        while len(buf) <= max_bytes:
            chunk = os.read(fd, CHUNK)
            if not chunk:
                return bytes(buf), False
            buf.extend(chunk)
        return bytes(buf[:max_bytes]), True
    finally:
        os.close(fd)


class _NotRegular(OSError):
    """The path is a FIFO, socket or device: never read (it could block forever or never end)."""


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def _special(uri: str, what: str) -> Quarantined:
    return Quarantined(uri, b"", f"not a regular file: {what}; only files and folders are read")


def _one_file(path: Path, uri: str, kind: str | None, max_bytes: int) -> SourceDocument | Quarantined:
    try:
        raw, too_large = _read_file(path, max_bytes)
    except _NotRegular as exc:
        return _special(uri, str(exc))
    except OSError as exc:
        return Quarantined(uri, b"", f"cannot read file: {exc.strerror or exc}")
    if too_large:
        return Quarantined(uri, raw, f"too large: more than {max_bytes} bytes (kept the first {max_bytes})")
    return _parse_guarded(raw, source_uri=uri, kind=kind)


def _parse_guarded(raw: bytes, *, source_uri: str, kind: str | None,
                   media_type: str | None = None) -> SourceDocument | Quarantined:
    """:func:`parse_bytes`, with any failure of a reader kept as a quarantine reason: one input that
    trips a bug or exhausts a limit must not stop the batch before its last input."""
    try:
        return parse_bytes(raw, source_uri=source_uri, kind=kind, media_type=media_type)
    except Exception as exc:
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        return Quarantined(source_uri, raw, f"could not be read: {type(exc).__name__}: {detail}".rstrip(": "))


def _stat_or_reason(path: Path, uri: str) -> os.stat_result | Quarantined:
    """``stat`` following symlinks, or the reason the path cannot be followed."""
    try:
        return path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Quarantined(uri, b"", f"symlink loop: {path.name} leads back to itself")
        if path.is_symlink():
            return Quarantined(uri, b"", f"broken symlink: {os.readlink(path)} does not exist")
        if exc.errno == errno.ENOENT:
            return Quarantined(uri, b"", f"no such file or folder: {uri}")
        return Quarantined(uri, b"", f"cannot read {uri}: {exc.strerror or exc}")


def _walk(root: Path, kind: str | None, max_bytes: int) -> Iterator[SourceDocument | Quarantined]:
    """Files under ``root``, depth first in sorted order, without recursion.

    Each real folder and file is visited once, however many symlinks lead to it (a link to a
    parent folder or a loop adds nothing); links out of ``root`` and special files are quarantined.
    """
    real_root = Path(os.path.realpath(root))
    seen: set[tuple[int, int]] = set()
    stack: list[Path] = [root]
    while stack:
        here = stack.pop()
        try:
            here_stat = here.stat()
            if (here_stat.st_dev, here_stat.st_ino) in seen:
                continue
            seen.add((here_stat.st_dev, here_stat.st_ino))
            with os.scandir(here) as it:
                names = sorted(e.name for e in it)
        except OSError as exc:
            yield Quarantined(str(here), b"", f"cannot read folder: {exc.strerror or exc}")
            continue
        folders: list[Path] = []
        for name in names:
            if name.startswith("."):
                continue
            p = here / name
            uri = str(p)
            if p.is_symlink():
                target = Path(os.path.realpath(p))
                if not target.is_relative_to(real_root):
                    yield Quarantined(uri, b"", f"symlink {name} points outside the folder {root}: {target}")
                    continue
            st = _stat_or_reason(p, uri)
            if isinstance(st, Quarantined):
                yield st
            elif stat.S_ISDIR(st.st_mode):
                folders.append(p)
            elif (st.st_dev, st.st_ino) in seen:
                continue  # the same file through another link: read once
            elif not stat.S_ISREG(st.st_mode):
                yield _special(uri, _file_type(st.st_mode))
            else:
                seen.add((st.st_dev, st.st_ino))
                yield _one_file(p, uri, kind, max_bytes)
        stack.extend(reversed(folders))


class _Deadline:
    """Shuts every socket of one fetch (redirects included) when the total deadline passes."""

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self.expired = False
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(timeout_s, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._socks.append(sock)
            if not self.expired:
                return
        self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            socks = list(self._socks)
        for sock in socks:
            self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    """A urllib opener whose HTTP(S) connections register their socket with ``deadline``."""

    class _Http(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    class _Https(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    class _HttpHandler(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(_Http, req)

    class _HttpsHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(_Https, req)

    return urllib.request.build_opener(_HttpHandler, _HttpsHandler)


def fetch_url(url: str, *, timeout_s: float, max_bytes: int) -> tuple[bytes, str | None] | Quarantined:
    """``(body, content type)`` of a URL, or a Quarantined saying what went wrong."""
    req = urllib.request.Request(url, headers={"User-Agent": "computecast-connectors/0.1"})
    buf = bytearray()
    timed_out = f"fetch timed out after {timeout_s:g} s (the total deadline for connecting, headers and body)"
    with _Deadline(timeout_s) as deadline:
        try:
            with _opener(deadline).open(req, timeout=timeout_s) as resp:
                ctype = resp.headers.get("Content-Type")
                length = resp.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > max_bytes:
                    return Quarantined(url, b"", f"too large: Content-Length {length} exceeds {max_bytes} bytes")
                while True:
                    chunk = resp.read1(CHUNK) if hasattr(resp, "read1") else resp.read(CHUNK)
                    if deadline.expired:
                        return Quarantined(url, bytes(buf), timed_out)
                    if not chunk:
                        break
                    buf.extend(chunk)
                    if len(buf) > max_bytes:
                        return Quarantined(url, bytes(buf[:max_bytes]),
                                           f"too large: body exceeds {max_bytes} bytes (kept the first {max_bytes})")
        except urllib.error.HTTPError as exc:
            body = b""
            with contextlib.suppress(OSError, ValueError, http.client.HTTPException):
                body = exc.read(max_bytes)
            return Quarantined(url, body, f"HTTP error {exc.code} {exc.reason}")
        except TimeoutError:
            return Quarantined(url, bytes(buf), timed_out)
        except urllib.error.URLError as exc:
            if deadline.expired or isinstance(exc.reason, (TimeoutError, socket.timeout)):
                return Quarantined(url, bytes(buf), timed_out)
            return Quarantined(url, b"", f"fetch failed: {exc.reason}")
        except (OSError, ValueError, http.client.HTTPException) as exc:
            if deadline.expired:
                return Quarantined(url, bytes(buf), timed_out)
            return Quarantined(url, bytes(buf), f"fetch failed: {type(exc).__name__}: {exc}")
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
            yield _parse_guarded(body, source_uri=inp, kind=kind, media_type=ctype)
            continue
        path = Path(inp)
        st = _stat_or_reason(path, inp)
        if isinstance(st, Quarantined):
            yield st
        elif stat.S_ISDIR(st.st_mode):
            yield from _walk(path, kind, max_bytes)
        elif stat.S_ISREG(st.st_mode):
            yield _one_file(path, inp, kind, max_bytes)
        else:
            yield _special(inp, _file_type(st.st_mode))
