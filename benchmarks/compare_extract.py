#!/usr/bin/env python3
"""Extraction speed of two builds side by side, for before/after figures on a shared machine.

Each build is a git revision of this repository (exported with ``git archive`` to a temporary
directory) or a directory holding a ``connectors`` package. The builds are timed in alternating
subprocesses, ``--repeat`` times each, on the same texts; for every case the least CPU time of a
build counts (other jobs on the machine only ever add time), and the ratio to the bare
number-regex pass uses that pass's least CPU time over all runs. The explain records of the dev
corpus are compared too (a speed change must change no output).

    .venv/bin/python benchmarks/compare_extract.py 6eb8912 HEAD [--repeat 5]

Cases: the dev corpus document by document (x8), 1 MB of ordinary text in one document, 0.125 MB
of ``1%``, 0.25 MB of ``同比增长1%``, and a 2 MB HTML page read as a user's file (parse_bytes).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def worker(root: str, rounds: int) -> dict[str, Any]:
    """CPU seconds of extraction and of the bare regex pass per case, with ``root`` first on sys.path."""
    sys.path.insert(0, root)
    sys.path.insert(1, str(REPO / "benchmarks"))
    from bench_extract import (
        cpu_of_cases,
        dev_corpus,
        explain_digest,
        html_page,
        ordinary_text,
        paragraphs,
        repeat_to,
    )

    import connectors.extract as x
    from connectors.sources import parse_bytes

    docs = dev_corpus()
    for d in docs:
        x.extract_facts(d)
    paras = paragraphs(docs)
    page = html_page(paras, 2e6)
    raw = page.encode("utf-8")
    cases: dict[str, tuple[list[str], Any]] = {
        f"dev corpus, document by document (x{rounds})": (docs * rounds, x.extract_facts),
        "ordinary text, 1 MB in one document": ([ordinary_text(paras, 1e6)], x.extract_facts),
        "1% repeated, 0.125 MB": ([repeat_to("1%", 0.125e6)], x.extract_facts),
        "同比增长1% repeated, 0.25 MB": ([repeat_to("同比增长1%", 0.25e6)], x.extract_facts),
        "2 MB HTML page, bytes to facts (parse_bytes)": ([page], lambda _t: parse_bytes(raw, source_uri="page.html")),
    }
    return {"compiled": str(x.__file__).endswith(".so"), "cases": cpu_of_cases(cases, regex_rounds=3),
            "digest": explain_digest(x.explain, docs)}


def run(root: Path, rounds: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": ""}
    res = subprocess.run([sys.executable, __file__, "--worker", str(root), "--rounds", str(rounds)],
                         capture_output=True, text=True, env=env)
    if res.returncode:
        sys.exit(f"run of {root} failed:\n{res.stderr[-3000:]}")
    return dict(json.loads(res.stdout))


def export(rev: str, tmp: Path) -> Path:
    """A directory holding the connectors package of ``rev`` (a directory, or a git revision)."""
    if (Path(rev) / "connectors").is_dir():
        return Path(rev).resolve()
    sha = subprocess.run(["git", "rev-parse", "--short", rev], cwd=REPO, capture_output=True, text=True,
                         check=True).stdout.strip()
    where = tmp / sha
    where.mkdir(exist_ok=True)  # (the same revision on both sides: exported once)
    # (with data/: the connectors read the metric catalogue's kinds, data/metrics.toml, since 2026-12-03)
    archive = subprocess.run(["git", "archive", sha, "connectors", "data"], cwd=REPO, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(where)], input=archive, check=True)
    return where


def compare(roots: dict[str, Path], repeat: int, rounds: int) -> None:
    # (imported here: a worker must import connectors from the build it measures, not from this tree)
    from bench_extract import pad

    best: dict[str, dict[str, Any]] = {}
    regex: dict[str, float] = {}
    digests: dict[str, str] = {}
    load = os.getloadavg()[0]
    for _ in range(repeat):
        for label, root in roots.items():
            r = run(root, rounds)
            digests[label] = r["digest"]
            for name, c in r["cases"].items():
                b = best.setdefault(label, {}).setdefault(name, c)
                if c["cpu"] < b["cpu"]:
                    best[label][name] = c
                regex[name] = min(regex.get(name, c["regex"]), c["regex"])
    a, b = list(roots)
    print(f"load average (1 min) {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, {os.cpu_count()} cores; "
          f"least CPU time of {repeat} runs each")
    la, lb = a[:7], b[:7]
    print(f"\n{'case':<46}{'MB':>6}{'CPU s':>16}{'MB/s/core':>16}{'x regex':>16}{'speed-up':>10}")
    print(f"{'':<52}{la:>8}{lb:>8}{la:>8}{lb:>8}{la:>8}{lb:>8}")
    for name, ca in best[a].items():
        cb = best[b][name]
        print(f"{pad(name, 46)}{ca['mb']:>6.2f}{ca['cpu']:>8.2f}{cb['cpu']:>8.2f}{ca['mb'] / ca['cpu']:>8.2f}"
              f"{cb['mb'] / cb['cpu']:>8.2f}{ca['cpu'] / regex[name]:>8.0f}{cb['cpu'] / regex[name]:>8.0f}"
              f"{ca['cpu'] / cb['cpu']:>9.2f}x")
    print(f"\nexplain records of the dev corpus identical: {'yes' if len(set(digests.values())) == 1 else 'NO'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("builds", nargs="*", default=["HEAD~1", "HEAD"], help="two git revisions or directories")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each build, alternating (the least CPU counts)")
    ap.add_argument("--rounds", type=int, default=8, help="passes over the dev corpus in one run")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        print(json.dumps(worker(a.worker, a.rounds)))
        return
    if len(a.builds) != 2:
        sys.exit("give two builds")
    tmp = Path(tempfile.mkdtemp(prefix="computecast-compare-"))
    try:
        compare({rev: export(rev, tmp) for rev in a.builds}, a.repeat, a.rounds)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
