#!/usr/bin/env python3
"""Extraction throughput: ``extract_facts`` over the seed corpus, the test fixtures and the bundled
documents, repeated to ~5 MB of text (``--large``: 10,000 documents), next to a bare regex pass
(``re.findall(r"\\d+(?:\\.\\d+)?", text)``) over the same texts. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from connectors.extract import extract_facts

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO.parent / "shared" / "corpus" / "seeds", REPO / "tests" / "connectors" / "fixtures", REPO / "data" / "documents"]
NUM = re.compile(r"\d+(?:\.\d+)?")


def corpus() -> list[str]:
    texts = []
    for folder in SOURCES:
        if folder.is_dir():
            texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit("no documents found (seeds, fixtures, data/documents)")
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--large", action="store_true", help="10,000 documents instead of ~5 MB")
    ap.add_argument("--mb", type=float, default=5.0, help="target size in MB of UTF-8 text (default 5)")
    a = ap.parse_args()
    base = corpus()
    docs: list[str] = []
    size = 0
    target = a.mb * 1e6
    while (len(docs) < 10_000) if a.large else (size < target):
        t = base[len(docs) % len(base)]
        docs.append(t)
        size += len(t.encode("utf-8"))
    mb = size / 1e6

    extract_facts(base[0])  # warm caches (alias table, OpenCC)
    t0 = time.perf_counter()
    n_facts = sum(len(extract_facts(t)) for t in docs)
    t_extract = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_nums = sum(len(NUM.findall(t)) for t in docs)
    t_regex = time.perf_counter() - t0

    print(f"corpus: {len(base)} distinct documents repeated to {len(docs)} documents, {mb:.2f} MB UTF-8")
    print(f"{'pass':<24}{'seconds':>10}{'MB/s':>10}{'docs/s':>10}{'items':>10}")
    print(f"{'extract_facts':<24}{t_extract:>10.2f}{mb / t_extract:>10.2f}{len(docs) / t_extract:>10.0f}{n_facts:>10}")
    print(f"{'regex numbers (base)':<24}{t_regex:>10.3f}{mb / t_regex:>10.1f}{len(docs) / t_regex:>10.0f}{n_nums:>10}")
    print(f"ratio: extraction is {t_extract / t_regex:.0f}x the time of a bare regex pass "
          f"({mb / t_extract:.2f} vs {mb / t_regex:.1f} MB/s)")


if __name__ == "__main__":
    main()
