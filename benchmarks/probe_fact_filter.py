#!/usr/bin/env python3
"""Would a learned filter of extracted facts close the gap to unseen documents? (issue 10)

The rules read a number into a fact; this probe asks whether a classifier, trained on the labelled
sets, could tell the extracted facts that match a label from those that match none, well enough to
drop the second kind without losing the first. Each extracted fact of every labelled set becomes a
row of features that the fact and its document give (metric, unit, basis, qualifier, the kinds of
its period and region, whether entity and item are named, its ``of``, a range or not, log10 of the
value, the quote's length and share of CJK characters, the document's number of facts, the fact's
position, how many facts share its key and how many values they hold, whether it is the first of
its key, how often its metric and value recur, its year against the document's latest and most
frequent year, its metric's share of the document's facts), labelled by the shared scorer's
matching (``keys_match`` and ``value_match`` of ``../shared/tools/score_facts.py``).

A gradient-boosted classifier (scikit-learn's HistGradientBoostingClassifier) is trained on the open
holdout sets and scored on the never-analysed ones, on dev and on the seeds; then, for a second
view, by five-fold cross-validation grouped by set over the open sets. For each threshold it
prints recall, conflicts and precision after dropping the facts scored below it, as the shared
scorer computes them (a truth fact is found if a kept fact matches it).

    .venv/bin/python benchmarks/probe_fact_filter.py

Measured 2026-12-06 (README "Tried and dropped"): at the threshold that keeps recall within 0.01 on
the never-analysed sets (0.4), their precision moves 0.749 -> 0.761 and conflicts 0.161 -> 0.159;
cross-validated on the open sets 0.800 -> 0.813 for recall 0.830 -> 0.813. The unmatched facts do
not look different from the matched ones by what a fact and its page say; most conflicts are
figures the labels leave out (segment revenue lines), which no filter of this kind can tell.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_corpora as sc

#: the sets kept unanalysed to measure transfer (README "Quality")
NEVER = {f"holdout{n}" for n in (53, 56, 58, 68, 81, 85, 89, 91, 92)}
KEYS = ("metric", "unit", "period", "region", "entity", "item", "of")
CATEGORICAL = ("metric", "unit", "basis", "qualifier", "period_kind", "region_kind", "of", "entity_none", "item_none",
               "item")
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)
PERIOD_KINDS = (("year", r"\d{4}"), ("span", r"\d{4}-\d{4}"), ("half", r"\d{4}H\d"), ("quarter", r"\d{4}Q\d"),
                ("month", r"\d{4}-\d{2}"), ("fiscal", r"FY.*"))


def period_kind(period: str | None) -> str:
    if period is None:
        return "none"
    return next((name for name, pattern in PERIOD_KINDS if re.fullmatch(pattern, period)), "other")


def region_kind(region: str | None) -> str:
    if region is None:
        return "none"
    return region if region in ("GLOBAL", "CN", "US") else "province" if "-" in region else "other"


def year_of(period: str | None) -> int | None:
    m = re.search(r"\d{4}", period or "")
    return int(m.group(0)) if m else None


def load_rows() -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Every extracted fact of every labelled set, with its set, document, match and conflict flags and the truth
    facts it finds; and each set's number of truth facts."""
    scorer = sc.load_scorer()
    rows: list[dict[str, Any]] = []
    truth_count: dict[str, int] = {}
    for folder in sc.default_sets():
        truth = [json.loads(line) for line in (folder / "facts.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        truth_count[folder.name] = len(truth)
        for name in sorted({t["file"] for t in truth}):
            labels = [t for t in truth if t["file"] == name]
            preds = sc.extract_file(folder / name)
            for i, p in enumerate(preds):
                keyed = [t for t in labels if scorer.keys_match(t, p)]
                hits = [j for j, t in enumerate(labels) if scorer.keys_match(t, p) and scorer.value_match(t, p)]
                rows.append({"set": folder.name, "file": name, "i": i, "n": len(preds), "fact": p, "matched": bool(hits),
                             "keyed": bool(keyed), "conflict": bool(keyed) and not hits, "hits": hits})
    return rows, truth_count


def features(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The feature row of each fact (module docstring), in the order of ``rows``."""
    by_doc: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, r in enumerate(rows):
        by_doc[(r["set"], r["file"])].append(k)
    out: list[dict[str, Any]] = [{} for _ in rows]
    for members in by_doc.values():
        facts = [rows[k]["fact"] for k in members]
        key_of = [tuple(f.get(x) for x in KEYS) for f in facts]
        key_count = Counter(key_of)
        key_values: dict[tuple[Any, ...], set[float]] = defaultdict(set)
        for key, f in zip(key_of, facts, strict=True):
            key_values[key].add(round(f["value"], 6))
        value_count = Counter((f["metric"], round(f["value"], 6)) for f in facts)
        years = [y for f in facts if (y := year_of(f.get("period"))) is not None]
        latest = max(years) if years else None
        commonest = Counter(years).most_common(1)[0][0] if years else None
        metric_count = Counter(f["metric"] for f in facts)
        seen: Counter[tuple[Any, ...]] = Counter()
        for k, key, f in zip(members, key_of, facts, strict=True):
            seen[key] += 1
            quote = f.get("quote") or ""
            year = year_of(f.get("period"))
            out[k] = {
                "metric": f["metric"], "unit": f["unit"], "basis": f.get("basis"), "qualifier": f.get("qualifier") or "none",
                "period_kind": period_kind(f.get("period")), "region_kind": region_kind(f.get("region")),
                "of": f.get("of") or "none", "entity_none": str(f.get("entity") is None),
                "item_none": str(f.get("item") is None), "item": f.get("item") or "none",
                "range": float(f.get("low") is not None), "log_value": math.log10(abs(f["value"]) + 1e-9),
                "quote_length": math.log1p(len(quote)),
                "cjk": sum("\u4e00" <= c <= "\u9fff" for c in quote) / max(1, len(quote)),
                "facts": math.log(len(facts)), "position": rows[k]["i"] / len(facts), "key_facts": key_count[key],
                "key_values": len(key_values[key]), "first_of_key": float(seen[key] == 1),
                "value_recurs": value_count[(f["metric"], round(f["value"], 6))],
                "years_after_latest": year - latest if year is not None and latest is not None else -99,
                "years_after_commonest": year - commonest if year is not None and commonest is not None else -99,
                "metric_share": metric_count[f["metric"]] / len(facts),
            }
    return out


def encode(feats: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    """The feature rows as a matrix (categories as ordinal codes) and the mask of the categorical columns."""
    columns = list(feats[0])
    codes: dict[str, dict[Any, int]] = {c: {} for c in CATEGORICAL}
    matrix = np.array([[codes[c].setdefault(f[c], len(codes[c])) if c in codes else f[c] for c in columns] for f in feats],
                      dtype=float)
    return matrix, np.array([c in codes for c in columns])


def score(rows: list[dict[str, Any]], keep: np.ndarray, truth_count: dict[str, int]) -> tuple[float, float, float]:
    """Recall, conflicts and precision over ``rows`` with only the facts ``keep`` marks."""
    found: set[tuple[str, str, int]] = set()
    extracted = matched = keyed = conflicts = 0
    for r, kept in zip(rows, keep, strict=True):
        if not kept:
            continue
        extracted += 1
        matched += r["matched"]
        keyed += r["keyed"]
        conflicts += r["conflict"]
        found.update((r["set"], r["file"], j) for j in r["hits"])
    total = sum(truth_count[s] for s in {r["set"] for r in rows})
    return len(found) / total, conflicts / max(1, keyed), matched / max(1, extracted)


def classifier(categorical: np.ndarray) -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(categorical_features=categorical, max_iter=300, learning_rate=0.05,
                                          random_state=0)


def report(label: str, rows: list[dict[str, Any]], proba: np.ndarray, truth_count: dict[str, int]) -> None:
    r0, c0, p0 = score(rows, np.ones(len(rows), dtype=bool), truth_count)
    print(f"{label:22} {'all kept':>9}  recall {r0:.3f}  conflicts {c0:.3f}  precision {p0:.3f}")
    for t in THRESHOLDS:
        r, c, p = score(rows, proba >= t, truth_count)
        print(f"{'':22} {f'p >= {t}':>9}  recall {r:.3f}  conflicts {c:.3f}  precision {p:.3f}")


def main() -> int:
    rows, truth_count = load_rows()
    x, categorical = encode(features(rows))
    y = np.array([r["matched"] for r in rows])
    groups = np.array([r["set"] for r in rows])
    is_open = np.array([g not in NEVER and g not in ("dev", "seeds") for g in groups])
    model = classifier(categorical).fit(x[is_open], y[is_open])
    for label, mask in (("never-analysed sets", np.isin(groups, sorted(NEVER))), ("dev", groups == "dev"),
                        ("seeds", groups == "seeds")):
        report(label, [r for r, m in zip(rows, mask, strict=True) if m], model.predict_proba(x[mask])[:, 1], truth_count)
    idx = np.flatnonzero(is_open)
    proba = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=5).split(idx, groups=groups[idx]):
        fold = classifier(categorical).fit(x[idx[train]], y[idx[train]])
        proba[idx[test]] = fold.predict_proba(x[idx[test]])[:, 1]
    report("open sets (5-fold CV)", [rows[i] for i in idx], proba[idx], truth_count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
