#!/usr/bin/env python3
"""How far do two careful labellers agree, and where does the extractor stand against each? (issue 10)

A held-out set's labels are one person's reading of the conventions (``../shared/FACTS.md``,
``../shared/corpus/README.md``, ``corpus/LABELLING.md``). A second person labelled the same pages
independently, without the first labels, the extractor or the project's code
(``corpus/agreement/holdoutN.jsonl``, notes beside it). Scoring one labeller's facts against the
other's with the shared scorer's matching (``keys_match`` and ``value_match`` of
``../shared/tools/score_facts.py``, a null key "not checked") measures the agreement the
conventions allow — a ceiling for any extractor scored on such labels — and scoring the extractor
against both shows how much of its gap is the labels' own.

    .venv/bin/python benchmarks/label_agreement.py [holdout106 holdout107 ...]

For each set it prints: the second labels scored against the first (recall = the share of the first
labeller's facts the second also has; precision = the share of the second's facts the first has),
the first against the second, and the extractor against each. Sets default to every
``corpus/agreement/holdoutN.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_corpora as sc

REPO = Path(__file__).resolve().parents[1]
AGREEMENT = REPO / "corpus" / "agreement"
Facts = dict[str, list[dict[str, Any]]]


def load_facts(path: Path) -> Facts:
    """The facts of a JSON-lines file, by document file name."""
    out: Facts = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            fact = json.loads(line)
            out[fact["file"]].append(fact)
    return out


def tally_set(sf: ModuleType, truth: Facts, preds: Facts) -> Counter[str]:
    """The shared scorer's counts of ``preds`` against ``truth`` over the documents of ``truth`` (score_corpora.tally)."""
    counts: Counter[str] = Counter()
    for name, facts in truth.items():
        counts += sc.tally(sf, facts, preds.get(name, []))
    return counts


def summary(counts: Counter[str]) -> dict[str, float]:
    return {"facts": counts["facts"], "found": counts["found"], "extracted": counts["extracted"], **sc.rates(counts)}


def score(sf: ModuleType, truth: Facts, preds: Facts) -> dict[str, float]:
    """Recall, conflicts and precision of ``preds`` against ``truth`` over their documents (score_corpora's counting)."""
    return summary(tally_set(sf, truth, preds))


def row(label: str, s: dict[str, float]) -> str:
    return (f"  {label:32} recall {s['recall']:.3f} ({s['found']}/{s['facts']})  conflicts {s['conflicts']:.3f}  "
            f"precision {s['precision']:.3f} (of {s['extracted']})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="held-out sets with second labels (default: every corpus/agreement/*.jsonl)")
    a = ap.parse_args(argv)
    names = a.sets or sorted(p.stem for p in AGREEMENT.glob("holdout*.jsonl"))
    if not names:
        raise SystemExit(f"error: no second labels in {AGREEMENT}; add holdoutN.jsonl there")
    sf = sc.load_scorer()
    pooled: dict[str, Counter[str]] = defaultdict(Counter)
    for name in names:
        folder, second = sc.resolve_set(name), AGREEMENT / f"{name}.jsonl"
        if not second.is_file():
            raise SystemExit(f"error: no second labels for {name} at {second}")
        first, other = load_facts(folder / "facts.jsonl"), load_facts(second)
        extracted: Facts = {doc: sc.extract_file(folder / doc) for doc in sorted(set(first) | set(other))}
        print(f"{name} ({len(extracted)} pages; first labels {sum(map(len, first.values()))} facts, second "
              f"{sum(map(len, other.values()))})")
        for label, truth, preds in (("second labeller against first", first, other),
                                    ("first labeller against second", other, first),
                                    ("extractor against first", first, extracted),
                                    ("extractor against second", other, extracted)):
            counts = tally_set(sf, truth, preds)
            pooled[label] += counts
            print(row(label, summary(counts)))
    if len(names) > 1:
        print(f"pooled ({len(names)} sets)")
        for label, counts in pooled.items():
            print(row(label, summary(counts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
