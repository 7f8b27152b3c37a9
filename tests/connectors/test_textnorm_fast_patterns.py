"""The faster forms of the normaliser's scans (connectors/textnorm.py) find what the forms they replace find: the
pinyin-debris and whitespace-run patterns written from their first character, the qualifier hyphen found from the
hyphen, the full-stop test at a line's end read only there, and the character translation that skips building a set
of the text's characters when every one was seen before."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from connectors import textnorm
from tests.corpus_texts import corpus_texts


def _texts() -> list[str]:
    return corpus_texts()


def _spans(pattern: object, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]  # type: ignore[attr-defined]


def _check(text: str) -> None:
    assert _spans(textnorm._PINYIN_RE, text) == _spans(textnorm._PINYIN_RE_SLOW, text)
    for t in (text, textnorm._translate(text)):
        assert _spans(textnorm._WS_TO_READ, t) == _spans(textnorm._WS_TO_READ_SLOW, t)
    assert textnorm._QUALIFIER_HYPHEN.sub(" ", text) == textnorm._QUALIFIER_HYPHEN_SLOW.sub(r"\1 ", text)
    assert textnorm._translate(text) == "".join(textnorm.norm_char(c) for c in text)
    for cut in range(0, len(text) + 1, max(1, len(text) // 500)):
        prev = text[:cut].rstrip()
        fast = textnorm._FULL_STOP_END.search(prev, max(0, len(prev) - 4)) is not None
        assert fast == (textnorm._FULL_STOP_END.search(prev) is not None), prev[-20:]


def test_fast_patterns_match_the_slow_ones_on_the_corpus() -> None:
    for text in _texts():
        _check(text)
        _check(textnorm.normalize(text).text)


_ALPHABET = ["a", "Z", "1", "5", "$", ".", ",", " ", "  ", "\n", "\n\n", "\t", "\u3000", "\u00a0", "\x00", "中", "國", "，",
             "。", "Ａ", "(guī)", "規(guī)模", "(x)", "(", ")", "ā", "-", "1.", "•", "：", "\r\n", "\x0b", "\u2028", "○",
             "near", "Nearly", "ABOUT", "around", "ſome", "over", "under", "approximately", "xover", "_some", "ab.",
             "US.", "OpenAI.", "5%.", "(a).", "𝟘", "\U00020000"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=40))
def test_fast_patterns_match_the_slow_ones(parts: list[str]) -> None:
    _check("".join(parts))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_fast_patterns_match_the_slow_ones_on_any_text(text: str) -> None:
    _check(text)
