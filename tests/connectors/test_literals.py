"""connectors/literals.py: a lexicon pattern tried only where one of its required words allows finds
exactly the matches ``finditer`` finds — the derivation never requires a word some match lacks, and
the case folding of the text never hides a word the case-insensitive pattern would match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectors import literals
from connectors.extract import _keyword_groups
from connectors.lexicon import _compiled, _requirement, lexicon
from tests.corpus_texts import corpus_texts


def _texts() -> list[str]:
    return corpus_texts(normalized=True)


def _patterns() -> list[str]:
    _groups, patterns, _plan = _keyword_groups(lexicon())
    return [p for labels in patterns.values() for pats in labels.values() for p in pats]


def _spans(compiled: re.Pattern[str], need: literals.Requirement | None, text: str) -> list[tuple[int, int]]:
    if need is None:
        return [m.span() for m in compiled.finditer(text) if m.end() > m.start()]
    return [m.span() for m in literals.finditer(compiled, need, text, literals.fold(text))]


def _check(pattern: str, text: str, flags: int = re.I) -> None:
    compiled = re.compile(pattern, flags)
    need = literals.requirement(pattern, flags)
    want = [m.span() for m in compiled.finditer(text) if m.end() > m.start()]
    assert _spans(compiled, need, text) == want, (pattern, need)
    if need is not None:
        folded = literals.fold(text)
        for start, _end in want:  # every match holds a required word where the requirement says
            assert any(folded.startswith(w, start + k) for w, lo, hi in need for k in range(lo, hi + 1)), (pattern, start)


def test_fold_maps_every_character_a_literal_matches_to_the_literal() -> None:
    every = "".join(chr(c) for c in range(0x110000))
    folded = literals.fold(every)
    assert len(folded) == len(every)
    for code in list(range(128)) + [ord(c) for c in "的算力亿元％，。一"]:
        want = literals._fold_char(code)
        assert want is not None
        for regex in (re.escape(chr(code)), "[" + re.escape(chr(code)) + "]"):
            for m in re.finditer(regex, every, re.I):
                assert folded[m.start()] == want, (chr(code), hex(ord(m.group())))
    # and a character with case outside ASCII is not used as a literal
    assert literals._fold_char(ord("É")) is None


def test_lexicon_patterns_find_what_finditer_finds_on_the_corpus() -> None:
    patterns = _patterns()
    assert sum(_requirement(p) is not None for p in patterns) > len(patterns) // 2
    for text in _texts():
        folded = literals.fold(text)
        for p in patterns:
            compiled, need = _compiled(p), _requirement(p)
            want = [m.span() for m in compiled.finditer(text) if m.end() > m.start()]
            got = want if need is None else [m.span() for m in literals.finditer(compiled, need, text, folded)]
            assert got == want, p


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?:(?<=expects )|(?<=expect ))the (?:global )?market(?= to (?:grow|reach)\b)",
     "He expects the market to grow; we expect the global market to reach, expects THE MARKET to grow"),
    (r"(?:\) )?(?:is |are |has been )?(?:earmarked|set aside) (?:for|to) (?:AI )?(?:compute|GPUs?\b)",
     "$5bn) is earmarked for AI compute, and ) has been set aside to GPUs. EARMARKED FOR GPUS"),
    (r"[Kk]elvin|state|invest(?:s|ed)?", "\u212aelvin \u017ftate \u0130nvest \u0131nvests İNVESTED"),
    (r"(?:ab|cd)+e", "ababcde cdcde abe e ab"),
    (r"x{2,3}y", "xy xxy xxxy xxxxy"),
    (r"(?<![A-Za-z])AI(?:-related| related)? investments?", "AI investments, xAI investment, AI-related investment"),
    (r"数据中心(?:业务)?[^,。;]{0,14}?(?:营收|收入)", "公司数据中心业务第三季营收增长，数据中心收入"),
    (r"on servers\b$", "spending on servers"),
    (r"(?:a|b)?c", "c ac bc abc"),
    (r"(?:AI )?data[- ]cent(?:er|re)s?", "data " * 500 + "AI data center, data-centres"),  # (re's own scan)
])
def test_requirement_on_hand_made_patterns(pattern: str, text: str) -> None:
    _check(pattern, text)
    _check(pattern, text * 3)


def test_patterns_that_can_be_empty_or_refer_back_get_no_requirement() -> None:
    assert literals.requirement(r"(?:abc)?") is None
    assert literals.requirement(r"(a)bc\1") is None
    assert literals.requirement(r"[^a]+") is None
    assert literals.requirement(r"earmarked") is not None


_WORDS = ["the ", "market", " to ", "grow", "expects ", "data center", "data-centre", "s", " ", ",", ".", "AI ", "ai",
          "GPU", "GPUs", "earmarked", "EARMARKED", ") ", "is ", "for ", "compute", "数据中心", "营收", "收入", "业务", "的",
          "算力", "投资", "投入", "\u212a", "\u017f", "\u0130", "x86", "非", "服务器", "invest", "investment", "spend", "on ",
          "servers", "Azure", "cloud", "deal", "with ", "1", "%", "$", "billion", "。", "，", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_lexicon_patterns_on_mixes_of_their_words(parts: list[str]) -> None:
    text = "".join(parts)
    folded = literals.fold(text)
    for p in _patterns():
        compiled, need = _compiled(p), _requirement(p)
        if need is not None:
            want = [m.span() for m in compiled.finditer(text) if m.end() > m.start()]
            assert [m.span() for m in literals.finditer(compiled, need, text, folded)] == want, p


def test_ascii_lower_is_the_translation_it_replaces() -> None:
    from connectors import lexicon as lx

    every = "".join(chr(c) for c in range(0x110000))
    assert lx._ascii_lower(every) == every.translate(lx._ASCII_LOWER)
    assert lx._ascii_lower("AbC 1%") == "abc 1%"


def _period_and_alias_patterns() -> list[re.Pattern[str]]:
    from connectors import periods
    from connectors.entities import alias_table

    table = alias_table()
    pats = [p for p, _kind in periods._PATTERNS]
    for matcher in (table.entities, table.regions, table.items, table.markets):
        pats += [p for p, _name, _typ in matcher.patterns]
    return pats


def test_period_and_alias_patterns_find_what_finditer_finds_on_the_corpus() -> None:
    pats = _period_and_alias_patterns()
    assert sum(literals.requirement(p.pattern, p.flags) is not None for p in pats) > len(pats) // 2
    for text in _texts():
        for pat in pats:
            assert [m.span() for m in literals.scan(pat, text)] == [m.span() for m in pat.finditer(text)], pat.pattern


_PERIOD_WORDS = ["2024", "2025", "年", "季度", "第三", "前三季度", "Q3", "Q4 ", "quarter", "first ", "fourth ", "fiscal ", "months",
                 " ended ", "September 30", "截至", "月", "日", "H1", "FY", "by ", "in ", "year-end", "浪潮", "中移动", "移动",
                 "服务器", "(", ")", "、", "/", " ", ",", ".", "Accelerated ", "servers", "GPU", "-", "中国", "其"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PERIOD_WORDS), max_size=30))
def test_period_and_alias_patterns_on_mixes_of_their_words(parts: list[str]) -> None:
    text = "".join(parts)
    for pat in _period_and_alias_patterns():
        assert [m.span() for m in literals.scan(pat, text)] == [m.span() for m in pat.finditer(text)], pat.pattern


_END_ANCHORED = [r"(?:较于?|比起?|从|compared (?:with|to)|from) (?:the )?$", r"(?:自|since (?:the )?)$", r"[ab]c?\d?$",
                 r"(?:x|y|z+)(?=q)?$", r"(?:元|\(\d\))(?:\s)?$"]


def _window_checks(compiled: re.Pattern[str], chars: frozenset[str] | None, text: str) -> None:
    for end in range(len(text) + 1):
        window = text[max(0, end - 64) : end]
        if not literals.may_end_window(chars, window):
            assert compiled.search(window) is None, (compiled.pattern, window)


def test_final_chars_of_end_anchored_patterns() -> None:
    from connectors import periods

    assert literals.final_chars(periods._COMPARED) is not None and " " in literals.final_chars(periods._COMPARED)
    assert literals.final_chars(re.compile(r"ab?$")) == frozenset("ab")
    assert literals.final_chars(re.compile(r"(?:x|y*)$")) is None  # (can be empty)
    assert literals.final_chars(re.compile(r"[a-c]$", re.I)) is None  # (cased, under IGNORECASE)
    assert literals.final_chars(re.compile(r"a.$")) is None  # (any character)
    assert literals.final_chars(re.compile(r"ab")) is None  # (no $)
    assert literals.final_chars(re.compile(r"ab$", re.M)) is None
    texts = _texts()
    for compiled in (periods._COMPARED, periods._STARTING):
        chars = literals.final_chars(compiled)
        for text in texts[:40]:
            _window_checks(compiled, chars, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["较", "比", "从", "自", "compared with ", "from ", "the ", "since ", "\n", " ", "a", "b",
                                 "c", "1", "x", "y", "z", "q", "元", "(2)", "\t", "C", "B"]), max_size=16),
       st.sampled_from([*_END_ANCHORED, "PERIODS"]))
def test_final_chars_never_skip_a_match(parts: list[str], pattern: str) -> None:
    from connectors import periods

    text = "".join(parts)
    compileds = [periods._COMPARED, periods._STARTING] if pattern == "PERIODS" else \
        [re.compile(pattern), re.compile(pattern, re.I)]
    for compiled in compileds:
        _window_checks(compiled, literals.final_chars(compiled), text)


def test_gate_words_are_in_every_match() -> None:
    """A pattern with no requirement is skipped on a text holding none of its gate words: every match holds one."""
    gated = [(p, literals.gate(_compiled(p).pattern, re.I)) for p in _patterns() if _requirement(p) is None]
    assert any(g is not None for _, g in gated)
    for text in _texts():
        for p, words in gated:
            if words is None:
                continue
            for m in _compiled(p).finditer(text):
                if m.end() > m.start():
                    assert any(w in literals.fold(m.group(0)) for w in words), (p, m.group(0))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["abc", "厂", "商", " ", "x", "Data center", "data", "AI ", "的", "GPU", "订单", "K"]),
                max_size=12))
def test_gate_on_hand_made_texts(parts: list[str]) -> None:
    text = "".join(parts)
    for p in (r"[A-Za-z]{3,}\s?厂(?!商)", r"(?-i:[A-Z][a-z]+) (?:AI )?data[- ]cent", r"的(?:GPU|芯片)订单?"):
        words = literals.gate(p, re.I)
        assert words is not None
        if not any(w in literals.fold(text) for w in words):
            assert re.search(p, text, re.I) is None, (p, text)
