"""The inbox: notice new files in a folder and hand them, in batches, to the ingest flow.

Polling, standard library only. A file is handed over once it has stopped changing (its
modification time is at least ``settle`` seconds old, so half-copied files wait), and is
remembered by path, size, modification time and sha256 in a state file in the folder
(``.computecast-inbox.json``), so a restart does not ingest it again; a file touched but not
changed is not handed over again, a file whose content changed is. Everything ready in one poll
is one batch, which is one ingest flow run and at most one ``computecast.facts.ingested``
event: ten documents dropped at once ask for one forecast.

Hidden files and partial downloads (``*.tmp``, ``*.part``, ``*.crdownload``, ``*~``) are ignored.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

STATE_NAME = ".computecast-inbox.json"
IGNORED_SUFFIXES = (".tmp", ".part", ".crdownload", ".swp", "~")
log = logging.getLogger("computecast.watch")


@dataclass(frozen=True)
class Seen:
    """What the inbox remembers of a file it handed over."""

    size: int
    mtime_ns: int
    sha256: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class Inbox:
    """A folder whose new files are handed over once each (see the module docstring)."""

    def __init__(
        self,
        folder: Path,
        *,
        state_path: Path | None = None,
        settle: float = 0.5,
        recursive: bool = False,
    ) -> None:
        self.folder = Path(folder)
        self.state_path = state_path or self.folder / STATE_NAME
        self.settle = settle
        self.recursive = recursive
        self.folder.mkdir(parents=True, exist_ok=True)
        self._seen: dict[str, Seen] = self._load()

    def _load(self) -> dict[str, Seen]:
        try:
            raw = json.loads(self.state_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable inbox state %s (%s): files will be offered again", self.state_path, exc)
            return {}
        return {path: Seen(**entry) for path, entry in raw.get("files", {}).items()}

    def _save(self) -> None:
        tmp = self.state_path.with_name(self.state_path.name + ".tmp")
        data = {"version": 1, "files": {path: asdict(seen) for path, seen in sorted(self._seen.items())}}
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(tmp, self.state_path)

    def _candidates(self) -> list[Path]:
        walk = self.folder.rglob("*") if self.recursive else self.folder.iterdir()
        out = []
        for path in walk:
            rel = path.relative_to(self.folder)
            if any(part.startswith(".") for part in rel.parts) or path.name.endswith(IGNORED_SUFFIXES):
                continue
            if path.is_file():
                out.append(path)
        return sorted(out)

    def poll(self) -> list[Path]:
        """Files that are new or changed and have settled; they stay offered until :meth:`mark_done`."""
        ready: list[Path] = []
        now_ns = time.time_ns()
        touched = False
        for path in self._candidates():
            try:
                st = path.stat()
            except FileNotFoundError:  # removed between listing and stat
                continue
            key = str(path.resolve())
            seen = self._seen.get(key)
            if seen is not None and (seen.size, seen.mtime_ns) == (st.st_size, st.st_mtime_ns):
                continue
            if now_ns - st.st_mtime_ns < self.settle * 1e9:
                continue  # still being written, or just written: look again next poll
            if seen is not None and seen.size == st.st_size and _sha256(path) == seen.sha256:
                self._seen[key] = Seen(st.st_size, st.st_mtime_ns, seen.sha256)  # touched, same bytes
                touched = True
                continue
            ready.append(path)
        if touched:
            self._save()
        return ready

    def mark_done(self, paths: list[Path]) -> None:
        """Remember ``paths`` as handed over (their size, modification time and sha256)."""
        for path in paths:
            try:
                st = path.stat()
                self._seen[str(path.resolve())] = Seen(st.st_size, st.st_mtime_ns, _sha256(path))
            except FileNotFoundError:
                continue
        self._save()


Handler = Callable[[list[Path]], Any]


def watch(
    inbox: Inbox,
    handle: Handler,
    *,
    interval: float = 1.0,
    stop: threading.Event | None = None,
    once: bool = False,
    max_backoff: float = 60.0,
) -> int:
    """Poll ``inbox`` every ``interval`` seconds and pass each batch of ready files to ``handle``.

    A batch is remembered only after ``handle`` returns; if it raises, the batch is offered again
    after a back-off (doubling up to ``max_backoff`` seconds). With ``once``, return after the
    first poll that finds nothing more to do. Returns the number of batches handled.
    """
    stop = stop or threading.Event()
    batches = 0
    failures = 0
    while not stop.is_set():
        ready = inbox.poll()
        if ready:
            log.info("inbox %s: %d new file(s): %s", inbox.folder, len(ready), ", ".join(p.name for p in ready))
            try:
                handle(ready)
            except Exception as exc:  # keep watching: the batch is offered again after a pause
                failures += 1
                delay = min(interval * 2**failures, max_backoff)
                log.error("inbox batch failed (%s: %s); retrying in %.0f s", exc.__class__.__name__, exc, delay)
                if once and failures >= 3:
                    raise
                stop.wait(delay)
                continue
            failures = 0
            inbox.mark_done(ready)
            batches += 1
            continue  # look again at once: more files may have settled meanwhile
        if once:
            break
        stop.wait(interval)
    return batches


def ingest_handler(*, forecast: bool) -> Handler:
    """Hand a batch to the ingest flow (the event trigger forecasts) or, with ``forecast``, to the
    pipeline flow, which also publishes a forecast unless the newest vintage is already current."""

    def handle(paths: list[Path]) -> Any:
        inputs = [str(p) for p in paths]
        if forecast:
            from flows.pipeline import pipeline_flow

            result = pipeline_flow(inputs=inputs, skip_if_current=True)
            print(f"{result['ingest']}; {'published' if result['published'] else 'current'} run {result['run_id']}", flush=True)
            return result
        from flows.pipeline import ingest_flow

        summary = ingest_flow(inputs=inputs)
        print(
            f"{summary['inputs']} input(s): {summary['stored']} stored, {summary['duplicates']} already stored, "
            f"{summary['quarantined']} quarantined; {summary['facts']} new fact(s); event {summary['event_id']}",
            flush=True,
        )
        return summary

    return handle
