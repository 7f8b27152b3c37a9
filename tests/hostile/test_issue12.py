"""Issue 12: every input class that crashed or hung the batch now ends stored or quarantined with
a reason, the batch reaches its last input, and SQLite and PostgreSQL agree on each outcome.

Each run is under a hang guard (a generous deadline on a worker thread): a FIFO opened for
reading or a header trickling at a byte a second would otherwise block the test forever.
"""

from __future__ import annotations

import http.server
import os
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import Engine, text

from connectors.model import Quarantined, SourceDocument, printable
from connectors.sources import read_sources
from flows.jobs import IngestSummary, ingest
from tests.hostile.corpus import GOOD_EN, add_issue12_specials, issue12_files

T = TypeVar("T")
HANG_GUARD_S = 120.0


def within(seconds: float, fn: Callable[[], T]) -> T:
    """``fn()``, or a test failure when it has not returned after ``seconds`` (a hang)."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # re-raised in the test thread
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        pytest.fail(f"hang: still running after {seconds:g} s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def _inbox(root: Path) -> tuple[Path, list[tuple[str, str, str]]]:
    """A folder with every class plus a good document sorted last; (folder, expectations)."""
    inbox = root / "inbox"
    expected: list[tuple[str, str, str]] = []
    for name, data, _category, expect, fragment in issue12_files():
        path = inbox / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected.append((printable(str(path)), expect, fragment))
    for item in add_issue12_specials(inbox):
        expected.append((str(item.path), item.expect, item.reason))
    last = inbox / "zzz" / "last.txt"
    last.parent.mkdir()
    last.write_text(GOOD_EN.format(day=3, lo=60, hi=65), encoding="utf-8")
    expected.append((str(last), "stored", ""))
    return inbox, expected


def _outcomes(engine: Engine, inbox: Path) -> tuple[IngestSummary, dict[str, str]]:
    summary = within(HANG_GUARD_S, lambda: ingest(engine, [str(inbox)]))
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT source_uri FROM document")).scalars().all()
        quarantined = dict(conn.execute(text("SELECT source_uri, reason FROM quarantine")).tuples().all())
    outcome = {uri: "stored" for uri in stored}
    outcome.update({uri: f"quarantined: {reason}" for uri, reason in quarantined.items()})
    return summary, outcome


def _check(engine: Engine, tmp_path: Path) -> dict[str, str]:
    inbox, expected = _inbox(tmp_path)
    summary, outcome = _outcomes(engine, inbox)
    assert summary.inputs == len(expected), (summary.line(), sorted(outcome))
    assert summary.stored + summary.duplicates + summary.quarantined == summary.inputs
    for uri, expect, fragment in expected:
        got = outcome.get(uri)
        assert got is not None, f"{uri} was lost: neither stored nor quarantined"
        assert got.startswith(expect), (uri, got)
        assert fragment in got, (uri, got)
    assert outcome[str(inbox / "zzz" / "last.txt")] == "stored"  # the batch reached its last input
    # a name that is not UTF-8 is kept readable: the undecodable byte as an escape
    assert any(uri.endswith("bad\\xffname.txt") for uri in outcome)
    return {Path(uri).relative_to(inbox).as_posix(): got for uri, got in outcome.items()}


def test_every_crash_class_ends_stored_or_quarantined(engine: Engine, tmp_path: Path) -> None:
    _check(engine, tmp_path)


@pytest.mark.postgres
def test_sqlite_and_postgresql_agree_on_every_outcome(sqlite_engine: Engine, pg_engine: Engine, tmp_path: Path) -> None:
    assert _check(sqlite_engine, tmp_path / "a") == _check(pg_engine, tmp_path / "b")


def test_folder_loops_and_links_read_each_file_once(tmp_path: Path) -> None:
    root = tmp_path / "inbox"
    (root / "sub").mkdir(parents=True)
    for name in ("a.txt", "sub/b.txt", "sub/c.txt"):
        (root / name).write_text(GOOD_EN.format(day=1, lo=1, hi=2) + name, encoding="utf-8")
    for link in ("up1", "up2", "sub/up", "sub/again"):  # folder links back to the root and its parent
        os.symlink(root if "up" in link else root / "sub", root / link)
    os.symlink(root / "a.txt", root / "sub" / "a-link.txt")
    got = within(HANG_GUARD_S, lambda: list(read_sources([str(root)])))
    assert sorted(Path(r.source_uri).name for r in got) == ["a.txt", "b.txt", "c.txt"]
    assert all(isinstance(r, SourceDocument) for r in got)


def test_fifo_given_directly_is_quarantined_unread(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    [res] = within(HANG_GUARD_S, lambda: list(read_sources([str(fifo)])))
    assert isinstance(res, Quarantined) and "FIFO" in res.reason


class _TrickleHandler(http.server.BaseHTTPRequestHandler):
    """Sends its status line and headers one byte a second: each read is quick, the whole never ends."""

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n" + b"X-Slow: " + b"y" * 100 + b"\r\n\r\n"
        try:
            for i in range(len(head)):
                self.wfile.write(head[i:i + 1])
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            return


@pytest.fixture
def trickle_server() -> Iterator[str]:
    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _TrickleHandler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/slow.txt"
    httpd.shutdown()
    httpd.server_close()


def test_url_deadline_covers_slow_headers(trickle_server: str) -> None:
    """Headers at 5 bytes/s take ~30 s in all; each read takes 0.2 s, so only a total deadline stops it."""
    [res] = within(HANG_GUARD_S, lambda: list(read_sources([trickle_server], timeout_s=1.0)))
    assert isinstance(res, Quarantined) and "timed out after 1 s" in res.reason, res
