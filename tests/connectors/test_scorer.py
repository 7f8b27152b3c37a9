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


def test_parallel_pages_pairs_one_storys_pages_and_sides_each_shared_figure() -> None:
    # benchmarks/parallel_pages.py: TrendForce's March 2023 AI-server report, labelled in traditional Chinese (holdout4) and in
    # simplified Chinese (holdout114), is one story (they share the CAGR 10.8%, the 66.2%, 6.2%, 2.3% shares …); a page
    # of another story is paired with neither. Each shared figure is found on both pages, or on one with the other's miss
    # class — counted from the real labels and the extractor's reading of both pages
    repo = Path(__file__).resolve().parents[2]
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not beside the repo ({SHARED} missing)")
    pp = _benchmark("parallel_pages")
    sc = _benchmark("score_corpora")
    pages = {("holdout4", "zh_t_trendforce_ai_server_cagr_2023.txt"), ("holdout114", "zh_s_trendforce_ai_server_cagr_2023.txt"),
             ("holdout114", "en_delloro_dc_capex_forecast_jan_2022.txt")}
    truth = {p: sc.truth_by_file(repo / "corpus" / p[0])[p[1]] for p in pages}
    pairs = pp.story_pairs(truth)
    assert pairs == [(("holdout114", "zh_s_trendforce_ai_server_cagr_2023.txt"), ("holdout4", "zh_t_trendforce_ai_server_cagr_2023.txt"))]
    sf = sc.load_scorer()
    read = {p: pp.outcomes(sf, truth[p], sc.extract_file(repo / "corpus" / p[0] / p[1])) for p in pairs[0]}
    both, one_sided = pp.compare(pairs, read)
    shared = read[pairs[0][0]].keys() & read[pairs[0][1]].keys()
    assert ("cagr", 10.8) in shared and ("share", 66.2) in shared
    missed_both = sum(read[pairs[0][0]][s][0] != "found" and read[pairs[0][1]][s][0] != "found" for s in shared)
    assert both + len(one_sided) + missed_both == len(shared)
    assert all(o.miss_class in sc.CLASSES and o.found_on != o.missed_on for o in one_sided)
    # a hand-made reading: found on the first page only, so the second is the miss, with its class
    a, b = pairs[0]
    hand = {a: {("cagr", 10.8): ("found", "2022-2026 年复合增长率将达 10.8%")}, b: {("cagr", 10.8): ("period", "複合成長率")}}
    assert pp.compare([(a, b)], hand) == (0, [pp.OneSided(("cagr", 10.8), a, b, "2022-2026 年复合增长率将达 10.8%", "複合成長率",
                                                            "period")])
