#!/usr/bin/env python3
"""Facts read in one wording and missed in another: the same story labelled on several pages (issue 10).

Many stories are labelled more than once — the same release from another outlet, in another script or language
(TrendForce's March 2023 AI-server report in traditional Chinese, simplified Chinese and English; IDC's first-half 2024
AI-infrastructure release in English twice and in traditional Chinese). Where the extractor finds a labelled figure on one
page and misses the same figure on another, what differs is the wording, not the fact: the rule that read the first page
was fitted to its phrasing. That is the class of miss a rule for the language should remove, and each such pair shows the
two wordings side by side.

Two pages are taken as one story's when they share at least :data:`MIN_SHARED` labelled (metric, value) pairs, values that
say little (0–5, 10, 20, 30, 50, 100) and values labelled on more than :data:`MAX_PAGES` pages left out. For every shared
pair the pages' truth facts are scored as ``score_corpora.py`` scores them (the shared scorer's matching): found on both,
or found on one and missed on the other — then with the miss's class (``score_corpora.miss_class``: never read, another
value holds the key, wrong metric, wrong period, wrong keys), the quote the extractor read and the one it missed.

Sets kept unanalysed (``corpus/UNSEEN``) are left out entirely: their pages are neither read nor listed.

    .venv/bin/python benchmarks/parallel_pages.py            # counts and every one-sided pair
    .venv/bin/python benchmarks/parallel_pages.py --counts   # counts only

Measured 2026-12-07 (forty-second session; the sets open at its end): 124 page pairs of one story over 158 pages; on the
session's start (``97f882d``) 501 shared figures read on both pages and 112 on one only (keys 37, conflict 29, never 24,
metric 11, period 11), at its end 538 and 87 (keys 28, conflict 25, never 13, period 12, metric 9). 2.4 s.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_corpora as sc
from diff_facts import read_unseen

#: pages sharing at least this many labelled (metric, value) pairs are taken as one story's
MIN_SHARED = 3
#: a (metric, value) pair labelled on more pages than this is too common to tie pages together
MAX_PAGES = 6
#: values too round to tie two pages to one story
ROUND_VALUES = frozenset({0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 10.0, 20.0, 30.0, 50.0, 100.0})

Page = tuple[str, str]  # (set name, document file name)
Signature = tuple[str, float]  # (metric, value rounded to 6 decimals)


@dataclass(frozen=True)
class OneSided:
    """A labelled figure of one story found on one page and missed on another."""

    signature: Signature
    found_on: Page
    missed_on: Page
    found_quote: str
    missed_quote: str
    miss_class: str


def signature(t: dict[str, Any]) -> Signature:
    """What ties two labels of one figure together across pages: the metric and the value."""
    return (str(t["metric"]), round(float(t["value"]), 6))


def story_pairs(truth: dict[Page, list[dict[str, Any]]]) -> list[tuple[Page, Page]]:
    """The page pairs that share at least MIN_SHARED telling (metric, value) pairs, in sorted order."""
    pages_of: dict[Signature, set[Page]] = defaultdict(set)
    for page, facts in truth.items():
        for t in facts:
            if float(t["value"]) not in ROUND_VALUES:
                pages_of[signature(t)].add(page)
    shared: Counter[tuple[Page, Page]] = Counter()
    for pages in pages_of.values():
        if 2 <= len(pages) <= MAX_PAGES:
            shared.update(itertools.combinations(sorted(pages), 2))
    return sorted(pair for pair, n in shared.items() if n >= MIN_SHARED)


def outcomes(sf: ModuleType, facts: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[Signature, tuple[str, str]]:
    """For each labelled figure of a page: ("found" or the class of its miss, its quote) — the first label of a
    signature where a page labels it twice."""
    out: dict[Signature, tuple[str, str]] = {}
    for t in facts:
        if signature(t) in out:
            continue
        found = any(sf.keys_match(t, p) and sf.value_match(t, p) for p in preds)
        out[signature(t)] = ("found" if found else sc.miss_class(sf, t, preds), str(t["quote"]))
    return out


def compare(pairs: list[tuple[Page, Page]], read: dict[Page, dict[Signature, tuple[str, str]]]) -> tuple[int, list[OneSided]]:
    """(figures found on both pages of a pair, the one-sided ones) over the shared figures of each pair."""
    both, one_sided = 0, []
    for a, b in pairs:
        ra, rb = read[a], read[b]
        for sig in sorted(ra.keys() & rb.keys()):
            (oa, qa), (ob, qb) = ra[sig], rb[sig]
            if oa == "found" and ob == "found":
                both += 1
            elif (oa == "found") != (ob == "found"):
                hit, miss, hq, mq, cls = (a, b, qa, qb, ob) if oa == "found" else (b, a, qb, qa, oa)
                one_sided.append(OneSided(sig, hit, miss, hq, mq, cls))
    return both, one_sided


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--counts", action="store_true", help="print the counts only")
    args = ap.parse_args(argv)
    sf = sc.load_scorer()
    unseen = read_unseen()
    truth: dict[Page, list[dict[str, Any]]] = {}
    folders: dict[str, Path] = {}
    for folder in sc.default_sets():
        if folder.name in unseen:
            continue
        folders[folder.name] = folder
        for name, facts in sc.truth_by_file(folder).items():
            truth[(folder.name, name)] = facts
    pairs = story_pairs(truth)
    pages = sorted({p for pair in pairs for p in pair})
    read = {p: outcomes(sf, truth[p], sc.extract_file(folders[p[0]] / p[1])) for p in pages}
    both, one_sided = compare(pairs, read)
    classes = Counter(o.miss_class for o in one_sided)
    print(f"{len(pairs)} page pairs of one story ({len(pages)} pages); shared figures found on both pages: {both}, "
          f"on one only: {len(one_sided)} (" + ", ".join(f"{k} {n}" for k, n in classes.most_common()) + ")")
    if not args.counts:
        for o in sorted(one_sided, key=lambda o: (o.miss_class, o.missed_on, o.signature)):
            print(f"[{o.miss_class}] {o.signature[0]} {o.signature[1]:g}\n"
                  f"   read   {o.found_on[0]}/{o.found_on[1]}  «{o.found_quote[:90]}»\n"
                  f"   missed {o.missed_on[0]}/{o.missed_on[1]}  «{o.missed_quote[:90]}»")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
