"""The shared scorer on the seed corpus: recall >= 0.95 and conflicts <= 0.05."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCORER = SHARED / "tools" / "score_facts.py"
TRUTH = SHARED / "corpus" / "seeds" / "facts.jsonl"


def test_seed_corpus_recall_and_conflicts() -> None:
    if not (SCORER.is_file() and TRUTH.is_file()):
        pytest.skip(f"the shared scorer/corpus is not beside the repo ({SHARED} missing)")
    cmd = f"{sys.executable} -m connectors {{path}}"
    r = subprocess.run(
        [sys.executable, str(SCORER), "--truth", str(TRUTH), "--cmd", cmd, "-v",
         "--min-recall", "0.95", "--max-conflicts", "0.05"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    m = re.search(r"recall ([0-9.]+) \(\d+/\d+\) conflicts ([0-9.]+)", r.stdout)
    assert m, f"scorer printed no summary:\n{r.stdout}\n{r.stderr}"
    recall, conflicts = float(m.group(1)), float(m.group(2))
    assert recall >= 0.95, r.stdout
    assert conflicts <= 0.05, r.stdout
    assert r.returncode == 0, r.stdout + r.stderr
