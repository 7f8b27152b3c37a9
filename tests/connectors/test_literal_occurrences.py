"""connectors/literals.occurrences: the required words of many patterns found in one pass (an
Aho-Corasick automaton) are where ``str.find`` finds them, overlapping ones too, and a pattern tried
at the windows of those occurrences (``finditer(..., found)``) yields the matches it yields when it
searches for its words itself. find_periods and KeywordIndex find their patterns' words so."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from connectors import literals, periods
from connectors.extract import _keyword_groups
from connectors.lexicon import _pattern_plan, lexicon
from connectors.textnorm import normalize

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def _by_find(words: tuple[str, ...], folded: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for w in words:
        i = folded.find(w)
        while i >= 0:
            out.setdefault(w, []).append(i)
            i = folded.find(w, i + 1)
    return out


def _plans() -> list[tuple[list[tuple[re.Pattern[str], literals.Requirement]], tuple[str, ...]]]:
    _groups, patterns, _plan = _keyword_groups(lexicon())
    plan, words = _pattern_plan(patterns)
    kw = [(compiled, need) for _g, _l, compiled, need in plan if need is not None]
    per = [(pat, need) for (pat, _kind), need in zip(periods._PATTERNS, periods._NEEDS, strict=True) if need is not None]
    return [(kw, words), (per, periods._NEED_WORDS)]


def _check(text: str) -> None:
    folded = literals.fold(text)
    for pats, words in _plans():
        found = literals.occurrences(words, folded)
        assert found == _by_find(words, folded)
        for compiled, need in pats:
            want = [m.span() for m in literals.finditer(compiled, need, text, folded)]
            assert [m.span() for m in literals.finditer(compiled, need, text, folded, found)] == want, compiled.pattern


def test_overlapping_and_nested_words() -> None:
    words = ("aa", "aaa", "ab", "b")
    assert literals.occurrences(words, "aaaab") == {"aa": [0, 1, 2], "aaa": [0, 1], "ab": [3], "b": [4]}
    assert literals.occurrences(words, "") == {}
    assert literals.occurrences((), "aaaab") == {}


def test_corpus_documents() -> None:
    paths = sorted((CORPUS / "dev").glob("*.txt")) + sorted((CORPUS / "seeds").glob("*.txt"))
    for p in paths:
        _check(normalize(p.read_text(encoding="utf-8", errors="replace")).text)


_WORDS = ["quarter", "fiscal", "year", "in ", "capex", "capital expenditure", "billion", "亿元", "同比", "季度", "财年",
          "今年", "第三季", "Q3", "FY2025", "2025", "年", "ended", "through", "İ", "ı", "ſ", "K"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text(alphabet="aQ年度 ,.0129İıK", max_size=4), max_size=40))
def test_random_texts(parts: list[str]) -> None:
    _check("".join(parts))
