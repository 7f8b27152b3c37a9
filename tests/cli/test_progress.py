"""Progress bars on long work: on stderr, only when stderr is a terminal, never in JSON or piped output."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent / "computecast"
BAR = "━"


def _run(args: list[str], db: Path, *, tty: bool) -> tuple[int, str, str]:
    """Run the command with stderr on a pseudo-terminal (``tty``) or a pipe; stdout always a pipe."""
    env = {**os.environ, "COMPUTECAST_DATABASE_URL": f"sqlite:///{db}", "COLUMNS": "120"}
    if not tty:
        out = subprocess.run([str(BIN), *args], capture_output=True, text=True, env=env, timeout=300)
        return out.returncode, out.stdout, out.stderr
    master, slave = pty.openpty()
    try:
        out = subprocess.run([str(BIN), *args], stdout=subprocess.PIPE, stderr=slave, env=env, timeout=300)
    finally:
        os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal's other end is closed: all read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return out.returncode, out.stdout.decode(), b"".join(chunks).decode(errors="replace")


@pytest.mark.slow
def test_ingest_forecast_and_backtest_show_real_progress_on_a_terminal(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    code, out, err = _run(["ingest", str(REPO / "data" / "documents")], db, tty=True)
    assert code == 0, err
    assert out.startswith("4 input(s): 4 stored") and BAR not in out
    assert "storing documents" in err and "4/4" in err  # counted per document, to the last
    code, out, err = _run(["forecast", "--as-of", "2025-06-30", "--draws", "500"], db, tty=True)
    assert code == 0, err
    # the Monte Carlo (one step), then one leave-one-out re-run per document of the lineage (4); the bar
    # is redrawn ten times a second, so a short stage may never be on screen, the last one always is
    assert "influence of document" in err and "5/5" in err
    code, out, err = _run(["backtest", "--start", "2023-12-31", "--end", "2024-12-31", "--every", "year",
                           "--draws", "200", "-o", str(tmp_path / "card.png")], db, tty=True)
    assert code == 0, err
    assert "origin 2024-12-31 scored" in err and "2/2" in err


@pytest.mark.slow
def test_no_progress_in_json_or_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    code, out, err = _run(["ingest", str(REPO / "data" / "documents"), "-f", "json"], db, tty=True)
    assert code == 0 and BAR not in err and out.startswith("{")
    code, out, err = _run(["forecast", "--as-of", "2025-06-30", "--draws", "500", "-f", "json"], db, tty=True)
    assert code == 0 and BAR not in err and out.startswith("{")
    code, out, err = _run(["forecast", "--as-of", "2025-06-30", "--draws", "600"], db, tty=False)
    assert code == 0 and err == "" and "Monte Carlo" not in out
