#!/usr/bin/env python3
"""Extraction throughput and linearity (issue 10): ``extract_facts`` on

* the dev corpus (``../shared/corpus/dev/*.txt``), document by document, repeated to ~1 MB;
* ordinary text of growing size (the dev corpus concatenated to 0.25, 0.5, 1 and 2 MB, one
  document each): time per MB at each size and the ratio largest/smallest (1.0 = linear);
* adversarial text: 1 MB of ``1%`` and 1 MB of ``同比增长1%`` (each also at 1/8, 1/4 and 1/2 of
  that, to show the growth), and a 20 MB HTML page of real corpus paragraphs in nested tags, as a
  user's HTML file is read: its bytes through :func:`connectors.sources.parse_bytes` (decode,
  HTML -> text, publication date, kind, facts); the HTML reader alone is timed beside it.

Baseline, measured in the same run over the same text: a bare number-regex pass,
``re.finditer(r"\\d+(?:[.,]\\d+)*", text)``. Every figure is CPU time of this single-threaded
process (``time.process_time``), so MB/s is per core and stays meaningful on a shared machine; wall
seconds are printed beside it. Sizes are MB (10^6 bytes) of UTF-8. Prints figures; asserts nothing.
Targets from the issue: linear, >= 5 MB/s per core on ordinary text, within 20x the regex pass.

A size whose time, projected quadratically from the size before it, exceeds ``--budget`` seconds
is skipped and reported as such (superlinear extraction would otherwise not finish).

    .venv/bin/python benchmarks/bench_extract.py [--quick] [--budget 120]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import re
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from connectors.extract import extract_facts
from connectors.html import html_to_text
from connectors.model import SourceDocument
from connectors.sources import parse_bytes

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "corpus" / "dev"
NUM = re.compile(r"\d+(?:[.,]\d+)*")
MB = 1e6
T = TypeVar("T")


def dev_corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no documents in {DEV}")
    return texts


def paragraphs(texts: list[str]) -> list[str]:
    return [ln.strip() for t in texts for ln in t.splitlines() if ln.strip()]


def nbytes(text: str) -> int:
    return len(text.encode("utf-8"))


def repeat_to(unit: str, size: float) -> str:
    """``unit`` repeated to at least ``size`` bytes (whole repetitions)."""
    return unit * -(-int(size) // nbytes(unit))


def ordinary_text(paras: list[str], size: float) -> str:
    """Dev corpus paragraphs, one per line, cycled until ``size`` bytes."""
    out: list[str] = []
    total = 0
    for p in itertools.cycle(paras):
        if total >= size:
            break
        out.append(p)
        total += nbytes(p) + 1
    return "\n".join(out)


def html_page(paras: list[str], size: float) -> str:
    """A page of ``size`` bytes: corpus paragraphs, four to a ``<p>``, ten ``<p>`` to a section in
    nested divs, the first number of each ``<p>`` in an inline tag (``<b>15.98</b>亿美元``), with
    navigation, scripts and asides between sections. About 8 tags per kB, so even 20 MB stays within
    the HTML reader's limit of MAX_TAGS tags (denser markup at that size is quarantined by design)."""
    head = ('<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>算力市场观察</title>'
            '<meta property="article:published_time" content="2025-06-30"></head><body>'
            '<nav class="navbar"><ul><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li></ul></nav>'
            '<div id="page"><main><article>')
    tail = "</article></main></div><footer>© 2025 版权所有</footer></body></html>"
    blocks: list[str] = []
    total = len(head) + len(tail)
    cycle = itertools.cycle(paras)
    i = 0
    while total < size:
        ps = []
        for _ in range(10):
            body = NUM.sub(lambda m: f"<b>{m.group(0)}</b>", "\n".join(next(cycle) for _ in range(4)), count=1)
            ps.append(f"<p>{body}</p>")
        block = f'<section class="s{i % 7}"><div class="content">{"".join(ps)}</div></section>'
        if i % 10 == 9:
            block += ('<aside class="related"><a href="#">相关阅读</a></aside>'
                      '<script>var x = [1, 2, 3];</script>')
        blocks.append(block)
        total += nbytes(block)
        i += 1
    return head + "".join(blocks) + tail


@dataclass
class Timing:
    wall: float
    cpu: float


def timed(fn: Callable[[], T]) -> tuple[Timing, T]:
    w0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return Timing(time.perf_counter() - w0, time.process_time() - c0), out


