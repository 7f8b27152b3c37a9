"""Hang guard for adversarial text (issue 10): 200 KB of ``1%`` and of ``同比增长1%`` go through
the whole extractor and every repetition is read as one quantity.

:func:`connectors.extract.explain` runs the extraction and returns one decision per quantity (the
fact it became or why it was skipped), so its length is the number of mentions. It runs in a
subprocess with a generous timeout: this guards against a hang (the quadratic scans of issue 10
took minutes on such text), it does not assert a speed — ``benchmarks/bench_extract.py`` measures
throughput and linearity.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SIZE = 200_000  # bytes of UTF-8
TIMEOUT = 60  # seconds; a hang guard, not a speed bound

SCRIPT = """
import json
from connectors.extract import explain
text = {unit} * {reps}
decisions = explain(text)
print(json.dumps({{"mentions": len(decisions), "one_percent": sum(d.unit == "%" and d.value == 1.0 for d in decisions)}}))
"""


@pytest.mark.parametrize("unit", ["1%", "同比增长1%"])
def test_adversarial_text_is_extracted_whole_in_bounded_time(unit: str) -> None:
    reps = SIZE // len(unit.encode("utf-8"))
    code = SCRIPT.format(unit=ascii(unit), reps=reps)
    try:
        run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                             timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"extraction of {reps} x {unit!r} ({SIZE // 1000} KB) did not finish in {TIMEOUT} s")
    assert run.returncode == 0, run.stderr[-3000:]
    counts = json.loads(run.stdout.strip().splitlines()[-1])
    assert counts == {"mentions": reps, "one_percent": reps}
