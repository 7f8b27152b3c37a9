"""find_periods tries a pattern whose every match starts with a year (19 or 20 and two digits: _Y4
and its kin) only at the text's years (periods._YEAR_START), not at every 1 and 2: that finds
exactly what ``finditer`` finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectors import periods
from tests.corpus_texts import corpus_texts

SAMPLES = [
    "2019202020212022年, 192019年, 2019.2020年, 1.2024年, (2024), （2025）：, the 2024 Report, 2023's, 2025 when",
    "2023-2025年, 2023年至2024年, 2024 2025年, 2025/2026/2027年, 2024财年第二财季, 2025年上半年, 2024年4月",
    "２０２５年 ٢٠٢٥ 2O25 1999年 2100年 20 25年 19年 2024-05-06, 2024/5/6, 2024年5月6日, 2025 capex",
]


def _texts() -> list[str]:
    return SAMPLES + corpus_texts(normalized=True)


def _spans(ms: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in ms]  # type: ignore[attr-defined]


def _starts(text: str) -> list[int]:
    return [m.start() for m in periods._YEAR_START.finditer(text)]


def test_which_patterns_are_year_led() -> None:
    led = [pat.pattern for (pat, _kind), y in zip(periods._PATTERNS, periods._YEAR_LED, strict=True) if y]
    assert len(led) >= 20
    assert all(re.match(r"(?:\(\?<[!=][^)]*\))*\(\(\?:(?:19\|20\)|1\(\?<!)", p) for p in led), led
    assert not periods._year_led(re.compile(r"((?:19|20)\d{2})年|今年"))  # (a top-level alternative starts otherwise)
    assert not periods._year_led(re.compile(r"x((?:19|20)\d{2})"))
    assert not periods._year_led(re.compile(r"((?:19|20)\d{2})?年"))
    assert periods._year_led(re.compile(r"(?<=[(（])((?:19|20)\d{2})(?=[)）])"))


def test_every_year_start_is_found_overlapping_ones_too() -> None:
    assert _starts("201920 19202") == [0, 2, 7]


@pytest.mark.parametrize("i", [i for i, y in enumerate(periods._YEAR_LED) if y])
def test_tried_at_years_finds_what_finditer_finds(i: int) -> None:
    pat, _ = periods._PATTERNS[i]
    for text in [*_texts(), " ".join(SAMPLES) * 20]:
        assert _spans(periods._matches_at(pat, text, _starts(text))) == _spans(pat.finditer(text)), pat.pattern


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="1920345年度财季第一上半H-/.( )（）：,", max_size=60))
def test_random_texts(text: str) -> None:
    starts = _starts(text)
    for (pat, _), led in zip(periods._PATTERNS, periods._YEAR_LED, strict=True):
        if led:
            assert _spans(periods._matches_at(pat, text, starts)) == _spans(pat.finditer(text)), pat.pattern