def regex_cpu(texts: list[str]) -> float:
    """CPU seconds of one bare number-regex pass over ``texts`` (best of a few passes, >= 0.2 s in all)."""
    best, spent = float("inf"), 0.0
    while spent < 0.2 or best == float("inf"):
        t, _ = timed(lambda: sum(1 for t in texts for _ in NUM.finditer(t)))
        best, spent = min(best, t.cpu), spent + t.cpu
    return max(best, 1e-9)


def cpu_of_cases(cases: dict[str, tuple[list[str], Callable[[str], object]]],
                 regex_rounds: int) -> dict[str, dict[str, float]]:
    """For each case (texts and what to run on each): its MB, the CPU seconds of the run, and of a
    bare number-regex pass over the same texts (mean of ``regex_rounds``) — the figures
    ``compare_extract.py`` and ``bench_mypyc.py`` print for two builds run in alternation."""
    out: dict[str, dict[str, float]] = {}
    for name, (texts, fn) in cases.items():
        c0 = time.process_time()
        for t in texts:
            fn(t)
        cpu = time.process_time() - c0
        c0 = time.process_time()
        for _ in range(regex_rounds):
            for t in texts:
                sum(1 for _ in NUM.finditer(t))
        regex = (time.process_time() - c0) / regex_rounds
        out[name] = {"mb": sum(len(t.encode()) for t in texts) / 1e6, "cpu": cpu, "regex": max(regex, 1e-9)}
    return out


def explain_digest(explain: Callable[[str], list[Any]], docs: list[str]) -> str:
    """A hash of every explain record of ``docs``: two builds that give the same hash decide alike."""
    digest = hashlib.sha256()
    for d in docs:
        for r in explain(d):
            digest.update(json.dumps([r.start, r.end, r.quote, repr(r.value), r.unit, [f.to_dict() for f in r.facts],
                                      r.reason], ensure_ascii=False, sort_keys=True, default=str).encode())
    return digest.hexdigest()


def pad(s: str, width: int) -> str:
    """``s`` left-aligned in ``width`` terminal columns (CJK characters take two)."""
    cols = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
    return s + " " * max(0, width - cols)


HEADER = f"{'case':<34}{'MB':>7}{'wall s':>9}{'cpu s':>9}{'MB/s/core':>11}{'s per MB':>10}{'x regex':>9}{'facts':>8}"


def row(name: str, mb: float, t: Timing, t_regex: float | None, facts: int | str) -> str:
    ratio = f"{t.cpu / t_regex:>9.0f}" if t_regex else f"{'':>9}"
    return f"{pad(name, 34)}{mb:>7.2f}{t.wall:>9.2f}{t.cpu:>9.2f}{mb / t.cpu:>11.2f}{t.cpu / mb:>10.2f}{ratio}{facts:>8}"


def ladder(name: str, texts: Iterator[tuple[float, str]], budget: float) -> list[tuple[float, float]]:
    """Extract each text (sizes ascending); returns (MB, cpu s) per size. Stops when the next
    size, projected quadratically from the last, would exceed the budget."""
    done: list[tuple[float, float]] = []
    for size, text in texts:
        mb = nbytes(text) / MB
        if done:
            last_mb, last_s = done[-1]
            projected = last_s * (mb / last_mb) ** 2
            if projected > budget:
                print(f"{pad(f'{name} {size / MB:.3g} MB', 34)}{mb:>7.2f}   skipped: projected {projected:.0f} s "
                      f"(quadratic from {last_s:.1f} s at {last_mb:.2f} MB) > budget {budget:g} s", flush=True)
                continue
        t, facts = timed(partial(extract_facts, text))
        print(row(f"{name} {size / MB:.3g} MB", mb, t, regex_cpu([text]), len(facts)), flush=True)
        done.append((mb, t.cpu))
    return done


def exponent(done: list[tuple[float, float]]) -> float:
    """The growth exponent p of time ~ size^p between the smallest and the largest size measured."""
    (mb0, s0), (mb1, s1) = done[0], done[-1]
    return math.log(s1 / s0) / math.log(mb1 / mb0) if len(done) > 1 and s0 > 0 else 1.0


