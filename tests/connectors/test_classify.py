"""classify_kind counts its cue words with rewritten regexes (connectors/classify.py: Chinese words
apart from Latin ones, the Latin ones without re.I); they must count exactly what the original
case-insensitive alternations count."""

from __future__ import annotations

import re
import string
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from connectors.classify import _CUES, _CUES_SPLIT, _latin_scan, classify_kind, detect_language
from connectors.textnorm import CASE_FOLDS, caseless_words

ALL_CHARS = "".join(map(chr, range(0x110000)))
DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"


def _count(parts: list[re.Pattern[str]], text: str) -> int:
    return sum(len(p.findall(text)) for p in parts)


def test_folds_are_what_re_ignorecase_matches_for_each_ascii_letter() -> None:
    for c in string.ascii_lowercase:
        matched = set(re.findall(c, ALL_CHARS, re.I))
        assert matched == {c, c.upper(), *CASE_FOLDS.get(c, "")}, c


EDGES = ["bid", "Bid", "BİD", "forbid", "rebid", "_bid", "1bid", "ébid", "x bid", "bidding", "ſhipments",
         "MARKET SİZE", "marKet size", "capexcapital expenditure", "Quarter", "招标tender", "采购人招标人",
         "财报告", "复合增长率CAGR", "fiscalquarter", "\u0130", "\u212a", "a\nbid", "中标bid"]


def test_split_patterns_count_like_the_originals_on_edges_and_corpus() -> None:
    texts = EDGES + [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    for kind, pat in _CUES.items():
        for t in texts:
            assert _count(_CUES_SPLIT[kind], t) == len(pat.findall(t)), (kind, t[:40])


_ALPHABET = "bidBİDıtenrpocumsSſhkKK\u212a fqlxyagvCAGREFLOPS_1é招标采购人中报告财年算力占比\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_split_patterns_count_like_the_originals_on_random_text(text: str) -> None:
    for kind, pat in _CUES.items():
        assert _count(_CUES_SPLIT[kind], text) == len(pat.findall(text)), kind


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abcikqsKS", min_size=1, max_size=6), min_size=1, max_size=4),
       st.booleans(), st.text(alphabet="abcikqsKSİıſ\u212a _é", max_size=40))
def test_latin_scan_equals_the_case_insensitive_alternation(words: list[str], boundary: bool, text: str) -> None:
    words = [("\\b" + w if boundary and i == 0 else w) for i, w in enumerate(words)]
    assert _latin_scan(words, re.I).findall(text) == re.compile("|".join(words), re.I).findall(text)


def test_kind() -> None:
    assert classify_kind("中国移动2025年AI服务器集采招标，中标候选人") == "tender"
    assert classify_kind("Nvidia revenue for the quarter; fiscal 2026 guidance") == "capex"
    assert classify_kind("") == "market_report"


def _language_by_loops(text: str) -> str:
    """detect_language as first written (a Python loop over the characters), for comparison."""
    from connectors.textnorm import to_simplified_char

    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    if not cjk and not latin:
        return "unknown"
    share = len(cjk) / (len(cjk) + latin)
    if share < 0.05:
        return "en"
    if share < 0.3:
        return "mixed"
    sample = cjk[:4000]
    return "zh-Hant" if sum(1 for c in sample if to_simplified_char(c) != c) >= 0.03 * len(sample) else "zh-Hans"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcXYZ é1 中國资料資料ſ\u212a", max_size=80))
def test_detect_language_as_by_loops(text: str) -> None:
    assert detect_language(text) == _language_by_loops(text)


def test_detect_language_as_by_loops_on_corpus() -> None:
    for p in sorted(DEV.glob("*.txt")):
        t = p.read_text(encoding="utf-8")
        assert detect_language(t) == _language_by_loops(t), p.name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab ikqsKS1.季度", min_size=1, max_size=6), min_size=1, max_size=4),
       st.text(alphabet="abikqsKSİıſ\u212a _é1.季度", max_size=40))
def test_caseless_words_equal_the_case_insensitive_alternation(words: list[str], text: str) -> None:
    fast = caseless_words(words)
    assert fast is not None
    assert fast.findall(text) == re.compile("|".join(map(re.escape, words)), re.I).findall(text)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer("|".join(map(re.escape, words)), text, re.I)]
