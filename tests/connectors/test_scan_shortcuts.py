"""The shortcuts of the scans (connectors/textnorm.py, connectors/lexicon.py) give what the long way
gives: whitespace runs read only where they can change the text, and keyword groups that are one
label of another taken from it instead of searched again."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectors import textnorm
from connectors.extract import _keyword_groups
from connectors.lexicon import KeywordIndex, lexicon

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _texts() -> list[str]:
    paths = sorted((CORPUS / "dev").glob("*.txt")) + sorted((CORPUS / "seeds").glob("*.txt"))
    paths += sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


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