def linearity(name: str, done: list[tuple[float, float]]) -> None:
    if len(done) < 2:
        print(f"  {name}: too few sizes measured to judge linearity")
        return
    (mb0, s0), (mb1, s1) = done[0], done[-1]
    per0, per1 = s0 / mb0, s1 / mb1
    print(f"  {name}: time per MB {per0:.2f} s at {mb0:.2f} MB -> {per1:.2f} s at {mb1:.2f} MB; "
          f"ratio largest/smallest {per1 / per0:.2f} (1.0 = linear, {mb1 / mb0:.0f} = quadratic); "
          f"time ~ size^{exponent(done):.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a small run: 1/8 of every size, a 2 MB HTML page")
    ap.add_argument("--large", action="store_true", help="accepted for run_all.py; the default sizes are the issue's")
    ap.add_argument("--budget", type=float, default=120.0, help="skip a size projected to take longer (CPU s)")
    a = ap.parse_args()
    k = 1 / 8 if a.quick else 1.0
    docs = dev_corpus()
    paras = paragraphs(docs)
    # warm up: lexicons, alias and keyword automata, OpenCC, cn2an (imported on the first Chinese
    # numeral) are built once per process, not per MB
    for d in docs:
        extract_facts(d)
    extract_facts("1%同比增长1%" * 20)

    print(f"targets: linear, >= 5 MB/s per core on ordinary text, <= 20x the bare regex pass "
          f"(r'{NUM.pattern}'); {'quick run (1/8 sizes)' if a.quick else 'full run'}")
    print(HEADER)

    # 1. the dev corpus, document by document
    corpus_mb = sum(nbytes(d) for d in docs) / MB
    rounds = max(1, round(k * 1.0 / corpus_mb))
    batch = docs * rounds
    t, n = timed(lambda: sum(len(extract_facts(d)) for d in batch))
    dev_row = (corpus_mb * rounds, t, regex_cpu(batch))
    print(row(f"dev corpus ({len(docs)} docs x{rounds})", dev_row[0], t, dev_row[2], n // rounds), flush=True)

    # 2. ordinary text of growing size, one document each
    ordinary = ladder("ordinary text", ((s * MB * k, ordinary_text(paras, s * MB * k)) for s in (0.25, 0.5, 1.0, 2.0)),
                      a.budget)

    # 3. adversarial text
    adv = {}
    for label, unit in (("1%", "1%"), ("同比增长1%", "同比增长1%")):
        adv[label] = ladder(f"adversarial {label}", ((s * MB * k, repeat_to(unit, s * MB * k)) for s in (0.125, 0.25, 0.5, 1.0)),
                            a.budget)

    # 4. a large HTML page, read as a user's .html file is: bytes -> decode -> HTML -> text -> facts
    size = 20 * MB * (0.1 if a.quick else 1.0)
    page = html_page(paras, size)
    raw = page.encode("utf-8")
    page_mb = len(raw) / MB
    t_html, (text, _, _) = timed(lambda: html_to_text(page))
    print(row(f"html_to_text {size / MB:g} MB page", page_mb, t_html, regex_cpu([page]), "-"), flush=True)
    text_mb = nbytes(text) / MB
    # projected from the largest ordinary text at the growth exponent measured there (at least linear)
    projected = ordinary[-1][1] * (text_mb / ordinary[-1][0]) ** max(1.0, exponent(ordinary)) if ordinary else math.inf
    if projected <= a.budget:
        t_x, doc = timed(lambda: parse_bytes(raw, source_uri="page.html"))
        n_facts = len(doc.facts) if isinstance(doc, SourceDocument) else f"quarantined: {doc.reason}"
        print(row(f"  page end to end ({text_mb:.1f} MB text)", page_mb, t_x, regex_cpu([page]), n_facts), flush=True)
    else:
        print(f"  page end to end ({text_mb:.1f} MB of text): skipped, projected {projected:.0f} s from the ordinary "
              f"text > budget {a.budget:g} s")

    print("\nlinearity (CPU time per MB, smallest vs largest size):")
    linearity("ordinary text", ordinary)
    for label, done in adv.items():
        linearity(f"adversarial {label}", done)
    mb, t, t_regex = dev_row
    print(f"\ndev corpus: {mb / t.cpu:.2f} MB/s per core (target >= 5), {t.cpu / t_regex:.0f}x the bare regex pass "
          f"(target <= 20; regex {mb / t_regex:.0f} MB/s)")
    if ordinary:
        omb, os_ = ordinary[-1]
        print(f"ordinary text {omb:.2f} MB as one document: {omb / os_:.2f} MB/s per core")


if __name__ == "__main__":
    main()
