#!/usr/bin/env python3
"""Score extraction on every labelled set in one process, with the misses sorted by class.

The matching is the shared scorer's own (``../shared/tools/score_facts.py``: ``keys_match`` and
``value_match`` are imported from it, not copied), and each document is read as ``computecast
extract`` reads a user's file (:func:`connectors.read_sources`), so the figures equal those of::

    python ../shared/tools/score_facts.py --truth SET/facts.jsonl --cmd 'python -m connectors {path}'

run set by set, in a fraction of the time (one process instead of one per document).

Usage::

    python benchmarks/score_corpora.py                  # dev, seeds and every corpus/holdout*
    python benchmarks/score_corpora.py dev holdout3     # some sets (name or folder)
    python benchmarks/score_corpora.py --classes        # add the table of misses by class
    python benchmarks/score_corpora.py holdout3 --misses  # list each miss of a set, with its class

The classes of a truth fact not found (the closing notes' error table):

* ``never`` — no fact anywhere in the document has its value (the number was never read as a fact);
* ``conflict`` — a fact with all its keys holds another value;
* ``metric`` — its value came out, under another metric;
* ``period`` — its value and metric came out, under another period (other keys equal);
* ``keys`` — its value and metric came out, keyed otherwise (entity, region, item or ``of``).

Sets kept unanalysed (only their totals are looked at, so that they measure transfer) should be
scored without ``--misses``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from connectors import read_sources
from connectors.model import Quarantined

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CLASSES = ("never", "conflict", "metric", "period", "keys")


def load_scorer() -> ModuleType:
    """The shared scorer as a module (its matching rules are the definition of a hit)."""
    path = SHARED / "tools" / "score_facts.py"
    if not path.is_file():
        raise SystemExit(f"error: the shared scorer is not at {path}; put ../shared beside the repository")
    spec = importlib.util.spec_from_file_location("score_facts", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_sets() -> list[Path]:
    """dev, seeds, then corpus/holdout, holdout2, … in numeric order."""
    held = sorted((p for p in (REPO / "corpus").glob("holdout*") if (p / "facts.jsonl").is_file()),
                  key=lambda p: int(p.name.removeprefix("holdout") or 1))
    return [SHARED / "corpus" / "dev", SHARED / "corpus" / "seeds", *held]


def resolve_set(name: str) -> Path:
    """A set by folder path or by name (dev, seeds, holdoutN)."""
    for candidate in (Path(name), SHARED / "corpus" / name, REPO / "corpus" / name):
        if (candidate / "facts.jsonl").is_file():
            return candidate
    raise SystemExit(f"error: no labelled set {name!r} (a folder with facts.jsonl, or dev/seeds/holdoutN)")


def extract_file(path: Path) -> list[dict[str, Any]]:
    """The facts of one document, as ``python -m connectors PATH`` prints them."""
    out: list[dict[str, Any]] = []
    for res in read_sources([str(path)]):
        if not isinstance(res, Quarantined):
            out += [f.to_dict() for f in res.facts]
    return out


def miss_class(sf: ModuleType, truth: dict[str, Any], preds: list[dict[str, Any]]) -> str:
    """Which class of miss a truth fact not found belongs to (see the module docstring)."""
    if any(sf.keys_match(truth, p) for p in preds):
        return "conflict"
    same_value = [p for p in preds if sf.value_match(truth, p)]
    if not same_value:
        return "never"
    same_metric = [p for p in same_value if sf.norm(p.get("metric")) == sf.norm(truth["metric"])]
    if not same_metric:
        return "metric"
    others = tuple(k for k in sf.KEYS if k != "period")
    if any(all(truth.get(k) is None or sf.norm(truth[k]) == sf.norm(p.get(k)) for k in others)
           for p in same_metric):
        return "period"
    return "keys"


def prediction_tag(sf: ModuleType, facts: list[dict[str, Any]], p: dict[str, Any]) -> str:
    """How the shared scorer counts one prediction against its document's truth facts: ``ok`` (a truth fact has its keys
    and its value: matched), ``CF`` (truth facts have its keys, none its value: a conflict) or ``..`` (none has its keys)."""
    same_key = [t for t in facts if sf.keys_match(t, p)]
    return "ok" if any(sf.value_match(t, p) for t in same_key) else "CF" if same_key else ".."


def tally(sf: ModuleType, facts: list[dict[str, Any]], preds: list[dict[str, Any]]) -> Counter[str]:
    """One document's counts as the shared scorer counts them: ``found`` (truth facts some prediction matches on every
    key and the value), ``extracted``, ``matched`` (predictions matching a truth fact), ``keyed`` (predictions with a
    truth fact of the same keys) and ``conflicts`` (keyed, but no such truth fact has their value)."""
    out: Counter[str] = Counter(facts=len(facts), extracted=len(preds))
    out["found"] = sum(any(sf.keys_match(t, p) and sf.value_match(t, p) for p in preds) for t in facts)
    for p in preds:
        tag = prediction_tag(sf, facts, p)
        out["matched"] += tag == "ok"
        out["keyed"] += tag != ".."
        out["conflicts"] += tag == "CF"
    return out


def truth_by_file(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """A labelled set's truth facts (``facts.jsonl``), by document file name, in file order."""
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in (folder / "facts.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            t = json.loads(line)
            by_file[t["file"]].append(t)
    return dict(sorted(by_file.items()))


def rates(counts: Counter[str]) -> dict[str, float]:
    """Recall, conflict rate and precision of summed :func:`tally` counts."""
    return {"recall": counts["found"] / counts["facts"] if counts["facts"] else 0.0,
            "conflicts": counts["conflicts"] / counts["keyed"] if counts["keyed"] else 0.0,
            "precision": counts["matched"] / counts["extracted"] if counts["extracted"] else 0.0}


def score_set(sf: ModuleType, folder: Path, show_misses: bool) -> dict[str, Any]:
    """Recall, conflicts and precision of one set, counted as the shared scorer counts them."""
    by_file = truth_by_file(folder)
    counts: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    for name, facts in by_file.items():
        preds = extract_file(folder / name)
        counts += tally(sf, facts, preds)
        for t in facts:
            if any(sf.keys_match(t, p) and sf.value_match(t, p) for p in preds):
                continue
            cls = miss_class(sf, t, preds)
            classes[cls] += 1
            if show_misses:
                keys = " ".join(f"{k}={t[k]}" for k in ("period", "region", "entity", "item", "of") if t.get(k))
                print(f"  {cls:8} {name}: {t['metric']} {keys} = {t['value']:g} {t['unit']}  «{t['quote']}»")
    return {"set": folder.name, "pages": len(by_file), "facts": counts["facts"], "found": counts["found"],
            **rates(counts), "classes": classes}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set names or folders (default: dev, seeds, every corpus/holdout*)")
    ap.add_argument("--classes", action="store_true", help="print the misses of each set by class")
    ap.add_argument("--misses", action="store_true", help="list every miss with its class")
    a = ap.parse_args(argv)
    sf = load_scorer()
    folders = [resolve_set(s) for s in a.sets] if a.sets else default_sets()
    rows = []
    for folder in folders:
        if a.misses:
            print(f"{folder.name}:")
        rows.append(score_set(sf, folder, a.misses))
    print(f"{'set':10} {'pages':>5} {'facts':>5}  recall  conflicts  precision")
    for r in rows:
        print(f"{r['set']:10} {r['pages']:5} {r['facts']:5}  {r['recall']:.3f}   {r['conflicts']:.3f}      "
              f"{r['precision']:.3f}")
    if a.classes or a.misses:
        print(f"\n{'misses':10} " + " ".join(f"{c:>8}" for c in CLASSES) + "     all")
        for r in rows:
            counts = r["classes"]
            print(f"{r['set']:10} " + " ".join(f"{counts[c]:8}" for c in CLASSES) + f"  {sum(counts.values()):6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
