"""The inbox, without Prefect: real files in a tmp folder, a handler that records batches."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from flow_fixtures import write_tender

from flows.watch import STATE_NAME, Inbox, watch


def _age(path: Path, seconds: float = 5.0) -> None:
    """Make a file look written ``seconds`` ago (so it has settled)."""
    t = time.time() - seconds
    os.utime(path, (t, t))


def test_new_files_are_offered_once_settled(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path / "in", settle=2.0)
    a = write_tender(inbox.folder, 0)
    assert inbox.poll() == []  # just written: not settled yet
    _age(a)
    assert inbox.poll() == [a]
    assert inbox.poll() == [a]  # offered until marked done
    inbox.mark_done([a])
    assert inbox.poll() == []


def test_ignores_hidden_partial_and_state_files(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path, settle=0)
    for name in (".hidden.txt", "x.part", "y.tmp", "z.crdownload", "w~"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.txt").write_text("x", encoding="utf-8")
    inbox.mark_done([])
    assert (tmp_path / STATE_NAME).exists()
    assert inbox.poll() == []
    assert Inbox(tmp_path, settle=0, recursive=True).poll() == [tmp_path / "sub" / "deep.txt"]


def test_state_survives_restart_touch_and_change(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path, settle=0)
    a = write_tender(tmp_path, 0)
    assert inbox.poll() == [a]
    inbox.mark_done([a])
    again = Inbox(tmp_path, settle=0)
    assert again.poll() == []  # remembered across restarts
    a.touch()
    assert again.poll() == []  # touched, same bytes: not offered
    a.write_text(a.read_text(encoding="utf-8") + "\n补充公告。\n", encoding="utf-8")
    assert again.poll() == [a]  # new content: offered again


def test_unreadable_state_means_offer_again(tmp_path: Path) -> None:
    a = write_tender(tmp_path, 0)
    (tmp_path / STATE_NAME).write_text("{not json", encoding="utf-8")
    assert Inbox(tmp_path, settle=0).poll() == [a]


def test_watch_once_hands_one_batch_per_poll(tmp_path: Path) -> None:
    paths = [write_tender(tmp_path, i) for i in range(5)]
    batches: list[list[Path]] = []
    n = watch(Inbox(tmp_path, settle=0), batches.append, interval=0.01, once=True)
    assert n == 1 and batches == [paths]  # five files dropped at once: one batch, one ingest
    assert watch(Inbox(tmp_path, settle=0), batches.append, interval=0.01, once=True) == 0


def test_failed_batch_is_offered_again(tmp_path: Path) -> None:
    a = write_tender(tmp_path, 0)
    calls: list[list[Path]] = []

    def flaky(paths: list[Path]) -> None:
        calls.append(paths)
        if len(calls) == 1:
            raise OSError("database restarting")

    assert watch(Inbox(tmp_path, settle=0), flaky, interval=0.001, once=True) == 1
    assert calls == [[a], [a]]


def test_failing_handler_gives_up_in_once_mode(tmp_path: Path) -> None:
    write_tender(tmp_path, 0)

    def broken(paths: list[Path]) -> None:
        raise RuntimeError("no")

    with pytest.raises(RuntimeError):
        watch(Inbox(tmp_path, settle=0), broken, interval=0.001, once=True)


def test_watch_stops_on_event(tmp_path: Path) -> None:
    stop = threading.Event()
    seen: list[list[Path]] = []
    thread = threading.Thread(target=watch, args=(Inbox(tmp_path, settle=0), seen.append),
                              kwargs={"interval": 0.05, "stop": stop})
    thread.start()
    try:
        a = write_tender(tmp_path, 1)
        deadline = time.monotonic() + 5
        while not seen and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        stop.set()
        thread.join(timeout=5)
    assert not thread.is_alive()
    assert seen == [[a]]
