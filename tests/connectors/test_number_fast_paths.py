"""The shortcuts of the number reader (connectors/numbers.py) read what the long way reads: the remembered prefix
qualifier, the number parsed with its groups read once, the year test that looks at the length first, the scale
reader that skips its two regexes where neither can start, and find_mentions with its match's groups read once."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectors import numbers
from connectors.numbers import (
    _DECIMAL_COMMA,
    _LOST_DECIMAL,
    _SCALE_OR_PERCENT_AFTER,
    _SCALED_SPAN_AFTER,
    _YEAR2_TAIL,
    _YEAR_TAIL,
    NUM_RE,
    _exponent,
    _Num,
    _parse_num,
    _prefix_qualifier,
    _read_scale,
    _tables,
    _year_like,
    find_mentions,
    parse_chinese_numeral,
)
from tests.corpus_texts import corpus_texts

SAMPLES = [
    "-5, 1,234.5 95,2 3e9 3.1 × 10²⁵ 2 x 10^24 H100 1-2 a-3 x/4 .5 _6 ١٢٣ 一千零五 二〇二四 卅六 壹佰元 亿元 收入百亿美元",
    "1%" * 50 + "同比增长1%" * 50,
    "revenue of 3 763 billion yuan, 1 38亿美元, up 49 67%; 2023 2024 15 20%, 600 000 chips, 營收17. 27億元, 24年, 2000-2500亿元",
    "$5bn, $5 bn, 5-billion, $95,2-billion, 3 B, 10 M high-end accelerators, 350k, 2 lakh crore, Rs 10 crores, 5mn, 7 T tokens",
]


def _texts() -> list[str]:
    return SAMPLES + corpus_texts(normalized=True)


def _parse_num_slow(m: re.Match[str]) -> float | None:
    """numbers._parse_num as first written."""
    if m.group("cn"):
        return parse_chinese_numeral(m.group("cn"))
    num = m.group("num").replace(". ", ".")
    if " " in num and _LOST_DECIMAL.fullmatch(num) and _SCALE_OR_PERCENT_AFTER.match(m.string, m.end("num")):
        num = num.replace(" ", ".")
    num = num.replace(" ", "")
    if "," in num:
        num = num.replace(",", ".") if _DECIMAL_COMMA.fullmatch(num) else num.replace(",", "")
    try:
        v = float(num + _exponent(m.group("exp") or ""))
    except (ValueError, OverflowError):
        return None
    return -v if m.group("sign") == "-" else v


def _year_like_slow(text: str, m: re.Match[str], unit: str | None, has_mult: bool) -> bool:
    """numbers._year_like as first written."""
    num = m.group("num")
    if not num or m.group("sign") or "," in num or "." in num or " " in num:
        return False
    nxt = text[m.end() : m.end() + 8]
    if len(num) == 4 and 1950 <= int(num) <= 2100:
        if _SCALED_SPAN_AFTER.match(text, m.end()) is not None:
            return False
        return (unit is None and not has_mult) or bool(_YEAR_TAIL.match(nxt))
    return len(num) == 2 and bool(_YEAR2_TAIL.match(nxt))


def _scale(text: str, pos: int, currency: str | None, after_cn: bool, gate: bool) -> tuple[int, float, bool]:
    tb = _tables()
    n = _Num(0, pos, 1.0)
    with pytest.MonkeyPatch.context() as mp:
        if not gate:
            mp.setattr(tb, "scale_first", None)
        end = _read_scale(tb, text, pos, n, currency, after_cn)
    return end, n.mult, n.has_mult


def _same(a: float | None, b: float | None) -> bool:
    return a == b or (a is not None and b is not None and a != a and b != b)  # (nan == nan)


def _check(text: str) -> None:
    tb = _tables()
    for m in NUM_RE.finditer(text):
        assert _same(_parse_num(m), _parse_num_slow(m)), m.group(0)
        for unit, has_mult in ((None, False), ("%", False), (None, True)):
            assert _year_like(text, m, unit, has_mult) == _year_like_slow(text, m, unit, has_mult), m.group(0)
        for currency in (None, "USD"):
            for after_cn in (False, True):
                assert _scale(text, m.end(), currency, after_cn, True) == _scale(text, m.end(), currency, after_cn, False)
        before = text[max(0, m.start() - 16) : m.start()]
        assert _prefix_qualifier(tb, before) == _prefix_qualifier.__wrapped__(tb, before)


def test_number_shortcuts_on_the_corpus() -> None:
    for text in _texts():
        _check(text)


def test_find_mentions_is_unchanged_with_the_prefix_qualifier_forgotten() -> None:
    """The remembered qualifier changes no mention: the same mentions with the cache cleared before every call."""
    for text in _texts()[:12]:
        want = find_mentions(text)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(numbers, "_prefix_qualifier", _prefix_qualifier.__wrapped__)
            got = find_mentions(text)
        assert got == want


_PARTS = ["1", "2", "0", "5", "19", "2024", "2100", "1949", "00", "000", ",", ".", ". ", " ", "-", "e", "E", "+", "×", "x",
          "10", "^", "²", "⁵", "⁻", "%", "亿", "万", "兆", "年", "Q", "Q3", " fiscal", "H1", "/", "/24", " billion", "billion",
          " bn", "-billion", " B", "B", "M", " M", "k", "K", "T", " tokens", " parameters", " GPUs", " chips", "lakh crore",
          " crore", "mn", "mln", "tn", "trn", "thousand", "Bn", "一", "两", "千", "百", "点", "五", "壹", "元", "美元", "台",
          "约", "超过", "about ", "more than ", "$", "US$", "RMB", "¥", "(", "（", "a", "Z", "中", "\n", "~", "至", "到",
          " to ", " and ", "between "]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=24))
def test_number_shortcuts_on_generated_texts(parts: list[str]) -> None:
    _check("".join(parts))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789,. -eE×x^²%亿万年Q/BMkKTbnmtlc", max_size=24))
def test_number_shortcuts_on_random_texts(text: str) -> None:
    _check(text)
