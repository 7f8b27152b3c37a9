"""The documented exit codes, as a user's shell sees them (real subprocesses, a real SQLite file).

0 every input stored; 1 some inputs quarantined (listed); 2 usage; 3 database unreachable; 4 not found.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent / "computecast"
GOOD = REPO / "data" / "documents"


def _run(args: list[str], tmp_path: Path, url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COMPUTECAST_DATABASE_URL": url or f"sqlite:///{tmp_path / 'w.db'}",
           "COMPUTECAST_DB_CONNECT_ATTEMPTS": "1"}
    return subprocess.run([str(BIN), *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)


def _one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    return lines[0]


def test_0_when_every_input_is_stored_and_1_when_some_are_quarantined(tmp_path: Path) -> None:
    assert _run(["ingest", str(GOOD)], tmp_path).returncode == 0
    assert _run(["ingest", str(GOOD)], tmp_path).returncode == 0  # already stored is stored
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    mixed = _run(["ingest", str(empty), str(next(GOOD.iterdir()))], tmp_path)
    assert mixed.returncode == 1
    assert f"quarantined {empty}: " in mixed.stderr and "1 quarantined" in mixed.stdout
    extracted = _run(["extract", str(empty), str(next(GOOD.iterdir()))], tmp_path)
    assert extracted.returncode == 1 and f"quarantined {empty}: " in extracted.stderr and extracted.stdout


def test_2_for_usage(tmp_path: Path) -> None:
    # a usage mistake is one line naming the help to read, not Typer's boxed message
    for args, line in (
        (["forecast", "--draws", "many"], "error: Invalid value for '--draws': "),
        (["no-such-command"], "error: No such command 'no-such-command'. (see `computecast --help`)"),
        (["forecast", "--bogus"], "error: No such option: --bogus (see `computecast forecast --help`)"),
        (["calc", "train", "--tokens", "1e12"], "error: Missing option '--params'. (see `computecast calc train --help`)"),
        (["calc", "train", "--params", "7e9", "--tokens", "1e12", "--chip", "X9"], "error: unknown chip 'X9'"),
    ):
        proc = _run(args, tmp_path)
        assert proc.returncode == 2, (args, proc.stderr)
        assert _one_line_error(proc).startswith(line), proc.stderr
    bad_date = _run(["forecast", "--as-of", "30/06/2025"], tmp_path)
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in _one_line_error(bad_date)


def test_3_when_the_database_is_unreachable(tmp_path: Path) -> None:
    proc = _run(["runs"], tmp_path, url="postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2")
    assert proc.returncode == 3
    _one_line_error(proc)


@pytest.mark.parametrize("command", ["extract", "ingest", "run"])
def test_4_for_a_mistyped_path_and_nothing_is_read(command: str, tmp_path: Path) -> None:
    typo = tmp_path / "documnets"
    proc = _run([command, str(GOOD), str(typo)], tmp_path)
    assert proc.returncode == 4
    assert _one_line_error(proc) == f"error: no such file or folder: {typo} (nothing was read)"
    assert proc.stdout == ""


def test_4_for_an_unknown_run_id(tmp_path: Path) -> None:
    assert _run(["ingest", str(GOOD)], tmp_path).returncode == 0
    for args in (["diff", "42", "43"], ["export", "42"], ["forecast", "--supersedes", "42", "--draws", "200"]):
        proc = _run(args, tmp_path)
        assert proc.returncode == 4, (args, proc.stderr)
        assert "42" in _one_line_error(proc)


def test_version(tmp_path: Path) -> None:
    from flows.jobs import code_version

    proc = _run(["--version"], tmp_path)
    assert proc.returncode == 0 and proc.stdout.strip() == f"computecast {code_version()}"
    assert not (tmp_path / "w.db").exists()
