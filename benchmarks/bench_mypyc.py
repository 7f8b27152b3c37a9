#!/usr/bin/env python3
"""Would compiling the extraction modules with mypyc pay? (issue 10)

Copies ``connectors/`` to a temporary directory, compiles the extraction modules there with mypyc
(the compiler of the mypy project, installed with the dev extras; it needs a C compiler and the
Python headers), then times ``extract_facts`` on the same texts with the package as it is
(interpreted) and with the compiled copy, in alternating subprocesses, and keeps the least CPU
time of each (the machine is shared). It also checks that both give the same explain records.
Nothing in the repository is changed or installed.

    .venv/bin/python benchmarks/bench_mypyc.py [--repeat 5] [--keep DIR]

Measured 2026-12-03 (see README "Speed"): 1.05-1.2x on the dev corpus and on ordinary text,
1.4-1.8x on text that is nothing but quantities (1%1%1%...), where the per-number rules dominate;
the scans (regexes, the keyword automaton, str.translate) are C already. Below the 1.5x on
ordinary text that would justify a compiled build, so the package stays pure Python; this script
is here to measure again when the rules grow.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
MODULES = ("textnorm", "lexicon", "numbers", "periods", "entities", "classify", "extract")
MYPY_INI = """[mypy]
python_version = 3.11
ignore_missing_imports = True
check_untyped_defs = True
"""


def build(where: Path) -> float:
    """Compile a copy of connectors/ in ``where``; returns the seconds it took."""
    shutil.copytree(REPO / "connectors", where / "connectors", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copytree(REPO / "data", where / "data")  # (the metric catalogue's kinds, read by connectors.contract)
    (where / "mypy.ini").write_text(MYPY_INI)
    started = time.perf_counter()
    # (in a directory without pyproject.toml: mypyc's setup.py is run by the setuptools of this
    # environment, which may be older than the one our build backend asks for)
    out = subprocess.run([sys.executable, "-m", "mypyc", "--config-file", "mypy.ini",
                          *(f"connectors/{m}.py" for m in MODULES)], cwd=where, capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"mypyc failed:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}")
    return time.perf_counter() - started


def worker(root: str, rounds: int) -> dict[str, Any]:
    """CPU seconds of extraction and of the bare regex pass, per case, with ``root`` first on sys.path."""
    sys.path.insert(0, root)
    sys.path.insert(1, str(REPO / "benchmarks"))
    from bench_extract import cpu_of_cases, dev_corpus, explain_digest, ordinary_text, paragraphs, repeat_to

    import connectors.extract as x

    docs = dev_corpus()
    for d in docs:
        x.extract_facts(d)
    cases = {"dev corpus, document by document": docs * rounds,
             "ordinary text, 0.25 MB in one document": [ordinary_text(paragraphs(docs), 0.25e6)],
             "1% repeated, 0.0625 MB": [repeat_to("1%", 0.0625e6)],
             "同比增长1% repeated, 0.125 MB": [repeat_to("同比增长1%", 0.125e6)]}
    return {"compiled": str(x.__file__).endswith(".so"),
            "cases": cpu_of_cases({name: (texts, x.extract_facts) for name, texts in cases.items()}, regex_rounds=5),
            "digest": explain_digest(x.explain, docs)}


def run(root: Path, rounds: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": ""}
    res = subprocess.run([sys.executable, __file__, "--worker", str(root), "--rounds", str(rounds)],
                         capture_output=True, text=True, env=env, check=True)
    return dict(json.loads(res.stdout))


def main() -> None:
    # (imported here: a worker must import connectors from the build it measures, not from this tree)
    from bench_extract import pad

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5, help="runs of each build, alternating (the least CPU counts)")
    ap.add_argument("--rounds", type=int, default=8, help="passes over the dev corpus in one run")
    ap.add_argument("--keep", help="build in this directory and keep it (default: a temporary one)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        print(json.dumps(worker(a.worker, a.rounds)))
        return
    where = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="computecast-mypyc-"))
    try:
        print(f"compiling {', '.join(MODULES)} with mypyc in {where} ...", flush=True)
        print(f"compiled in {build(where):.0f} s", flush=True)
        best: dict[bool, dict[str, Any]] = {}
        regex: dict[str, float] = {}  # the same regex pass in every run: its least CPU time of all
        digests: dict[bool, str] = {}
        load = os.getloadavg()[0]
        for _ in range(a.repeat):
            for root in (REPO, where):
                r = run(root, a.rounds)
                digests[r["compiled"]] = r["digest"]
                for name, c in r["cases"].items():
                    b = best.setdefault(r["compiled"], {}).setdefault(name, c)
                    if c["cpu"] < b["cpu"]:
                        best[r["compiled"]][name] = c
                    regex[name] = min(regex.get(name, c["regex"]), c["regex"])
        print(f"load average (1 min) {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end; "
              f"least CPU time of {a.repeat} runs each")
        if set(best) != {False, True}:
            sys.exit(f"expected one interpreted and one compiled build, got compiled={sorted(best)}")
        print(f"\n{'case':<42}{'MB':>7}{'interp s':>10}{'mypyc s':>9}{'speed-up':>10}{'x regex':>15}")
        for name, py in best[False].items():
            cc = best[True][name]
            print(f"{pad(name, 42)}{py['mb']:>7.3f}{py['cpu']:>10.3f}{cc['cpu']:>9.3f}{py['cpu'] / cc['cpu']:>9.2f}x"
                  f"{py['cpu'] / regex[name]:>8.0f} -> {cc['cpu'] / regex[name]:.0f}")
        same = digests[False] == digests[True]
        print(f"\nexplain records of the dev corpus identical: {'yes' if same else 'NO'}")
    finally:
        if not a.keep:
            shutil.rmtree(where, ignore_errors=True)


if __name__ == "__main__":
    main()
