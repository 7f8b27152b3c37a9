#!/usr/bin/env python3
"""Every fact of every labelled set, extracted by two builds and compared: what a rule change gains and loses (issue 10).

Each build is a git revision of this repository (exported with ``git archive`` by ``compare_extract.export``) or a
directory holding a ``connectors`` package. A worker process per build reads every document of the chosen sets as
``computecast extract`` reads a user's file (``score_corpora.extract_file``) and marks each extracted fact with the shared
scorer's matching (``score_corpora.prediction_tag``, over ``../shared/tools/score_facts.py``): ``ok`` (it matches a label),
``CF`` (a label has its keys but another value: a conflict) or ``..`` (no label has its keys). The report gives, set by set,
the change in facts found, facts matched, facts extracted and conflicts, then every fact that appeared (``+``) or went
(``-``). Sets kept unanalysed — listed in ``corpus/UNSEEN`` — are reported in totals only, so that checking a rule on all
sets opens none of them (``--show-unseen`` lists their facts too).

    .venv/bin/python benchmarks/diff_facts.py ec81d2a HEAD            # every labelled set
    .venv/bin/python benchmarks/diff_facts.py HEAD~1 HEAD dev holdout107  # some sets
    .venv/bin/python benchmarks/diff_facts.py ec81d2a .               # a revision against the working tree

This is how every rule of the fortieth and forty-first sessions was checked (README "Quality"); one run over all sets took
23 s of CPU against ``score_corpora.py``'s 11 s (2026-12-07, this machine): two builds extracted, each once.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compare_extract import export

REPO = Path(__file__).resolve().parents[1]
UNSEEN_FILE = REPO / "corpus" / "UNSEEN"
#: the keys of a fact that tell two facts apart in the report (with its value, unit, basis and qualifier)
KEYS = ("metric", "period", "region", "entity", "item", "of")

#: a build's facts: set name -> document file name -> facts, each a contract dict with "_tag" (ok, CF or ..)
Dump = dict[str, dict[str, list[dict[str, Any]]]]


def worker(root: str, sets: list[str]) -> Dump:
    """The facts of ``sets`` as the build at ``root`` extracts them, each tagged against the labels."""
    sys.path.insert(0, root)  # (the build's connectors, ahead of this tree's)
    sys.path.insert(1, str(Path(__file__).resolve().parent))
    import score_corpora as sc

    sf = sc.load_scorer()
    folders = [sc.resolve_set(s) for s in sets] if sets else sc.default_sets()
    out: Dump = {}
    for folder in folders:
        docs: dict[str, list[dict[str, Any]]] = {}
        for name, facts in sc.truth_by_file(folder).items():
            docs[name] = [{**p, "_tag": sc.prediction_tag(sf, facts, p)} for p in sc.extract_file(folder / name)]
        out[folder.name] = docs
    return out


def fact_key(f: dict[str, Any]) -> tuple[Any, ...]:
    """What tells one extracted fact from another in the report: its keys, value (to 6 significant figures), unit,
    basis and qualifier."""
    return (*(f.get(k) for k in KEYS), float(f"{f['value']:.6g}"), f.get("unit"), f.get("basis"), f.get("qualifier"))


@dataclass
class SetDiff:
    """One set's change between two builds: counts before and after, and the facts that appeared or went."""

    name: str
    before: dict[str, int]
    after: dict[str, int]
    gained: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    lost: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.gained or self.lost) or self.before != self.after


def counts(docs: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """Facts extracted, matched (``ok``) and in conflict (``CF``) of one set's documents."""
    facts = [f for fs in docs.values() for f in fs]
    return {"extracted": len(facts), "matched": sum(f["_tag"] == "ok" for f in facts),
            "conflicts": sum(f["_tag"] == "CF" for f in facts)}


def diff_dumps(a: Dump, b: Dump) -> list[SetDiff]:
    """The sets of ``b`` (also in ``a``) whose facts differ, in ``b``'s order."""
    out = []
    for name, docs_b in b.items():
        if name not in a:
            continue
        docs_a = a[name]
        d = SetDiff(name, counts(docs_a), counts(docs_b))
        for doc in sorted(set(docs_a) | set(docs_b)):
            fa = {fact_key(f): f for f in docs_a.get(doc, [])}
            fb = {fact_key(f): f for f in docs_b.get(doc, [])}
            d.lost += [(doc, fa[k]) for k in fa.keys() - fb.keys()]
            d.gained += [(doc, fb[k]) for k in fb.keys() - fa.keys()]
        if d.changed:
            out.append(d)
    return out


def describe(f: dict[str, Any]) -> str:
    """One fact on one line: its metric, keys, value, unit, basis, qualifier and the start of its quote."""
    keys = " ".join(f"{k}={f[k]}" for k in KEYS[1:] if f.get(k))
    return (f"{f['metric']} {keys} = {f['value']:g} {f.get('unit')} {f.get('basis')} {f.get('qualifier') or ''}".rstrip()
            + f"  «{(f.get('quote') or '')[:80]}»")


def report(diffs: list[SetDiff], unseen: set[str], show_unseen: bool = False) -> str:
    """The report's text: a line of counts per changed set, then its facts gained and lost (none for an unseen set
    unless ``show_unseen``), then the totals."""
    lines = []
    total = {"matched": 0, "extracted": 0, "conflicts": 0}
    for d in diffs:
        moved = ", ".join(f"{k} {d.before[k]} -> {d.after[k]}" for k in ("matched", "extracted", "conflicts"))
        hidden = d.name in unseen and not show_unseen
        lines.append(f"{d.name}{' (unseen: totals only)' if hidden else ''}: {moved}")
        for k in total:
            total[k] += d.after[k] - d.before[k]
        if hidden:
            continue
        for sign, facts in (("-", d.lost), ("+", d.gained)):
            lines += [f"  {sign} {f['_tag']} {doc}: {describe(f)}" for doc, f in sorted(facts, key=lambda x: x[0])]
    lines.append("total: " + ", ".join(f"{k} {v:+d}" for k, v in total.items()) + f" ({len(diffs)} sets changed)")
    return "\n".join(lines)


def read_unseen(path: Path = UNSEEN_FILE) -> set[str]:
    """The sets kept unanalysed: one name a line in ``corpus/UNSEEN``, ``#`` starting a comment."""
    if not path.is_file():
        return set()
    return {line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()} - {""}


def run(root: Path, sets: list[str]) -> Dump:
    """:func:`worker` in a process of its own (each build's connectors imported fresh)."""
    res = subprocess.run([sys.executable, __file__, "--worker", str(root), *sets], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": ""})
    if res.returncode:
        sys.exit(f"error: extracting with {root} failed: {res.stderr.strip().splitlines()[-1] if res.stderr.strip() else ''}")
    return dict(json.loads(res.stdout))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("builds", nargs="*", help="BEFORE AFTER (git revisions or directories holding connectors/), then sets")
    ap.add_argument("--show-unseen", action="store_true", help="list the facts of the sets in corpus/UNSEEN too")
    a = ap.parse_args(argv)
    if a.worker:
        json.dump(worker(a.worker, a.builds), sys.stdout, ensure_ascii=False)
        return 0
    if len(a.builds) < 2:
        ap.error("give two builds: BEFORE AFTER (e.g. HEAD~1 HEAD), then optionally set names")
    before, after, *sets = a.builds
    with tempfile.TemporaryDirectory(prefix="computecast-diff-") as tmp:
        dumps = [run(export(rev, Path(tmp)), sets) for rev in (before, after)]
    print(report(diff_dumps(*dumps), read_unseen(), a.show_unseen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
