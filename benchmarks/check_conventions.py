#!/usr/bin/env python3
"""How far extraction follows the labelling guide: short probe documents, one or more per convention.

``corpus/convention_probes.jsonl`` holds, for the conventions of ``corpus/LABELLING.md`` (ids P1…,
E…, I…, M…, MT… for the rows of its metric table, B…, T…, O…), short documents written for the
purpose (not copied from any labelled page) and the facts the guide says a labeller would write:
each expectation names the metric and value and the keys the convention is about (``null`` means
the guide expects null); ``{"absent": v}`` means no fact may carry the value ``v`` (a number the
guide leaves out). The probes were written by a helper who read the guide, not the extractor; the
ones named ``*_fresh`` were written after a round of fixes, in new words, to see whether a fix
generalises or only fits its probe.

It is a measure, not a gate: it prints which checks fail and the totals. Usage::

    python benchmarks/check_conventions.py            # totals by convention group, then the failures
    python benchmarks/check_conventions.py --all      # every check
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from score_corpora import extract_file  # (benchmarks/: a document read as `computecast extract` reads it)

REPO = Path(__file__).resolve().parents[1]
PROBES = REPO / "corpus" / "convention_probes.jsonl"


def close(a: Any, b: Any) -> bool:
    """Values equal within rounding (0.011 absolute or 1e-6 relative); None only equals None."""
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b)) or abs(a - b) < 0.011


def same(expected: Any, got: Any) -> bool:
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return got is not None and close(float(got), float(expected))
    return bool(got == expected)


def check(expect: dict[str, Any], facts: list[dict[str, Any]]) -> tuple[bool, str]:
    """Whether one expectation holds among the facts, and what differs when it does not."""
    if "absent" in expect:
        bad = [f for f in facts if close(f["value"], expect["absent"])
               and ("metric" not in expect or f["metric"] == expect["metric"])]
        return not bad, f"value {expect['absent']} should be no fact, got {[f['metric'] for f in bad]}" if bad else ""
    cands = [f for f in facts if f["metric"] == expect["metric"] and close(f["value"], expect["value"])]
    if not cands:
        other = [f["metric"] for f in facts if close(f["value"], expect["value"])]
        return False, f"{expect['metric']} {expect['value']:g} not found" + (f" (the value came out as {other})" if other else "")
    diffs = [{k: (v, c.get(k)) for k, v in expect.items() if k not in ("metric", "value") and not same(v, c.get(k))}
             for c in cands]
    best = min(diffs, key=len)
    return not best, "; ".join(f"{k}: expected {v!r}, got {g!r}" for k, (v, g) in best.items())


def run(probes: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any], bool, str]]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for probe in probes:
            path = Path(tmp) / f"{probe['id']}.txt"
            path.write_text(f"SOURCE: https://probe.example.org/{probe['id'].lower()}\nTITLE: probe {probe['id']}\n\n"
                            f"{probe['body']}", encoding="utf-8")
            facts = extract_file(path)
            for expect in probe["expect"]:
                ok, why = check(expect, facts)
                out.append((probe, expect, ok, why))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--all", action="store_true", help="print every check, not only the failures")
    a = ap.parse_args(argv)
    probes = [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = run(probes)
    by_group: Counter[str] = Counter()
    ok_group: Counter[str] = Counter()
    for probe, _expect, ok, why in results:
        group = re.match(r"[A-Z]+", probe["convention"]).group(0)  # type: ignore[union-attr]
        by_group[group] += 1
        ok_group[group] += ok
        if a.all or not ok:
            print(f"{'ok  ' if ok else 'FAIL'} {probe['id']:28} {why}")
    print()
    for group in sorted(by_group):
        print(f"{group:4} {ok_group[group]:4}/{by_group[group]:<4}")
    fresh = [(ok, p) for p, _, ok, _ in results if "fresh" in p["id"]]
    total_ok = sum(ok for _, _, ok, _ in results)
    print(f"checks passing: {total_ok}/{len(results)} in {len(probes)} probes; of the fresh-wording probes: "
          f"{sum(ok for ok, _ in fresh)}/{len(fresh)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
