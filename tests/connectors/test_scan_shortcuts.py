"""The shortcuts of the scans (connectors/textnorm.py, connectors/lexicon.py) give what the long way
gives: whitespace runs read only where they can change the text, and keyword groups that are one
label of another taken from it instead of searched again."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectors import textnorm
from connectors.extract import _keyword_groups
from connectors.lexicon import KeywordIndex, lexicon
from tests.corpus_texts import corpus_texts


def _texts() -> list[str]:
    return corpus_texts()


def _slow(text: str) -> textnorm.Normalized:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(textnorm, "_WS_KEPT", False)  # the loop over every run of the original text
        return textnorm._normalize(text)


def _check(text: str) -> None:
    fast = textnorm._normalize(text)
    assert textnorm._WS_KEPT
    slow = _slow(text)
    assert (fast.text, fast.index) == (slow.text, slow.index)


def test_normalize_reads_the_runs_that_matter_like_all_runs_on_the_corpus() -> None:
    for text in _texts():
        _check(text)


_ALPHABET = ["a", "Z", "1", ".", ",", " ", "  ", "\n", "\n\n", "\t", "\u3000", "\u00a0", "中", "國", "，", "。", "Ａ",
             "(guī)", "規(guī)模", "(x)", "-", "1.", "•", "：", "\r\n", "\x0b", "\u2028", "○"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=40))
def test_normalize_reads_the_runs_that_matter_like_all_runs(parts: list[str]) -> None:
    _check("".join(parts))


def test_label_groups_are_the_hits_of_their_parent_label() -> None:
    groups, patterns, _ = _keyword_groups(lexicon())
    # the same groups under names that are no label of another: each searched on its own
    renamed = {name.replace(".", ":"): labels for name, labels in groups.items()}
    derived = [name for name in groups if "." in name]
    assert derived
    for text in _texts():
        t = textnorm.normalize(text).text
        fast, slow = KeywordIndex(t, groups, patterns), KeywordIndex(t, renamed, patterns)
        for name in list(groups) + list(patterns):
            other = name.replace(".", ":") if name in groups else name
            got = [(h.start, h.end, h.label, h.word) for h in fast.group(name).hits]
            want = [(h.start, h.end, h.label, h.word) for h in slow.group(other).hits]
            assert got == want, name
            assert all(h.group == name for h in fast.group(name).hits)


_UNIT_WORDS = ["%", " percent", "pp", " 个百分点", "倍", "成", "成本", "台", "个", "个月", " GPUs", " H100s", " servers", " high-end GPUs",
               " B", " billion", " parameters", " tokens", " PF-days", " EFLOPS", " exaFLOPS", " FLOP", " GW", " MW", "兆瓦",
               " dollars", " US dollars", " yuan", " RMB", " euros", " yen", " NT dollars", "亿", "万", "美元", "元", " ", "x",
               "s", "K", "ſ", "a", "-", "/", "年", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_UNIT_WORDS), max_size=4), st.sampled_from([0.5, 1.0, 4.0, 50.0, 500.0]),
       st.booleans(), st.sampled_from([None, "USD", "CNY"]))
def test_unit_gate_changes_no_reading(words: list[str], value: float, has_mult: bool, currency: str | None) -> None:
    from connectors import numbers

    text = "12" + "".join(words)
    tb = numbers._tables()
    assert tb.unit_gate is not None
    read = []
    for gate in (tb.unit_gate, None):
        n = numbers._Num(0, 2, value, has_mult=has_mult)
        with pytest.MonkeyPatch.context() as m:
            m.setattr(tb, "unit_gate", gate)
            end = numbers._read_unit(tb, text, 2, n, currency)
        read.append((end, n.unit, n.scale, n.count_word))
    assert read[0] == read[1]
    # and the gate matches exactly where one of its regexes does
    regexes = [tb.points_re, tb.percent_re, tb.params_re, tb.tokens_re, tb.pf_re, tb.flops_re, tb.flop_re,
               tb.power_re, tb.count_en_re, *(p for p, _ in tb.suffix_en)]
    assert (tb.unit_gate.match(text, 2) is not None) == any(p.match(text, 2) for p in regexes)


def _may_end_qualifier_by_tails(last: frozenset[str], before: str) -> bool:
    """numbers._may_end_qualifier as first written, for comparison."""
    for tail in ("", " ", "\n", " \n"):
        if len(before) > len(tail) and before.endswith(tail):
            x = before[-len(tail) - 1]
            if not x.isascii() and x.lower() != x.upper():
                return True
            if x.lower() in last:
                return True
    return False


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="约超过逾 \nabout ÉéxZ%1以上多余+左右下内", max_size=8))
def test_qualifier_shortcuts(before: str) -> None:
    from connectors import numbers

    tb = numbers._tables()
    assert tb.q_prefix_last is not None and tb.q_suffix_gate is not None
    assert numbers._may_end_qualifier(tb.q_prefix_last, before) == _may_end_qualifier_by_tails(tb.q_prefix_last, before)
    text = before + "12" + before
    with pytest.MonkeyPatch.context() as m:
        want = numbers._qualifier(tb, text, len(before), len(before) + 2)
        m.setattr(tb, "q_suffix_gate", None)
        assert numbers._qualifier(tb, text, len(before), len(before) + 2) == want
