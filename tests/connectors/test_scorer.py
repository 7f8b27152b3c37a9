"""The shared scorer on the seed corpus: recall >= 0.95 and conflicts <= 0.05."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

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


def _benchmark(name: str) -> ModuleType:
    """A module of benchmarks/ (not a package: loaded by path, its own directory on sys.path as when run)."""
    import importlib

    bench = Path(__file__).resolve().parents[2] / "benchmarks"
    sys.path.insert(0, str(bench))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(bench))


def test_in_process_scoring_equals_the_shared_scorer_on_the_seeds() -> None:
    # benchmarks/score_corpora.py (and label_agreement.py, which counts with its tally) claims the shared scorer's figures
    if not (SCORER.is_file() and TRUTH.is_file()):
        pytest.skip(f"the shared scorer/corpus is not beside the repo ({SHARED} missing)")
    sc = _benchmark("score_corpora")
    got = sc.score_set(sc.load_scorer(), TRUTH.parent, False)
    r = subprocess.run([sys.executable, str(SCORER), "--truth", str(TRUTH), "--cmd", f"{sys.executable} -m connectors {{path}}"],
                       capture_output=True, text=True, timeout=600, check=False)
    m = re.search(r"recall ([0-9.]+) \((\d+)/\d+\) conflicts ([0-9.]+)", r.stdout)
    assert m, r.stdout + r.stderr
    assert (got["found"], round(got["recall"], 3), round(got["conflicts"], 3)) == \
        (int(m.group(2)), float(m.group(1)), float(m.group(3)))


def test_labels_scored_against_themselves_agree_fully_and_a_changed_value_is_a_conflict() -> None:
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not beside the repo ({SHARED} missing)")
    la = _benchmark("label_agreement")
    sf = la.sc.load_scorer()
    labels = la.load_facts(TRUTH)
    assert la.score(sf, labels, labels) == {"facts": 56, "found": 56, "extracted": 56, "recall": 1.0, "conflicts": 0.0,
                                            "precision": 1.0}
    name = next(iter(labels))
    changed = {**labels, name: [{**labels[name][0], "value": labels[name][0]["value"] * 3}, *labels[name][1:]]}
    got = la.score(sf, labels, changed)
    assert (got["found"], got["extracted"]) == (55, 56) and got["conflicts"] > 0


def test_the_fact_diff_of_two_builds_tags_facts_as_the_scorer_counts_and_hides_unseen_sets(tmp_path: Path) -> None:
    # benchmarks/diff_facts.py: a worker process extracts a set with a build (here this tree) and tags each fact ok / CF /
    # .. with the shared scorer's matching; its counts are score_corpora's tally; a build against itself differs nowhere;
    # a fact gone is listed with its tag, and a set named in corpus/UNSEEN is reported in totals only
    if not (SCORER.is_file() and TRUTH.is_file()):
        pytest.skip(f"the shared scorer/corpus is not beside the repo ({SHARED} missing)")
    df = _benchmark("diff_facts")
    sc = _benchmark("score_corpora")
    dump = df.run(Path(__file__).resolve().parents[2], ["seeds"])
    sf = sc.load_scorer()
    truth = [json.loads(line) for line in TRUTH.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally = sum((sc.tally(sf, [t for t in truth if t["file"] == doc], preds) for doc, preds in dump["seeds"].items()),
                start=Counter())
    assert df.counts(dump["seeds"]) == {"extracted": tally["extracted"], "matched": tally["matched"],
                                        "conflicts": tally["conflicts"]}
    assert df.diff_dumps(dump, dump) == []
    doc = next(d for d, facts in dump["seeds"].items() if any(f["_tag"] == "ok" for f in facts))
    gone = next(f for f in dump["seeds"][doc] if f["_tag"] == "ok")
    after = {"seeds": {**dump["seeds"], doc: [f for f in dump["seeds"][doc] if f is not gone]}}
    diffs = df.diff_dumps(dump, after)
    assert [(d.name, d.before["matched"] - d.after["matched"], len(d.lost), len(d.gained)) for d in diffs] == \
        [("seeds", 1, 1, 0)]
    assert f"  - ok {doc}: {df.describe(gone)}" in df.report(diffs, set())
    hidden = df.report(diffs, {"seeds"})
    assert hidden.startswith("seeds (unseen: totals only): matched") and "  - " not in hidden
    (tmp_path / "UNSEEN").write_text("# kept unseen\nholdout81   # a comment\n\n", encoding="utf-8")
    assert df.read_unseen(tmp_path / "UNSEEN") == {"holdout81"}
